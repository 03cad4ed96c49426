"""A passive "considered" inside a question someone else asks (curated by reading the AllSides dev corpus,
seventeenth pass, independent readers' draw, wrong 1 of 1: "passive 'considered' inside reported question;
attributes nothing"): "Hasselbeck wondered aloud on air why the movement isn't considered a hate group", "asked if
the reporter is still considered a straight-news reporter": the cue is the asking or the wondering; the
"considered" of the question is its content, and nobody is said to consider anything.

"He is considered a rising star" (no question), "If he is considered a flight risk, ..." (a condition: no verb of
asking before it), "asked why officials considered him a risk" (active: officials hold the view) stay cues or are
read elsewhere. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so
that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_BE: Final = frozenset({"is", "isn't", "isn’t", "are", "aren't", "aren’t", "was", "wasn't", "wasn’t", "were",
                        "weren't", "weren’t", "be", "been", "being"})
_BETWEEN: Final = frozenset({"not", "n't", "n’t", "still", "no", "longer", "even", "really", "actually", "also",
                             "now", "ever", "never"})
_QUESTION_OPENERS: Final = frozenset({"why", "whether", "if"})
_ASKING: Final = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering",
                            "question", "questions", "questioned", "questioning", "inquire", "inquired", "inquires",
                            "query", "queried", "know", "knows", "explain", "explained"})
_SUBJECT_REACH: Final = 8  # tokens between the question's opener and its "be" (the subject)
_ASK_REACH: Final = 4  # tokens between the verb of asking and the opener ("wondered aloud on air why")


def considered_in_question(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a passive "considered" in a "why"/"whether"/"if" clause right after a verb of
    asking or wondering?"""
    norms, tokens = doc.norms, doc.tokens
    head = stop - 1
    if norms[head] != "considered":
        return False
    j = head - 1
    while j >= first and norms[j] in _BETWEEN:
        j -= 1
    if j < first:
        j = first - 1
        while j >= 0 and head - j <= 4 and norms[j] in _BETWEEN:
            j -= 1
    if j < 0 or norms[j] not in _BE:
        return False
    begin = doc.sentences[doc.sentence_of[head]].first
    opener = -1
    for k in range(j - 1, max(begin, j - 1 - _SUBJECT_REACH) - 1, -1):
        if tokens[k] in (",", ";", ":", "—", "“", '"'):
            return False
        if norms[k] in _QUESTION_OPENERS:
            opener = k
            break
    if opener < 0:
        return False
    return any(norms[k] in _ASKING for k in range(max(begin, opener - _ASK_REACH), opener))
