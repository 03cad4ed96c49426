"""A rejection that is an attitude the writer ascribes, coordinated with another attitude (curated by reading the
AllSides dev corpus, seventeenth pass, independent readers' draw 5353, wrong 1 of 1): "Republicans share these
voters' reverence for traditional values and reject the extreme coastal cosmopolitanism ...", "they cherish
their independence and reject any meddling": a verb of sharing, cherishing or admiring before "and reject"
makes the pair the writer's portrait of what a group holds dear, not a view anyone stated.

"Democrats reject these allegations", "Stein also rejects the idea that ...", "the White House rejected
Boehner's plan" (no attitude verb before it), "he shared the letter and rejected its claims" (past "shared"
of a thing passed on: only present attitudes count) stay cues. :func:`.cues.acting_cue` sets these aside
(through ``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's
definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_REJECT: Final = frozenset({"reject", "rejects"})
# verbs of holding dear, in the present (a plain noun form like "values" or "love" is left out)
_ATTITUDES: Final = frozenset({"share", "shares", "revere", "reveres", "cherish", "cherishes", "admire", "admires",
                               "embrace", "embraces", "prize", "prizes", "venerate", "venerates", "treasure",
                               "treasures", "idolize", "idolizes"})
_REACH: Final = 16  # tokens back from "and" to the attitude verb, within the sentence
_CLAUSE_ENDS: Final = frozenset({".", ";", ":", "“", '"', "”", "?", "!"})


def attitude_portrait(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a present "reject" right after "and", with a present verb of holding dear
    ("share", "cherish", "admire") earlier in its clause?"""
    norms, tokens = doc.norms, doc.tokens
    head = stop - 1
    if stop - first != 1 or norms[head] not in _REJECT or head < 2 or norms[head - 1] != "and":
        return False
    start = doc.sentences[doc.sentence_of[head]].first
    for j in range(head - 2, max(start, head - 1 - _REACH) - 1, -1):
        if tokens[j] in _CLAUSE_ENDS:
            return False
        if norms[j] in _ATTITUDES and doc.is_word[j]:
            return True
    return False
