"""Loaded nouns that name a category of thing rather than judge someone (issue 13, sixteenth pass: classes the
independent readers of draws 4747/4848 judged wrong in :mod:`.loaded`; tallies over every judged row of the
layer in judgments/*.jsonl, each dev use read):

* "evil" as the moral category: paired with "good" ("a battle about good and evil", "good versus evil") or the
  object of an abstract noun ("the overcoming of evil by love", "the problem of evil", "the banality of evil"),
  and "the greater evil" weighing options as "the lesser evil" does (:mod:`.loaded_fixed_senses`). Readers: the
  moral noun in plain use wrong 2 of 2 in the draws ("the overcoming of evil"); "the forces of evil", "stared
  down evil", "all-encompassing evil", "X is evil" (judged right 12 times) stay;
* "catastrophe" / "disaster" as a generic or hypothetical event: "in case catastrophe struck the Capitol", "in
  the event a catastrophe hit", "an economic crisis or other kind of catastrophe", "when disaster strikes": the
  event considered, no event judged (readers: wrong 2 of 2; "the twin economic and health catastrophes we are
  living through", judged right, and "this catastrophe" of a scandal stay);
* "atrocity" / "atrocities" after "Nazi", "wartime", "Holocaust": the historical term for those crimes
  (readers: wrong 2 of 2, the same span in draws 2525 and 4747; "the murder was an atrocity", "monstrous
  atrocities" stay);
* a labelling shape negated by "non-" ("the censorship of non-leftist thinkers"): those who are not of a camp,
  which labels nobody (readers: wrong 1 of 1; "leftist" itself stays: readers judged it right 20 times in 23).
Every look-back and look-ahead is a fixed number of tokens.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_EVIL: Final = frozenset({"evil"})
_GOOD: Final = frozenset({"good"})
_PAIRING: Final = frozenset({"and", "or", "versus", "vs", "vs.", "from", "against"})
# abstract nouns whose object "evil" is the category ("the overcoming of evil", "the problem of evil")
_ABSTRACT_HEADS: Final = frozenset({"overcoming", "problem", "existence", "nature", "banality", "origin", "origins",
                                    "mystery", "presence", "defeat", "conquest", "triumph", "reality", "question"})
_GREATER: Final = frozenset({"greater"})
_CATASTROPHES: Final = frozenset({"catastrophe", "catastrophes", "disaster", "disasters", "calamity"})
# "kind of catastrophe", "in case catastrophe", "in the event a catastrophe"
_GENERIC_BEFORE: Final = frozenset({"kind", "kinds", "sort", "sorts", "type", "types", "case", "event"})
_STRIKES: Final = frozenset({"struck", "strikes", "strike", "hits", "hit", "stuck", "occurs", "occurred",
                             "happens", "happened"})
# "when disaster strikes", "if a catastrophe hit": an event supposed
_HYPOTHETICAL: Final = frozenset({"when", "whenever", "if", "until", "before", "lest"})
_ATROCITIES: Final = frozenset({"atrocity", "atrocities"})
_HISTORICAL: Final = frozenset({"nazi", "nazis", "nazis'", "wartime", "war-time", "holocaust"})
_ARTICLES: Final = frozenset({"a", "an"})


def _word(doc: Doc, k: int) -> str:
    return doc.norms[k] if 0 <= k < len(doc.norms) and doc.is_word[k] else ""


def _moral_category(doc: Doc, first: int, stop: int) -> bool:
    """ "good and evil", "evil and good", "the overcoming of evil", "the greater evil"."""
    if _word(doc, first - 1) in _PAIRING and _word(doc, first - 2) in _GOOD:
        return True
    if _word(doc, stop) in _PAIRING and _word(doc, stop + 1) in _GOOD:
        return True
    if _word(doc, first - 1) == "of" and _word(doc, first - 2) in _ABSTRACT_HEADS:
        return True
    return _word(doc, first - 1) in _GREATER and _word(doc, first - 2) == "the"


def _generic_event(doc: Doc, first: int, stop: int) -> bool:
    """ "kind of catastrophe", "in case catastrophe", "in the event a catastrophe", "when disaster strikes"."""
    k = first - 1
    if _word(doc, k) in _ARTICLES:
        k -= 1
    before = _word(doc, k)
    if before == "of" and _word(doc, k - 1) in _GENERIC_BEFORE:
        return True
    if before == "case" and _word(doc, k - 1) == "in" or before == "event" and _word(doc, k - 1) == "the" \
            and _word(doc, k - 2) == "in":
        return True
    return _word(doc, stop) in _STRIKES and before in _HYPOTHETICAL


def named_category(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded word ``term`` at tokens ``[first, stop)`` names a category rather than judging (the reason
    shown), or None."""
    if term in _EVIL and _moral_category(doc, first, stop):
        return "good and evil, the overcoming of evil: the moral category named, no one judged"
    if term in _CATASTROPHES and _generic_event(doc, first, stop):
        return "in case catastrophe struck, other kind of catastrophe: an event considered, none judged"
    if term in _ATROCITIES and _word(doc, first - 1) in _HISTORICAL:
        return "Nazi atrocity: the historical term for those crimes"
    if term.startswith("non-") and len(term) > 6:
        return "non-leftist: those outside a camp, no label"
    return None
