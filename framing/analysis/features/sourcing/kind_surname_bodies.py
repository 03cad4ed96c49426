"""A person's surname read as an organisation ("Hill accused Thomas", after "Anita Hill"): the person.

One capitalised word is read as a body where it also heads a body's name or a place ("Capitol Hill", "the
Marshall Islands", "Hall"): readers of draw 6464 judged "Hill" (Anita Hill) shown as a named organisation
wrong (1 of 1); the dev sample showed three such surnames as organisations ("Hill", "Marshall" after "Bob
Marshall", "Hall" after "Steven Hall"), each of a person the article named with a first name before.

The word alone, capitalised (not in capitals), where the article wrote it right after a common first name in
the same sentence earlier, within a bounded look back ("Anita Hill (24 percent). Hill accused"): that person.
Words the article never gives a first name stay as they were ("Capitol Hill", "Police", "Gallup"), and so do
organisation heads and outlets ("Senate"). A place's word is no bar ("hill" and "marshall" are places' words).
"""
from __future__ import annotations

from typing import Final

from .aliases import plain
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

_LOOK_BACK: Final = 2500  # tokens before the word read for its full name (bounded)


def surname_read_as_body(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The surname ``[first, stop)`` (one capitalised word) of a person the article named before with a common
    first name ("Anita Hill" ... "Hill"), else None."""
    doc = facts.doc
    if stop - first != 1 or not doc.is_word[first]:
        return None
    tok = doc.tokens[first]
    if not is_cap(tok) or tok.isupper() or tok.endswith(("'s", "’s")):
        return None
    base = base_norm(doc.norms[first])
    if base in lists.org_heads or base in lists.outlets or base in first_names():
        return None
    word = plain(tok)
    given = first_names()
    for t in range(first - 1, max(first - _LOOK_BACK, 1), -1):
        if doc.is_word[t] and plain(doc.tokens[t]) == word and doc.is_word[t - 1] \
                and doc.sentence_of[t - 1] == doc.sentence_of[t] and is_cap(doc.tokens[t - 1]) \
                and not doc.tokens[t - 1].isupper() and base_norm(doc.norms[t - 1]) in given:
            return tok
    return None
