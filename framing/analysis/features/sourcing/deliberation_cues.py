"""A course of action deliberated, not a view held (nineteenth pass, round 2, own reading of fresh draws and the
dev cues: wrong 1 of 60 in the fresh draw, "Wheeler was contemplating a hybrid proposal"; on the dev cues "the
U.S. is considering whether to conduct drone missions", "the GOP is considering that step", "McDonald's is
considering the same move", "Applebee's is mulling a freeze on hiring", "leadership is weighing the idea of ...",
"authorities are considering if ...", ", considering Reid has blocked the vote"). "Considering", "contemplating",
"mulling" and "weighing" of a proposal, a step or a question (a determiner or "whether"/"if"/"how" right after)
say what someone may do, not words or a view of theirs; "considering" after a comma is the conjunction "given
that".

"They consider him a traitor", "is considered the favorite", "considering Rice as a replacement" (an "as"
after), "weighed in" (words given), "said he is considering a run" (the saying stays a cue; this one is set aside)
and "contemplated during an interview sending troops" stay as before. ``literal_sense_cues`` already sets aside
"considered how to"/"considered running". :func:`.cues.acting_cue` asks :func:`course_deliberated` (through
``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# forms that only deliberate ("considered"/"consider" also hold views: "considered a threat", "consider him a hero")
_DELIBERATING: Final = frozenset({"considering", "contemplating", "contemplate", "contemplates", "contemplated",
                                  "mulling", "mull", "mulls", "mulled", "weighing", "weigh", "weighs", "weighed"})
# what opens the course or the question weighed
_COURSE_OPENERS: Final = frozenset({"whether", "if", "how", "a", "an", "the", "that", "this", "those", "these",
                                    "its", "their", "his", "her", "our", "another", "options", "plans", "ways"})
_AS_REACH: Final = 10  # tokens after the verb searched for an "as" of a view ("considering Rice as a replacement")
_CLAUSE_ENDS: Final = frozenset({".", ";", ":", "?", "!", ","})


def course_deliberated(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "considering"/"contemplating"/"mulling"/"weighing" of a course or a question
    ("is mulling a freeze", "are considering whether"), or a "considering" of "given that" after a comma?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    verb = stop - 1
    while verb > first and not is_word[verb]:
        verb -= 1
    if norms[verb] not in _DELIBERATING or stop >= n:
        return False
    if norms[verb] == "considering" and verb == first and first > 0 and tokens[first - 1] == ",":
        return True  # ", considering Reid has blocked the vote": "given that"
    j = stop
    while j < n and is_word[j] and norms[j] in ("also", "now", "seriously", "actually", "still", "carefully"):
        j += 1
    if j >= n or norms[j] not in _COURSE_OPENERS:
        return False
    if norms[j] in ("whether", "if", "how"):
        return True
    end = min(n, j + _AS_REACH, doc.sentences[doc.sentence_of[verb]].stop)
    for k in range(j, end):
        if not is_word[k] and tokens[k] in _CLAUSE_ENDS:
            break
        if norms[k] == "as" or norms[k] == "to" and k + 1 < n and norms[k + 1] == "be":
            return False  # "considering Rice as a replacement", "weighing the plan to be ...": a view of it
    return True
