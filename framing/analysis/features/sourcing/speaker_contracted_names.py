"""A name in "'s" that is a contraction of "is" or "has", not an owner, before a verb the cue word is.

"[Biden’s] expected to stress the stakes": the "'s" is "is", the cue "expected" is a passive (what others
expect), and nobody's words are reported: the name is no source of it (twentieth pass, draw 7171-7272: "Biden’s"
read wrong, "swallows 'is'; expectation not Biden's words"). Likewise "Everyone’s talking about Trump",
"Obama’s also merchandising ...": a progressive, whose span still carries the "'s" of the verb. Recognised when
the cue follows the name right away (or after one adverb in -ly or "also", "still") and is a word in -ing, or a
word in -ed followed by "to", "that", "by" or a punctuation mark (a verb, not a modifier of a noun). Kept: an
owner before a noun cue ("Trump's claim"), and a participle before its noun ("Clinton's stated opposition",
"Trump's promised upgrade"), where the owner is who stated or promised, and an owner after a preposition ("in
Clinton's telling", where the telling is hers).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc

# adverbs between the contraction and its verb ("Obama's also merchandising")
_BETWEEN: Final = frozenset({"also", "still", "now", "already", "reportedly", "widely", "long"})
# prepositions before a name in "'s" that make it an owner ("in Clinton's telling", "by Smith's reckoning")
_BEFORE_OWNER: Final = frozenset({"in", "by", "to", "of", "for", "from", "with", "on", "at", "about"})
# words after a participle that make it a verb of the clause ("expected to", "alleged that", "expected by")
_AFTER_VERB: Final = frozenset({"to", "that", "by", ",", ".", ";", "—"})


def contracted_before_verb(doc: Doc, first: int, stop: int, cue: Match) -> bool:
    """Is the span ``[first, stop)`` a name whose "'s" is "is"/"has" before the cue's verb (see the module)?"""
    if stop <= first or not doc.norms[stop - 1].endswith(("'s", "’s")) or len(doc.norms[stop - 1]) < 4:
        return False
    if first >= 1 and doc.norms[first - 1] in _BEFORE_OWNER and doc.sentence_of[first - 1] == doc.sentence_of[first]:
        return False  # "in Clinton's telling": an owner after a preposition
    t = stop
    if t < cue.first and doc.norms[t] in _BETWEEN:
        t += 1
    if t != cue.first or cue.first >= len(doc.norms):
        return False
    verb = doc.norms[cue.first]
    if verb.endswith("ing") and len(verb) > 4:
        return True
    nxt = doc.norms[cue.first + 1] if cue.first + 1 < len(doc.norms) else "."
    return verb.endswith("ed") and len(verb) > 4 and nxt in _AFTER_VERB
