"""The people spread over places or bodies, not the places: "voters in each state say", "GOP members in both the
House and Senate say", "officials in every county said". The phrase right before the cue is what the people are
spread over ("state", "the House and Senate"); the ones who say are the phrase before the preposition. Round 1
leftover of the eighteenth pass ("voters in each [state] say": the head is voters); on the dev corpus both
spans after "in each"/"in both" before a cue were such places (2 of 2 wrong).

Only after "each", "every" or "both" right after "in", "across" or "from" (a distributive phrase, never the
speaker); the phrase before must end right before the preposition and not be a thing or a time (checked by the
caller's usual filters). The look-back is three tokens and the sentence.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import WordLists, is_cap, np_left
from .speaker_span_heads import names_a_thing

_DISTRIBUTIVE: Final = frozenset({"each", "every", "both"})
_PREPOSITIONS: Final = frozenset({"in", "across", "from"})
# capitalised words before a lowercase plural ("GOP members", "Senate Democratic aides")
_MODIFIERS_BACK: Final = 3


def people_over_places(doc: Doc, first: int, stop: int, sent_first: int,
                       lists: WordLists) -> tuple[int, int] | None:
    """The phrase before "in each"/"in both" when ``[first, stop)`` is what follows it ("voters in each [state]"
    -> "voters"), else None."""
    k = first - 1
    if k - 1 <= sent_first or doc.norms[k] not in _DISTRIBUTIVE or doc.norms[k - 1] not in _PREPOSITIONS:
        return None
    outer = np_left(doc, k - 1, sent_first, lists) or _plural_before(doc, k - 1, sent_first)
    if outer is None or outer[1] != k - 1 or names_a_thing(doc, outer[0], outer[1]):
        return None
    return outer


def _plural_before(doc: Doc, p: int, sent_first: int) -> tuple[int, int] | None:
    """A lowercase plural right before token ``p`` with the capitalised words before it ("GOP members", "voters"),
    looked back over at most :data:`_MODIFIERS_BACK` words."""
    h = p - 1
    if h < sent_first or not doc.is_word[h] or is_cap(doc.tokens[h]) or not doc.norms[h].endswith("s") \
            or doc.norms[h].endswith("ss") or len(doc.norms[h]) < 4:
        return None
    a = h
    while a - 1 >= sent_first and h - a < _MODIFIERS_BACK and doc.is_word[a - 1] and is_cap(doc.tokens[a - 1]):
        a -= 1
    return (a, p)
