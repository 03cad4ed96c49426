"""A participle "revealing" that uncovers a thing, not words (curated by reading the AllSides dev corpus,
seventeenth pass, independent readers' draws, wrong 2 of 2 of the class: "revealing describes events", "act of
disclosure"): "The summer has ripped off the scab that covered an American wound, revealing a festering
disagreement about ...", "the man throws off his hoodie, revealing a middle-aged man underneath": ", revealing"
opens a clause with no subject of its own and takes a noun phrase; what is laid bare is a thing or a state
the event shows, and no words or view are attributed.

", revealing he still trains five days a week", ", revealing that the talks had failed", ", revealing to
reporters that ..." (a clause or an addressee: what someone told), "revealing how the scheme worked", "she
revealed a plan" (a subject of its own: read elsewhere) stay cues. :func:`.cues.acting_cue` sets these aside
(through ``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's
definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_CLAUSE_MARKS: Final = frozenset({",", "—", "–", "(", ";"})
# what opens the noun phrase laid bare
_DETERMINERS: Final = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "deep", "deeper", "long"})
_REACH: Final = 10  # tokens after the participle in which a "that" would make it a report


def uncovers_a_thing(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a bare "revealing" after a comma or a dash, with a noun phrase after it and no
    "that" before the next comma?"""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    head = stop - 1
    if stop - first != 1 or norms[head] != "revealing" or head < 1 or head + 1 >= n:
        return False
    if tokens[head - 1] not in _CLAUSE_MARKS or norms[head + 1] not in _DETERMINERS:
        return False
    end = doc.sentences[doc.sentence_of[head]].stop
    for j in range(head + 2, min(end, n, head + 2 + _REACH)):
        if tokens[j] in (",", ";", ":", "—"):
            break
        if norms[j] in ("that", "how", "what", "why", "whether"):
            return False  # "revealing the extent to which ..." stays set aside elsewhere; "the fact that" reports
    return True
