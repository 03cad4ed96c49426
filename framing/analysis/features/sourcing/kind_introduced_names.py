"""A person the article introduced by a noun and "named", met again as "the" and that noun.

Readers of draw 3131 (session 34) judged "the fan" wrong as vague in "... the fan added", where the article had
written 'a fan named "John Ray"' a few sentences before: the noun stands for that one named person. So "the
fan", "the woman", "the driver" after "a fan named ...", "a woman named ...", "a driver named ..." (within
``_REACH`` tokens before) are that person.

Kept unnamed: a noun the article never introduced by "named", a plural ("the fans"), a noun introduced by
"named" further back than ``_REACH``, and a noun introduced so twice with different names (no one person).
"""
from __future__ import annotations

from typing import Final

from .aliases import person_key
from .facts import DocFacts
from .grammar import WordLists, name_word

_REACH: Final = 300  # tokens to look back for "a NOUN named NAME"
_QUOTES: Final = frozenset({'"', "“", "'", "‘"})


def introduced_by_name(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) of the person "the NOUN" at ``[first, stop)`` stands for, where the article wrote "a
    NOUN named NAME" within ``_REACH`` tokens before; else None."""
    doc = facts.doc
    if stop - first != 2 or doc.norms[first] != "the" or not doc.is_word[first + 1]:
        return None
    noun = doc.norms[first + 1]
    if noun.endswith("s") or doc.tokens[first + 1] != noun:
        return None  # "the fans", "the Fan"
    names: set[str] = set()
    for k in range(max(1, first - _REACH), first - 1):
        if doc.norms[k] != noun or doc.norms[k + 1] != "named" or doc.norms[k - 1] not in ("a", "an", "one"):
            continue
        a = k + 2
        if a < len(doc.tokens) and doc.tokens[a] in _QUOTES:
            a += 1
        b = a
        while b < min(len(doc.tokens), a + 3) and name_word(doc, b, lists):
            b += 1
        if b > a:
            names.add(doc.cut(doc.starts[a], doc.ends[b - 1]))
    if len(names) != 1:
        return None
    name = next(iter(names))
    return "person", name, person_key(name)
