"""The per-article Context: an article's two fields tokenized once, and the quotations in them.

A Context holds the title and text as :class:`~framing.analysis.text.Doc`, built
once and shared by every feature, plus facts several features need, worked out
lazily: the matches of the packaged lexicons in each field (``matches``) and its
direct quotations (``quotes``, ``in_quote``).

The text is tokenized from a cleaned copy: the clutter :mod:`.cleaning` finds (captions,
"Advertisement", datelines, share prompts ...) blanked out with spaces, line breaks kept. Every
feature thus measures the body alone without knowing about clutter, while every offset still points
into the article's text, and evidence quotes the text as given (``Doc.original``).
"""
from __future__ import annotations

from typing import Final

from ..types import Article
from .cleaning import Clutter, blank_out, find_clutter
from .lexicons import Match, scan
from .text import Doc, first_at_or_after, tokenize

QUOTE_OPEN: Final = "“«"
QUOTE_CLOSE: Final = "”»"


class Context:
    """An article tokenized once, shared by every feature."""

    __slots__ = ("article", "title", "text", "clutter", "docs", "n_words", "_matches", "_quotes", "_quote_starts",
                 "_voice_words")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.title = tokenize(article.title, "title") if article.title.strip() else None
        self.clutter: list[Clutter] = find_clutter(article.text)
        self.text = tokenize(blank_out(article.text, self.clutter), "text", article.text)
        self.docs: tuple[Doc, ...] = (self.title, self.text) if self.title else (self.text,)
        self.n_words = sum(d.n_words for d in self.docs)
        # per field ("title", "text"), worked out on first use
        self._matches: dict[str, dict[str, list[Match]]] = {}
        self._quotes: dict[str, list[tuple[int, int]]] = {}
        self._quote_starts: dict[str, list[int]] = {}
        self._voice_words: tuple[int, int] | None = None

    def matches(self, doc: Doc, lexicon: str) -> list[Match]:
        """Matches of the packaged lexicon ``lexicon`` in ``doc``, left to right (every lexicon is
        scanned in one pass, once per Doc)."""
        found = self._matches.get(doc.field)
        if found is None:
            found = self._matches[doc.field] = scan(doc)
        return found[lexicon]

    def quotes(self, doc: Doc) -> list[tuple[int, int]]:
        """Spans of direct quotations in ``doc``, quotation marks included."""
        spans = self._quotes.get(doc.field)
        if spans is None:
            spans = self._quotes[doc.field] = quotation_spans(doc.text)
            self._quote_starts[doc.field] = [s for s, _ in spans]
        return spans

    def voice_words(self) -> tuple[int, int]:
        """(own-voice words, quoted words) of the title and text: words that start outside or inside a
        direct quotation (:meth:`quotes`); they add up to ``n_words``. Worked out once per article: one
        walk of each field's words alongside its sorted quotations."""
        found = self._voice_words
        if found is not None:
            return found
        quoted = 0
        for doc in self.docs:
            spans = self.quotes(doc)
            if not spans:
                continue
            starts, is_word = doc.starts, doc.is_word
            k = 0
            for i in range(len(starts)):
                if not is_word[i]:
                    continue
                pos = starts[i]
                while k < len(spans) and spans[k][1] <= pos:
                    k += 1
                if k == len(spans):
                    break
                if spans[k][0] <= pos:
                    quoted += 1
        found = self._voice_words = (self.n_words - quoted, quoted)
        return found

    def in_quote(self, doc: Doc, pos: int) -> bool:
        """Is character ``pos`` of ``doc`` inside a direct quotation?"""
        spans = self.quotes(doc)
        if not spans:
            return False
        k = first_at_or_after(self._quote_starts[doc.field], pos + 1) - 1  # the last quote opening at or before pos
        return k >= 0 and pos < spans[k][1]


_QUOTE_MARKS: Final = ("“", "”", "«", "»", '"', "\n", "''", "``")


def _quote_marks(text: str) -> list[tuple[int, str]]:
    """Quotation marks and line breaks in reading order, each with its offset.

    Each mark is searched for on its own with ``str.find`` (a fast scan in C);
    the marks share no character, so no two of them overlap.
    """
    found: list[tuple[int, str]] = []
    for mark in _QUOTE_MARKS:
        i = text.find(mark)
        while i >= 0:
            found.append((i, mark))
            i = text.find(mark, i + len(mark))
    found.sort()
    return found


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Direct quotations: “curly”, "straight" or ``typewriter'' double quotes, within a paragraph.

    A quotation left open at a line break ends there (the news convention for
    quotes running over several paragraphs). A closing mark with no opening one
    is ignored.
    """
    spans: list[tuple[int, int]] = []
    start = -1
    straight_open = False
    for i, ch in _quote_marks(text):
        end = i + len(ch)
        if ch == "``":  # Penn Treebank / typewriter opening quote
            ch = "“"
        elif ch == "''":  # closing typewriter quote, or both (NYT style): like a straight quote
            ch = '"'
            if start >= 0 and not straight_open:
                spans.append((start, end))
                start = -1
                continue
        if ch in QUOTE_OPEN:
            if start < 0:
                start = i
        elif ch in QUOTE_CLOSE:
            if start >= 0 and not straight_open:
                spans.append((start, i + 1))
                start = -1
        elif ch == '"':
            if start < 0:
                start, straight_open = i, True
            elif straight_open:
                spans.append((start, end))
                start, straight_open = -1, False
        elif start >= 0:  # a line break closes an open quotation
            if i > start + 1:
                spans.append((start, i))
            start, straight_open = -1, False
    if start >= 0 and len(text.rstrip()) > start + 1:
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s + 1]
