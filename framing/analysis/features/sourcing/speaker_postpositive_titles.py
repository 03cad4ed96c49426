"""A title whose adjective follows its noun, cut to the adjective: "50 attorneys [general] announced", "Republican
state attorneys [general] threatened to sue", a headline's "..., [general] says". The phrase search reads
"general" as a title word and stops before the plural noun; a reader takes "50 attorneys general" whole
(twentieth pass, fresh draw 7373: "general" read wrong; the three such spans of the dev output). The span is
grown over the noun ("attorneys", "inspector", "surgeon") and the count, state and party words before it, a
few words at most, within the sentence. Kept: "the general said" (an officer), "Gen. Smith".
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# nouns that take "general" after them as a title
_TITLE_NOUNS: Final = frozenset({"attorney", "attorneys", "inspector", "inspectors", "surgeon", "surgeons",
                                 "solicitor", "solicitors", "postmaster", "secretary", "governor", "governors"})
# lower-case words of the phrase before such a title ("50 state attorneys general")
_BEFORE_WORDS: Final = frozenset({"state", "several", "many", "some", "other", "two", "three",
                                  "former", "both", "all", "democratic", "republican", "federal", "deputy"})
# capitalised words opening a sentence that are no part of the phrase ("Around a dozen ...")
_NOT_OPENERS: Final = frozenset({"around", "about", "nearly", "almost", "over", "more", "and", "but", "now", "then"})
# how many words back the phrase may be widened
_BACK: Final = 5


def with_title_noun(doc: Doc, first: int, stop: int) -> int:
    """Where the span ``[first, stop)`` starts once "general" is given its noun and what stands before it
    (see the module); ``first`` when it does not open on a lower-case "general" after such a noun."""
    if first < 1 or doc.tokens[first] != "general" or doc.norms[first - 1] not in _TITLE_NOUNS \
            or doc.sentence_of[first - 1] != doc.sentence_of[first]:
        return first
    sent_first = doc.sentences[doc.sentence_of[first]].first
    a = first - 1
    while a - 1 >= sent_first and first - a < _BACK and doc.is_word[a - 1]:
        tok, norm = doc.tokens[a - 1], doc.norms[a - 1]
        if norm.isdigit() or norm in _BEFORE_WORDS or tok[:1].isupper() and tok != norm and norm.isalpha() \
                and not (a - 1 == sent_first and norm in _NOT_OPENERS):
            a -= 1
        else:
            break
    return a
