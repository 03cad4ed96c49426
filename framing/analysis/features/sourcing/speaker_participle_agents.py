"""Who speaks when the phrase before the cue is the agent of a participle that authors nothing, and where a
coordinated verb's clause starts.

"A panel appointed by the Department of Homeland Security recommended changes": the phrase right before the cue
is the agent after "appointed by", which describes the panel; the panel recommended, not the department that
appointed it (session 37 round 2, fresh draw of the speakers layer: the department shown as the speaker, wrong;
likewise "a commission funded by the foundation said", "a group founded by Smith warned"). The speaker is the
phrase before the participle; when there is none, nobody is shown. Kept: the agent of a participle that
authors ("a study led by researchers found", "a report written by the staff says": those agents speak through
what they made, and the phrase search is not changed there).

A verb coordinated after "and" takes the subject of its own clause, and a semicolon starts a clause: "Romney has
a foothold there; the voters have an independent streak and generally dislike government intrusion" is the
voters' view, not Romney's (same draw: Romney shown as the one who dislikes, wrong).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import WordLists, np_left

# participles whose agent neither wrote nor said what the subject says ("a report of a campaign co-chaired by
# Justice O'Connor"; not "a study led by researchers", whose agents speak through it)
NOT_AUTHORING: Final = frozenset({"chaired", "co-chaired", "founded", "co-founded", "owned", "funded", "backed",
                                  "sponsored", "organized", "hosted", "appointed", "nominated", "created", "launched",
                                  "financed", "supported", "endorsed"})
# how many tokens back a clause's start is looked for (a semicolon further back in a long sentence starts no
# clause the cue belongs to)
_CLAUSE_LOOK_BACK: Final = 80


def agent_of_participle(doc: Doc, a: int) -> bool:
    """Does the phrase at ``a`` follow "by" after a participle of a deed that authors nothing ("co-chaired
    by", "funded by")?"""
    return a >= 2 and doc.norms[a - 1] == "by" and doc.norms[a - 2] in NOT_AUTHORING


def subject_before_agent(doc: Doc, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """The speaker when ``span`` is the agent of a participle that authors nothing ("a panel appointed by [the
    department]" -> "a panel"): the phrase before the participle in the sentence, or None when there is none;
    ``span`` itself when it is no such agent."""
    first = span[0]
    if not agent_of_participle(doc, first):
        return span
    sent_first = doc.sentences[doc.sentence_of[first]].first
    before = np_left(doc, first - 2, sent_first, lists)
    if before is None or before[1] != first - 2:
        return None
    return before


def clause_first(doc: Doc, sent_first: int, j: int) -> int:
    """The first token of the clause that holds token ``j``: after the last semicolon before it in the
    sentence, within :data:`_CLAUSE_LOOK_BACK` tokens, else the sentence's first token."""
    for t in range(j - 1, max(sent_first, j - _CLAUSE_LOOK_BACK) - 1, -1):
        if doc.tokens[t] == ";":
            return t + 1
    return sent_first
