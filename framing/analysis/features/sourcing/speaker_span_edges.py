"""The edges of a speaker span as a reader draws them (curated by reading the AllSides dev corpus, readers'
judgments of the ninth pass, draw 1818): a focusing adverb before the name is no part of the speaker ("[Even
Mitt Romney] said" is "Mitt Romney"; "Especially the senators ..."), and an anaphor that points back by
order ("the latter declare it proof", "the former said") names nobody a reader can see in the span.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# adverbs that focus the subject they stand before: "Even Mitt Romney said", "Especially Republicans warn"
_FOCUSING: Final = frozenset({"even", "especially", "particularly", "notably", "also"})
# anaphors by order of mention: who they are depends on a list before them, which the span does not name
_BY_ORDER: Final = frozenset({"latter", "former"})


def after_focusing_adverb(doc: Doc, first: int, stop: int) -> int:
    """Where the span ``[first, stop)`` starts once a focusing adverb before it is taken off ("Even Mitt
    Romney" -> "Mitt Romney"); ``first`` when there is none or nothing would be left."""
    if stop - first >= 2 and doc.norms[first] in _FOCUSING and doc.is_word[first + 1]:
        return first + 1
    return first


def anaphor_by_order(doc: Doc, first: int, stop: int) -> bool:
    """Is the span "the latter" or "the former" alone (not "the former president")?"""
    return stop - first == 2 and doc.norms[first] == "the" and doc.norms[first + 1] in _BY_ORDER
