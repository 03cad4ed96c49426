"""Two persons named together as one speaker ("Boehner and McConnell said", "Speaker Nancy Pelosi (D-Calif.) and
House Majority Leader Steny Hoyer (D-Md.) said"): a "they" or "we" that speaks next, in the same sentence or the
one after, is the pair (:func:`.speakers.resolve_pronoun`). A reader reads "They also said" so; one name of the
two would be half of it, and no name at all ("pronoun not resolved") names nobody.
"""
from __future__ import annotations

from ...text import Doc
from .grammar import is_cap


def names_a_pair(doc: Doc, start: int, stop: int) -> bool:
    """Is the speaker span ``[start, stop)`` two names joined by one "and": a capitalised word on each side of
    it ("Boehner and McConnell"; not "Pelosi", not "Smith, Jones and Brown")?"""
    if not 0 <= start < stop <= len(doc.norms):
        return False
    joined = [t for t in range(start + 1, stop - 1) if doc.norms[t] == "and"]
    if len(joined) != 1 or not is_cap(doc.tokens[joined[0] + 1]):
        return False
    return any(doc.is_word[t] and is_cap(doc.tokens[t]) for t in range(start, joined[0])) \
        and not any(doc.tokens[t] == "," and not _party_tag_comma(doc, t) for t in range(start, joined[0]))


def _party_tag_comma(doc: Doc, t: int) -> bool:
    """Is the comma at ``t`` inside a name's tag ("Pelosi, D-Calif., and"), not between items of a list?"""
    return t + 1 < len(doc.tokens) and doc.tokens[t + 1][:2] in ("D-", "R-", "I-")
