"""A phrase between "get" (or "want") and a past participle: what is done to it, not who speaks.

In "Democrats can't get the president's nominees confirmed" or "his effort to get Ms. Millett confirmed",
the participle after the phrase is passive ("confirmed" by the Senate): the nominees confirm
nothing. Framing read the phrase as the source of "confirmed" and readers mark such a span wrong. A phrase
whose cue is no participle ("I heard critics say", "got lawmakers talking") is left to the other rules.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc

# verbs that take an object and a past participle of what is done to it ("get X confirmed", "had X rejected")
# (not "have": "Not once has a conservative said", "Not only has Romney promised" are inversions, the phrase is
# who speaks; not "need": "the need officials cited")
_CAUSATIVES: Final = frozenset({"get", "gets", "got", "gotten", "getting", "want", "wants", "wanted"})

# past participles of cue verbs that do not end in -ed
_IRREGULAR: Final = frozenset({"told", "said", "written", "shown", "known", "heard", "seen", "thought", "held",
                               "taught", "found", "given", "spoken", "sworn", "read"})


def done_to_object(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is ``span`` the object of a causative verb right before it, with the cue ``m`` right after it a past
    participle ("get the president's nominees confirmed")?"""
    first, stop = span
    if first < 1 or stop != m.first or not doc.is_word[first - 1] or doc.norms[first - 1] not in _CAUSATIVES:
        return False
    if doc.sentence_of[first - 1] != doc.sentence_of[first]:
        return False
    cue = doc.norms[m.first]
    if not (cue.endswith("ed") or cue in _IRREGULAR):
        return False
    return True
