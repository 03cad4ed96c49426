"""Cues that report words withheld, not words (sixteenth pass: what independent readers of draw 4848 judged wrong,
read on the AllSides dev corpus): a negated verb of saying before an indirect question ("the campaign has not
indicated how much money it has", "He did not say why", "Putin did not say Monday if ...", "officials wouldn't
tell the paper whether ...", "has not specified what assistance"), and a claim a source stops short of ("doesn't
go so far as to say that ..."), and a negated verb of disclosure before its "that" ("the agency does not
disclose that it is being sued": the writer states the fact the source kept back; sixteenth pass, round 2,
draw 4949, wrong 1 of 1). Nothing is attributed to anyone: the writer notes what a source left unsaid.

"He did not say that he would resign" (a claim denied), "She disclosed that ..." (no negation), "She said why" (no
negation), "declined to say whether",
"would not say whether" and "refused to comment" (a source's answer to a question, kept by ``acting_verbs``), "did
not respond when asked", and "went so far as to say
that" (said after all) stay cues. :func:`.cues.acting_cue` asks :func:`words_withheld` (through ``sense_cues``)
with the verbs of acting, so that ``framing evaluate`` scores these by PolNeAR's definition as well. Every look
is bounded (a few tokens, within the sentence).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# the words opening an indirect question after the verb
_WH: Final = frozenset({"why", "when", "how", "who", "whom", "whose", "what", "where", "whether", "if", "which"})
_NEGATIONS: Final = frozenset({"not", "never", "cannot"})
_NEGATION_REACH: Final = 3  # words before the verb looked at for a negation ("has not yet publicly indicated")
_QUESTION_REACH: Final = 4  # words after the verb before the question ("did not tell the paper whether")
_GO: Final = frozenset({"go", "goes", "went", "going", "gone"})
# a source's answer to a question put to it, kept as a cue like "declined to say": "would not say whether",
# "wouldn't tell the paper whether"; and "did not respond when asked": no indirect question follows
_REFUSING: Final = frozenset({"wouldn't", "would", "won't", "will"})
_ANSWERING: Final = frozenset({"respond", "responds", "responded", "reply", "replies", "replied", "comment",
                               "comments", "commented", "return", "returned"})


# verbs that make known a fact: negated before "that", the fact is the writer's ("did not reveal that he was paid")
_DISCLOSING: Final = frozenset({"disclose", "discloses", "disclosed", "disclosing", "reveal", "reveals", "revealed",
                                "revealing", "divulge", "divulges", "divulged", "publicize", "publicizes",
                                "publicized", "publicise", "publicises", "publicised"})


def _negation(norm: str) -> bool:
    return norm in _NEGATIONS or norm.endswith("n't")


def _head(doc: Doc, first: int, stop: int) -> int:
    """The cue's last word (its verb, or the preposition of "commented on")."""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return head


def _negated(doc: Doc, first: int, head: int) -> bool:
    """A negation in the cue or at most three words before its verb, with only words between."""
    norms = doc.norms
    sentence_first = doc.sentences[doc.sentence_of[head]].first
    for j in range(head - 1, max(sentence_first, head - 1 - _NEGATION_REACH, first - _NEGATION_REACH) - 1, -1):
        if not doc.is_word[j]:
            return False
        if _negation(norms[j]):
            return norms[j] not in _REFUSING and not (j > 0 and norms[j - 1] in _REFUSING)
    return False


def _question_follows(doc: Doc, head: int) -> bool:
    """An indirect question within four words after the verb, with only words between ("did not say Monday if")."""
    norms = doc.norms
    sentence_stop = doc.sentences[doc.sentence_of[head]].stop
    for j in range(head + 1, min(sentence_stop, head + 1 + _QUESTION_REACH)):
        if not doc.is_word[j] or norms[j] == "that":
            return False
        if norms[j] in _WH:
            return j == head + 1 or norms[j] != "when"  # ("never talked about it when reporting": a time)
    return False


def _stops_short(doc: Doc, head: int) -> bool:
    """"doesn't go so far as to say", "did not go as far as to claim": a negated "go so far as to" before the verb."""
    norms = doc.norms
    if head < 6 or [norms[head - 3], norms[head - 2], norms[head - 1]] != ["far", "as", "to"] \
            or norms[head - 4] not in ("so", "as") or norms[head - 5] not in _GO:
        return False
    return any(_negation(norms[j]) for j in range(max(0, head - 8), head - 5))


def words_withheld(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a negated verb before an indirect question ("has not indicated how much"), or
    a claim a source does not go so far as to make?"""
    head = _head(doc, first, stop)
    if _stops_short(doc, head):
        return True
    if doc.norms[head] in _DISCLOSING and head + 1 < len(doc.norms) and doc.norms[head + 1] == "that":
        return _negated(doc, first, head)  # "does not disclose that it is being sued"
    return doc.norms[head] not in _ANSWERING and _negated(doc, first, head) and _question_follows(doc, head)
