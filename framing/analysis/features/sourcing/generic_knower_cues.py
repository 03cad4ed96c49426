"""A "know" whose subject is everyone or anyone (curated by reading the AllSides dev corpus, readers' judgments of
the twelfth and thirteenth passes: "who knows whether the recount fight will stir up bad blood" marked wrong, and
the own reading of the fourteenth pass): "Everyone knows that the real heavy lifting gets done around the
holidays", "As every pupil knows, a Russian attorney talked with ...", "every reasonably informed person knows
that ...", "anyone who knows the history of impeachment will tell you", "Any reporter who's spent time around a cop
shop knows ...", "Who knows?". The writer states a fact as common knowledge; no source holds a view.

"Republicans know that too", "Gowdy well knows that ...", "the public now knows that ..." and "nobody knew
what he had said" (a lack of knowledge) are left as they are: a named group or person is said to know.
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_KNOW: Final = frozenset({"know", "knows", "knew"})
_EVERYONE: Final = frozenset({"everyone", "everybody", "anyone", "anybody", "whoever"})
_EVERY: Final = frozenset({"every", "any"})
# words allowed between the subject and "know" ("everyone already knows", "any reader of Hobbes will know")
_BETWEEN: Final = frozenset({"already", "now", "surely", "certainly", "well", "will", "would", "must", "should",
                             "probably", "also", "just", "really"})
_REACH: Final = 8  # words looked back for "every"/"any" ("any reporter who's spent time around a cop shop knows")
_CLAUSE_ENDS: Final = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "“", "”", '"', "?", "!"})


def _who_knows(doc: Doc, k: int) -> bool:
    """"who knows" opening its clause, a rhetorical question ("but who knows whether ...", "Who knows?")."""
    norms, tokens = doc.norms, doc.tokens
    if k < 1 or norms[k - 1] != "who" or norms[k] != "knows":
        return False
    j = k - 2
    # (not after a comma: "Cohen, who knows a lot about ..." is a relative clause about Cohen)
    return j < 0 or tokens[j] in _CLAUSE_ENDS and tokens[j] != "," or norms[j] in ("but", "and", "yet", "so", "then") \
        or doc.sentence_of[j] != doc.sentence_of[k]


def generic_knower(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "know" of everyone, anyone, every or any person, or a rhetorical "who
    knows"?"""
    norms, tokens = doc.norms, doc.tokens
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _KNOW:
        return False
    if _who_knows(doc, head):
        return True
    j = head - 1
    while j >= 0 and (j >= first or norms[j] in _BETWEEN):
        j -= 1  # past the cue's own words and an adverb or a modal ("everyone already knows", "will know")
    if j >= 0 and norms[j] == "who":
        j -= 1  # "anyone who knows the history"
    if j >= 0 and norms[j] in _EVERYONE:
        return True
    for a in range(j, max(-1, j - _REACH), -1):
        if tokens[a] in _CLAUSE_ENDS:
            return False
        if norms[a] in _EVERY and a + 1 < len(norms) and doc.is_word[a + 1] and norms[a + 1] not in ("of", "more"):
            return True
    return False
