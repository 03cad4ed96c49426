""""Concluded"/"concluding" of an investigation, a hearing, a speech: finishing it, not a finding (nineteenth
pass, round 3: readers wrong 1 of 1 in draw 6969-7070, "before concluding its Russia investigation earlier this
year"; on the dev cues "Comey concluded the FBI's investigation into ...", "after Sanders concluded one speech",
"The court concluded arguments early Wednesday").

A form of "conclude" whose object, within a few words (a determiner, a possessive, modifiers), is an event
(investigation, probe, review, hearing, speech, remarks, arguments, visit, ...) says that it ended; "concluded
that ...", "the report concludes: ...", "concluded the shooting was justified" (a clause) stay. The object's
head must be the event noun itself, so "concluded the investigation's findings were wrong" (a clause whose
subject starts with the event) stays. :func:`.cues.acting_cue` asks :func:`event_finished` through
``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_CONCLUDE: Final = frozenset({"conclude", "concludes", "concluded", "concluding"})
_EVENTS: Final = frozenset({
    "investigation", "investigations", "probe", "probes", "inquiry", "review", "reviews", "hearing", "hearings",
    "speech", "speeches", "remarks", "address", "arguments", "argument", "testimony", "interview", "interviews",
    "visit", "trip", "tour", "meeting", "meetings", "session", "sessions", "talks", "negotiations", "summit",
    "trial", "deliberations", "audit", "campaign", "rally", "conference", "briefing", "term", "season", "series"})
_OBJECT_REACH: Final = 6  # words from the verb to the event noun
# what ends the walk: a clause or a verb after the object ("concluded the probe's findings were ...")
_BREAKS: Final = frozenset({"that", "was", "were", "is", "are", "had", "has", "would", "could", "should", "will",
                            "did", "might", "must", "wouldn't", "wasn't"})


def event_finished(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a lone "conclude" form whose object is an event ended ("concluded its
    investigation", "concluded arguments")?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    if stop - first != 1 or norms[first] not in _CONCLUDE:
        return False
    end = min(n, stop + _OBJECT_REACH, doc.sentences[doc.sentence_of[first]].stop)
    for k in range(stop, end):
        if norms[k] in _BREAKS or not is_word[k] and tokens[k] not in ("'s", "’s", "-"):
            return False
        if norms[k] in _EVENTS:
            after = k + 1
            # "the investigation into ..." or the phrase's end; not "the investigation's findings were"
            return after >= n or not is_word[after] or norms[after] not in ("'s", "’s") \
                and not (norms[after] in _BREAKS)
    return False
