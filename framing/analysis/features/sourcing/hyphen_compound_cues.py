"""A participle joined by a hyphen to the word before it: a compound adjective, no cue ("the U.S.-backed Syrian
Democratic Forces", "an Iran-backed militia": curated in the nineteenth pass, helper cue48, from its fresh draw,
wrong 1 of 1; the AllSides dev corpus holds 21 such "X-backed" compounds).

Most compounds are one token ("state-funded"), but a name ending in a full stop ("U.S.-backed") splits into
"U.S", ".", "-", "backed", and "backed" alone matches the report verbs. A participle that follows a hyphen with
no space on either side describes the noun after it; nobody backs anything in words. A dash set off by spaces
("the deal - backed by ...") or a verb after a hyphen-split line keeps its cue.

:func:`.cues.acting_cue` asks :func:`in_hyphen_compound` through ``sense_cues``."""
from __future__ import annotations

from ...text import Doc


def in_hyphen_compound(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` one participle joined by a hyphen to the word before it, before a word
    ("U.S.-backed forces")?"""
    if stop - first != 1 or first < 2 or stop >= len(doc.tokens):
        return False
    if doc.tokens[first - 1] not in ("-", "‑") or not doc.norms[first].endswith("ed") or not doc.is_word[stop]:
        return False
    starts, ends = doc.starts, doc.ends
    return ends[first - 2] == starts[first - 1] and ends[first - 1] == starts[first]
