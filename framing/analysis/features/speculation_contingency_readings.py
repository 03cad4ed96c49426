"""Forecast cues and conditionals that name a contingency, a standard, an ability, a motion or a judgement, not
a prediction (fourteenth pass: read in the session-34 fresh draw and the judgments of draws 3131/3535 on the
AllSides dev corpus):

- "planning for the worst-case scenario", "prepare for a doomsday scenario": a contingency planned for;
- "imminent" as a legal standard ("the threat must be so extreme and imminent that", "the imminent-threat
  test"): a condition a threat must meet;
- "threaten to" after a modal ("Trump will threaten to undermine them"): the act named; the forecast, if any,
  is the modal;
- "predict" as an ability ("too complex for consumers to understand or predict", "too difficult at this point
  to predict", "no one can predict"): no prediction made (:mod:`.speculation` reads "hard to predict");
- "headed for Cuba", "heading for the American border", "headed toward Arizona": a destination, not an outcome
  ("headed for a shutdown" stays);
- "stuck in the pipeline": a backlog now, not a coming event;
- "(more) likely to be Republican / Democratic": a group's leaning, not a forecast;
- a conditional whose consequence "will have been" ("if the law is overturned, then the first years will have
  been wasted"): a retrospective judgement, and one whose consequence is a courtesy ("if I get into this race,
  I'd be honored if I could count on your support"): a request;
- a conditional's span ends before ", according to a White House official": the attribution is no part of the
  consequence (:func:`before_attribution`).

:mod:`.speculation` asks :func:`contingency_forecast_reading` and :func:`contingency_conditional_reading`; each
returns why the span predicts nothing ('' if it may predict).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import words_back

_CLAUSE_ENDS: Final = frozenset({",", ";", ":", "—", "–", ".", "!", "?", "(", ")"})
_PLANNING: Final = frozenset({"plan", "plans", "planned", "planning", "prepare", "prepares", "prepared", "preparing",
                              "ready", "brace", "braced", "bracing", "contingency", "contingencies", "account",
                              "hope", "hoping", "hedge", "hedging", "insure", "guard", "model", "modeling",
                              "modelling", "gaming", "simulate", "simulated", "war-game", "war-gaming", "exercise"})
_SCENARIOS: Final = frozenset({"scenario", "scenarios"})
_STANDARD_AFTER: Final = frozenset({"test", "standard", "requirement", "exception", "doctrine", "threshold",
                                    "criterion", "criteria", "exemption"})
_THREATS: Final = frozenset({"threat", "threats", "danger", "harm", "attack", "lawless", "peril", "-threat"})
# "Trump will threaten to", "they would threaten to": the act named after "will"/"would" ("making X part of
# Israel could threaten to make Y a minority" is a risk foreseen, and stays)
_ACT_MODALS: Final = frozenset({"will", "'ll", "would", "'d"})
_THREATEN: Final = frozenset({"threaten", "threatens", "threatening"})
_PREDICT: Final = frozenset({"predict", "forecast", "foresee", "anticipate", "tell"})
_DIFFICULT: Final = frozenset({"hard", "difficult", "impossible", "complex", "complicated", "tough", "tricky",
                               "unable", "cannot", "can't", "couldn't", "early", "soon", "premature", "harder",
                               "unpredictable"})
_ABILITY_REACH: Final = 8  # words back for "too difficult at this point to predict"
_HEADED: Final = frozenset({"headed", "heading"})
_PLACE_NOUNS: Final = frozenset({"border", "borders", "coast", "airport", "city", "capital", "region", "island",
                                 "port", "north", "south", "east", "west", "beach", "shore", "mountains", "country",
                                 "states", "home", "exit", "exits", "door", "doors", "hospital", "hills", "gulf",
                                 "sea", "ocean", "base", "camp", "camps", "station", "streets", "street", "mainland",
                                 "frontier", "interior", "airports", "cities", "towns", "town", "village"})
# capitalised words after "headed for" that are no place ("headed for Senate passage")
_NOT_PLACES: Final = frozenset({"the", "a", "an", "senate", "house", "congress", "court", "supreme", "election",
                                "november", "trial", "impeachment"})
_STUCK: Final = frozenset({"stuck", "languishing", "languished", "sitting", "sat", "backed", "clogged", "lost",
                           "trapped", "already", "still"})
_PARTIES: Final = frozenset({"republican", "republicans", "democratic", "democrats", "democrat", "conservative",
                             "conservatives", "liberal", "liberals", "independent", "independents", "partisan",
                             "progressive", "progressives"})
_COURTESY: Final = frozenset({"honored", "honoured", "grateful", "delighted", "glad", "happy", "pleased",
                              "thankful", "appreciative"})


def planned_scenario(doc: Doc, match: Match) -> bool:
    """"planning for the worst-case scenario": a planning word up to four words before the scenario."""
    if not _SCENARIOS.intersection(match.entry.words):
        return False
    return any(doc.norms[k] in _PLANNING for k in words_back(doc, match.first, 4, _CLAUSE_ENDS))


def imminent_standard(doc: Doc, match: Match) -> bool:
    """"must be so extreme and imminent that", "the imminent-threat test": a standard a threat must meet."""
    norms = doc.norms
    if match.entry.words != ("imminent",):
        return False
    stop = match.stop
    after = [norms[k] for k in range(stop, min(len(norms), stop + 3))]
    # "the imminent-threat test", "an imminent danger standard" ("an imminent nuclear test" is a forecast)
    if after and (after[0] in _STANDARD_AFTER - {"test"}
                  or len(after) > 1 and after[0] in _THREATS and after[1] in _STANDARD_AFTER):
        return True
    back = [norms[k] for k in words_back(doc, match.first, 5, _CLAUSE_ENDS)]
    return "must" in back or ("so" in back and "that" in after)


def threatened_act(doc: Doc, match: Match) -> bool:
    """"will threaten to undermine": the act named after a modal."""
    if match.entry.words[0] not in _THREATEN:
        return False
    back = words_back(doc, match.first, 1, _CLAUSE_ENDS)
    return bool(back) and doc.norms[back[0]] in _ACT_MODALS


def prediction_as_ability(doc: Doc, match: Match) -> bool:
    """"too difficult at this point to predict", "too complex to understand or predict": predicting named as
    something hard or impossible to do, no prediction made."""
    words = match.entry.words
    if len(words) != 1 or words[0] not in _PREDICT:
        return False
    back = words_back(doc, match.first, _ABILITY_REACH, _CLAUSE_ENDS)
    if not any(doc.norms[k] == "to" for k in back[:4]):
        return False
    return any(doc.norms[k] in _DIFFICULT for k in back)


def destination(doc: Doc, match: Match) -> bool:
    """"headed for Cuba", "heading for the American border": a place, not an outcome."""
    words = match.entry.words
    if not _HEADED.intersection(words):
        return False
    norms, tokens, stop = doc.norms, doc.tokens, match.stop
    if stop >= len(norms) or not doc.is_word[stop]:
        return False
    if tokens[stop][:1].isupper() and norms[stop] not in _NOT_PLACES:
        return True
    return any(norms[k] in _PLACE_NOUNS for k in range(stop, min(len(norms), stop + 4)) if doc.is_word[k])


def stuck_in_pipeline(doc: Doc, match: Match) -> bool:
    """"became stuck in the pipeline": a backlog now or then."""
    if match.entry.words != ("in", "the", "pipeline"):
        return False
    back = words_back(doc, match.first, 2, _CLAUSE_ENDS)
    return any(doc.norms[k] in _STUCK for k in back)


def party_leaning(doc: Doc, match: Match) -> bool:
    """"voters likely to be Democratic", "another more likely to be Republican": a group's leaning."""
    norms, stop = doc.norms, match.stop
    if "likely" not in match.entry.words:
        return False
    k = stop
    if norms[stop - 1] != "to":
        if k < len(norms) and norms[k] == "to":
            k += 1
        else:
            return False
    return k + 1 < len(norms) and norms[k] == "be" and norms[k + 1] in _PARTIES


def contingency_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if planned_scenario(doc, match):
        return "planning for the worst-case scenario: a contingency planned for, not a forecast"
    if imminent_standard(doc, match):
        return "the threat must be so extreme and imminent that: a legal standard, not a forecast"
    if threatened_act(doc, match):
        return "will threaten to: the act named (the modal is the forecast)"
    if prediction_as_ability(doc, match):
        return "too difficult to predict / too complex to understand or predict: no prediction made"
    if destination(doc, match):
        return "headed for Cuba / heading for the border: a destination, not an outcome"
    if stuck_in_pipeline(doc, match):
        return "stuck in the pipeline: a backlog, not a coming event"
    if party_leaning(doc, match):
        return "voters more likely to be Republican: a group's leaning, not a forecast"
    return ""


def contingency_conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why the conditional ``[first, stop)`` predicts nothing here ('' if it may predict)."""
    norms = doc.norms
    for k in range(first + 1, stop - 2):
        if norms[k] in ("will", "'ll") and norms[k + 1] == "have" and norms[k + 2] == "been":
            return "if the law is overturned, the years will have been wasted: a retrospective judgement"
        if (norms[k] == "would" or norms[k].endswith("'d")) and norms[k + 1] == "be" and norms[k + 2] in _COURTESY:
            return "I'd be honored if I could count on your support: a courtesy, a request"
    return ""


_ATTRIBUTION_REACH: Final = 80  # tokens (a conditional's span is at most this long)


def before_attribution(doc: Doc, first: int, stop: int) -> int:
    """Where the conditional ``[first, stop)`` ends: before ", according to ..." if the span runs on into one."""
    norms = doc.norms
    for k in range(first + 1, min(stop, first + _ATTRIBUTION_REACH) - 2):
        if doc.tokens[k] == "," and norms[k + 1] == "according" and norms[k + 2] == "to":
            return k
    return stop
