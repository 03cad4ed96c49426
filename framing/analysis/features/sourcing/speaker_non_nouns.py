"""Phrases found where a speaker stands that end on no noun, or that are a photo caption's direction word.

A speaker is a noun phrase; the phrase search sometimes runs into a verb's particle or an adverb and stops
there, or takes an adjective before a participle: "The viral hashtag sprang up", "the lawmakers came away",
"no longer" ("the US is no longer feared"), "Two other prospective" ("witnesses" read as a verb), "its daily new" ("its daily new reported cases"), "its policy
around" ("designed its policy around explaining"). None of these names who speaks. A capitalised last word
is part of a name ("Access Now") and stays.

A comparative that opens a measure ("[Less] than a year later, Republicans would blame") and a phrase that opens
on a verb ("This [includes articles] 'exposing' how ...") name no one either (session 35's fresh draw).

A photo caption's direction word in capitals before a colon ("RIGHT: Mohamud is ...", "LEFT:", "ABOVE:") says
where a picture is, not who speaks.

Word lists curated by reading the AllSides dev corpus.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# lower-case words a noun phrase never ends on: particles of phrasal verbs, adverbs, a bare adjective
_NO_NOUN_ENDS: Final = frozenset({"up", "out", "away", "off", "down", "back", "around", "longer", "new", "again",
                                  "already", "ever", "never", "also", "too", "very", "daily", "even", "still",
                                  "often", "once", "recently", "later", "previously", "further",
                                  # adjectives that only modify ("Two other prospective" witnesses; draws 2929/3030)
                                  "prospective", "potential", "possible", "would-be"})

# comparatives that open a measure before "than" ("Less than a year later")
_COMPARATIVES: Final = frozenset({"less", "more", "fewer"})
# verbs a phrase found where a speaker stands can open on ("This includes articles 'exposing'")
_OPENING_VERBS: Final = frozenset({"includes", "include", "included"})

# a caption's direction words, written in capitals
_CAPTION_DIRECTIONS: Final = frozenset({"RIGHT", "LEFT", "ABOVE", "BELOW", "TOP", "BOTTOM", "INSET", "CENTER",
                                        "CLOCKWISE"})


def ends_without_noun(doc: Doc, first: int, stop: int) -> bool:
    """Does the phrase ``[first, stop)`` of two words or more end on a lower-case particle, adverb or bare
    adjective ("The viral hashtag sprang up", "no longer", "its daily new")?"""
    return stop - first >= 2 and doc.tokens[stop - 1] == doc.norms[stop - 1] and doc.norms[stop - 1] in _NO_NOUN_ENDS


def caption_direction(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase a photo caption's direction word in capitals ("RIGHT", "LEFT", "ABOVE")?"""
    return stop - first == 1 and doc.tokens[first] in _CAPTION_DIRECTIONS


def comparative_measure(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase a lone "Less", "More" or "Fewer" before "than" ("Less than a year later")?"""
    return stop - first == 1 and doc.norms[first] in _COMPARATIVES and stop < len(doc.norms) \
        and doc.norms[stop] == "than"


def opens_on_a_verb(doc: Doc, first: int, stop: int) -> bool:
    """Does the phrase open on a lower-case verb of inclusion ("includes articles")?"""
    return doc.tokens[first] in _OPENING_VERBS
