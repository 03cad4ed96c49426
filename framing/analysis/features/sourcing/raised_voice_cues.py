"""A voice raised at someone with no words reported: conduct, no cue ("Williams approached Drake and yelled at
her, jabbing his finger near her chest", "Many of them taunted and yelled at her as officers surrounded her":
curated in the nineteenth pass, helper cue48, from readers' judgments of draw 6666, wrong 1 of 1; both such
cues on the AllSides dev corpus are conduct).

"Yell", "shout", "scream" or "holler" followed by "at" and whom it targets tells how someone behaved; when no
quotation, colon or "that" follows within the sentence's next few words, nothing said is reported. "A heckler
shouted at him, “Mr. President ...”", "she yelled at them that they were liars" and "he yelled, “Get out”"
keep their cues.

:func:`.cues.acting_cue` asks :func:`voice_raised_at` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_RAISED: Final = frozenset({"yell", "yells", "yelled", "yelling", "shout", "shouts", "shouted", "shouting",
                            "scream", "screams", "screamed", "screaming", "holler", "hollers", "hollered",
                            "hollering"})
_AHEAD: Final = 10  # tokens after "at" in which the words said would open
_WORDS_OPEN: Final = frozenset({"“", '"', "‘", ":", "that"})


def voice_raised_at(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a raised voice ("yelled") followed by "at" someone, with no quotation, colon
    or "that" after it in the next ``_AHEAD`` tokens of its sentence?"""
    norms, tokens = doc.norms, doc.tokens
    last = stop - 1
    if norms[last] not in _RAISED or stop >= len(norms) or norms[stop] != "at":
        return False
    end = doc.sentences[doc.sentence_of[last]].stop
    for k in range(stop + 1, min(end, stop + 1 + _AHEAD)):
        if tokens[k] in _WORDS_OPEN or norms[k] in _WORDS_OPEN:
            return False
    return True
