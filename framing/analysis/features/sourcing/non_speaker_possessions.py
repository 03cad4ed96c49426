"""A phrase opened by a possessive that names a thing, found where a speaker stands: no source.

Readers of the AllSides dev sample (independent draws 2727-2828) judged wrong as speakers "his State of the
Union address" ("caught on an open mic following his State of the Union address telling ...") and "its
long-held" ("retains its long-held view");
the dev output holds more of the class: "her vote" (has admitted her vote ... was a mistake), "his visit
heralded", "its approval announced", "Her efforts raised alarm", "according to their view", "his home state
of Iowa warning". A phrase opened by "his", "her", "its", "their", "our", "my" or "your" whose last word is
in lower case and no word of which names people, a body or a text one writes (the lists of titles, crowds,
vague sources, person nouns, bodies, outlets and documents, and ``lexicons/possessed_sources.txt``: "his
campaign", "her family", "my research", "its website") names no speaker.

Kept: "his attorney", "their lawyers", "his campaign", "its spokesperson", "his allies", "her critics", "my
research", "its latest filings", "its editor-in-chief", "his adviser Howard Wolfson" (a name ends it); a phrase after a
preposition or "and", which the speaker search may widen ("sources familiar with his planning", "McCabe and his
aides"), except after "according to".
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap
from .kind_documents import document_words
from .kind_unnamed_people import person_heads

_POSSESSIVES: Final = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# endings of plural nouns for people ("insurers", "donors", "loyalists", "historians", "attendees")
_PEOPLE_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees")
_REACH: Final = 8  # words of the phrase read
# words before a phrase that make it part of a wider one ("sources familiar with [his planning]", "during [their
# lunch period]"): the speaker search may widen it, so it is left alone ("according to their view" is read)
_PREPOSITIONS: Final = frozenset({"of", "over", "in", "for", "against", "about", "on", "with", "behind", "under",
                                  "toward", "towards", "from", "into", "by", "at", "during", "after", "before",
                                  "and", "or"})


def possessed_thing(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` a possessive and words of a thing (see the module's docstring)?"""
    if stop - first < 2 or stop - first > _REACH or doc.norms[first] not in _POSSESSIVES:
        return False
    last = stop - 1
    if not doc.is_word[last] or is_cap(doc.tokens[last]):
        return False  # "his adviser Howard Wolfson", "Your Enemy" (a title)
    if first > 0 and (doc.norms[first - 1] in _PREPOSITIONS
                      or doc.norms[first - 1] == "to" and not (first > 1 and doc.norms[first - 2] == "according")):
        return False  # "sources familiar with his planning", "McCabe and his cabal"
    return not any(doc.is_word[t] and source_word(base_norm(doc.norms[t]), lists) for t in range(first + 1, stop))


def source_word(word: str, lists: WordLists, more: frozenset[str] = frozenset(),
                endings: tuple[str, ...] = _PEOPLE_ENDINGS) -> bool:
    """Is a word (lower case) one that names people, a body or a text one writes ("editor-in-chief" by its
    first part)? ``more`` adds words that count, ``endings`` sets the endings of words for people."""
    if "-" in word:
        return any(source_word(part, lists, more, endings) for part in word.split("-") if part)
    if word.endswith(endings):
        return True
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for w in (word, single):
        if w in lists.titles or w in lists.org_heads or w in lists.vague or w in lists.groups \
                or w in lists.person_nouns or w in lists.outlet_heads or w in lists.outlets \
                or w in person_heads() or w in document_words() or w in load_word_set("possessed_sources") \
                or w in more:
            return True
    return False

