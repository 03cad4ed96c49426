"""A conditional that argues from a premise, not a forecast (thirteenth pass, round 2: read by the independent
readers of draw 2929/3030):

- "If a $2,600 contribution won't corrupt 17 candidates, then the same size contribution wouldn't corrupt 18": the
  condition states a premise in the future ("won't", "will") and the consequence only "would" / "wouldn't" after
  "then": a deduction, nothing foreseen. "If the talks fail, then the strike will spread" and "if Congress won't
  act, I will" stay (a future in the consequence).

:mod:`.speculation` asks :func:`argument_conditional_reading` about a conditional from ``first`` (the "if") to
``stop``; it returns why it predicts nothing ('' if it may predict). The clause is read at most 80 tokens far.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_FUTURES: Final = frozenset({"will", "won't", "'ll", "shall"})
_WOULDS: Final = frozenset({"would", "wouldn't"})
_REACH: Final = 80


def premise_argument(doc: Doc, first: int, stop: int) -> bool:
    """A future in the condition, then "then", then only "would" / "wouldn't" as the consequence's modal."""
    norms = doc.norms
    end = min(stop, first + _REACH)
    then = -1
    for k in range(first + 1, end):
        if norms[k] == "then" and k > first + 1 and doc.tokens[k - 1] == ",":
            then = k
            break
    if then < 0:
        return False
    if not any(norms[k] in _FUTURES or norms[k].endswith("'ll") for k in range(first + 1, then)):
        return False
    modals = [norms[k] for k in range(then + 1, end)
              if norms[k] in _FUTURES or norms[k] in _WOULDS or norms[k].endswith("'ll")
              or norms[k] in ("could", "might", "may", "going")]
    return bool(modals) and all(m in _WOULDS for m in modals)


def argument_conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why a conditional argues rather than predicts ('' if it may predict)."""
    if premise_argument(doc, first, stop):
        return "if X won't corrupt 17, then it wouldn't corrupt 18: an argument from a premise, not a forecast"
    return ""
