""""Signal" read as a sign, not as words (curated by reading the AllSides dev corpus, readers' judgments and
independent readings of issue 13: "That would be a clear signal that Mrs. May has to go back"): the writer's
inference from an event in a participle after the main clause ("Republicans held majorities on the boards,
signaling their suburban problem may not be statewide"), a deed that signals ("Walker signaled his intentions
by going to Las Vegas", "many signaled as much by refusing to attend"), and the noun ("market signals",
"conflicting signals", "these are all signals that").

"Republicans have signaled they won't filibuster", "the department signaled that more arrests are likely"
(a source's stated position) stay cues. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``)
with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_SIGNAL: Final = frozenset({"signal", "signals", "signaled", "signalled", "signaling", "signalling"})
_PARTICIPLES: Final = frozenset({"signaling", "signalling"})
_NOUNS: Final = frozenset({"signal", "signals"})
# what stands before "signal(s)" the noun
_BEFORE_NOUN: Final = frozenset({"a", "an", "the", "clear", "conflicting", "mixed", "contradictory", "market",
                                 "strong", "all", "these", "those", "this", "such", "any", "no", "positive",
                                 "negative", "early", "another", "political", "warning", "important", "other",
                                 "new", "wrong", "right", "similar", "same", "unmistakable", "powerful"})
_BREAKS: Final = frozenset({",", "—", "–", "-", "--", "(", ";"})


def _inference_after_clause(doc: Doc, first: int, head: int) -> bool:
    """"…, signaling just how far the wave crested": a participle after a comma or a dash (nobody's words);
    not "the Fed, which has held rates down, has been signaling a change" (a verb with its auxiliaries)."""
    if doc.norms[head] not in _PARTICIPLES or any(not doc.norms[k].endswith("ly") for k in range(first, head)):
        return False
    j = first - 1
    return j >= 0 and doc.tokens[j] in _BREAKS


def _deed_that_signals(doc: Doc, head: int) -> bool:
    """"signaled his intentions by going to Las Vegas": the signal is a deed."""
    norms = doc.norms
    end = doc.sentences[doc.sentence_of[head]].stop
    for j in range(head + 1, min(end - 1, head + 7)):
        if norms[j] in ("that", ",") or doc.tokens[j] in ("“", '"'):
            return False
        if norms[j] == "by" and norms[j + 1].endswith("ing"):
            return True
    return False


def _noun(doc: Doc, head: int) -> bool:
    """"market signals", "a clear signal that", "these are all signals"."""
    return doc.norms[head] in _NOUNS and head > 0 and doc.norms[head - 1] in _BEFORE_NOUN


def signal_as_sign(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "signal" as the writer's inference, a deed that signals, or the noun?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if doc.norms[head] not in _SIGNAL:
        return False
    return _inference_after_clause(doc, first, head) or _deed_that_signals(doc, head) or _noun(doc, head)
