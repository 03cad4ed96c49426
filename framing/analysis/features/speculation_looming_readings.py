"""The word "looming" naming a present prominence or a date on a calendar, not a forecast (tenth pass: read on the
AllSides dev corpus; :mod:`.speculation` already sets aside "the looming deadline" and "with the cuts looming"):

- a present prominence: "such groups are looming large", "Looming over them all is a candidate not even running",
  "looming over the debate is how activists will react";
- a scheduled item a word further on or before: "the looming impeachment vote", "looming sequestration", "the
  holidays are looming", "the apparently looming announcement", "the looming question".

"A looming recession", "the looming fiscal crisis" and "a looming electoral disaster" stay: an outcome
foreseen.

:mod:`.speculation` asks :func:`looming_forecast_reading`; it returns why the match predicts nothing ('' if it
may predict).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

# things that loom on a calendar or on an agenda, not outcomes foreseen
_SCHEDULED: Final = frozenset({"deadline", "deadlines", "vote", "votes", "date", "cuts", "election", "elections",
                               "hearing", "hearings", "trial", "expiration", "shutdown", "sequester", "sequestration",
                               "recess", "primary", "primaries", "debate", "decision", "sentencing", "execution",
                               "executions", "holidays", "holiday", "announcement", "question", "questions",
                               "midterms", "midterm", "caucuses", "convention", "inauguration", "ruling", "verdict",
                               "negotiations", "talks", "summit", "deal", "bill", "budget", "showdown"})
_PROMINENCE: Final = frozenset({"large", "over", "above", "behind"})
_COPULAS: Final = frozenset({"is", "are", "was", "were", "remain", "remains"})


def looming_not_a_forecast(doc: Doc, match: Match) -> str:
    """Why "looming" at ``match`` names a prominence or a scheduled item ('' if it may foresee an outcome)."""
    if match.entry.words != ("looming",):
        return ""
    norms, first = doc.norms, match.first
    after = [norms[k] for k in range(first + 1, min(len(norms), first + 3)) if doc.is_word[k]]
    if after and after[0] in _PROMINENCE:
        return "looming large / looming over them all: a present prominence, not a forecast"
    if any(w in _SCHEDULED for w in after[:2]):
        return "the looming impeachment vote / looming sequestration: a scheduled item, not a forecast"
    if first >= 2 and norms[first - 1] in _COPULAS and norms[first - 2] in _SCHEDULED:
        return "the holidays are looming: a date on the calendar, not a forecast"
    return ""


def looming_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue predicts nothing here, by this module's readings ('' if it may predict)."""
    return looming_not_a_forecast(doc, match)
