"""Speculation cues that name an activity, a past expectation, a norm, a narrative or a judgment, not a
forecast (eighth pass, round 2: the kinds the independent readers of seeds 1414 and 1515 judged wrong, read on
the AllSides dev corpus):

- "expected to" as a past active verb ("They expected to be given tax-exempt status"): a past expectation;
  "the bill, expected to pass next week" and "is expected to" stay;
- "expected to" of a duty ("people are expected to be loyal", "are expected to comply"): a norm;
- "forecasting" naming a trade ("the forecasting firm", "forecasting models");
- "predict" naming a method after a verb of trying ("pollsters attempt to measure the electorate and predict
  the outcome", "models designed to predict"): an activity, no forecast made;
- a time horizon whose only future is "would", of minutes or hours or beside a past verb ("Over the next 40
  minutes, it would cover 20 miles"): a past narrative ("the plan would cut the deficit over the next decade"
  stays);
- "anticipate what is going to happen": foreseeing named ("nobody knows what is going to happen next" stays
  for other rules to read);
- a conditional whose consequence is a judgment or a comparison ("that would be more than ...", "it would be
  unwise to rule out anything"), a rhetorical "might as well", or a duty ("may have an obligation to");
- "even if" after its main clause ("... into power — even if few voices back the claim that there might be
  a wave"): a concession trailing its clause, whose consequence is not in the span.

:mod:`.speculation` asks :func:`activity_forecast_reading` and :func:`judgment_conditional_reading`; each
returns why the match predicts nothing ('' if it may predict).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_SUBJECT_PRONOUNS: Final = frozenset({"they", "he", "she", "i", "we", "who", "had"})
# ("others are expected to follow soon", "expected to serve as chair" are forecasts)
_DUTY_VERBS: Final = frozenset({"comply", "obey", "respect", "behave", "cooperate", "abide", "uphold", "adhere",
                                "conform", "dress"})
_CONDUCT: Final = frozenset({"loyal", "honest", "polite", "respectful", "obedient", "present", "punctual",
                             "professional", "courteous", "faithful", "quiet", "silent", "available", "ready"})
_TRADES: Final = frozenset({"firm", "firms", "company", "companies", "group", "model", "models", "service",
                            "services", "agency", "center", "centre", "unit", "team", "outfit", "shop", "business",
                            "industry", "consultancy", "tools", "tool", "methods", "skills", "science", "office"})
_TRYING: Final = frozenset({"attempt", "attempts", "attempted", "attempting", "try", "tries", "tried", "trying",
                            "seek", "seeks", "sought", "designed", "used", "uses", "use", "aim", "aims", "aimed",
                            "ability", "algorithm", "algorithms", "model", "models", "tool", "tools", "method",
                            "methods", "way", "ways", "struggle", "struggled", "struggling"})
_FUTURES_BUT_WOULD: Final = frozenset({"will", "'ll", "won't", "going", "gonna", "may", "might", "could", "expected",
                                       "expect", "expects", "likely", "unlikely", "shall", "if", "unless"})
# "a plan that would cut the deficit over the next decade" is a forecast of a measure; a narrative tells of minutes
# and hours, or in the past ("a path that took it through")
_SHORT_UNITS: Final = frozenset({"minutes", "hours", "seconds", "moments"})
_PAST_VERBS: Final = frozenset({"was", "were", "had", "took", "came", "went", "did", "began", "saw", "left", "got"})
_JUDGMENTS: Final = frozenset({"unwise", "wise", "foolish", "smart", "silly", "naive", "premature", "mistake",
                               "better", "best", "worse", "worst", "more", "less", "nice", "good", "great",
                               "helpful", "wrong", "right", "appropriate", "fair", "remarkable", "surprising",
                               "irresponsible", "reckless", "prudent", "unfair", "absurd", "ridiculous", "insane",
                               "crazy", "hypocritical", "shameful", "outrageous", "ironic", "welcome", "progress"})
_DUTY_NOUNS: Final = frozenset({"obligation", "duty", "responsibility", "right", "authority", "power"})
_BREAKS: Final = frozenset({",", ";", "—", "–", ":"})
_MODALS: Final = frozenset({"will", "would", "could", "might", "may", "won't", "wouldn't", "going", "gonna", "shall"})


def _past_active_expected(doc: Doc, match: Match) -> bool:
    """ "They expected to be given ...", "who had expected to win": a past expectation."""
    return match.entry.words[0] == "expected" and word_before(doc, match.first) in _SUBJECT_PRONOUNS


def _expected_duty(doc: Doc, match: Match) -> bool:
    """ "are expected to be loyal", "are expected to comply": a norm of conduct."""
    words = match.entry.words
    if "expected" not in words:
        return False
    k = match.stop if words[-1] == "to" else match.stop + 1
    if words[-1] != "to" and word_after(doc, match.stop - 1) != "to":
        return False
    norms = doc.norms
    if k >= len(norms):
        return False
    if norms[k] in _DUTY_VERBS:
        return True
    return norms[k] == "be" and k + 1 < len(norms) and norms[k + 1] in _CONDUCT


def _forecasting_trade(doc: Doc, match: Match) -> bool:
    return match.entry.words == ("forecasting",) and word_after(doc, match.stop - 1) in _TRADES


def _predict_as_method(doc: Doc, match: Match) -> bool:
    """ "attempt to measure the electorate and predict the outcome", "models designed to predict": "predict"
    after a verb or noun of trying, up to 11 words back in its clause."""
    if match.entry.words[0] != "predict":
        return False
    lo = max(doc.sentences[doc.sentence_of[match.first]].first, match.first - 12)
    for k in range(match.first - 1, lo - 1, -1):
        if not doc.is_word[k] and doc.tokens[k] not in ("-",):
            return False
        if doc.norms[k] in _TRYING:
            return True
    return False


def _narrative_horizon(doc: Doc, match: Match) -> bool:
    """ "Over the next 40 minutes, it would cover 20 miles": a horizon whose sentence's only future is
    "would"."""
    words = match.entry.words
    if len(words) < 3 or words[0] not in ("over", "in", "within", "during") or words[-1] != "next":
        return False
    sentence = doc.sentences[doc.sentence_of[match.first]]
    norms = doc.norms
    would = past = False
    for k in range(sentence.first, min(sentence.stop, sentence.first + 80)):
        if norms[k] in _FUTURES_BUT_WOULD or norms[k].endswith("'ll"):
            return False
        would = would or norms[k] == "would"
        past = past or norms[k] in _PAST_VERBS or k >= match.stop and norms[k] in _SHORT_UNITS
    return would and past


def _anticipating_what_happens(doc: Doc, match: Match) -> bool:
    """ "we like to be able to anticipate what is going to happen": a generic wish to foresee, no forecast."""
    first, norms = match.first, doc.norms
    return match.entry.category == "future" and first >= 2 and norms[first - 1] == "what" \
        and norms[first - 2] in ("anticipate", "predict", "foresee", "forecast")


def activity_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast or future cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if _past_active_expected(doc, match):
        return "they expected to: a past expectation, no forecast"
    if _expected_duty(doc, match):
        return "are expected to be loyal / to comply: a norm, not a forecast"
    if _forecasting_trade(doc, match):
        return "the forecasting firm: a trade named"
    if _predict_as_method(doc, match):
        return "attempt to ... predict: a method named, no forecast made"
    if _narrative_horizon(doc, match):
        return "over the next 40 minutes, it would cover: a past narrative, no forecast"
    if _anticipating_what_happens(doc, match):
        return "to anticipate what is going to happen: foreseeing named, no forecast"
    return ""


def _consequence_start(doc: Doc, first: int, stop: int) -> int:
    """The first word after the condition's break (its comma), or ``stop`` if none."""
    for k in range(first + 1, stop):
        if doc.tokens[k] in _BREAKS:
            return k + 1
    return stop


def _judgment_consequence(doc: Doc, first: int, stop: int) -> bool:
    """ "..., that would be more than ...", "..., it would be unwise to": "would be" + a judgment or a
    comparison opening the consequence; "..., we might as well": rhetorical; "..., the department may have an
    obligation to": a duty."""
    norms = doc.norms
    k = _consequence_start(doc, first, stop)
    end = min(stop, k + 5)
    for j in range(k, end):
        if norms[j] in ("would", "could", "might", "may") and j + 2 < stop:
            nxt, after = norms[j + 1], norms[j + 2]
            if nxt == "be" and (after in _JUDGMENTS or after in ("a", "an") and j + 3 < stop
                                and norms[j + 3] in _JUDGMENTS):
                return True
            if nxt == "as" and after == "well":
                return True
            if nxt == "have" and after in ("an", "a", "the", "no") and j + 3 < stop and norms[j + 3] in _DUTY_NOUNS:
                return True
            return False
    return False


def _trailing_concession(doc: Doc, first: int, stop: int) -> bool:
    """ "... sweep Democrats into power — even if few voices back the claim that there might be a wave": "even
    if" after a break that closes a main clause of three or more words, whose only future is in a "that"
    clause (a claim named); ", even if he wins, he will not be certified" stays."""
    norms = doc.norms
    if norms[first] != "even" or first == 0 or doc.tokens[first - 1] not in _BREAKS:
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    if sum(1 for k in range(sentence.first, first) if doc.is_word[k]) < 3:
        return False
    for j in range(first + 2, stop):
        if norms[j] in _MODALS or norms[j].endswith("'ll"):
            return any(norms[k] == "that" for k in range(max(first + 2, j - 3), j))
    return False


def judgment_conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why a conditional ``[first, stop)`` predicts nothing here, by this module's readings ('' if it may)."""
    if _judgment_consequence(doc, first, stop):
        return "if ..., it would be unwise / that would be more than / we might as well: a judgment, no forecast"
    if _trailing_concession(doc, first, stop):
        return "..., even if few back the claim: a concession after its main clause"
    return ""
