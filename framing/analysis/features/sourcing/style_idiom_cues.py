"""Idioms of manner in which a verb of speaking reports no words (twentieth pass, round 1: the readers' wrong
cue rows of draws 7171-7272): "He told it like it was", "the guy who tells it like it is" (a style of speaking
praised, wrong 1 of 1 in the draws; dev 2 of 2), and "candidates arguing with each other", "fighting with one
another" (a debate described, wrong 1 of 1; dev 1). "He told reporters it was over", "She argued that ...",
"aren't arguing with Schumer's strategy" (a stance on a named thing) stay. :func:`.cues.acting_cue` sets these
aside (through ``sense_cues``)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_TELL: Final = frozenset({"tell", "tells", "told", "telling"})
_BE: Final = frozenset({"is", "was", "are", "were", "be"})
_ARGUE: Final = frozenset({"argue", "argues", "argued", "arguing", "fight", "fights", "fought", "fighting",
                           "bicker", "bickers", "bickered", "bickering", "quarrel", "quarrels", "quarreled",
                           "quarrelled", "quarreling", "quarrelling", "squabble", "squabbling", "squabbled"})


def _head(doc: Doc, first: int, stop: int) -> int:
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return head


def _tell_it_like_it_is(doc: Doc, head: int) -> bool:
    """"told it like it was", "tells it like it is", "telling it like it is"."""
    norms = doc.norms
    k = head + 1
    if k + 3 >= len(norms) or doc.norms[head] not in _TELL:
        return False
    return norms[k] == "it" and norms[k + 1] in ("like", "as") and norms[k + 2] in ("it", "it's") \
        and (norms[k + 2] == "it's" or norms[k + 3] in _BE)


def _argue_with_each_other(doc: Doc, head: int) -> bool:
    """"arguing with each other", "fought with one another": a reciprocal quarrel, no view attributed."""
    norms = doc.norms
    k = head + 1
    if k + 2 >= len(norms) or norms[head] not in _ARGUE or norms[k] not in ("with", "among"):
        return False
    return (norms[k + 1], norms[k + 2]) in (("each", "other"), ("one", "another")) \
        or norms[k + 1] in ("themselves", "ourselves")


def manner_idiom(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "told it like it was" or "arguing with each other"?"""
    head = _head(doc, first, stop)
    return _tell_it_like_it_is(doc, head) or _argue_with_each_other(doc, head)
