"""The one tokenizer: words, punctuation, sentences and paragraphs as spans.

Every article field is tokenized exactly once (``tokenize``); features work on
the resulting :class:`Doc`. Tokens keep their character offsets, so anything a
feature finds can be reported as an exact span of the original string.

Words are runs of letters/digits joined by inner apostrophes, hyphens or dots
(``it's``, ``so-called``, ``U.S``, ``31.4``), and capitals joined by an ampersand are one
name (``AT&T``, ``S&P``, ``Texas A&M``'s ``A&M``); every other non-space character is
a punctuation token. Sentences end at ``.``, ``!`` or ``?`` (plus closing quotes
or brackets) before a capital, digit, quote or line break, except after known
abbreviations and initials; a line break also ends a sentence unless the next
line starts in lower case (hard-wrapped text).
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from typing import Final

from .cleaning import blank_ranges
from .doc_columns import (Ints, Paragraphs, Sentence, Sentences, TokenNorms, TokenTexts, WordFlags,
                          number_code, offset_code)
from .token_types import SENTENCE_END, TokenType, normalize, token_type, type_count

__all__ = ["ABBREVIATIONS", "NUMBER_WORDS", "SENTENCE_END", "Doc", "Ints", "Sentence", "TokenType",
           "first_at_or_after", "normalize", "offset_code", "token_type", "tokenize", "type_count"]

_TOKEN_RE: Final = re.compile(r"[^\W_]+(?:(?:['’\-‐‑.]|(?<=[A-Z])&(?=[A-Z]))[^\W_]+)*|\S", re.UNICODE)
_BLANK: Final = frozenset(" \t\r\f\v")

# Abbreviations after which a period does not end a sentence (lower case, no dot).
ABBREVIATIONS: Final = frozenset(
           """mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl pvt
           gov sen rep rev hon pres supt det insp amb atty
           jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
           no nos vs etc inc corp co ltd llc bros dept univ assn est approx fig vol ed eds
           al ave blvd rd hwy p pp cf e.g i.e a.m p.m u.s u.k u.n d.c""".split()
)

_CLOSERS: Final = frozenset("\"'”’)]»")
_OPENERS: Final = frozenset("\"'“‘([«")
NUMBER_WORDS: Final = frozenset(
           """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
           fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
           eighty ninety hundred hundreds thousand thousands million millions billion billions
           trillion dozen dozens half""".split()
)


class Doc:
    """A tokenized string. Built once per article field by :func:`tokenize`.

    Per token ``i``: ``types[i]``, the shared :class:`TokenType` of the token string; its offsets
    ``starts[i]``/``ends[i]`` and its sentence ``sentence_of[i]``, machine integers in an
    ``array`` (``'i'``; ``'H'`` for sentences, fewer than 65,536) (they read like lists of ints:
    indexing, ``len``, iteration, bisect); and, read from
    its type, ``tokens[i]``, ``norms[i]`` and ``is_word[i]``. ``sentences`` and ``paragraphs`` read like
    lists of :class:`Sentence` and of ``(start, end)`` spans. What is kept and how: see
    :mod:`.doc_columns`.

    ``original`` is the field as given; ``text`` the field as tokenized, clutter blanked out (the same
    length: offsets point into both), and ``cut(start, end)`` a slice of it, which features read (an
    article's Doc keeps no blanked copy of its text: see ``__init__``)."""

    __slots__ = (
        "field", "original", "_cleaned", "_blank_starts", "_blank_ends", "starts", "ends", "types", "tokens", "norms", "is_word",
        "sentences", "paragraphs", "sentence_of", "n_words",
    )

    def __init__(self, field: str, text: str, original: str | None = None,
                 blank: list[tuple[int, int]] | None = None) -> None:
        self.field = field
        # the field as given: evidence quotes its spans from here
        self.original = text if original is None else original
        # What features read (``text``, ``cut``) is the field with clutter blanked out: either a copy of
        # it made by the caller (``text``, with ``original``), kept; or (``blank``, without ``original``)
        # ranges of ``text`` read as spaces, line breaks kept, kept as their offsets: the blanked copy of
        # a long article is twice its size in memory, so it is made here only to be tokenized, and
        # slices of it are cut from the original when asked for (:meth:`cut`).
        self._cleaned: str | None = text if original is not None else None
        self._blank_starts: array[int] = array(offset_code(len(text) + 1))
        self._blank_ends: array[int] = array(offset_code(len(text) + 1))
        if blank:
            pos = 0
            for start, end in blank:  # as blank_ranges takes them: in order, others skipped
                if start < pos or end <= start or start >= len(text):
                    continue
                self._blank_starts.append(start)
                self._blank_ends.append(min(end, len(text)))
                pos = end
            text = blank_ranges(text, blank)
        # Tokens never cross white space, so the text is cut at white space first (str.split, in C);
        # each chunk ("said,", "it's", "(AP)") is cut into token types once per process (see
        # _chunk_types) and its tokens' offsets follow from their lengths, as they are contiguous.
        types: list[TokenType] = []
        code = offset_code(len(text))
        starts: array[int] = array(code)
        ends: array[int] = array(code)
        n_words = 0
        pos = 0
        n_text = len(text)
        # candidate sentence ends, in order: terminal punctuation and the last token before a line break
        breaks: array[int] = array(code)
        known = _CHUNKS
        for block_start, block_end in _blocks(text):
            # one block's chunks at a time (text.split() of a whole megabyte held 7 MB of them)
            for chunk in text[block_start:block_end].split():
                # chunks are the maximal runs of non-space characters, in order: after one space the next
                # chunk starts right there when its first character is there
                if pos + 1 < n_text and text[pos] == " " and text[pos + 1] == chunk[0]:
                    pos += 1
                else:
                    gap_start = pos
                    pos = text.find(chunk, pos)
                    if types and text.find("\n", gap_start, pos) >= 0:
                        last = len(types) - 1
                        if not breaks or breaks[-1] != last:
                            breaks.append(last)
                chunk_types = known.get(chunk)
                if chunk_types is None:
                    chunk_types = _chunk_types(chunk)
                for t in chunk_types:
                    types.append(t)
                    if t.is_word:
                        n_words += 1
                    if t.terminal:
                        breaks.append(len(types) - 1)
                    starts.append(pos)
                    pos += len(t.token)
                    ends.append(pos)
        self.types = types
        self.tokens = TokenTexts(types)
        self.norms = TokenNorms(types)
        self.is_word = WordFlags(types)
        self.starts = starts
        self.ends = ends
        self.n_words = n_words
        firsts = _sentence_firsts(self, text, breaks)
        self.sentences = Sentences(firsts, starts, ends)
        # (two bytes a token: a text of fewer than 65,536 sentences, any article but a book's length)
        sentence_of: array[int] = array(number_code(len(firsts)))
        for k in range(len(firsts) - 1):
            sentence_of.extend(array(sentence_of.typecode, [k]) * (firsts[k + 1] - firsts[k]))
        self.sentence_of = sentence_of
        self.paragraphs = Paragraphs(_paragraph_bounds(text))

    @property
    def text(self) -> str:
        """The field as tokenized: clutter blanked out, if any was. Made afresh at each read when the
        Doc keeps only the ranges blanked: features read :meth:`cut` instead."""
        if self._cleaned is not None:
            return self._cleaned
        if not self._blank_starts:
            return self.original
        return blank_ranges(self.original, list(zip(self._blank_starts, self._blank_ends)))

    def cut(self, start: int, end: int) -> str:
        """``self.text[start:end]`` (as slices read offsets: negative from the end, past the end cut),
        without the whole of ``text``: the original's characters, those of blanked ranges read as
        spaces (line breaks kept)."""
        if self._cleaned is not None:
            return self._cleaned[start:end]
        piece = self.original[start:end]
        blank_starts, blank_ends = self._blank_starts, self._blank_ends
        if not blank_starts or not piece or piece == " ":
            return piece  # (a space reads as one, blanked or not: most slices are the gap between two words)
        n = len(self.original)
        a = start + n if start < 0 else start
        a = 0 if a < 0 else min(a, n)
        b = a + len(piece)
        # the first blanked range that ends after a (ranges are in order and do not overlap)
        k = bisect_right(blank_ends, a)
        if k >= len(blank_starts) or blank_starts[k] >= b:
            return piece  # no blanked range reaches into the slice
        parts: list[str] = []
        pos = a
        while k < len(blank_starts) and blank_starts[k] < b:
            blank_from, blank_to = max(blank_starts[k], a), min(blank_ends[k], b)
            parts.append(piece[pos - a:blank_from - a])
            parts.append("\n".join(" " * len(line) for line in piece[blank_from - a:blank_to - a].split("\n")))
            pos = blank_to
            k += 1
        parts.append(piece[pos - a:])
        return "".join(parts)


_BLOCK: Final = 65_536  # characters split at a time


def _blocks(text: str) -> list[tuple[int, int]]:
    """``text`` cut into blocks of about :data:`_BLOCK` characters, each ending at white space (or the
    end), so that splitting the blocks at white space, in order, gives ``text.split()``: no run of
    non-space characters is cut."""
    n = len(text)
    blocks: list[tuple[int, int]] = []
    pos = 0
    while pos < n:
        end = min(pos + _BLOCK, n)
        while end < n and not text[end].isspace():
            end += 1
        blocks.append((pos, end))
        pos = end
    return blocks


_JOINERS: Final = frozenset("'’-‐‑.")  # join letters/digits into one word, as in _TOKEN_RE


def _one_word(core: str) -> bool:
    """Is ``core`` (alphanumeric at both ends) one word token: runs of letters/digits joined by single
    joiners ("it’s", "U.S", "so-called"), or capitals joined by an ampersand ("AT&T", "S&P")?"""
    if core.isalnum():
        return True
    joined = False
    for k, ch in enumerate(core):
        if ch in _JOINERS or ch == "&" and k > 0 and "A" <= core[k - 1] <= "Z" and "A" <= core[k + 1] <= "Z":
            if joined:
                return False
            joined = True
        elif ch.isalnum():
            joined = False
        else:
            return False
    return True


_CHUNKS: Final[dict[str, list[TokenType]]] = {}  # white-space-free chunk -> its token types, per process
# A period that joins two sentences with no space after it ("Saturday.Then"): after a lower-case word of
# two or more letters, before a capitalised word. Not in URLs and e-mail addresses (the chunk has "/",
# "@" or starts with "www."), decimals ("3.5"), "U.S." or domain names ("Amazon.com": lower case after).
_RUN_ON_PERIOD: Final = re.compile(r"(?<=[a-z][a-z])\.(?=[A-Z][a-z])")


def _run_on_pieces(chunk: str) -> list[str] | None:
    """The pieces of a chunk cut at its run-on sentence periods ("Saturday", ".", "Then"), or None."""
    if "." not in chunk or "/" in chunk or "@" in chunk or chunk[:4].lower() == "www.":
        return None
    if _RUN_ON_PERIOD.search(chunk) is None:
        return None
    pieces: list[str] = []
    start = 0
    for m in _RUN_ON_PERIOD.finditer(chunk):
        pieces += [chunk[start:m.start()], "."]
        start = m.end()
    pieces.append(chunk[start:])
    return pieces


def _chunk_types(chunk: str) -> list[TokenType]:
    """The token types of a chunk of text without white space, in order (memoized, bounded).

    A plain word is one token. Most other chunks are one word with punctuation around it ("said,",
    "“We"): each character before and after the word is a token, as the token pattern cuts them.
    Anything else is cut by the token pattern itself.
    """
    pieces = None if chunk.isalnum() else _run_on_pieces(chunk)
    if pieces is not None:
        found = [t for piece in pieces for t in _chunk_types(piece)]
        if len(_CHUNKS) < 500_000:
            _CHUNKS[chunk] = found
        return found
    if chunk.isalnum():
        parts = [chunk]
    else:
        n = len(chunk)
        a = 0
        while a < n and not chunk[a].isalnum():
            a += 1
        z = n
        while z > a and not chunk[z - 1].isalnum():
            z -= 1
        if a < z and _one_word(chunk[a:z]):
            parts = [chunk[k] for k in range(a)] + [chunk[a:z]] + [chunk[k] for k in range(z, n)]
        else:
            parts = _TOKEN_RE.findall(chunk)
    found = [token_type(part) for part in parts]
    if len(_CHUNKS) < 500_000:  # bounded (about 150 bytes each), like the token types
        _CHUNKS[chunk] = found
    return found


def first_at_or_after(a: Ints, x: int, lo: int = 0, hi: int = -1) -> int:
    """``bisect.bisect_left(a, x, lo, hi)`` for a sorted list or array of ints (``hi`` -1: ``len(a)``), compiled."""
    if hi < 0:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def tokenize(text: str, field: str = "text", original: str | None = None,
             blank: list[tuple[int, int]] | None = None) -> Doc:
    """Tokenize ``text`` into a :class:`Doc` (words, sentences, paragraphs); ``original``: the string
    ``text`` is a cleaned copy of, if it is one (see :mod:`framing.analysis.cleaning`); or ``blank``:
    the ``(start, end)`` ranges of ``text`` to clean, in reading order, read as spaces (line breaks
    kept) without a cleaned copy kept (see :class:`Doc`)."""
    return Doc(field, text, original, blank)


def _is_abbreviation(doc: Doc, i: int) -> bool:
    """Is the period at token ``i`` part of an abbreviation or an initial?"""
    if i == 0 or not doc.is_word[i - 1] or doc.ends[i - 1] != doc.starts[i]:
        return False
    prev = doc.tokens[i - 1]
    if "." in prev:  # U.S, e.g, a.m
        return True
    if len(prev) == 1 and prev.isalpha() and prev.isupper():  # initials: J. Smith
        return True
    return doc.norms[i - 1] in ABBREVIATIONS


def _sentence_firsts(doc: Doc, text: str, candidates: array[int]) -> array[int]:
    """The first token of each sentence of a Doc, and the number of tokens after them (see
    :class:`~.doc_columns.Sentences`), given the text tokenized and the candidate ends the tokenizer
    found (sorted, no repeats): the ``.``/``!``/``?`` tokens and the last token before each line break
    that has a token after it."""
    types = doc.types
    n = len(types)
    firsts: array[int] = array(offset_code(n))
    if n == 0:
        firsts.append(0)
        return firsts
    starts, ends = doc.starts, doc.ends
    first = 0
    for i in candidates:
        if i < first:
            continue
        tok = types[i].token
        end_here = False
        j = i  # last token of the sentence if it ends here
        if tok in SENTENCE_END:
            # absorb runs of terminal punctuation and closing quotes/brackets
            while j + 1 < n and (types[j + 1].token in SENTENCE_END or types[j + 1].token in _CLOSERS) \
                    and starts[j + 1] == ends[j]:
                j += 1
            if j + 1 >= n:
                end_here = True
            else:
                gap = text[ends[j]:starts[j + 1]]
                nxt = types[j + 1].token
                if "\n" in gap:
                    end_here = True
                elif gap and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in _OPENERS):
                    end_here = not (tok == "." and _is_abbreviation(doc, i))
                elif not gap and j == i and tok == "." and i > 0 and ends[i - 1] == starts[i]:
                    # "Saturday.Then": a period the tokenizer cut out of a run-on join
                    end_here = _RUN_ON_PERIOD.search(text[starts[i] - 2:ends[i] + 2]) is not None
        else:
            gap = text[ends[i]:starts[i + 1]]
            # a line break ends a sentence unless the text is hard-wrapped
            end_here = not (types[i + 1].token[0].islower() and "\n\n" not in gap.replace(" ", ""))
        if end_here:
            firsts.append(first)
            first = j + 1
    if first < n:
        firsts.append(first)
    firsts.append(n)
    return firsts


def _paragraph_bounds(text: str) -> array[int]:
    """Paragraph spans, start and end after one another: blocks separated by blank lines, or lines when
    there are none."""
    # blank lines: a line break, then only spaces/tabs, then a line break (the regular expression
    # \n[ \t\r\f\v]*\n, scanned with str.find); kept as (start, end) pairs one after the other
    code = offset_code(len(text) + 1)
    breaks: array[int] = array(code)
    n = len(text)
    nl = text.find("\n")
    while nl >= 0:
        j = nl + 1
        while j < n and text[j] in _BLANK:
            j += 1
        if j < n and text[j] == "\n":
            breaks.extend((nl, j + 1))
            nl = text.find("\n", j + 1)
        else:
            nl = text.find("\n", nl + 1)
    if not breaks:
        nl = text.find("\n")
        while nl >= 0:
            breaks.extend((nl, nl + 1))
            nl = text.find("\n", nl + 1)
    breaks.extend((n, n))
    bounds: array[int] = array(code)
    start = 0
    for k in range(0, len(breaks), 2):
        block = text[start:breaks[k]]
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            bounds.extend((start + lead, start + lead + len(stripped)))
        start = breaks[k + 1]
    return bounds
