"""Places that speak: a city, a US state or a country named alone, or several joined by "and", as a speaker
("Chicago reported", "cities including New York City and Los Angeles argue") is its government, an
organisation, not a person's surname.

Readers of the independent draws 4747 and 4848 judged "[[Chicago]] reported ..." and "[[New York City and Los
Angeles]] argue ..." shown as named persons wrong (and earlier "Google and Apple", the companies of
:func:`.kind_head_words.one_word_bodies`, joined). The place names are those of ``lexicons/us_places.txt``
(states and cities; cities that are common surnames are left out there) and the countries and capitals of
``lexicons/places.txt``. A place word that the article writes after a first name ("John Denver") is a
surname there, and the phrase stays a person.
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon
from ...text import Doc
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import is_cap
from .kind_head_words import one_word_bodies
from .non_speaker_spans import us_places

_JOINS: Final = frozenset({"and", ",", "&"})
_PLACE_KINDS: Final = frozenset({"country", "capital"})
_LONGEST: Final = 4  # words of a place's name at most ("washington d . c")
_WINDOW: Final = 2500  # tokens either side of the phrase a look for a first name reads


@functools.cache
def _place_names() -> frozenset[str]:
    """Lower-case names of US states and cities, countries and capitals ("chicago", "new york", "russia")."""
    names: set[str] = set(us_places())
    names.update(e.term for e in load_lexicon("places").entries if e.category in _PLACE_KINDS)
    return frozenset(names)


def _parts(doc: Doc, first: int, stop: int) -> list[list[int]] | None:
    """The phrase's parts between "and" and commas (word tokens; a leading "the" dropped), else None where a
    part is empty."""
    parts: list[list[int]] = [[]]
    for t in range(first, stop):
        norm = doc.norms[t]
        if norm in _JOINS:
            parts.append([])
        elif doc.is_word[t] and not (norm == "the" and not parts[-1]):
            parts[-1].append(t)
    return None if any(not p for p in parts) else parts


def _after_first_name(doc: Doc, first: int, word: str) -> bool:
    """Does the article write ``word`` after a capitalised first name near ``first`` ("John Denver")?"""
    given = first_names()
    for k in range(max(1, first - _WINDOW), min(len(doc.tokens), first + _WINDOW)):
        if base_norm(doc.norms[k]) == word and doc.is_word[k - 1] and is_cap(doc.tokens[k - 1]) \
                and base_norm(doc.norms[k - 1]) in given:
            return True
    return False


def places_only(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase ``[first, stop)`` made of capitalised place names alone, or of places and companies known
    by one word ("Chicago", "New York City and Los Angeles", "Google and Apple"), none written after a first
    name in the article?"""
    doc = facts.doc
    parts = _parts(doc, first, stop)
    if parts is None:
        return False
    names = _place_names()
    bodies = one_word_bodies()
    for part in parts:
        if len(part) > _LONGEST or not all(is_cap(doc.tokens[t]) for t in part):
            return False
        name = " ".join(base_norm(doc.norms[t]) for t in part)
        if name not in names and not (len(parts) > 1 and name in bodies):
            return False
        if len(part) == 1 and _after_first_name(doc, first, name):
            return False  # "Denver said" after "John Denver": his surname
    return True
