"""A verb's object joined by "and" to the subject of the next clause (curated by reading the AllSides dev
corpus, draw 2121): in "which would update the North American Free Trade Agreement and top Republicans warned
it could derail that effort", "if it passes both chambers of Congress and lawmakers have said", the phrase
search runs the object ("the North American Free Trade Agreement") into the speaker; a reader takes only
what comes after "and" ("top Republicans").

The object is read as such when a lower-case word that is no preposition, conjunction or the like stands
right before it (the verb), it opens with a determiner and ends on a capitalised word, and what follows "and"
opens in lower case ("top Republicans", "lawmakers"). A pair of names ("Pelosi and Schumer said"), a place in
a group ("a chorus of New York and New Jersey lawmakers") and a phrase after a preposition ("between the
Foundation and Underwood's office") are left whole.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .grammar import is_cap

_DETERMINERS: Final = frozenset({"the", "a", "an", "both", "this", "that", "these", "those"})

# words before a phrase that make it no verb's object: prepositions, conjunctions, subordinators, verbs of saying
# (an inverted speaker), adverbs and determiners
_NOT_VERBS: Final = frozenset({"of", "for", "to", "with", "by", "about", "against", "from", "on", "at", "in", "than",
                               "like", "as", "into", "over", "toward", "towards", "under", "between", "among",
                               "including", "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "when",
                               "while", "if", "because", "since", "after", "before", "although", "though",
                               "whether", "where", "until", "unless", "once", "said", "says", "say", "told",
                               "wrote", "writes", "write", "added", "adds", "note", "notes", "noted", "explains",
                               "explained", "argued", "argues", "tweeted", "perhaps", "also", "even", "only",
                               "still", "then", "now", "just", "both", "all", "the", "a", "an", "this", "these",
                               "those", "such", "many", "some", "most", "other", "according", "per", "via"})


def subject_after_joined_object(doc: Doc, m: Match, span: tuple[int, int]) -> tuple[int, int] | None:
    """The part after "and" of a span before its cue that opens with a verb's object (see the module
    docstring), or None."""
    first, stop = span
    if first < 1 or stop > m.first or stop - first < 4:
        return None
    before = first - 1
    if not doc.is_word[before] or is_cap(doc.tokens[before]) or doc.norms[before] in _NOT_VERBS:
        return None
    if doc.sentence_of[before] != doc.sentence_of[first] or doc.norms[first] not in _DETERMINERS:
        return None
    joins = [t for t in range(first + 1, stop - 1) if doc.norms[t] == "and"]
    if len(joins) != 1:
        return None
    j = joins[0]
    if not is_cap(doc.tokens[j - 1]) or not doc.is_word[j + 1] or is_cap(doc.tokens[j + 1]):
        return None
    if any(doc.tokens[t] == "," for t in range(first, stop)):
        return None  # a list, not one object and one subject
    return j + 1, stop
