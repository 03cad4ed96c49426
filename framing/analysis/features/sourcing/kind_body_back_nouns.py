"""A body named again by a lower-case noun ("The panel has also posted", after "the Senate Appropriations
Committee"): an organisation, not an unnamed source.

Nouns such as "agency", "committee" and "commission" are organisation heads (``lexicons/source_heads.txt``),
so "the agency said" is read as the body; "panel" and "subcommittee" (``lexicons/kind_body_back_nouns.txt``)
are not, and "the panel" was shown as anonymous or vague. Readers of draw 6363 judged that wrong (1 of 1:
the Senate Appropriations Committee, a specific organisation); readers of an earlier draw judged "the panel"
for a Senate subcommittee right as an organisation. The dev sample showed "the panel" twice and "the
subcommittee" once as vague, each after a named committee.

Only "the" and the noun alone, where the article has named a body before it (a capitalised word that heads a
body's name, "Committee", "Subcommittee", "Commission", "Panel", "Board", written after another capitalised
word, within a bounded look back): "a panel of experts" and "the panel" of an article that names no body stay.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from .facts import DocFacts
from .grammar import is_cap

# capitalised heads of a body's name that "the panel" may refer back to
_NAMED_BODY_HEADS: Final = frozenset({"committee", "subcommittee", "commission", "panel", "board", "council",
                                      "tribunal"})
_LOOK_BACK: Final = 2500  # tokens before the phrase read for the named body (bounded)


def body_back_nouns() -> frozenset[str]:
    """Lower-case nouns that refer back to a named body (``lexicons/kind_body_back_nouns.txt``): "panel"."""
    return load_word_set("kind_body_back_nouns")


def body_named_again(facts: DocFacts, first: int, stop: int) -> bool:
    """Is ``[first, stop)`` "the" and a noun of :func:`body_back_nouns` ("The panel"), after a body's name
    ending in a body head ("the Senate Appropriations Committee") earlier in the article?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) != 2 or doc.norms[words[0]] != "the" or is_cap(doc.tokens[words[1]]) \
            or doc.norms[words[1]] not in body_back_nouns():
        return False
    for t in range(first - 1, max(first - _LOOK_BACK, 0), -1):
        if doc.is_word[t] and doc.norms[t] in _NAMED_BODY_HEADS and is_cap(doc.tokens[t]) \
                and doc.is_word[t - 1] and is_cap(doc.tokens[t - 1]) and doc.norms[t - 1] != "the":
            return True
    return False
