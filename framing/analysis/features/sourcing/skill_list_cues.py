"""A verb of speech named as a skill in a list of skills (curated by reading the AllSides dev corpus, seventeenth
pass, independent readers' draw 5353, wrong 1 of 1): "the skills necessary to read, write, and argue effectively",
"learning to speak, read and write English", "able to argue and reason": "to" opens a list of bare verbs that
names what someone can or should be able to do, with "read", "write" or another skill in it; nobody argues or
speaks anything.

"He wanted to argue that ...", "refused to read the statement and argue the case" (no skill word in the list:
read before "the" is a deed, and the list is not of bare verbs), "wrote, and argued, that ..." (no "to") stay cues.
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# the skills of a schooling list, as bare verbs
_SKILLS: Final = frozenset({"read", "write", "spell", "count", "listen", "speak", "reason", "think", "argue",
                            "debate", "reckon", "calculate", "compute", "communicate", "analyze", "analyse"})
# what joins the list's verbs
_JOINS: Final = frozenset({",", "and", "or", "&"})
_REACH: Final = 8  # tokens of the list on either side of the cue (a list of skills is short)


def _list_start(doc: Doc, word: int) -> int:
    """The first token of the skill list that holds ``word`` (walking back over skills and joins)."""
    norms = doc.norms
    j = word
    while j - 1 >= 0 and word - (j - 1) <= _REACH and (norms[j - 1] in _SKILLS or doc.tokens[j - 1] in _JOINS
                                                         or norms[j - 1] in _JOINS):
        j -= 1
    return j


def _skills_in(doc: Doc, start: int, stop: int, head: int) -> int:
    """How many skills other than the cue's word the list ``[start, stop)`` names."""
    return sum(1 for j in range(start, stop) if j != head and doc.norms[j] in _SKILLS)


def skill_named(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a bare verb of speech in a "to" list of skills ("to read, write, and argue")?"""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    head = stop - 1
    if stop - first != 1 or norms[head] not in _SKILLS:
        return False
    start = _list_start(doc, head)
    while start < head and not doc.is_word[start]:
        start += 1
    end = head + 1
    while end < n and end - head <= _REACH and (norms[end] in _SKILLS or tokens[end] in _JOINS or norms[end] in _JOINS):
        end += 1
    while end > head + 1 and (tokens[end - 1] in _JOINS or norms[end - 1] in _JOINS):
        end -= 1  # (a join that ends the walk opens the next clause: "argue, and they ...")
    if _skills_in(doc, start, end, head) < 1:
        return False
    if start < 1 or norms[start - 1] != "to":
        return False
    if end < n and norms[end] in ("that", "whether", "about", "for", "against", "with", "on") :
        return False  # "to speak and argue that ...": words follow, a view is reported
    # at least one join between the list's words: a list, not "to argue reason"
    return any(tokens[j] in _JOINS or norms[j] in _JOINS for j in range(start, end))
