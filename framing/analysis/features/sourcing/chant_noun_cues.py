""""Chants" as a noun before which nobody chants: a sound of a crowd named, not words attributed (twentieth pass,
round 1: readers wrong 1 of 1 in an earlier draw, "its Supreme Leader leading \"death to America\" chants"; on the
AllSides dev cues 1 more: "giant American flags, patriotic chants, and a parade of ...").

The noun "chant(s)" after an adjective, a determiner or a closing quotation mark ("patriotic chants", "the
chants", "\"USA\" chants") is set aside unless "of" follows: "chants of \"lock her up\" echoed" gives the words
chanted and stays, and so do the verbs ("the crowd chanted \"USA\"", "protesters chant"). The look is one token
each way. :func:`.cues.acting_cue` asks :func:`chant_named` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_CHANTS: Final = frozenset({"chant", "chants"})
_CLOSING_QUOTES: Final = frozenset({'"', "”", "’", "'"})
_BEFORE_NOUN: Final = frozenset({"the", "a", "an", "their", "his", "her", "its", "our", "patriotic", "angry", "loud",
                                 "familiar", "rhythmic", "occasional", "raucous", "boisterous", "defiant", "racist",
                                 "hateful", "anti-american", "anti-israel", "anti-semitic", "antisemitic", "such",
                                 "these", "those"})


def chant_named(doc: Doc, first: int, stop: int) -> bool:
    """Is a word of the cue ``[first, stop)`` the noun "chants" with no words after it ("patriotic chants")?"""
    norms, n = doc.norms, len(doc.norms)
    for h in range(first, stop):
        if norms[h] not in _CHANTS or h == 0:
            continue
        if h + 1 < n and norms[h + 1] == "of":
            return False
        before = norms[h - 1]
        if before in _BEFORE_NOUN or doc.tokens[h - 1] in _CLOSING_QUOTES:
            return True
    return False
