""""Fear" as a noun that holds no content: a mood named, nobody's view given (twentieth pass, round 1: readers
wrong 2 of 2 in draws 7171-7272, "fears of broader new federal gun controls quickly waned", "trigger Americans'
worst fears"; on the AllSides dev cues 8 more: "succumb to our lowest fears", "The Monarchy of Fear",
"persecution, fear or hopelessness", "obligation and fear, which", "Fear, Loathing, and ...", "The worst fears
for Democrats", "The other fear: ...", "for fear of the impact").

The noun "fear(s)" is set aside when what follows is not what is feared as a clause:

- "fear(s) of" (the verb never takes "of"): a thing dreaded, no words and no claim;
- "fear(s) for" after a determiner, a possessive or a superlative ("the worst fears for Democrats");
- after a superlative ("their worst fears", "our lowest fears") or after "of" ("the politics of fear");
- in a list of nouns ("persecution, fear or hopelessness", "obligation and fear, which");
- first in its sentence before a comma or a colon (a heading: "Fear, Loathing, and ..."), or after a holderless
  determiner before a colon ("The other fear: ...").

"They fear that ...", "amid fears that refunds will be delayed", "donors' fears that she might ...", "public
opposition and fears it would be used to ..." stay cues: a fear with its content is a view held. Every look is
one or two tokens each way. :func:`.cues.acting_cue` asks :func:`fear_without_content` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_FEARS: Final = frozenset({"fear", "fears"})
_SUPERLATIVES: Final = frozenset({"worst", "lowest", "deepest", "greatest", "darkest", "biggest", "basest",
                                  "primal", "irrational", "unfounded"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "such", "no",
                                 "any", "other", "mounting", "growing", "widespread", "renewed", "new"}) | _SUPERLATIVES
_LIST_BEFORE: Final = frozenset({",", "and", "or"})
_LIST_AFTER: Final = frozenset({",", "or", "and", ".", ";"})
# determiners with no holder before a colon: "The other fear: ..."
_HOLDERLESS: Final = frozenset({"other", "another", "one", "the", "a"})


def _possessive(word: str) -> bool:
    return word.endswith("'s") or word.endswith("’s") or word.endswith("s'") or word.endswith("s’")


def _fear_noun_empty(doc: Doc, h: int) -> bool:
    norms, n = doc.norms, len(doc.norms)
    after = norms[h + 1] if h + 1 < n else "."
    if after == "that":
        return False
    before = norms[h - 1] if h > 0 else ""
    if after == "of":
        return True
    if after == "for":
        return before in _DETERMINERS or _possessive(before)
    if before in _SUPERLATIVES or before == "of":
        return True
    if before in _LIST_BEFORE and after in _LIST_AFTER:
        return True
    if after in (",", ":") and (h == 0 or doc.sentence_of[h - 1] != doc.sentence_of[h]):
        return True
    return after == ":" and before in _HOLDERLESS


def fear_without_content(doc: Doc, first: int, stop: int) -> bool:
    """Is a word of the cue ``[first, stop)`` the noun "fear(s)" with no content: "fears of ...", "their worst
    fears", "the politics of fear", "fear or hopelessness"?"""
    for h in range(first, stop):
        if doc.norms[h] in _FEARS and _fear_noun_empty(doc, h):
            return True
    return False
