"""The head of a speaker span as a reader reads it: a span runs no further than its noun (not into a negated
verb: "the memo doesn't reveal" is "the memo", nor across a line break or into a verb taking "to"), and a span
whose head names a thing, not a source of words, is nobody ("the first question focused on", "Time will tell",
"the wound indicates", "US economy added", "Attempts to disrupt ...", "The violent protests have sounded";
``non_speakers`` category ``thing``, curated by reading the AllSides dev corpus), and so is a heading before a
colon ("Timeline:", "A Lack Of Discipline:"). Documents stay sources ("the report said", "an independent
autopsy determined", "the plan said").
"""
from __future__ import annotations

import functools

from ...lexicons import load_lexicon
from ...text import Doc
from .facts import base_norm
from .grammar import is_cap
from .speaker_span_edges import on_one_line_before_verb, verb_taking_to  # (read by :mod:`.reader`)

# prepositions and relatives inside a span: its last word is then not its head ("Opponents of the ban")
_NOT_HEAD_AFTER: frozenset[str] = frozenset({"of", "on", "in", "at", "for", "from", "with", "to", "by", "about",
                                             "who", "which", "that", "and", "or", "’s", "'s"})


@functools.cache
def _headings() -> frozenset[str]:
    """Labels of a section before a colon ("Timeline:", "EDITORIAL:"; ``non_speakers``, category ``heading``)."""
    return frozenset(e.term for e in load_lexicon("non_speakers").entries if e.category == "heading")


@functools.cache
def _things() -> frozenset[str]:
    """Head nouns that name a thing or a time, never a speaker (``non_speakers``, category ``thing``)."""
    return frozenset(e.term for e in load_lexicon("non_speakers").entries if e.category == "thing")


# spans of time and parts of a record that end a phrase before a verb, never its speaker ("for nearly a decade
# believe", "in the past several weeks has claimed", "spent the last 18 months accusing", "The details
# showed", "the 34 new infections reported"); beside the lexicon's "thing" words, curated by reading the AllSides
# dev corpus (every such span in the dev output of the fourteenth pass was wrong)
_SPANS_OF_TIME_AND_PARTS: frozenset[str] = frozenset({
    "decade", "decades", "week", "weeks", "month", "months", "year", "years", "century", "centuries", "minute",
    "minutes", "weekend", "weekends", "details", "infections"})


# things that are also the names of a magazine or a paper when capitalised ("Time reports", "Times had opted")
_TITLES_OF_MEDIA: frozenset[str] = frozenset({"time", "times"})


def _negated_auxiliary(norm: str) -> bool:
    return norm.endswith(("n't", "n’t")) and len(norm) > 3


def before_negated_verb(doc: Doc, first: int, stop: int) -> tuple[int, int] | None:
    """The span cut before a negated auxiliary ("The list doesn't" -> "The list"), and on its last line before a
    verb taking "to" (:func:`.speaker_span_edges.on_one_line_before_verb`); None if nothing is left."""
    first, stop = on_one_line_before_verb(doc, first, stop)
    for t in range(first, stop):
        if _negated_auxiliary(doc.norms[t]):
            return (first, t) if t > first else None
    return first, stop


# function words that a heading capitalises ("A Lack Of Discipline", "Gay Marriage In Law"), a name seldom
_HEADING_FUNCTION_WORDS: frozenset[str] = frozenset({"of", "and", "in", "for", "the", "to", "on", "a", "an", "with",
                                                     "at", "or", "from"})


def heading_before_colon(doc: Doc, first: int, stop: int, cue_first: int) -> bool:
    """Is the span before a colon cue a heading: a section's label ("Timeline:", "EDITORIAL:") or words in
    title case ("A Lack Of Discipline:", "Gay Marriage In Law:"), not a speaker's name?"""
    if stop != cue_first or doc.tokens[cue_first] != ":":
        return False
    if stop - first == 1 and doc.norms[first] in _headings():
        return True
    return any(is_cap(doc.tokens[t]) and doc.norms[t] in _HEADING_FUNCTION_WORDS for t in range(first + 1, stop))


def names_a_thing(doc: Doc, first: int, stop: int) -> bool:
    """Is the span's head (its last word, where no preposition or clause comes before it) a thing or a time?"""
    head = doc.norms[stop - 1]
    if is_cap(doc.tokens[stop - 1]) and (stop - first > 1 or head in _TITLES_OF_MEDIA and not (
            stop < len(doc.norms) and doc.norms[stop] == "will")):
        return False  # a name: "The New York Times", "Mr. Ban", "Time reports" (but "Time will tell")
    if any(doc.norms[t] in _NOT_HEAD_AFTER or doc.norms[t].endswith(("'s", "’s")) for t in range(first, stop - 1)):
        return False
    return base_norm(doc.norms[stop - 1]) in _things() or doc.norms[stop - 1] in _things() \
        or doc.norms[stop - 1] in _SPANS_OF_TIME_AND_PARTS
