"""A titled phrase that ends in a given name and a surname is that person ("GOP Rapid Response Director Steve
Guest", "Acting Secretary of Homeland Security Chad Wolf").

The first reading calls such a phrase unnamed where its last word is also a common noun ("Guest") or where the
title before the name runs over "of" and a body's words ("Secretary of Homeland Security"), so no title stands
right before the name. Readers of the twentieth pass's draws (7474-7878) judged "GOP Rapid Response Director Steve
Guest" shown "anonymous or vague" wrong: a full name closes the phrase, so the phrase names that person.

So: every word of the phrase capitalised (or "of", "the", "and" between them, or an abbreviation's period), a
title word (``source_heads``, category ``title``) among them before the name, then a common given name and one
capitalised word that is no body's, place's, people's or crowd's word. Kept unnamed: a lower-case word in the
phrase ("a spokesman for Senate Majority Leader Mitch McConnell": the spokesman speaks, not McConnell), a phrase
with no title ("Megyn Kelly Special"), an all-capitals word ("Director Steve GUEST" in a shouting headline).
"""
from __future__ import annotations

from typing import Final

from .facts import DocFacts, base_norm
from .given_names import given_name
from .grammar import WordLists, is_cap

_LINKS: Final = frozenset({"of", "the", "and"})
_MAX_WORDS: Final = 10  # words of a titled phrase read (bounded)


def titled_full_name(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The given name and surname that end the titled phrase ``[first, stop)`` (see the module's docstring),
    else None."""
    doc = facts.doc
    if stop - first < 3 or stop - first > _MAX_WORDS:
        return None
    last, given = stop - 1, stop - 2
    if not doc.is_word[last] or not doc.is_word[given]:
        return None
    for t in (last, given):
        tok = doc.tokens[t]
        if not is_cap(tok) or tok.isupper() or not tok.replace("-", "").replace("'", "").isalpha():
            return None
    if not given_name(base_norm(doc.norms[given])) or given_name(base_norm(doc.norms[given - 1])):
        return None  # "Megyn Kelly ...": the word before is a given name itself
    surname = base_norm(doc.norms[last])
    if surname in lists.org_heads or surname in lists.places or surname in lists.demonyms \
            or surname in lists.groups or surname in lists.titles:
        return None  # "Director Steve Committee": no surname
    titled = False
    for t in range(first, given):
        if not doc.is_word[t]:
            if doc.tokens[t] != ".":
                return None
            continue
        norm = doc.norms[t]
        if norm in _LINKS and t > first:
            continue
        if norm == "the" and t == first:
            continue
        if not is_cap(doc.tokens[t]):
            return None  # "a spokesman for Senate Majority Leader Mitch McConnell"
        titled = titled or base_norm(norm).rstrip(".") in lists.titles
    if not titled:
        return None
    return doc.cut(doc.starts[given], doc.ends[last])
