""""Expected" as a forecast of an event, with nobody who expects it (curated by reading the AllSides dev corpus,
readers' judgments of the tenth pass ("“widespread demonstrations” were expected": passive expectation, no
source) and the own reading of the eleventh pass, seed 3131): an event's timing ("The vote is expected Monday",
"A deal is expected by the end of June", "with a vote expected Tuesday afternoon"), a prediction about the
subject ("They're also expected to spend September ...", "he's widely expected to defeat Joe Carr", "The
changes, expected to be adopted at the meeting"), and a comparison ("tax receipts come in stronger than
expected", "a better candidate than expected").
"Economists had expected 226,000 new jobs", "the campaign expected nonwhite voters to ...", "It's expected
that ...", "than many had expected" and "as is widely expected" stay cues: someone holds the expectation.
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition, as it does "is expected to" (``acting_verbs.txt``)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# "projected" as "expected" (independent reading of seed 2828: "a trend in which the United States is projected
# to participate": an agentless forecast; "is projected by The New York Times to be" stays)
_EXPECTED: Final = frozenset({"expected", "projected"})
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "they're", "they’re",
                        "he's", "he’s", "she's", "she’s", "it's", "it’s", "we're", "we’re", "isn't", "isn’t",
                        "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t"})
_ADVERBS: Final = frozenset({"also", "already", "widely", "now", "still", "not", "generally", "largely", "broadly",
                             "highly", "long", "originally", "initially", "previously", "privately", "even", "more",
                             "most", "only"})
# what opens a time after "expected" ("is expected Monday", "expected later this week", "by the end of June")
_TIMES: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                           "tomorrow", "tonight", "later", "soon", "shortly", "within", "until", "before", "january",
                           "february", "march", "april", "june", "july", "august", "september", "october", "november",
                           "december", "sometime", "around", "in", "on", "by"})
# words that open a time only before a time noun ("this week", "next month", "early next year"; not "expected this")
_TIME_OPENERS: Final = frozenset({"this", "next", "early", "late", "as"})
_TIME_NOUNS: Final = frozenset({"week", "weekend", "month", "year", "spring", "summer", "fall", "autumn", "winter",
                                "morning", "afternoon", "evening", "night", "next", "soon", "early", "decade", "session",
                                "quarter", "term"})
# after "by": who expects ("expected by analysts") rather than when
_HOLDERS_AFTER_BY: Final = frozenset({"many", "most", "some", "analysts", "economists", "experts", "observers",
                                      "officials", "investors", "forecasters", "both", "all", "few"})


def _time_or_end(doc: Doc, j: int, end: int) -> bool:
    """Does a time, or the clause's end, stand at token ``j``?"""
    norms, tokens = doc.norms, doc.tokens
    if j >= end or tokens[j] in (".", ",", ";", "—", ")"):
        return True
    if norms[j] == "by":
        return j + 1 < end and doc.is_word[j + 1] and not tokens[j + 1][:1].isupper() \
            and norms[j + 1] not in _HOLDERS_AFTER_BY \
            and not (norms[j + 1] == "the" and j + 2 < end and tokens[j + 2][:1].isupper())  # "by the IMF"
    return _time_word(doc, j, end)


def _time_word(doc: Doc, j: int, end: int) -> bool:
    norms = doc.norms
    if norms[j] in _TIME_OPENERS:
        return j + 1 < end and norms[j + 1] in _TIME_NOUNS
    return norms[j] in _TIMES


def forecast_without_holder(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "expected" as an event's timing, a passive prediction about its subject, a
    participle after a comma or a noun, or a comparison ("than expected")?"""
    norms, tokens = doc.norms, doc.tokens
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _EXPECTED:
        return False
    if first > 0 and norms[first - 1] == "than":
        return True  # "stronger than expected": a comparison
    end = doc.sentences[doc.sentence_of[head]].stop
    after = head + 1
    j = head - 1
    while j >= max(0, head - 4) and norms[j] in _ADVERBS:
        j -= 1
    if j < 0:
        return False
    if norms[j] in _BE:
        if j > 0 and norms[j - 1] == "as":
            return False  # "if, as is widely expected, she runs": a view held by many
        if after < end and norms[after] == "to":
            return True  # "They're also expected to spend", "he's widely expected to defeat"
        return not (after < end and norms[after] == "that") and _time_or_end(doc, after, end) \
            and not (after < end and tokens[after] == "," and j > 0 and norms[j - 1] in ("it", "as"))
    if stop - first > 2:
        return False
    if tokens[j] == ",":
        return after < end and norms[after] == "to"  # "The changes, expected to be adopted"
    # "with a vote expected Tuesday afternoon": a participle after a noun, then a time
    return doc.is_word[j] and tokens[j][:1].islower() and norms[j] not in ("they", "we", "i", "you", "who", "that") \
        and after < end and _time_word(doc, after, end) and norms[after] not in ("in", "on", "by", "until", "before")
