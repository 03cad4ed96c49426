"""Speculation cues whose complement holds no future (tenth pass: read in the fresh draw of session 30 and on the
AllSides dev corpus):

- "expect that" with no future, modal or infinitive in the clause after it: a belief about the past ("aides told
  me they expect that the golden period of the campaign ended at 8 p.m."), a norm ("we expect that when
  candidates make commitments, that they keep them") or a counterfactual ("you'd just naturally expect that it
  would have become less textualist"). "We expect that the agency will do better", "they expect that number to
  rise" stay;
- "a matter of time" told in the past: "it was only a matter of time before someone would publish it" (it has
  happened); "it's only a matter of time before the filibuster is done away with" stays.

:mod:`.speculation` asks :func:`complement_forecast_reading`; it returns why the match predicts nothing ('' if it
may predict).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_COMPLEMENT_REACH: Final = 50  # tokens of the clause after "expect that" looked at for its future
_FUTURE_MARKS: Final = frozenset({"will", "'ll", "won't", "would", "wouldn't", "could", "may", "might", "going",
                                  "gonna", "shall", "to", "soon", "likely", "eventually", "next", "tomorrow", "future"})
_MATTER_OF_TIME: Final = frozenset({("only", "a", "matter", "of", "time"), ("just", "a", "matter", "of", "time"),
                                    ("a", "matter", "of", "time")})
_PAST_COPULAS: Final = frozenset({"was", "were", "been", "wasn't", "weren't"})


def expect_without_future(doc: Doc, match: Match) -> bool:
    """ "they expect that the golden period ended at 8 p.m.": no future in the expected clause (or only a
    counterfactual "would have")."""
    if match.entry.words != ("expect", "that"):
        return False
    norms = doc.norms
    end = min(doc.sentences[doc.sentence_of[match.first]].stop, match.stop + _COMPLEMENT_REACH)
    for k in range(match.stop, end):
        if norms[k] in _FUTURE_MARKS or norms[k].endswith("'ll"):
            return norms[k] in ("would", "could", "might") and k + 1 < end and norms[k + 1] == "have"
    return True


def past_matter_of_time(doc: Doc, match: Match) -> bool:
    """ "it was only a matter of time before someone would publish it": told in the past."""
    first = match.first
    return match.entry.words in _MATTER_OF_TIME and first > 0 and doc.norms[first - 1] in _PAST_COPULAS


def complement_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if expect_without_future(doc, match):
        return "they expect that the period ended / that they keep them: no future expected (a past, a norm)"
    if past_matter_of_time(doc, match):
        return "it was only a matter of time before: told in the past"
    return ""
