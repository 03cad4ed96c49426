""""Emphasis added": an editor's note on a quotation, not words attributed (twentieth pass, round 2: readers wrong
1 of 1 in draws 7474-7878, "[Emphasis added.]"; on the AllSides dev cues 1 more, "(emphasis added)").

The cue "added" right after "emphasis" or "italics" (the note the writer puts after a quotation they stressed) is
set aside; "he added", "Smith added that ...", "added emphasis to his point" stay: they report a source's words.
The look is one token back. :func:`.cues.acting_cue` asks :func:`editor_note` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_NOTES: Final = frozenset({"emphasis", "italics", "emphases"})


def editor_note(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the "added" of "emphasis added"?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return doc.norms[head] == "added" and head > 0 and doc.norms[head - 1] in _NOTES
