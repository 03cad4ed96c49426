"""A "know" or "understand" of an indirect question: a fact or a skill the writer asserts, not a source's view
(sixteenth pass: independent readers of draw 4848 judged "He also knew exactly what TV media craves" wrong, and
earlier readers "also understands what discourse is for"; read on the AllSides dev corpus): "Only Trump knows what
lies in his heart", "he knows how to make it sound attractive", "Campaigns also know when people have returned
their ballots", "Investors don't know how long the outbreak will last", "pollsters really don't know if the letter
had any impact". What follows is the writer's own statement of a fact, or of its being unknown.

"She knows that the vote is close" and "he understood that the deal was off" (a view held, a "that" clause), and
"Republicans know that too" stay cues. :func:`.cues.acting_cue` asks :func:`knows_a_fact` (through
``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores these by PolNeAR's definition as
well. The look is bounded (three words after the verb)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_KNOWING: Final = frozenset({"know", "knows", "knew", "knowing", "understand", "understands", "understood",
                             "understanding"})
# the words opening an indirect question after the verb
_WH: Final = frozenset({"why", "when", "how", "who", "whom", "whose", "what", "where", "whether", "if", "which"})
# words allowed between the verb and the question ("knew exactly what", "knows full well how")
_BETWEEN: Final = frozenset({"exactly", "precisely", "full", "well", "already", "just", "perfectly", "better",
                             "now", "still"})
_REACH: Final = 3


def knows_a_fact(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "know"/"understand" before an indirect question ("knew exactly what",
    "don't know how long", "knows how to")?"""
    norms = doc.norms
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _KNOWING:
        return False
    sentence_stop = doc.sentences[doc.sentence_of[head]].stop
    for j in range(head + 1, min(sentence_stop, head + 1 + _REACH)):
        if norms[j] in _WH:
            return True
        if norms[j] not in _BETWEEN:
            return False
    return False
