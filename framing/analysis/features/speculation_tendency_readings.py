"""Comparisons of likelihood that describe a group's tendency, not a forecast (tenth pass: read in the fresh draw
of session 30 and on the AllSides dev corpus; :mod:`.speculation` already sets aside "are more likely to" right
after a copula):

- a comparison listed after a first one: "young Democrats were less likely than older ones to support more
  funding, substantially less likely to favor a higher minimum wage and less likely to support ..." (the later
  items share the first item's present or past tendency);
- a comparison beside a stated tendency: "who tend to be younger and less likely to exhibit symptoms".

"The deal is thus less likely to be achieved", "a retired general will be more likely to engender trust" and
"they may be less likely to identify themselves" stay: a forecast, no tendency listed.

:mod:`.speculation` asks :func:`tendency_forecast_reading`; it returns why the match predicts nothing ('' if it may
predict).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_LIST_REACH: Final = 25  # tokens looked back for the first comparison of a list
_TEND_REACH: Final = 8  # tokens looked back for "tend to"
_COPULAS: Final = frozenset({"are", "were", "is", "was"})
_COMPARATIVES: Final = frozenset({"more", "less"})
_TEND: Final = frozenset({"tend", "tends", "tended"})


def _comparison(words: tuple[str, ...]) -> bool:
    return len(words) >= 2 and words[0] in _COMPARATIVES and words[1] == "likely"


def listed_comparison(doc: Doc, match: Match) -> bool:
    """ "were less likely than older ones to support X, substantially less likely to favor Y": a later item
    of a list whose first item is a copula + comparison."""
    if not _comparison(match.entry.words):
        return False
    norms = doc.norms
    lo = max(doc.sentences[doc.sentence_of[match.first]].first + 1, match.first - _LIST_REACH)
    listed = False
    for k in range(match.first - 1, lo - 1, -1):
        if norms[k] in (",", "and"):
            listed = True
        if norms[k] == "likely" and norms[k - 1] in _COMPARATIVES and k >= 2 and norms[k - 2] in _COPULAS:
            return listed
    return False


def tendency_beside(doc: Doc, match: Match) -> bool:
    """ "who tend to be younger and less likely to exhibit symptoms": a tendency stated just before."""
    if not _comparison(match.entry.words):
        return False
    lo = max(doc.sentences[doc.sentence_of[match.first]].first, match.first - _TEND_REACH)
    return any(doc.norms[k] in _TEND for k in range(lo, match.first))


def tendency_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if listed_comparison(doc, match):
        return "were less likely than others to X, less likely to Y: a tendency listed, not a forecast"
    if tendency_beside(doc, match):
        return "who tend to be younger and less likely to: a tendency, not a forecast"
    return ""
