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
from typing import Final, Union

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

SENTENCE_END: Final = frozenset(".!?")
_CLOSERS: Final = frozenset("\"'”’)]»")
_OPENERS: Final = frozenset("\"'“‘([«")
NUMBER_WORDS: Final = frozenset(
           """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
           fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
           eighty ninety hundred hundreds thousand thousands million millions billion billions
           trillion dozen dozens half""".split()
)


class TokenType:
    """One distinct token string, shared by every Doc of the process (see :func:`token_type`).

    It holds what the tokenizer knows about the string: the token, its normalized form, whether it
    is a word and whether it is a sentence-ending ``.``, ``!`` or ``?`` (``terminal``); and its
    ``serial``, its number among the process's token types (1, 2, ... in order of first sight; 0 for
    the types made per occurrence past the bound), by which :mod:`.token_memos` keep what features
    work out about the string.
    """

    __slots__ = ("token", "norm", "is_word", "terminal", "serial")

    def __init__(self, token: str, serial: int) -> None:
        self.token = token
        self.norm = normalize(token)
        self.is_word = token[0].isalnum()
        self.terminal = token in SENTENCE_END  # ".", "!" or "?" as a token of its own
        self.serial = serial

    def __repr__(self) -> str:
        return f"TokenType({self.token!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (token_type, (self.token,))


_TOKENS: Final[dict[str, TokenType]] = {}  # token -> its TokenType, per process (never emptied)
_MAX_TYPES: Final = 1_000_000  # bounded: past this, types are made per occurrence (serial 0)


def token_type(token: str) -> TokenType:
    """The shared :class:`TokenType` of a (non-empty) token string."""
    found = _TOKENS.get(token)
    if found is None:
        if len(_TOKENS) < _MAX_TYPES:
            found = TokenType(token, len(_TOKENS) + 1)
            _TOKENS[token] = found
        else:
            found = TokenType(token, 0)
    return found


def type_count() -> int:
    """How many token types the process has made so far (the highest serial)."""
    return len(_TOKENS)


def normalize(word: str) -> str:
    """Lower-case a token and straighten curly apostrophes and dashes."""
    return word.lower().replace("’", "'").replace("‐", "-").replace("‑", "-")


class Sentence:
    """A sentence: character span and token index range ``[first, stop)``. Equal and hashable by value
    (a plain class: compiled, its constructor is native)."""

    __slots__ = ("start", "end", "first", "stop")

    def __init__(self, start: int, end: int, first: int, stop: int) -> None:
        self.start = start
        self.end = end
        self.first = first
        self.stop = stop

    def _fields(self) -> tuple[int, int, int, int]:
        return (self.start, self.end, self.first, self.stop)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return self._fields() == other._fields()

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return self._fields() != other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Sentence(start={self.start!r}, end={self.end!r}, first={self.first!r}, stop={self.stop!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Sentence, self._fields())


class Doc:
    """A tokenized string. Built once per article field by :func:`tokenize`.

    Per token ``i``: ``tokens[i]``, its offsets ``starts[i]``/``ends[i]``, ``norms[i]``,
    ``is_word[i]``, ``sentence_of[i]`` and ``types[i]``, the shared :class:`TokenType` of the
    token string. The offsets and sentence numbers are machine integers in an ``array('i')`` (4 bytes
    a token, where a list of Python ints took 40): a megabyte of text has some 180,000 tokens, and these
    three were most of its memory. They read like lists of ints (indexing, ``len``, iteration, bisect)."""

    __slots__ = (
        "field", "text", "original", "starts", "ends", "tokens", "types", "norms", "is_word",
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
        tokens: list[str] = []
        types: list[TokenType] = []
        norms: list[str] = []
        is_word: list[bool] = []
        code = offset_code(len(text))
        starts: array[int] = array(code)
        ends: array[int] = array(code)
        n_words = 0
        pos = 0
        n_text = len(text)
        # candidate sentence ends, in order: terminal punctuation and the last token before a line break
        breaks: list[int] = []
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
                    if tokens and text.find("\n", gap_start, pos) >= 0:
                        last = len(tokens) - 1
                        if not breaks or breaks[-1] != last:
                            breaks.append(last)
                chunk_types = known.get(chunk)
                if chunk_types is None:
                    chunk_types = _chunk_types(chunk)
                for t in chunk_types:
                    token = t.token
                    tokens.append(token)
                    types.append(t)
                    norms.append(t.norm)
                    word = t.is_word
                    is_word.append(word)
                    if word:
                        n_words += 1
                    if t.terminal:
                        breaks.append(len(tokens) - 1)
                    starts.append(pos)
                    pos += len(token)
                    ends.append(pos)
        self.tokens = tokens
        self.types = types
        self.starts = starts
        self.ends = ends
        self.norms = norms
        self.is_word = is_word
        self.n_words = n_words
        self.sentences = _split_sentences(self, breaks)
        sentence_of: array[int] = array(offset_code(len(self.sentences)))
        for i, s in enumerate(self.sentences):
            sentence_of.extend(array(sentence_of.typecode, [i]) * (s.stop - s.first))
        self.sentence_of = sentence_of
        self.paragraphs = _split_paragraphs(text)


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


def offset_code(largest: int) -> str:
    """The ``array`` type code for offsets up to ``largest``: ``'i'`` (4 bytes) below 2**31, else ``'q'``."""
    return "i" if largest < 2 ** 31 - 1 else "q"


Ints = Union["array[int]", list[int]]  # a sorted run of offsets: a Doc's (an array) or any list


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


def _split_sentences(doc: Doc, candidates: list[int]) -> list[Sentence]:
    """Sentences of a Doc, given the candidate ends the tokenizer found (sorted, no repeats): the
    ``.``/``!``/``?`` tokens and the last token before each line break that has a token after it."""
    n = len(doc.tokens)
    if n == 0:
        return []
    text = doc.text
    tokens = doc.tokens
    starts, ends = doc.starts, doc.ends
    sentences: list[Sentence] = []
    first = 0
    for i in candidates:
        if i < first:
            continue
        tok = tokens[i]
        end_here = False
        j = i  # last token of the sentence if it ends here
        if tok in SENTENCE_END:
            # absorb runs of terminal punctuation and closing quotes/brackets
            while j + 1 < n and (tokens[j + 1] in SENTENCE_END or tokens[j + 1] in _CLOSERS) \
                    and starts[j + 1] == ends[j]:
                j += 1
            if j + 1 >= n:
                end_here = True
            else:
                gap = text[ends[j]:starts[j + 1]]
                nxt = tokens[j + 1]
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
            end_here = not (tokens[i + 1][0].islower() and "\n\n" not in gap.replace(" ", ""))
        if end_here:
            sentences.append(Sentence(starts[first], ends[j], first, j + 1))
            first = j + 1
    if first < n:
        sentences.append(Sentence(starts[first], ends[n - 1], first, n))
    return sentences


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks separated by blank lines, or lines when there are none."""
    # blank lines: a line break, then only spaces/tabs, then a line break (the regular expression
    # \n[ \t\r\f\v]*\n, scanned with str.find)
    breaks: list[tuple[int, int]] = []
    n = len(text)
    nl = text.find("\n")
    while nl >= 0:
        j = nl + 1
        while j < n and text[j] in _BLANK:
            j += 1
        if j < n and text[j] == "\n":
            breaks.append((nl, j + 1))
            nl = text.find("\n", j + 1)
        else:
            nl = text.find("\n", nl + 1)
    if not breaks:
        nl = text.find("\n")
        while nl >= 0:
            breaks.append((nl, nl + 1))
            nl = text.find("\n", nl + 1)
    spans = []
    start = 0
    for a, b in breaks + [(len(text), len(text))]:
        block = text[start:a]
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = b
    return spans
