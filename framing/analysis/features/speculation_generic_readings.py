"""Speculation cues and conditionals that predict nothing, seventh pass, second round (read on the AllSides dev corpus;
readers judged the first of each kind wrong): a legal standard, a generic statement, a past horizon, a
future hoped for.

:mod:`.speculation_readings` asks :func:`generic_forecast_reading` about each forecast or future cue and
:func:`generic_conditional_reading` about each conditional prediction; each returns why the match predicts
nothing ('' if it may predict):

* a legal standard: "immigrants who are likely to become a “public charge”" (the test a law applies to
  a person, not a forecast of an event); "costs are likely to rise" stays;
* an identifying generalisation: "those hardest hit ... are likely to be those who are unemployed" (who
  a group tends to be, not an event); "the winners are likely to be announced" stays;
* "in the long term" / "in the long run" in a past narrative ("Nixon governed not according to what would
  work in the long term"): no present or future in the sentence, a past verb; "the state will be left with
  higher costs in the long run" stays;
* a future hoped for: "Democrats hope the attention will pay dividends", "my hope is their activity is
  going to move the needle", "without much courage that things are going to get better": the speaker's
  hope, not a forecast asserted; "I hope they rise to it, because voters will punish them" (a forecast
  given as a reason) stays;
* "anticipate" of meeting a need or a reaction ahead of time, or habitually ("anticipating or absorbing the
  tastes of a polarized audience", "anticipates her last concern", "political actors constantly anticipate
  the reaction of the president"); "the CBO anticipates that receipts will hit a high" stays;
* a generic conditional: "If Smiths are constantly running down Joneses, people named Jones are going to
  feel like Joneses", "If something will help Israel, then most Americans will support it": a habitual
  condition or an indefinite "something" / "someone" states what tends to follow, not an event
  predicted; "If the talks collapse, the union will strike" stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_STANDARD_PHRASES: Final = (("public", "charge"),)
_STANDARD_REACH: Final = 8  # tokens after the cue looked at for the standard ("to become a “public charge”")
_GROUP_HEADS: Final = frozenset({"those", "people", "ones", "the"})
_HORIZONS: Final = frozenset({("in", "the", "long", "term"), ("in", "the", "long", "run"),
                              ("over", "the", "long", "term"), ("over", "the", "long", "run")})
# anything that sets a sentence in the present or the future, outside "would" (a future in the past)
_NOT_PAST: Final = frozenset({"will", "'ll", "shall", "going", "gonna", "may", "might", "could", "can", "is", "are",
                              "am", "likely", "expected", "should", "must", "'s", "'re", "be", "won't", "says",
                              "say", "think", "believe", "predict", "predicts"})
_PAST_VERBS: Final = frozenset({"was", "were", "had", "did", "wrote", "said", "governed", "ruled", "thought", "saw",
                                "took", "made", "meant", "went", "came", "led", "chose", "argued"})
_HOPES: Final = frozenset({"hope", "hopes", "hoped", "hoping", "hopeful", "courage", "wish", "wishes", "wished",
                           "pray", "prays", "praying", "prayed"})
_HOPE_REACH: Final = 12  # words between the hope and the future cue ("hope the attention they're shining on X")
_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", ".", "(", ")", "—", "–", "!", "?"})
_NEW_CLAUSE_WORDS: Final = frozenset({"because", "but", "if", "when", "so", "since", "although", "though",
                                      "unless", "while", "and"})
_FUTURE_WORDS: Final = frozenset({"will", "'ll", "going", "gonna", "shall"})
_HABITUAL: Final = frozenset({"constantly", "always", "routinely", "habitually", "usually", "repeatedly",
                              "continually", "perpetually", "regularly", "typically", "generally"})
_INDEFINITE_SUBJECTS: Final = frozenset({"something", "someone", "somebody", "anybody", "everyone", "everybody"})
# "if something will help Israel", "if someone is coming from a family that ...": any thing or person, a
# standing condition; not "if someone does" (a candidate running), "unless something crazy happens", "if
# something like that were to happen" (an event)
_STANDING_VERBS: Final = frozenset({"is", "are", "will", "can", "has"})


def _follows(doc: Doc, stop: int, phrase: tuple[str, ...], reach: int) -> bool:
    norms = [doc.norms[k] for k in range(stop, min(len(doc.norms), stop + reach)) if doc.is_word[k]]
    return any(tuple(norms[i:i + len(phrase)]) == phrase for i in range(len(norms)))


def _words_after(doc: Doc, stop: int, n: int) -> list[str]:
    out: list[str] = []
    k = stop
    while k < len(doc.norms) and len(out) < n and doc.is_word[k]:
        out.append(doc.norms[k])
        k += 1
    return out


def _past_narrative(doc: Doc, first: int, skip: range) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    words = [doc.norms[k] for k in range(sentence.first, sentence.stop) if doc.is_word[k] and k not in skip]
    return not any(w in _NOT_PAST or w.endswith("'ll") for w in words) and any(
        w in _PAST_VERBS or (w.endswith("ed") and len(w) > 4) for w in words)


def _hoped(doc: Doc, first: int) -> bool:
    """A hope word back in the cue's clause, within reach, with no new clause between."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _HOPE_REACH - 4)
    seen, k = 0, first - 1
    while k >= lo and seen <= _HOPE_REACH:
        if not doc.is_word[k]:
            if doc.tokens[k] in _CLAUSE_BREAKS:
                return False
        else:
            if doc.norms[k] in _HOPES:
                return True
            if doc.norms[k] in _NEW_CLAUSE_WORDS:
                return False
            seen += 1
        k -= 1
    return False


_ANTICIPATE: Final = frozenset({"anticipate", "anticipates", "anticipated", "anticipating"})
# what one anticipates to meet it, not an event foreseen: "anticipating the tastes of an audience",
# "anticipates Sarino's last concern", "constantly anticipate the reaction of the president"
_PREEMPTED: Final = frozenset({"tastes", "taste", "needs", "need", "concern", "concerns", "objection", "objections",
                               "question", "questions", "reaction", "reactions", "demands", "wishes", "moves",
                               "preferences", "criticism", "criticisms", "response", "responses"})
_PREEMPT_REACH: Final = 6  # words after "anticipate" looked at for what is met ("the tastes of", "Sarino's last concern")


def _preempting(doc: Doc, first: int, stop: int) -> bool:
    """"anticipating or absorbing the tastes", "constantly anticipate the reaction": meeting a need or a
    reaction ahead of time, habitually, not foreseeing an event."""
    before = doc.norms[first - 1] if first > 0 and doc.is_word[first - 1] else ""
    after = _words_after(doc, stop, _PREEMPT_REACH)
    if before in _HABITUAL or (len(after) > 1 and after[0] == "or" and after[1].endswith("ing")):
        return True
    return any(w in _PREEMPTED for w in after[:4])


def generic_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast or future cue predicts nothing here ('' if it may predict)."""
    words = match.entry.words
    first, stop = match.first, match.stop
    if len(words) == 1 and words[0] in _ANTICIPATE and _preempting(doc, first, stop):
        return "anticipating the tastes of an audience: meeting a need ahead of time, not a forecast"
    if "likely" in words:
        if any(_follows(doc, stop, phrase, _STANDARD_REACH) for phrase in _STANDARD_PHRASES):
            return "likely to become a public charge: a legal standard applied to a person, not a forecast"
        after = _words_after(doc, stop, 5)
        if after[:2] == ["to", "be"] and len(after) >= 4 and after[2] in _GROUP_HEADS and (
                after[3] == "who" or (len(after) > 4 and after[3] in ("ones", "people") and after[4] == "who")):
            return "are likely to be those who: who a group tends to be, not a forecast"
    if words in _HORIZONS and _past_narrative(doc, first, range(first, stop)):
        return "what would work in the long term, in a past narrative: no forecast"
    if any(w in _FUTURE_WORDS or w.endswith("'ll") for w in words):
        if _hoped(doc, first):
            return "hope the attention will pay dividends: a future hoped for, not a forecast"
        sentence_first = doc.sentences[doc.sentence_of[first]].first
        if doc.norms[sentence_first] == "if" and _generic_condition(doc, sentence_first, first):
            return "if Smiths are constantly running down Joneses, they are going to: what tends to follow"
    return ""


def _generic_condition(doc: Doc, first: int, stop: int) -> bool:
    """Is the condition opened by the "if" at ``first`` (up to a comma, a dash or "then", before ``stop``)
    habitual ("constantly", "always") or about an indefinite "something" / "someone"?"""
    norms = doc.norms
    k = first + 1
    condition: list[str] = []
    while k < stop and (doc.is_word[k] or doc.tokens[k] not in _CLAUSE_BREAKS) and norms[k] != "then":
        if doc.is_word[k]:
            condition.append(norms[k])
        k += 1
    if not condition:
        return False
    return (condition[0] in _INDEFINITE_SUBJECTS and len(condition) > 1 and condition[1] in _STANDING_VERBS) \
        or any(w in _HABITUAL for w in condition)


def generic_conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why the conditional from token ``first`` to ``stop`` states what tends to follow ('' if it may
    predict)."""
    if _generic_condition(doc, first, stop):
        return "if Smiths are constantly running down Joneses, ...: what tends to follow, not an event predicted"
    return ""
