"""The opening words of a speaker's noun phrase that the phrase search left off (curated by reading the
AllSides dev corpus and the session-31 fresh draw; readers mark such spans cut: "truncated: 'gun rights
advocates'"): a lower-case modifier the search does not know ("public [health experts]", "gun [rights
advocates]", "congressional [aides]", "mainstream [news outlets]"), an owner or a count before the phrase
("his [critics]", "one [senior aide]"), or a quantifier that opens the sentence ("Several [other senators]").
A reader takes the phrase whole: "public health experts", "his critics", "Several other senators".

Only words of these closed lists are taken in, at most a few, within the sentence: a verb or a preposition
before the phrase ("said [health experts]", "to [immigration lawyers]") ends it.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .grammar import PRONOUNS, WordLists, is_cap

# owners, counts and quantifiers that open a noun phrase: taken in, and the phrase goes no further back
_OPENERS: Final = frozenset({"his", "her", "its", "their", "our", "my", "your", "one", "another", "several", "many",
                             "some", "most", "few", "both", "these", "those", "this", "two", "three", "four",
                             "five", "dozens", "numerous", "various", "other", "all"})

# lower-case modifiers of a speaker's head noun that the phrase search does not take in (adjectives of a field
# or a side, nouns of a compound)
_MODIFIER_WORDS: Final = frozenset({
    "public", "presidential", "congressional", "communications", "rights", "social", "climate", "economic",
    "leadership", "progressive", "industry", "liberties", "family", "elections", "election", "global",
    "mainstream", "gun", "policy", "control", "law", "enforcement", "legal", "medical", "environmental",
    "civil", "human", "immigration", "labor", "business", "tech", "legislative", "conservative", "liberal",
    "moderate", "gop", "democratic", "republican", "county", "city", "police", "school", "union", "trade",
    "privacy", "advocacy", "interest", "consumer", "opposition", "rebel", "tribal", "regional", "local",
    "foreign", "senior", "top", "former", "longtime", "veteran", "prominent", "leading", "influential",
    "anti-abortion", "abortion", "polling", "research", "data", "budget", "tax", "energy", "oil", "health",
    "agency", "department", "administration", "court", "outside", "independent", "international", "european",
    "nonpartisan", "bipartisan", "partisan"})

# how many words back the phrase may be widened
_BACK: Final = 4


def with_opening_words(doc: Doc, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """The span widened to the left over the modifiers and the opener of its noun phrase (see the module
    docstring); the span itself when none stands before it."""
    first, stop = span
    if first <= 0 or not doc.is_word[first] or is_cap(doc.tokens[first]) or stop - first > 6:
        return span
    if stop - first == 1 and doc.norms[first] in PRONOUNS:
        return span  # "he", "they": a pronoun is a phrase of its own ("this he", "one they" are no speakers)
    if doc.norms[first] in ("the", "a", "an") or doc.norms[first] in _OPENERS and doc.norms[first] != "other":
        return span  # the phrase opens with its own determiner ("other" may follow one: "Several other senators")
    sent_first = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    new_first = first
    while k >= sent_first and first - k <= _BACK and doc.is_word[k]:
        norm = doc.norms[k]
        opening = k == sent_first or not doc.is_word[k - 1] and doc.tokens[k - 1] not in ("-", "’", "'")
        if is_cap(doc.tokens[k]) and not opening:
            break  # a name before the phrase: "Trump administration officials" is the name search's to read
        if norm in ("the", "a", "an") or norm in _OPENERS:
            new_first = k
            break
        if base_norm(norm) in _MODIFIER_WORDS or norm in _MODIFIER_WORDS:
            new_first = k
            k -= 1
            continue
        break
    if new_first == first:
        return span
    return new_first, stop
