"""A cue noun in a subheading line, not an attribution (nineteenth pass, round 3: readers wrong 1 of 1 in draw
6969-7070, "Fallout fears" set as a subheading; on the dev cues 6 more: "Recession fears", "National fears",
"Mothers’ doubts", "Widespread calls for openness", "Backlogs and lists", "Read More").

A line of at most four words standing alone (line breaks on both sides, no closing punctuation) in the article's
body is a heading or a link label: a noun there ("fears", "doubts", "calls for") names a topic, and nobody's
words or view are given. A heading with a finite verb ("Trump hasn't opposed publication") is left as it is:
a span with a negation or an auxiliary is kept, and so is a verb of saying ("Obama says no", "Senator warned"),
which a subheading uses to report as a headline does. The title field is never touched (headlines report). Checked on
the line around the cue, a bounded look both ways. :func:`.cues.acting_cue` asks :func:`in_heading_line`
through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_MAX_WORDS: Final = 4
_LINE_REACH: Final = 80  # characters looked at each way for the line's breaks
_CLOSING: Final = (".", "?", "!", "\"", "”", ":", "’", "'", ";", ",")
_FINITE: Final = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "does", "did",
                            "do", "can", "could"})
# verbs of saying that a subheading reports with ("Obama says no"): never a noun
_SAYING: Final = frozenset({"say", "says", "said", "tell", "tells", "told", "warn", "warns", "warned", "ask", "asks",
                            "asked", "deny", "denies", "denied", "vow", "vows", "vowed", "insist", "insists",
                            "insisted", "urge", "urges", "urged", "admit", "admits", "admitted"})


def in_heading_line(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` on a short line of its own, a subheading (no finite verb in the span)?"""
    if doc.field != "text" or stop <= first:
        return False
    norms, tokens = doc.norms, doc.tokens
    if any(norms[k] in _FINITE or norms[k] in _SAYING or "n't" in norms[k] or "n’t" in norms[k]
           for k in range(first, stop)):
        return False
    text = doc.original
    start, end = doc.starts[first], doc.ends[stop - 1]
    begin = text.rfind("\n", max(0, start - _LINE_REACH), start)
    close = text.find("\n", end, min(len(text), end + _LINE_REACH))
    if begin < 0 and start > _LINE_REACH or close < 0 and end + _LINE_REACH < len(text):
        return False
    line = text[begin + 1:close if close >= 0 else len(text)].strip()
    if begin < 0 or not line or line.endswith(_CLOSING) or len(line.split()) > _MAX_WORDS:
        return False
    return not any(tokens[k] in ("“", "\"") for k in range(first, stop))
