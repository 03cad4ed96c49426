"""Cue words whose subject is no source (curated by reading the AllSides dev corpus, independent readings of
issue 13): a gut, history or common sense that "tells" ("My gut tells me that too many people knew", "history
tells us the margin matters more": the speaker's or writer's own hunch, nobody else's words), and a lesson
learnt by doing ("she's found that her methodology works", "I've found that people listen": what someone came
upon in their own life, not a finding reported), and a passive "announced" with no agent ("The trip was
announced as Mr. Sanders ...", "after the decision was announced", "it was announced that ...": nobody is named,
and readers judge it no attribution).

"Research tells us", "the survey found that", "researchers have found that", "he found that many voters"
(a study's finding), "the operation was first announced by the Kurdish-led forces" stay cues. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the
verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_TELL: Final = frozenset({"tell", "tells", "told", "telling"})
# what "tells" without being anyone: an inner sense, or the past read by the writer
_NO_SOURCE: Final = frozenset({"gut", "guts", "instinct", "instincts", "heart", "conscience", "intuition",
                               "history", "sense", "experience", "logic", "hunch"})
_FOUND: Final = frozenset({"found", "find", "finds"})
# a person in the perfect: "she's found that", "I've found that", "he has found that"
_PERFECT_PERSONS: Final = frozenset({"she's", "he's", "i've", "we've", "you've", "they've"})
_PERSONS: Final = frozenset({"she", "he", "i", "we", "you", "they"})


def _inner_voice(doc: Doc, k: int) -> bool:
    """"my gut tells me", "history tells us", "common sense tells you": nobody is cited."""
    norms = doc.norms
    j = k - 1
    while j >= 0 and norms[j] in ("also", "always", "often", "usually", "now", "still", "just"):
        j -= 1
    return j >= 0 and norms[j] in _NO_SOURCE and (j == 0 or norms[j - 1] not in ("the", "a", "an", "of"))


def _lesson_learnt(doc: Doc, k: int) -> bool:
    """"she's found that her methodology works", "I have found that voters listen": a person's experience."""
    norms = doc.norms
    j = k - 1
    while j >= 0 and norms[j] in ("also", "always", "often", "long", "since", "now", "already"):
        j -= 1
    if j >= 0 and norms[j] in _PERFECT_PERSONS:
        return True
    return j >= 1 and norms[j] in ("has", "have") and norms[j - 1] in _PERSONS


_BE: Final = frozenset({"is", "was", "were", "are", "be", "been", "being", "it's", "that's"})


def _announced_by_nobody(doc: Doc, k: int) -> bool:
    """"the decision was announced", "it's just been announced that": a passive with no "by" after it."""
    norms = doc.norms
    j = k - 1
    while j >= 0 and k - j <= 3 and norms[j] in ("first", "just", "also", "officially", "formally", "later", "not"):
        j -= 1
    if j < 0 or norms[j] not in _BE:
        return False
    end = doc.sentences[doc.sentence_of[k]].stop
    return not any(norms[t] == "by" for t in range(k + 1, min(end, k + 8)))


def figurative_source(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "tells" said of a gut or of history, a lesson a person has found, or
    "announced" in a passive with no agent?"""
    norms = doc.norms
    for k in range(first, stop):
        if norms[k] in _TELL and _inner_voice(doc, k) or norms[k] in _FOUND and _lesson_learnt(doc, k) \
                or norms[k] == "announced" and _announced_by_nobody(doc, k):
            return True
    return False
