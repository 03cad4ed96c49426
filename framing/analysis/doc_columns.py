"""How a Doc keeps its tokens, sentences and paragraphs: compact columns, read through views.

A megabyte of text has some 180,000 tokens and 26,000 sentences, and what a Doc keeps of them was most
of the memory an analysis takes. So a Doc keeps, per token, one reference to its shared
:class:`~.token_types.TokenType` and its offsets and sentence number as machine integers in arrays
(``array('i')``, 4 bytes each, where a Python int in a list takes 40; the sentence number in 2, ``'H'``,
in a text of fewer than 65,536 sentences); per sentence, the index of its
first token; per paragraph, its two offsets. What features read is computed from those on demand by
read-only views that behave like the lists they replace (indexing, negative indices, ``len``,
iteration, ``in``, equality with a list):

* :class:`TokenTexts`, :class:`TokenNorms` and :class:`WordFlags` (``doc.tokens``, ``doc.norms``,
  ``doc.is_word``): each token's string, normalized form and word flag, read from its token type (a
  list of each took 8 bytes a token); ``between(first, stop)`` gives a slice as a list;
* :class:`Sentences` (``doc.sentences``): a :class:`Sentence`, equal and hashable by value, made
  when read;
* :class:`Paragraphs` (``doc.paragraphs``): ``(start, end)`` character spans.

:class:`SentenceSet` keeps a set of sentence numbers in one byte a sentence.
"""
from __future__ import annotations

from array import array
from typing import Generic, Iterable, Iterator, TypeVar, Union

from .token_types import TokenType

Ints = Union["array[int]", list[int]]  # a sorted run of offsets: a Doc's (an array) or any list

V = TypeVar("V")


def offset_code(largest: int) -> str:
    """The ``array`` type code for offsets up to ``largest``: ``'i'`` (4 bytes) below 2**31, else ``'q'``."""
    return "i" if largest < 2 ** 31 - 1 else "q"


def number_code(largest: int) -> str:
    """The ``array`` type code for numbers up to ``largest`` that are seldom large (a token's sentence):
    ``'H'`` (2 bytes) below 2**16, else as :func:`offset_code`."""
    return "H" if largest < 2 ** 16 - 1 else offset_code(largest)


class _TokenColumn(Generic[V]):
    """One value of every token of a Doc, read from the tokens' types (the Doc's ``types``)."""

    __slots__ = ("_types",)

    def __init__(self, types: list[TokenType]) -> None:
        self._types = types

    def _of(self, t: TokenType) -> V:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._types)

    def __getitem__(self, i: int) -> V:
        return self._of(self._types[i])

    def __iter__(self) -> Iterator[V]:
        for t in self._types:
            yield self._of(t)

    def between(self, first: int, stop: int) -> list[V]:
        """The values of tokens ``[first, stop)`` (as a list slice: indices past the end are cut)."""
        return [self._of(t) for t in self._types[first:stop]]

    def __contains__(self, value: object) -> bool:
        return any(v == value for v in self)

    def index(self, value: object) -> int:
        """The first token whose value is ``value`` (ValueError if none is)."""
        for i, v in enumerate(self):
            if v == value:
                return i
        raise ValueError(f"{value!r} is not in the Doc")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _TokenColumn):
            return list(self) == list(other)
        return isinstance(other, list) and list(self) == other

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class TokenTexts(_TokenColumn[str]):
    """``doc.tokens``: each token's string."""

    __slots__ = ()

    def _of(self, t: TokenType) -> str:
        return t.token

    def __getitem__(self, i: int) -> str:
        return self._types[i].token


class TokenNorms(_TokenColumn[str]):
    """``doc.norms``: each token's normalized form (lower case, straight apostrophes and dashes)."""

    __slots__ = ()

    def _of(self, t: TokenType) -> str:
        return t.norm

    def __getitem__(self, i: int) -> str:
        return self._types[i].norm


class WordFlags(_TokenColumn[bool]):
    """``doc.is_word``: is each token a word (rather than punctuation)?"""

    __slots__ = ()

    def _of(self, t: TokenType) -> bool:
        return t.is_word

    def __getitem__(self, i: int) -> bool:
        return self._types[i].is_word


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


def _position(i: int, n: int, what: str) -> int:
    """``i`` as a list reads it (negative: from the end), checked against ``n`` items."""
    k = i + n if i < 0 else i
    if not 0 <= k < n:
        raise IndexError(f"{what} index out of range")
    return k


class Sentences:
    """``doc.sentences``: the Doc's sentences in order, each read as a :class:`Sentence`.

    Sentences cover the tokens in order, without gaps: a sentence stops where the next one starts, so
    the index of each one's first token (``firsts``, with the number of tokens at the end) says which
    tokens it has, and the offsets of its first and last tokens its character span."""

    __slots__ = ("_firsts", "_starts", "_ends")

    def __init__(self, firsts: array[int], starts: array[int], ends: array[int]) -> None:
        self._firsts = firsts  # one more than there are sentences: the last is the number of tokens
        self._starts = starts  # the Doc's token offsets
        self._ends = ends

    def __len__(self) -> int:
        return len(self._firsts) - 1

    def __getitem__(self, i: int) -> Sentence:
        k = _position(i, len(self._firsts) - 1, "sentence")
        first = self._firsts[k]
        stop = self._firsts[k + 1]
        return Sentence(self._starts[first], self._ends[stop - 1], first, stop)

    def __iter__(self) -> Iterator[Sentence]:
        firsts, starts, ends = self._firsts, self._starts, self._ends
        for k in range(len(firsts) - 1):
            first = firsts[k]
            stop = firsts[k + 1]
            yield Sentence(starts[first], ends[stop - 1], first, stop)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sentences):
            return list(self) == list(other)
        return isinstance(other, list) and list(self) == other

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __repr__(self) -> str:
        return f"Sentences({list(self)!r})"


class Paragraphs:
    """``doc.paragraphs``: ``(start, end)`` character spans, kept as offsets in one array (start, end,
    start, end ...)."""

    __slots__ = ("_bounds",)

    def __init__(self, bounds: array[int]) -> None:
        self._bounds = bounds

    def __len__(self) -> int:
        return len(self._bounds) // 2

    def __getitem__(self, i: int) -> tuple[int, int]:
        k = _position(i, len(self._bounds) // 2, "paragraph")
        return (self._bounds[2 * k], self._bounds[2 * k + 1])

    def containing(self, pos: int) -> tuple[int, int] | None:
        """The paragraph ``(start, end)`` with ``start <= pos < end``, if there is one (found by bisection:
        paragraphs are in order and do not overlap)."""
        bounds = self._bounds
        lo, hi = 0, len(bounds) // 2
        while lo < hi:  # the number of paragraphs that start at or before pos
            mid = (lo + hi) // 2
            if bounds[2 * mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        if lo == 0 or pos >= bounds[2 * lo - 1]:
            return None
        return (bounds[2 * lo - 2], bounds[2 * lo - 1])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        bounds = self._bounds
        for k in range(0, len(bounds) - 1, 2):
            yield (bounds[k], bounds[k + 1])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Paragraphs):
            return list(self) == list(other)
        return isinstance(other, list) and list(self) == other

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __repr__(self) -> str:
        return f"Paragraphs({list(self)!r})"


class SentenceSet:
    """A set of a Doc's sentence numbers (``in``, ``add``, ``update``), one byte a sentence: a set of
    ints took some 60 bytes an entry, and sourcing holds several sets of a long article's sentences."""

    __slots__ = ("_marks",)

    def __init__(self, n_sentences: int, numbers: Iterable[int] = ()) -> None:
        self._marks = bytearray(n_sentences)
        self.update(numbers)

    def add(self, si: int) -> None:
        self._marks[si] = 1

    def update(self, numbers: Iterable[int]) -> None:
        marks = self._marks
        for si in numbers:
            marks[si] = 1

    def __contains__(self, si: object) -> bool:
        marks = self._marks
        return isinstance(si, int) and 0 <= si < len(marks) and marks[si] != 0

    def __len__(self) -> int:
        return len(self._marks) - self._marks.count(0)
