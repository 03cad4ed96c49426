"""The one tokenizer: words, punctuation, sentences and paragraphs as spans.

Every article field is tokenized exactly once (``tokenize``); features work on
the resulting :class:`Doc`. Tokens keep their character offsets, so anything a
feature finds can be reported as an exact span of the original string.

Words are runs of letters/digits joined by inner apostrophes, hyphens or dots
(``it's``, ``so-called``, ``U.S``, ``31.4``); every other non-space character is
a punctuation token. Sentences end at ``.``, ``!`` or ``?`` (plus closing quotes
or brackets) before a capital, digit, quote or line break, except after known
abbreviations and initials; a line break also ends a sentence unless the next
line starts in lower case (hard-wrapped text).
"""
from __future__ import annotations

import re
from array import array
from typing import Final

from .doc_columns import (Ints, Paragraphs, Sentence, Sentences, TokenNorms, TokenTexts, WordFlags,
                          offset_code)
from .token_types import SENTENCE_END, TokenType, normalize, token_type, type_count

__all__ = ["ABBREVIATIONS", "NUMBER_WORDS", "SENTENCE_END", "Doc", "Ints", "Sentence", "TokenType",
           "first_at_or_after", "normalize", "offset_code", "stripped_length", "token_type", "tokenize",
           "type_count"]

_TOKEN_RE: Final = re.compile(r"[^\W_]+(?:['’\-‐‑.][^\W_]+)*|\S", re.UNICODE)
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
    ``array('i')`` (they read like lists of ints: indexing, ``len``, iteration, bisect); and, read from
    its type, ``tokens[i]``, ``norms[i]`` and ``is_word[i]``. ``sentences`` and ``paragraphs`` read like
    lists of :class:`Sentence` and of ``(start, end)`` spans. What is kept and how: see
    :mod:`.doc_columns`."""

    __slots__ = (
        "field", "text", "original", "starts", "ends", "types", "tokens", "norms", "is_word",
        "sentences", "paragraphs", "sentence_of", "n_words",
    )

    def __init__(self, field: str, text: str, original: str | None = None) -> None:
        self.field = field
        self.text = text
        # the field as given, where ``text`` is a copy of it with clutter blanked out (same length, so
        # offsets agree): evidence quotes its spans from here
        self.original = text if original is None else original
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
        firsts = _sentence_firsts(self, breaks)
        self.sentences = Sentences(firsts, starts, ends)
        sentence_of: array[int] = array(offset_code(len(firsts)))
        for k in range(len(firsts) - 1):
            sentence_of.extend(array(sentence_of.typecode, [k]) * (firsts[k + 1] - firsts[k]))
        self.sentence_of = sentence_of
        self.paragraphs = Paragraphs(_paragraph_bounds(text))


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
    joiners ("it’s", "U.S", "so-called")?"""
    if core.isalnum():
        return True
    joined = False
    for ch in core:
        if ch in _JOINERS:
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


def stripped_length(text: str) -> int:
    """``len(text.strip())``, without the stripped copy (of a whole article, at the peak of its analysis)."""
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - start


def tokenize(text: str, field: str = "text", original: str | None = None) -> Doc:
    """Tokenize ``text`` into a :class:`Doc` (words, sentences, paragraphs); ``original``: the string
    ``text`` is a cleaned copy of, if it is one (see :mod:`framing.analysis.cleaning`)."""
    return Doc(field, text, original)


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


def _sentence_firsts(doc: Doc, candidates: array[int]) -> array[int]:
    """The first token of each sentence of a Doc, and the number of tokens after them (see
    :class:`~.doc_columns.Sentences`), given the candidate ends the tokenizer found (sorted, no
    repeats): the ``.``/``!``/``?`` tokens and the last token before each line break that has a token
    after it."""
    types = doc.types
    n = len(types)
    firsts: array[int] = array(offset_code(n))
    if n == 0:
        firsts.append(0)
        return firsts
    text = doc.text
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
