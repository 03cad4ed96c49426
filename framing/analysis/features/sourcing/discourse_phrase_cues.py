""""I'm just saying": a discourse phrase that softens what the speaker says, not a report of words (fifteenth
pass, second round: curated by reading the AllSides dev corpus and readers' judgment of draw 4343, which marked
'"I'm just saying if he did die, ..."' wrong). "He was just saying that the bill would pass" stays: a report.
The look is three tokens long.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_FIRST_PERSON: Final = frozenset({"i'm", "i’m", "im", "am", "'m", "’m"})


def discourse_phrase(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the "saying" of "I'm just saying" / "I am just saying"?"""
    norms = doc.norms
    k = -1
    for j in range(first, stop):
        if norms[j] == "saying":
            k = j
            break
    if k < 2 or norms[k - 1] != "just":
        return False
    before = norms[k - 2]
    if before not in _FIRST_PERSON:
        return False
    return before in ("i'm", "i’m", "im") or k >= 3 and norms[k - 3] == "i"  # "I'm", or "I" + "am"/"'m"
