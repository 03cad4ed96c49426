""""Identify" of finding, picking out or belonging, not of naming someone as something (nineteenth pass, round 1,
own reading of fresh draws and the dev cues: wrong 1 of 1 in the fresh draw, "the administration is still
identifying the specific experts ... who will be part of the review"; on the dev cues "using data ... by analyzing
and identifying undecided voters", "tasked with identifying the party's shortcomings", "voters ... will identify
less reliably with one or the other party"). A gerund or progressive "identifying" with no "as" after it in the
clause is a search under way, and "identify with" is an affinity; neither attributes words or a view.

"Police identified the suspect as ...", "a man identifying himself as Yossi" (naming, with "as"), "the study
identified 954 groups" and "witnesses have identified no official who ..." (a finding reported) stay.
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_IDENTIFY: Final = frozenset({"identify", "identifies", "identified", "identifying"})
_AS_REACH: Final = 14  # tokens after "identifying" searched for its "as" (dashes may be two tokens each)
_CLAUSE_ENDS: Final = frozenset({".", ";", ":", "?", "!"})  # (not dashes: "identifying women -- some wrongly -- as")


def identify_finds_or_belongs(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a gerund or progressive "identifying" with no "as" after it ("is still identifying
    the experts"), or "identify with" ("will identify less reliably with one party")?"""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    verb = next((k for k in range(first, stop) if norms[k] in _IDENTIFY), -1)
    if verb < 0:
        return False
    stop_at = min(n, verb + _AS_REACH + 1, doc.sentences[doc.sentence_of[verb]].stop)
    k = verb + 1
    while k < stop_at and (doc.is_word[k] and norms[k].endswith("ly") or norms[k] in ("less", "more", "most")):
        k += 1  # "identify less reliably with", "identify strongly with"
    if k < stop_at and norms[k] == "with":
        return True
    if norms[verb] != "identifying":
        return False
    for j in range(verb + 1, stop_at):
        if not doc.is_word[j] and tokens[j] in _CLAUSE_ENDS:
            break
        if norms[j] == "as":
            return False
    return True
