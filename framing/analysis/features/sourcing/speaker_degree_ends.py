"""A phrase cut after a word of degree, before the adjective and noun it leads to: "And [Reid’s most]
controversial move as leader — invoking ...", "[Faced with the most] momentous vote in years, Congress has
decided": what the phrase search found is no name and no noun for who speaks (twentieth pass, fresh draw 7373:
"Reid’s most" read wrong; both such spans of the dev output). Kept: "most" or "more" inside a phrase ("most
Republicans", "more voters"), where a noun follows it in the span.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# words of degree that lead to an adjective, never end a noun phrase for a speaker
_DEGREE_WORDS: Final = frozenset({"most", "more", "least", "less"})


def ends_on_degree_word(doc: Doc, first: int, stop: int) -> bool:
    """Does the span ``[first, stop)`` end on a word of degree, with its adjective and noun left out?"""
    return stop - first >= 2 and doc.norms[stop - 1] in _DEGREE_WORDS and doc.tokens[stop - 1] == doc.norms[stop - 1]
