"""Speculation cues that state the speaker's own commitment or name an aim, not a forecast (tenth pass: the
kinds readers judged wrong in the draws of seeds 1919 and 2020 and in the fresh draw of session 30, read on
the AllSides dev corpus):

- a first-person vow: "We are going to make it very difficult to remain here unlawfully", "we're gonna raise
  the money", "I'm gonna get him", "we are going to re-look at it": "I" or "we" + going to / gonna + a verb of
  an act the speaker controls (make, do, fight, build, control ...) is what the speaker will do, a pledge or a
  plan. An outcome the speaker does not control stays a forecast: "we are going to win the nomination", "we
  are going to have a lot of success", "we're going to be able to", "we're gonna get clobbered", and so does a
  pledge weighed as an outcome ("Eventually, we are going to make a very reasonable deal");
- a when/what clause: "no one is looking out for when people are going to be hurt", "wherever they are going to
  be, we have events", "think through what you are going to do with them" ("nobody knows what is going to
  happen" is read as the future it names);
- a discourse phrase: "I will certainly tell you, I'm under enormous pressure" (the remark follows; nothing is
  forecast);
- an embedded question of means: "he's focused on how Trump is going to get reelected", "hard to figure out how
  the administration is going to do it": "how" a few words before the cue names what is to be worked out (an
  aim's means), no outcome is predicted. An amount stays: "the debate centers around how much taxes are going
  to go up" takes the rise as given.

:mod:`.speculation` asks :func:`commitment_forecast_reading`; it returns why the match predicts nothing ('' if
it may predict).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_GOING_TO: Final = frozenset({("is", "going", "to"), ("are", "going", "to"), ("am", "going", "to"), ("gonna",)})
_FIRST_PERSON: Final = frozenset({"we", "i", "we're", "i'm"})
# acts the speaker controls: "we are going to make / fight / control / put ..." is a pledge or a plan; outcomes
# ("win", "beat", "have", "be", "see", "lose", "hold", "take", "end up") are not here and stay forecasts
_ACTS: Final = frozenset({"make", "do", "re-look", "relook", "look", "control", "bring", "put", "work", "continue",
                          "push", "fight", "rip", "impeach", "build", "raise", "argue", "regroup", "guarantee",
                          "give", "keep", "stop", "fix", "try", "cut", "pass", "introduce", "file", "sue", "vote",
                          "support", "help", "ask", "call", "release", "send", "announce", "veto", "repeal",
                          "replace", "protect", "defend", "deliver", "change", "start", "use", "spend", "invest",
                          "tell", "talk", "meet", "fund", "hire", "close", "open", "reopen", "expand", "reform",
                          "restore", "require", "enforce", "investigate", "pursue", "seek", "propose", "offer",
                          "review", "reverse", "eliminate", "implement", "issue", "sign", "unveil", "roll",
                          "crack", "go", "stand", "remove", "punish", "demand", "insist", "repave"})
# "we're going to get it done", "I'm gonna get him": "get" + an object is an act; "get clobbered" is not
_GET_OBJECTS: Final = frozenset({"him", "her", "them", "it", "this", "that", "you", "rid", "back"})
_ADVERBS: Final = frozenset({"really", "also", "just", "absolutely", "certainly", "definitely", "all", "now", "then",
                             "immediately", "quickly", "finally", "still", "actually", "totally", "very"})
# "Eventually, we are going to make a very reasonable deal": a forecast of an outcome, not a pledge
_FORECAST_ADVERBS: Final = frozenset({"eventually", "ultimately", "probably", "likely", "soon", "someday", "sooner",
                                      "inevitably", "maybe", "perhaps"})
# "how much taxes are going to go up": an amount of a future taken as given, a forecast
_AMOUNTS: Final = frozenset({"much", "many", "far", "long", "big", "soon", "high", "quickly", "fast", "large", "bad",
                             "badly", "well", "likely", "often", "severe", "deep"})
_EMBEDDERS: Final = frozenset({"when", "whenever", "wherever", "what", "whatever"})
_EMBED_REACH: Final = 4  # words looked back for "when" / "what" ("wherever Trump and Pence are going to be")
_HOW_REACH: Final = 5  # words looked back from the cue for "how" ("how this new administration is going to")


def _verb_after(doc: Doc, stop: int) -> int:
    """The index of the word after the cue, over up to two adverbs ("we are going to really fight"); -1 if none."""
    norms = doc.norms
    k = stop
    while k < len(norms) and k < stop + 3 and doc.is_word[k] and norms[k] in _ADVERBS:
        k += 1
    return k if k < len(norms) and doc.is_word[k] else -1


def first_person_vow(doc: Doc, match: Match) -> bool:
    """ "We are going to make it very difficult", "I'm gonna get him": the speaker's own act pledged."""
    words, first, norms = match.entry.words, match.first, doc.norms
    if words not in _GOING_TO or first < 1 or not doc.is_word[first - 1] or norms[first - 1] not in _FIRST_PERSON:
        return False
    if words == ("gonna",) and norms[first - 1] in ("we", "i"):
        return False  # "we gonna": too rare and loose to read
    if any(doc.is_word[j] and norms[j] in _FORECAST_ADVERBS for j in range(max(0, first - 4), first - 1)):
        return False  # "Eventually, we are going to make a deal": the time or odds weighed, a forecast
    k = _verb_after(doc, match.stop)
    if k < 0:
        return False
    if norms[k] == "get":
        return k + 1 < len(norms) and norms[k + 1] in _GET_OBJECTS
    if norms[k] in ("have", "go") and k + 1 < len(norms) and norms[k + 1] == "to":
        return False  # "we're gonna have to hit the pause": a necessity, read elsewhere
    return norms[k] in _ACTS


def means_question(doc: Doc, match: Match) -> bool:
    """ "focused on how Trump is going to get reelected", "how much taxes are going to go up": an embedded
    question, no outcome predicted."""
    words, first, norms = match.entry.words, match.first, doc.norms
    if words not in _GOING_TO:
        return False
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _HOW_REACH)
    for k in range(first - 1, lo - 1, -1):
        if not doc.is_word[k]:
            return False
        if norms[k] == "how":
            return k + 1 < first and norms[k + 1] not in _AMOUNTS
    return False


def discourse_tell_you(doc: Doc, match: Match) -> bool:
    """ "I will certainly tell you, I'm under pressure": a discourse phrase opening a remark."""
    norms, stop = doc.norms, match.stop
    return match.entry.words[0] == "will" and stop + 1 < len(norms) and norms[stop] in ("tell", "say") \
        and norms[stop + 1] in ("you", "ya")


def embedded_when_or_what(doc: Doc, match: Match) -> bool:
    """ "looking out for when people are going to be hurt", "wherever they are going to be, we have events",
    "think through what you are going to do": a when/what clause, no outcome forecast ("what is going to happen"
    is read as the future it names)."""
    words, first, norms = match.entry.words, match.first, doc.norms
    if words not in _GOING_TO or (match.stop < len(norms) and norms[match.stop] == "happen"):
        return False
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _EMBED_REACH)
    for k in range(first - 1, lo - 1, -1):
        if not doc.is_word[k]:
            return False
        if norms[k] in _EMBEDDERS:
            return True
    return False


def commitment_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if discourse_tell_you(doc, match):
        return "I will certainly tell you, ...: a discourse phrase, no forecast"
    if first_person_vow(doc, match):
        return "we are going to make it very difficult / I'm gonna get him: the speaker's own act pledged, a vow"
    if embedded_when_or_what(doc, match):
        return "looking out for when people are going to be hurt: a when/what clause, no forecast"
    if means_question(doc, match):
        return "focused on how Trump is going to get reelected: an embedded question of means, no forecast"
    return ""
