"""A speaker span before a cue word that is a plural noun there, its modifier, not who speaks.

"Claims" and "hopes" are verbs or plural nouns. Followed by a verb or "though" ("The privilege claims though could
have been resolved", session 35's fresh draw; "But Republican hopes are highest in the 31 districts"), the word
is the subject's noun and the phrase before it modifies it: no one speaks. Kept: an owner in "'s" ("O'Reilly's
claims have been discredited": the claims are O'Reilly's), and a subject inside a relative clause ("a plan that
she says would alter": the verb's clause). Curated by reading the AllSides dev corpus.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc

# cue words that are also plural nouns
_NOUN_CUES: Final = frozenset({"claims", "hopes", "fears", "warnings", "reports"})
# what follows such a noun as the subject's head: a verb of being or having, a modal, a concessive
_AFTER_A_NOUN: Final = frozenset({"though", "could", "would", "will", "may", "might", "can", "should", "were", "are",
                                  "have", "had"})
_RELATIVES: Final = frozenset({"that", "which", "who", "whom"})


def modifier_of_noun_cue(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span right before a cue word that is a plural noun followed by its verb ("The privilege claims
    though could have been", "Republican hopes are highest"), not an owner or a relative clause's subject?"""
    first, stop = span
    norms = doc.norms
    if not 0 <= first < stop == m.first or m.stop - m.first != 1 or m.stop >= len(norms):
        return False
    if norms[m.first] not in _NOUN_CUES or norms[m.stop] not in _AFTER_A_NOUN:
        return False
    if norms[stop - 1].endswith(("'s", "’s")) or first > 0 and norms[first - 1] in _RELATIVES:
        return False
    return norms[first] not in ("he", "she", "they", "it", "i", "we", "you")
