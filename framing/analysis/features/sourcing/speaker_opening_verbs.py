"""A verb swallowed at the start of a speaker span: "leading many scientists to wonder" is many scientists.

A few -ing words are adjectives before a noun ("leading economists", "incoming Speaker", "ranking Democrat")
and so may open a speaker's phrase; the same word before a determiner or quantifier is a verb whose object
follows ("..., leading many scientists to wonder if", "leading the panel to say"), since an adjective stands
after a quantifier, never before it ("many leading scientists"). framing kept the verb in the span, which
readers mark wrong ("span swallows 'leading' from the sentence": draw 6666). The span then opens on the word
after the verb.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import MODIFIERS

# determiners and quantifiers that open a noun phrase, never after an adjective
_OPENERS: Final = frozenset({"many", "some", "most", "several", "few", "a", "an", "the", "numerous", "dozens",
                             "hundreds", "thousands", "other", "others", "these", "those", "their", "his", "her",
                             "its", "our", "all", "both", "two", "three", "four", "five"})


def without_opening_verb(doc: Doc, first: int, stop: int) -> int:
    """The span's first token past an -ing adjective of the phrase words (``MODIFIERS``: "leading", "incoming";
    another -ing word, "eliminating the ability", is left to the checks that set such a phrase aside) in lower
    case that stands before a determiner or quantifier
    ("leading" + "many scientists"); else ``first``."""
    tok = doc.tokens[first]
    if stop - first < 2 or not doc.is_word[first] or not tok.islower() or not tok.endswith("ing") \
            or doc.norms[first] not in MODIFIERS or doc.norms[first + 1] not in _OPENERS:
        return first
    return first + 1
