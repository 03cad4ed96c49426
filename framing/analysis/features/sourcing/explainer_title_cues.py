"""The "explained" of an explainer's title (curated by reading the AllSides dev corpus, the independent reading of
draw 3131 and the own reading of the fourteenth pass): Vox and others title explainers and their sections "Robert
Mueller's Russia investigation, and why Trump is so afraid of it, explained", "Third-party standing, explained",
"The Congressional Review Act, explained in brief", "..., briefly explained". The title names a topic; nobody is
said to explain anything.

A reporting "explained" stays: '"...," explained Murray.', "Comey explained to Trump ...", "As he explained, ...".
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_EXPLAINED: Final = frozenset({"explained"})
# an adverb between the comma and "explained" ("..., briefly explained")
_ADVERBS: Final = frozenset({"briefly", "simply", "fully", "quickly", "partly", "really"})
_QUOTE_ENDS: Final = frozenset({"”", '"', "’", "'"})
_LOOK: Final = 60  # characters looked at after "explained" for the end of its line
_TAIL_WORDS: Final = 4  # words a title may carry after "explained" ("in brief", "in one chart")


def _title_tail(doc: Doc, k: int) -> bool:
    """Does the line end within a few words after ``k``, with no full stop ("explained", "explained in brief")?"""
    text = doc.original
    at = doc.starts[k] + len(doc.tokens[k])
    window = text[at:at + _LOOK]  # (bounded: a text may be a megabyte with no line break)
    end = window.find("\n")
    if end < 0 and at + _LOOK < len(text):
        return False  # the line runs on: prose
    rest = (window if end < 0 else window[:end]).strip()
    return len(rest.split()) <= _TAIL_WORDS and not any(ch in rest for ch in ".:;!?“”\"")


def explainer_title(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the "explained" closing a title (", explained" at the end of its line)?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if doc.norms[head] not in _EXPLAINED:
        return False
    j = head - 1
    if j >= 0 and doc.norms[j] in _ADVERBS:
        j -= 1
    if j < 1 or doc.tokens[j] != "," or doc.tokens[j - 1] in _QUOTE_ENDS:
        return False
    return _title_tail(doc, head)
