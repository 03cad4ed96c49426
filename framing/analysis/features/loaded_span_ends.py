"""Where a loaded phrase ends (issue 13, thirteenth pass, round 2: "insidious rather" of "gradual and insidious
rather than sudden", "scary, like" of "genuinely scary, like the failed rapper", judged wrong by the readers of
draws 2929/3030 for the span that runs on into another word). The phrase's right widening takes one content
word as the noun an adjective modifies; a word that opens a comparison or a time ("rather than", "like the",
"once he got", "absurd now") is no such noun, so it and the comma before it are left out of the span. The matched
word itself is never cut."""
from __future__ import annotations

from typing import Final

from ..text import Doc

# words that are never the noun of an evaluative adjective's phrase when they end it
_NOT_HEAD_NOUNS: Final = frozenset({"rather", "like", "unlike", "than", "once", "now", "today", "then", "again",
                                    "ever", "instead", "anyway", "too", "enough", "though", "yet"})
_TRIM_REACH: Final = 3  # tokens at most cut from the end (a phrase is a few words)


def trimmed_stop(doc: Doc, head_stop: int, stop: int) -> int:
    """The end of the phrase ``[.., stop)`` without a trailing comparison or time word and the punctuation before
    it, never before ``head_stop`` (the end of the matched word)."""
    s = stop
    floor = max(head_stop, stop - _TRIM_REACH)
    while s > floor and doc.is_word[s - 1] and doc.norms[s - 1] in _NOT_HEAD_NOUNS:
        s -= 1
        while s > floor and not doc.is_word[s - 1]:
            s -= 1
    return s
