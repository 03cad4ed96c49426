"""Load the curated lexicons once per process and match them against a Doc.

A lexicon is a data file ``framing/analysis/lexicons/NAME.txt`` (beside this module): ``#`` comment lines
(the first names the list, ``# Source:`` lines name where it comes from), then
one entry per line, ``term`` or ``term<TAB>category``. Terms are lower case,
words separated by single spaces; a ``*`` at the end of a word matches any
ending. Matching is case-insensitive, on whole tokens, never across punctuation,
and prefers the longest entry at each position.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from array import array
from typing import Final, Iterable, Iterator

from ...errors import FramingError
from ..text import Doc, TokenType, normalize, offset_code
from ..token_memos import TokenMemo

LEXICON_NAMES: Final = (
           "hedges", "boosters", "alarmist", "loaded", "report_verbs", "vague_sources",
           "source_heads", "speculation", "imperative_verbs", "places", "acronyms", "non_speakers", "acting_verbs",
           "evaluative",
)


class Entry:
    """One lexicon entry, pre-split into normalized words.

    Equal and hashable by value, and treated as immutable. A plain class rather than a frozen
    dataclass: compiled, the analysis reads its fields natively (features read them for every match),
    and ``rule`` is made once.
    """

    __slots__ = ("lexicon", "term", "category", "words", "rule", "_hash")

    def __init__(self, lexicon: str, term: str, category: str, words: tuple[str, ...]) -> None:
        self.lexicon = lexicon
        self.term = term
        self.category = category
        self.words = words
        cat = f" [{category}]" if category else ""
        self.rule = f"{lexicon}: {term}{cat}"  # how evidence names the entry
        self._hash = hash((lexicon, term, category, words))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Entry):
            return NotImplemented
        return (self.lexicon == other.lexicon and self.term == other.term and self.category == other.category
                and self.words == other.words)

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Entry):
            return NotImplemented
        return not self == other

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return (f"Entry(lexicon={self.lexicon!r}, term={self.term!r}, category={self.category!r}, "
                f"words={self.words!r})")

    def __reduce__(self) -> tuple[object, ...]:
        return (Entry, (self.lexicon, self.term, self.category, self.words))


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    title: str
    sources: tuple[str, ...]
    entries: tuple[Entry, ...]

    def terms(self, category: str | None = None) -> frozenset[str]:
        """The single-word terms (optionally of one category), for set lookups."""
        return frozenset(e.words[0] for e in self.entries
                         if len(e.words) == 1 and "*" not in e.term
                         and (category is None or e.category == category))


class Match:
    """A lexicon entry found at word tokens ``[first, stop)`` of a Doc.

    Equal and hashable by value. A plain class rather than a dataclass: compiled, its constructor is
    native (a dataclass's generated one runs as interpreted Python), and thousands are built per article.
    """

    __slots__ = ("entry", "first", "stop")

    def __init__(self, entry: Entry, first: int, stop: int) -> None:
        self.entry = entry
        self.first = first
        self.stop = stop

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Match):
            return NotImplemented
        return self.first == other.first and self.stop == other.stop and self.entry == other.entry

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Match):
            return NotImplemented
        return not (self.first == other.first and self.stop == other.stop and self.entry == other.entry)

    def __hash__(self) -> int:
        return hash((self.entry, self.first, self.stop))

    def __repr__(self) -> str:
        return f"Match(entry={self.entry!r}, first={self.first!r}, stop={self.stop!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Match, (self.entry, self.first, self.stop))


class Matches:
    """A lexicon's matches in a Doc, left to right, read as :class:`Match` objects (indexing, ``len``,
    iteration; equal to another Matches or a list of the same matches).

    Kept compactly: each match's entry, and its first and stop token in arrays, 16 bytes a match where
    a Match object in a list took some 70 (a megabyte of news text has some 30,000 matches of the
    lexicons features read, kept for the whole analysis). A Match is made when read, equal by value to
    the one read before."""

    __slots__ = ("_entries", "_firsts", "_stops")

    def __init__(self, code: str = "i") -> None:
        """``code``: the array type code for the Doc's token numbers (:func:`~..text.offset_code`)."""
        self._entries: list[Entry] = []
        self._firsts: array[int] = array(code)
        self._stops: array[int] = array(code)

    def add(self, entry: Entry, first: int, stop: int) -> None:
        """Add the match of ``entry`` at tokens ``[first, stop)`` (after those added before)."""
        self._entries.append(entry)
        self._firsts.append(first)
        self._stops.append(stop)

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, i: int) -> Match:
        return Match(self._entries[i], self._firsts[i], self._stops[i])

    def __iter__(self) -> Iterator[Match]:
        entries, firsts, stops = self._entries, self._firsts, self._stops
        for k in range(len(entries)):
            yield Match(entries[k], firsts[k], stops[k])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Matches):
            return self._entries == other._entries and self._firsts == other._firsts and self._stops == other._stops
        return isinstance(other, list) and list(self) == other

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __repr__(self) -> str:
        return f"Matches({list(self)!r})"


def _word_key(word: str) -> str:
    word = normalize(word.strip())
    if len(word) > 1 and word.endswith(".") and "*" not in word:
        word = word[:-1]  # "sen." and "u.s." tokenize without the final dot
    return word


def parse_lexicon(name: str, content: str) -> Lexicon:
    """Parse a lexicon file's content; raise FramingError naming a bad line."""
    title = ""
    sources: list[str] = []
    entries: list[Entry] = []
    seen: set[str] = set()
    for lineno, raw in enumerate(content.splitlines(), 1):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            body = stripped.lstrip("#").strip()
            if not title and body:
                title = body
            elif body.lower().startswith("source"):
                sources.append(body.split(":", 1)[-1].strip())
            continue
        term, _, category = line.partition("\t")
        term = " ".join(term.split()).lower()
        category = category.strip()
        if not term or "\t" in category:
            raise FramingError(f"lexicon {name}.txt line {lineno}: expected 'term' or 'term<TAB>category'")
        words = tuple(_word_key(w) for w in term.split(" "))
        if any(w == "*" or ("*" in w and not w.endswith("*")) for w in words):
            raise FramingError(f"lexicon {name}.txt line {lineno}: '*' may only end a word: {term!r}")
        if term in seen:
            continue
        seen.add(term)
        entries.append(Entry(name, term, category, words))
    if not title:
        raise FramingError(f"lexicon {name}.txt: the first comment line must name the list")
    return Lexicon(name, title, tuple(sources), tuple(entries))


@functools.cache
def load_lexicon(name: str) -> Lexicon:
    """Load a packaged lexicon by name (cached for the process)."""
    if name not in LEXICON_NAMES:
        raise FramingError(f"unknown lexicon {name!r}; known: {', '.join(LEXICON_NAMES)}")
    path = resources.files("framing") / "analysis" / "lexicons" / f"{name}.txt"
    return parse_lexicon(name, path.read_text(encoding="utf-8"))


@functools.cache
def load_word_set(name: str) -> frozenset[str]:
    """A plain word list of the package (``lexicons/NAME.txt``: one lower-case term a line, ``#`` comments, its
    sources named in its header) as a set; not a lexicon of :data:`LEXICON_NAMES` (no categories, no matching)."""
    text = (resources.files("framing") / "analysis" / "lexicons" / f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def parse_word_categories(name: str, content: str) -> dict[str, frozenset[str]]:
    """The words of each category of a categorised word list ``NAME.txt`` (``word<TAB>category category ...`` a
    line, ``#`` comments)."""
    found: dict[str, set[str]] = {}
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        word, _, categories = line.partition("\t")
        if not word.strip() or not categories.split():
            raise FramingError(f"word list {name}.txt line {lineno}: expected 'word<TAB>category ...'")
        for category in categories.split():
            found.setdefault(category, set()).add(word.strip())
    return {category: frozenset(words) for category, words in found.items()}


@functools.cache
def load_word_categories(name: str) -> dict[str, frozenset[str]]:
    """A categorised word list of the package (``lexicons/NAME.txt``, :func:`parse_word_categories`); not a
    lexicon of :data:`LEXICON_NAMES` (no matching)."""
    text = (resources.files("framing") / "analysis" / "lexicons" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_word_categories(name, text)


def _word_matches(pattern: str, norm: str) -> bool:
    if pattern.endswith("*"):
        return norm.startswith(pattern[:-1])
    return pattern == norm


class _Bucket:
    """The entries that can start at one word: single words, and longer ones by second word."""

    __slots__ = ("singles", "by_second", "wild_second")

    def __init__(self, entries: list[Entry]) -> None:
        self.singles = tuple(e for e in entries if len(e.words) == 1)
        by_second: dict[str, list[Entry]] = {}
        wild: list[Entry] = []
        for e in entries:
            if len(e.words) > 1:
                if e.words[1].endswith("*"):
                    wild.append(e)
                else:
                    by_second.setdefault(e.words[1], []).append(e)
        self.by_second = {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in by_second.items()}
        self.wild_second = tuple(sorted(wild, key=lambda e: -len(e.words)))


_EMPTY: Final = _Bucket([])


class _Index:
    """All packaged lexicons in one index, so a Doc is scanned once for all of them.

    The entries that can start at a word are memoized per normalized word
    (exact first word, a ``*`` ending, or the stem of a possessive
    ``regime's``), grouped by their second word so that a common word such as
    "the" costs one dictionary lookup, not a loop over every phrase it starts.
    """

    def __init__(self, lexicons: tuple[Lexicon, ...]) -> None:
        self.names = tuple(lx.name for lx in lexicons)
        self._exact: dict[str, list[Entry]] = {}
        self._wild: list[Entry] = []
        for lx in lexicons:
            for e in lx.entries:
                if e.words[0].endswith("*"):
                    self._wild.append(e)
                else:
                    self._exact.setdefault(e.words[0], []).append(e)
        self._cache: dict[str, _Bucket] = {}

    def bucket(self, norm: str) -> _Bucket:
        found = self._cache.get(norm)
        if found is None:
            lst = list(self._exact.get(norm, ()))
            lst += [e for e in self._wild if _word_matches(e.words[0], norm)]
            if norm.endswith("'s") and len(norm) > 2:
                lst += [e for e in self._exact.get(norm[:-2], ()) if len(e.words) == 1]
            found = _Bucket(lst) if lst else _EMPTY
            if len(self._cache) < 500_000:
                self._cache[norm] = found
        return found

    def scan(self, doc: Doc, wanted: Iterable[str] | None = None) -> dict[str, Matches]:
        """Non-overlapping longest matches per lexicon, left to right: of every lexicon, or of those
        named in ``wanted`` (each lexicon's matches are found independently of the others')."""
        norms = doc.norms
        is_word = doc.is_word
        starts = doc.starts
        ends = doc.ends
        n = len(norms)
        names = self.names if wanted is None else tuple(wanted)
        code = offset_code(n + 1)
        out: dict[str, Matches] = {name: Matches(code) for name in names if name in self.names}
        # the next token a lexicon may match at (never, for a lexicon not wanted)
        free_from: dict[str, int] = dict.fromkeys(self.names, n + 1)
        for name in out:
            free_from[name] = 0
        # only tokens whose word can start an entry (the bucket of each token type is kept for this index),
        # found as the tokens go: a list of them and their buckets, made first, held some 40 bytes a word
        # (five times the article's size) beside the Doc
        kept = _BUCKETS.kept(self)
        types = doc.types
        last = n - 1
        for i in range(n):
            t = types[i]
            if not t.is_word:
                continue
            b = kept[t.serial]
            if b is None:
                b = _BUCKETS.answer(kept, t, self)
            if b is _EMPTY:
                continue
            cands: tuple[Entry, ...] = ()
            if i < last and (b.by_second or b.wild_second):
                # the second word is looked up first: for "the", "to", "of" it rarely matches,
                # and then the spacing between the two tokens need not be checked
                second = norms[i + 1]
                cands = b.by_second.get(second, ())
                if not cands and second.endswith("'s"):  # "the state department's"
                    cands = tuple(e for e in b.by_second.get(second[:-2], ()) if len(e.words) == 2)
                if b.wild_second:
                    cands = tuple(sorted(cands + tuple(e for e in b.wild_second
                                                       if second.startswith(e.words[1][:-1])),
                                         key=lambda e: -len(e.words)))
                if cands and not (is_word[i + 1] and doc.cut(ends[i], starts[i + 1]).isspace()):
                    cands = ()
            if not cands and not b.singles:
                continue
            for e in (cands + b.singles) if cands else b.singles:
                name = e.lexicon
                if free_from[name] > i:  # this lexicon already matched here or further on
                    continue
                k = len(e.words)
                if k > 2:
                    if i + k > n:
                        continue
                    ok = True
                    for off in range(2, k):
                        j = i + off
                        if not is_word[j] or not doc.cut(ends[j - 1], starts[j]).isspace():
                            ok = False
                            break
                        w = norms[j]
                        pat = e.words[off]
                        if not (pat == w or (pat.endswith("*") and w.startswith(pat[:-1]))
                                or (off == k - 1 and w.endswith("'s") and _word_matches(pat, w[:-2]))):
                            ok = False
                            break
                    if not ok:
                        continue
                out[name].add(e, i, i + k)
                free_from[name] = i + k
        return out


def _type_bucket(index: _Index, t: TokenType) -> _Bucket:
    """The entries of ``index`` that can start at a token type (none at punctuation)."""
    return index.bucket(t.norm) if t.is_word else _EMPTY


_BUCKETS: Final = TokenMemo("lexicons: entries that can start at the word (for an index)", _type_bucket)


@functools.cache
def _index() -> _Index:
    return _Index(tuple(load_lexicon(name) for name in LEXICON_NAMES))


# The lexicons features read as matches (:meth:`Context.matches <framing.analysis.context.Context.matches>`),
# scanned together in one pass per Doc. The others (places, acronyms, non_speakers ...) are read as word
# lists (:func:`load_lexicon`); their matches, half of all in news text (non_speakers alone: one word in
# four), are found only when asked for, in a pass of their own, so that no article keeps them unread.
MATCHED: Final = ("hedges", "boosters", "alarmist", "loaded", "report_verbs", "vague_sources", "speculation",
                  "evaluative")


def scan(doc: Doc, wanted: Iterable[str] | None = None) -> dict[str, Matches]:
    """The matches of every packaged lexicon in ``doc`` (or of those named in ``wanted``), by lexicon
    name, in one pass over the doc (an article's are kept by :meth:`Context.matches
    <framing.analysis.context.Context.matches>`)."""
    return _index().scan(doc, wanted)
