"""Clauses around a person named before a speaking pronoun that tell a reader who the pronoun is not.

- A name followed by its verb of saying and a he/she ("Le Pen said she wanted", "Ryan says he will") gives
  that person the pronoun's gender: a later pronoun of the other gender is someone else.
- A name inside a clause reported after an earlier subject of its sentence ("I asked Rep. Tim Ryan, who was
  quoted saying that Biden was declining, whether he meant ...") is what the subject said, not the person the
  sentence is about: a reader takes the subject for the next "he", though the reported name was cited before.

Both look a fixed number of tokens around the name (a sentence of thousands of words costs no more).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# verbs of saying or thinking between a name and its own pronoun ("said she", "says he", "told reporters he")
_SAYING_BEFORE_PRONOUN: Final = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
                                           "argued", "argues", "insisted", "insists", "claimed", "claims",
                                           "thought", "thinks", "believed", "believes", "felt", "feels",
                                           "explained", "explains", "noted", "notes", "stated", "states",
                                           "announced", "announces", "declared", "declares", "hoped", "hopes"})

# words that may stand between the verb and the pronoun ("said that she", "told reporters he", "said Monday he")
_BETWEEN: Final = frozenset({"that", "reporters", "me", "us", "him", "her", "them", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                             "later", "then", "also", "again"})

# words that open a reported clause: a name right after them is what someone said ("saying that Biden was")
_REPORTING: Final = frozenset({"that", "whether"})

# how far a reported clause's opener may stand before the name (", that the former Vice President Joe Biden")
_OPENER_BACK: Final = 3


def own_pronoun_after(doc: Doc, stop: int) -> str:
    """The he/she right after the name ending before ``stop`` and its verb of saying ("Le Pen said she",
    "Ryan told reporters that he"), or ""."""
    norms = doc.norms
    n = len(norms)
    if stop >= n or norms[stop] not in _SAYING_BEFORE_PRONOUN:
        return ""
    t = stop + 1
    while t < n and t - stop <= 3 and norms[t] in _BETWEEN:
        t += 1
    if t < n and norms[t] in ("he", "she"):
        return norms[t]
    return ""


def reported_after_subject(doc: Doc, first: int, subject_first: int) -> bool:
    """Is the name at ``first`` inside a clause opened by "that" or "whether" a few words before it, after an
    earlier subject of the sentence at ``subject_first``?"""
    if subject_first >= first:
        return False
    norms = doc.norms
    for t in range(first - 1, max(subject_first, first - 1 - _OPENER_BACK), -1):
        if norms[t] in _REPORTING:
            return True
        if not doc.is_word[t]:
            return False
    return False
