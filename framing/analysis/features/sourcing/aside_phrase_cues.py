"""The writer's additive aside: "not to mention ...", "to say nothing of ...", "needless to say", "suffice
it to say" (curated in the nineteenth pass, helper cue48, from readers' judgments of draw 6565: "Not to
mention that Kasich has yet to deny ..." wrong 1 of 1; on the AllSides dev corpus both "not to mention"
cues shown are the writer's: "..., not to mention it isn't impossible to rent a car").

These set phrases add a point in the voice of whoever is writing or speaking: "mention" and "say" in them
report nobody's words. "She did not mention the bill", "he declined to mention names", "he chose not
to mention the bill" (the phrase after a verb) and "needless criticism, she said" stay cues.

:func:`.cues.acting_cue` asks :func:`additive_aside` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# the set phrases, as words, with the place of the cue word in each
_ASIDES: Final = (("not", "to", "mention"), ("to", "say", "nothing"), ("needless", "to", "say"),
                  ("suffice", "it", "to", "say"), ("suffice", "to", "say"))
_JOINING: Final = frozenset({"and", "or", "but"})  # "..., and not to mention ..."


def additive_aside(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` lie in one of the set phrases of ``_ASIDES`` ("not to mention"), opening
    its sentence or following a punctuation mark or a conjunction (not "he chose not to mention the bill")?"""
    norms = doc.norms
    n = len(norms)
    for phrase in _ASIDES:
        size = len(phrase)
        for start in range(max(0, stop - size), min(first, n - size) + 1):
            if start + size <= first or not all(norms[start + k] == phrase[k] for k in range(size)):
                continue
            before = start - 1
            if before < doc.sentences[doc.sentence_of[start]].first or not doc.is_word[before] \
                    or norms[before] in _JOINING:
                return True
    return False
