"""Alarm words inside a title, mentioned rather than raised (issue 13): a run of capitalised words that is a
book's, a film's or a headline's title ("the book Nuclear Showdown", "“Nuclear Showdown”", and, fifteenth pass,
deeper in a quoted headline: "one of their top headlines: “The Trump Dystopian Nightmare: Nuclear War, Climate
Change ... Are All on the Horizon.”"; readers of the independent draws judged that span wrong 8 times in 11).
The writer names someone else's title; the alarm is the title's, reported as a mention. A quoted sentence of
someone's words that merely opens with a capital ("“War is coming,” he said") is no title and stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import OPENING_QUOTES, word_before

TITLE_SMALL: Final = frozenset({"and", "of", "the", "to", "a", "an", "in", "on", "for", "at", "by", "with", "or"})
_TITLE_NOUNS: Final = frozenset({"book", "film", "movie", "novel", "documentary", "show", "series", "titled",
                                 "entitled", "called", "memoir", "song", "album"})
_TITLE_PUNCTUATION: Final = frozenset({":", ",", "-", "–", "—"})
_TITLE_REACH: Final = 12  # tokens read back from the match to the opening quotation mark


def _title_word(doc: Doc, k: int) -> bool:
    return doc.tokens[k][:1].isupper() or doc.norms[k] in TITLE_SMALL


def _opens_a_quoted_title(doc: Doc, first: int) -> bool:
    """The quotation mark opening a run of title-case words that reaches ``first``, at least two of them
    capitalised before it ("“The Trump Dystopian Nightmare: Nuclear War"), or right before it."""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    capitalised = 0
    k = first - 1
    while k >= sentence_first and first - k <= _TITLE_REACH:
        token = doc.tokens[k]
        if token in OPENING_QUOTES:
            return k == first - 1 or capitalised >= 2
        if doc.is_word[k]:
            if not _title_word(doc, k):
                return False
            capitalised += doc.tokens[k][:1].isupper()
        elif token not in _TITLE_PUNCTUATION:
            return False
        k -= 1
    return False


def in_a_title(doc: Doc, match: Match) -> bool:
    """A match of two or more words, all in title case, inside a quoted title or after a title noun ("the book
    Nuclear Showdown")."""
    if len(match.entry.words) < 2:
        return False
    if not all(_title_word(doc, k) for k in range(match.first, match.stop) if doc.is_word[k]):
        return False
    return word_before(doc, match.first) in _TITLE_NOUNS or _opens_a_quoted_title(doc, match.first)
