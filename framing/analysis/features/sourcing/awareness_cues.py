"""A "realize" that attributes no view (twentieth pass, round 1: the readers' wrong cue rows of the final draws,
"Once he realized Paul had cut away, McConnell started ..."): the verb denied ("members of the public who don't
realize they are amplifying ...", "Many don't realize this", "Few realize that ...": the writer states the
fact and says the subject does not hold it) or in a clause of time that moves a story on ("Once he realized
...", "After Drake realized that ..."); the dev cues hold 6 such spans, all the writer's narration or claim.
"Ryan realized that dropping out would ...", "senators who have realized that Congress may have to step in"
say what a source came to hold and stay. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_REALIZE: Final = frozenset({"realize", "realizes", "realized", "realizing", "realise", "realises", "realised",
                             "realising"})
_DENIED: Final = frozenset({"don't", "didn't", "doesn't", "not", "never", "n't", "few", "nobody", "can't",
                            "couldn't", "won't", "wouldn't", "haven't", "hasn't", "hadn't"})
_SOFTENERS: Final = frozenset({"even", "really", "fully", "quite", "yet", "always", "ever", "to", "seem", "seems",
                               "seemed", "appear", "appears", "appeared"})
_TIME_CLAUSE: Final = frozenset({"once", "after", "until", "till"})
_BACK: Final = 4  # words before "realize" in which the time clause's conjunction and its subject stand


def _denied(doc: Doc, first: int, head: int) -> bool:
    """"don't realize", "didn't fully realize", "Few realize that": a negation or "few" right before the verb."""
    norms = doc.norms
    j = head - 1
    while j >= max(0, head - 3) and norms[j] in _SOFTENERS:
        j -= 1
    return j >= 0 and norms[j] in _DENIED


def _in_time_clause(doc: Doc, head: int) -> bool:
    """"Once he realized ...", "After Drake realized that ...": "once", "after" or "until" a few words before the
    verb, with only its subject's words between."""
    norms, is_word = doc.norms, doc.is_word
    for j in range(head - 1, max(-1, head - 1 - _BACK), -1):
        if not is_word[j]:
            return False
        if norms[j] in _TIME_CLAUSE:
            return j < head - 1
    return False


def awareness_not_view(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "realize" denied or in a clause of time?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if doc.norms[head] not in _REALIZE:
        return False
    return _denied(doc, first, head) or _in_time_clause(doc, head)
