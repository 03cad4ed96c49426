"""Forecast cues that name an act, a schedule, a past expectation or a denied prediction, not a forecast (tenth
pass, round 2: what independent readers judged wrong, read on the AllSides dev corpus):

- a reported threat: "states dropping - or threatening to drop - the standards", "Trump raised the stakes,
  threatening to shut the border" (the participle tells an act; "Iran is threatening to", "threatens to" and a
  thing "threatening to spark unrest" stay);
- a schedule's or a law's phase-in: "phased in over the next three years", "the recount will take place over the
  next week" ("would create 12 million jobs over the next four years" stays);
- a past expectation: "it seemed likely to play also-ran" ("it seems likely to" stays);
- others' predictions named: "the many predictions of his demise", "their predictions" ("predictions that the
  economy will slow" is left to :mod:`.speculation`);
- a cue in an all-capitals headline of a related link: "MIDTERM CAMPAIGN PROJECTED TO TOP $5B";
- an outlook: "looking much further down the road" ("effects down the road" stays);
- a prediction named to deny it: "the misconception is that this is going to hurt";
- a denial a clause back: "he didn't make any promises that Republicans are about to take up the issue".

:mod:`.speculation` asks :func:`act_forecast_reading`; it returns why the match predicts nothing ('' if it may
predict). Every look-back is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_PRESENT_BE: Final = frozenset({"is", "are", "am", "'s", "'re", "now", "still", "again", "also", "already"})
_SCHEDULE_VERBS: Final = frozenset({"phased", "phase", "phasing", "place", "spread", "staggered", "implemented",
                                    "rolled", "scheduled", "held"})
_MEASURES: Final = frozenset({"provision", "provisions", "law", "laws", "bill", "bills", "rule", "rules", "measure",
                              "measures", "policy", "policies", "plan", "plans", "ruling", "order", "mandate"})
_PAST_SEEM: Final = frozenset({"seemed", "appeared", "looked", "sounded"})
# "the many predictions of his demise", "past predictions" ("economists shaved their predictions of growth" stays:
# forecasts now held)
_NAMING: Final = frozenset({"many", "those", "such", "all", "earlier", "past", "previous", "dire", "false"})
# "upending decades of diplomacy and threatening to spark unrest", "a provision threatening to close clinics": a
# thing that threatens an outcome, a forecast (a person "threatening to drop" the standards acts)
_OUTCOMES: Final = frozenset({"spark", "sap", "undermine", "derail", "overwhelm", "swamp", "upend", "unravel", "engulf",
                              "eclipse", "overshadow", "destabilize", "reignite", "worsen", "become", "tip", "drag",
                              "spill", "spiral", "erode", "wipe", "cripple", "deepen", "complicate", "disrupt",
                              "overturn", "unleash", "trigger", "hurt", "damage", "harm", "doom", "sink", "topple",
                              "wreck", "push", "turn", "boil", "bring", "split", "fracture"})
_OUTLOOK: Final = frozenset({"further", "farther", "looking", "look", "looks", "looked", "thinking", "think"})
_DENIALS: Final = frozenset({"misconception", "myth", "fallacy", "misperception", "misunderstanding", "falsehood",
                             "canard", "lie", "fiction"})
_NEGATORS: Final = frozenset({"not", "never", "no", "cannot", "nobody", "without"})
_PROMISES: Final = frozenset({"promise", "promises", "guarantee", "guarantees", "indication", "indications", "sign",
                              "signs", "suggestion", "evidence", "assurance", "assurances", "prediction",
                              "predictions"})


def _all_capitals(doc: Doc, match: Match) -> bool:
    """ "MIDTERM CAMPAIGN PROJECTED TO TOP $5B": a cue in capitals outside a quotation (no quotation mark up to
    eight tokens before: a quoted meme "THE TIME ... WILL SOON BE AT AN END" is quoted speech)."""
    letters = "".join(doc.tokens[k] for k in range(match.first, match.stop) if doc.is_word[k])
    if len(letters) <= 3 or not letters.isupper():
        return False
    return not any(doc.tokens[k] in ("“", '"') for k in range(max(0, match.first - 8), match.first))


def _denial_before(doc: Doc, first: int) -> bool:
    """ "didn't make any promises that X are about to": a promise or prediction, negated, up to 6 words before
    the cue's clause opener "that"."""
    norms = doc.norms
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 6)
    k = first - 1
    while k >= lo and doc.is_word[k] and norms[k] != "that":
        k -= 1
    if k < lo or norms[k] != "that":
        return False
    k -= 1
    if k < 0 or norms[k] not in _PROMISES:
        return False
    for j in range(k - 1, max(lo - 6, k - 5), -1):
        if not doc.is_word[j]:
            return False
        if norms[j] in _NEGATORS or norms[j].endswith("n't"):
            return True
    return False


def _denied_by_name(doc: Doc, first: int) -> bool:
    """ "the misconception is that ... this is going to": a word of falsehood up to 14 words before."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 14)
    return any(doc.norms[k] in _DENIALS for k in range(lo, first))


def act_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue names an act, a schedule or a denied prediction ('' if it may predict)."""
    words = match.entry.words
    norms, first = doc.norms, match.first
    before = norms[first - 1] if first > 0 and doc.is_word[first - 1] else ""
    if _all_capitals(doc, match):
        return "PROJECTED TO in an all-capitals headline of a related link: page clutter"
    if before in _MEASURES:
        return ""  # "another provision threatening to close clinics": a measure's outcome foreseen
    after = norms[match.stop] if match.stop < len(norms) else ""
    if words[0] == "threatening" and before not in _PRESENT_BE and after not in _OUTCOMES:
        return "dropping - or threatening to drop; raised the stakes, threatening to: a reported threat, an act"
    if words[:3] == ("over", "the", "next") and any(
            norms[k] in _SCHEDULE_VERBS for k in range(max(0, first - 3), first)):
        return "phased in over the next three years / take place over the next week: a schedule, not a forecast"
    if "likely" in words and before in _PAST_SEEM:
        return "seemed likely to: a past expectation"
    if words == ("predictions",) and before in _NAMING:
        return "the many predictions of his demise: others' predictions named, none made"
    if words == ("down", "the", "road") and any(
            norms[k] in _OUTLOOK for k in range(max(0, first - 3), first)):
        return "looking much further down the road: an outlook, no forecast"
    if _denied_by_name(doc, first):
        return "the misconception is that this is going to: a prediction named to deny it"
    if _denial_before(doc, first):
        return "didn't make any promises that X are about to: a prediction denied"
    return ""
