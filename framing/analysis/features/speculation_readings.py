"""Speculation cues and conditionals that predict nothing, seventh pass (read on the AllSides dev corpus;
independent readers of issue 13 judged the first of each kind wrong).

:mod:`.speculation` asks :func:`forecast_reading` about each forecast or future cue and
:func:`conditional_reading` about each conditional prediction; each returns why the match predicts
nothing ('' if it may predict):

* "imminent" of the past ("an attack was planned or imminent", "there was any imminent threat") or as the
  standard of a danger ("poses an imminent threat", "to respond to imminent threats", "fear imminent harm"):
  an assessment of a threat now or then, not a forecast; "an imminent nuclear test", "the court's imminent
  decision" stay; nor is an "imminent attack" in quotation marks (a claim quoted: "aimed at disrupting an
  “imminent attack”");
* "on the horizon" and "set the stage for" in a past narrative or with no future in their sentence ("the
  storm, brewing on the horizon for months, slammed into ...", "the party moved to the right and set the
  stage for Bill Clinton"); "new policies potentially on the horizon ... will", "expected to set the stage
  for" stay;
* "at risk of" after a past copula ("were at risk of being lost"); a generic "you" with "unless" ("unless
  you're very careful, you're at risk of ...");
* a habitual future: "will inevitably", "is going to" in a sentence of what tends to happen ("coups tend to
  succeed when ... they will inevitably succeed", "you never know when the timing is going to hit");
* a conditional whose consequence is the speaker's verbal reaction ("if there's drifting, we're going to
  object", "if I see somebody neglected, I will speak up"): a stance or a standing pledge, not a forecast;
  a pledge of an act ("if elected, we're going to repave every road") stays;
* a conditional inside a provision ("Under his amendment, if Congress deems the border not secure, the bill
  would be halted"): how a measure works, not a forecast.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before
from .speculation_generic_readings import generic_conditional_reading, generic_forecast_reading

_PAST: Final = frozenset({"was", "were", "had", "wasn't", "weren't"})
_DANGERS: Final = frozenset({"threat", "threats", "harm", "danger"})
_MARKERS: Final = frozenset({"will", "'ll", "won't", "would", "wouldn't", "could", "may", "might", "going", "gonna",
                             "shall", "expected", "expect", "expects", "likely", "unlikely", "potentially", "soon",
                             "coming", "next", "future", "upcoming", "eventually", "poised", "set", "bound"})
_PAST_VERBS: Final = frozenset({"was", "were", "had", "did", "moved", "slammed", "arrived", "started", "came", "went",
                                "made", "took", "began", "saw", "became", "broke", "fell", "hit"})
_HABITUAL: Final = frozenset({"tend", "tends", "tended", "whenever"})
_REACTIONS: Final = frozenset({"object", "speak", "say", "answer", "respond", "comment", "complain", "protest",
                               "update", "consider", "raise", "weigh", "call"})
_FIRST_PERSON: Final = frozenset({"i", "we", "i'm", "we're", "i'll", "we'll"})
_PROVISIONS: Final = frozenset({"plan", "bill", "amendment", "proposal", "law", "rule", "measure", "legislation",
                                "program", "agreement", "deal", "policy", "order", "provision", "rules", "regulation"})


def _window(doc: Doc, first: int, reach: int = 30) -> range:
    sentence = doc.sentences[doc.sentence_of[first]]
    return range(max(sentence.first, first - reach), min(sentence.stop, first + reach))


def _marker_in_sentence(doc: Doc, first: int, skip: range) -> bool:
    """A future, modal or word of expectation in the sentence, outside the cue's own words ``skip``."""
    return any(k not in skip and (doc.norms[k] in _MARKERS or doc.norms[k].endswith("'ll"))
               for k in _window(doc, first))


def _past_before(doc: Doc, first: int, reach: int = 4) -> bool:
    """"was planned or imminent", "there was any imminent": a past copula a few words back in the clause."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - reach)
    for k in range(first - 1, lo - 1, -1):
        if not doc.is_word[k]:
            return False
        if doc.norms[k] in _PAST:
            return True
    return False


def forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast or future cue predicts nothing here ('' if it may predict): this pass's reading,
    then the seventh pass's second round's (:mod:`.speculation_generic_readings`)."""
    return _seventh_pass_forecast(doc, match) or generic_forecast_reading(doc, match)


def _seventh_pass_forecast(doc: Doc, match: Match) -> str:
    words = match.entry.words
    first, stop = match.first, match.stop
    norms = doc.norms
    if words == ("imminent",):
        if _past_before(doc, first):
            return "was planned or imminent: a past state of a threat, not a forecast"
        if first > 0 and doc.tokens[first - 1] in ("“", '"') and word_after(doc, first) in _DANGERS | {"attack"}:
            return "disrupting an “imminent attack”: someone's claim quoted, not the writer's forecast"
        if word_after(doc, first) in _DANGERS:
            return "poses an imminent threat: the standard of a danger, not a forecast"
        return ""
    if words in (("on", "the", "horizon"), ("set", "the", "stage", "for")):
        if not _marker_in_sentence(doc, first, range(first, stop)) and (
                words[0] == "set" or any(norms[k] in _PAST_VERBS or (norms[k].endswith("ed") and len(norms[k]) > 4)
                                         for k in _window(doc, first))):
            return "brewing on the horizon for months / set the stage for Clinton: a past narrative, not a forecast"
        return ""
    if words == ("at", "risk", "of"):
        before = word_before(doc, first)
        if before in _PAST or (before == "been" and word_before(doc, first - 1) == "had"):
            return "were at risk of: a past danger, not a forecast"
        if before in ("you're", "you") or (before in ("are", "'re") and word_before(doc, first - 1) == "you"):
            if any(norms[k] in ("unless", "if") for k in _window(doc, first, 20)):
                return "unless you're careful, you're at risk of: a generic 'you', no event predicted"
        return ""
    if words in (("will", "inevitably"), ("is", "going", "to"), ("are", "going", "to")):
        window = _window(doc, first, 15)
        if any(norms[k] in _HABITUAL for k in window) or any(
                norms[k] == "never" and k + 1 < len(norms) and norms[k + 1] == "know" for k in window):
            return "coups tend to succeed when ... they will inevitably: what tends to happen, not a forecast"
    return ""


def conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why the conditional from token ``first`` to ``stop`` predicts nothing ('' if it may predict): this
    pass's reading, then the seventh pass's second round's (:mod:`.speculation_generic_readings`)."""
    return _seventh_pass_conditional(doc, first, stop) or generic_conditional_reading(doc, first, stop)


def _seventh_pass_conditional(doc: Doc, first: int, stop: int) -> str:
    norms = doc.norms
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    if norms[sentence_first] == "under" and any(norms[k] in _PROVISIONS for k in range(sentence_first, first)):
        return "under his amendment, if Congress deems ..., the bill would be halted: a provision, not a forecast"
    for k in range(first + 1, stop - 1):
        if norms[k] in _FIRST_PERSON and doc.tokens[k - 1] in (",", "—", "–") or norms[k] in _FIRST_PERSON \
                and norms[k - 1] == "then":
            verbs = [norms[i] for i in range(k + 1, min(stop, k + 5))]
            if any(v in ("will", "'ll", "going", "gonna") or v.endswith("'ll") for v in verbs + [norms[k]]) \
                    and any(v in _REACTIONS for v in verbs):
                return "if there's drifting, we're going to object: the speaker's reaction, a stance, not a forecast"
            return ""
    return ""
