"""Conditionals that predict nothing because their consequence is a first-person vow or their condition speaks to
a generic "you" (tenth pass, round 2: what independent readers judged wrong, read on the AllSides dev corpus):

- a vow: "As long as I am mayor, I will never stop fighting", "if it takes all year, we will always stand with
  you", "we'll fight to the end" (an aim, not a forecast; "if the bill passes, prices will rise", "we'll
  continue in debt" and "I will not permit it", read as a conditional promise, stay);
- a generic condition with "you" inside it: "support becomes elusive if there are concerns you can't get the job
  done, and actors may see ..." (a rule of politics, no event foreseen; :mod:`.speculation` already sets aside
  "if you ..." right after the "if"; "if the world allows you to lie, ... you will lie" names one addressee and
  stays).

:mod:`.speculation` asks :func:`pledge_conditional_reading`; it returns why the conditional predicts nothing
('' if it may predict). Every scan is bounded by the conditional's span (at most 80 tokens).
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_FIRST_PERSON: Final = frozenset({"i", "we"})
_WILL: Final = frozenset({"will", "shall"})
_VOWS: Final = frozenset({"never", "always", "fight", "stand"})
_BREAKS: Final = frozenset({",", ";", ":", "—", "–"})
_YOU: Final = frozenset({"you", "you're", "you've", "you'd", "your", "you'll"})
_CONDITION_REACH: Final = 14
# "if the world allows you to lie": "you" as the object of a verb names one addressee, not anyone
_OBJECT_TAKERS: Final = frozenset({"allows", "allow", "allowed", "lets", "let", "tells", "tell", "asks", "ask",
                                   "forces", "force", "helps", "help", "gives", "give", "pays", "pay", "sends", "send"})


def _vow(doc: Doc, first: int, stop: int) -> bool:
    """ "I will never stop", "we'll always", "I will continue to": a first-person will + a word of resolve."""
    norms = doc.norms
    for k in range(first + 1, stop - 1):
        w = norms[k]
        if w in ("i'll", "we'll") and norms[k + 1] in _VOWS:
            return True
        if w in _FIRST_PERSON and norms[k + 1] in _WILL and k + 2 < stop and norms[k + 2] in _VOWS:
            return True
    return False


def _you_in_condition(doc: Doc, first: int, stop: int) -> bool:
    """ "if there are concerns you can't get the job done": "you" in the condition, before its first break."""
    end = min(stop, first + _CONDITION_REACH)
    for k in range(first + 1, end):
        if doc.tokens[k] in _BREAKS:
            return False
        if doc.norms[k] in _YOU:
            return doc.norms[k - 1] not in _OBJECT_TAKERS
    return False


def pledge_conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why the conditional from ``first`` to ``stop`` predicts nothing by this module's readings ('' if it may)."""
    if _vow(doc, first, stop):
        return "as long as I am mayor, I will never stop fighting: a vow, not a forecast"
    if _you_in_condition(doc, first, stop):
        return "if there are concerns you can't get the job done: a generic condition, no event foreseen"
    return ""
