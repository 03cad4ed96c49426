"""Load the curated lexicons once per process and match them against a Doc.

A lexicon is a data file ``framing/lexicons/NAME.txt``: ``#`` comment lines
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

from .errors import FramingError
from .text import Doc, normalize

LEXICON_NAMES = (
    "hedges", "boosters", "alarmist", "loaded", "report_verbs", "vague_sources",
    "source_heads", "speculation", "imperative_verbs", "places",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry, pre-split into normalized words."""

    lexicon: str
    term: str
    category: str
    words: tuple[str, ...]

    @property
    def rule(self) -> str:
        cat = f" [{self.category}]" if self.category else ""
        return f"{self.lexicon}: {self.term}{cat}"


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


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon entry found at word tokens ``[first, stop)`` of a Doc."""

    entry: Entry
    first: int
    stop: int


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
    path = resources.files("framing") / "lexicons" / f"{name}.txt"
    return parse_lexicon(name, path.read_text(encoding="utf-8"))


def _word_matches(pattern: str, norm: str) -> bool:
    if pattern.endswith("*"):
        return norm.startswith(pattern[:-1])
    return pattern == norm


class Matcher:
    """Finds the entries of one lexicon in a Doc. Build once (see :func:`matcher`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._exact: dict[str, list[Entry]] = {}
        self._wild: list[Entry] = []
        for e in lexicon.entries:
            if e.words[0].endswith("*"):
                self._wild.append(e)
            else:
                self._exact.setdefault(e.words[0], []).append(e)
        for lst in self._exact.values():
            lst.sort(key=lambda e: -len(e.words))
        self._cache: dict[str, tuple[Entry, ...]] = {}

    def _candidates(self, norm: str) -> tuple[Entry, ...]:
        found = self._cache.get(norm)
        if found is None:
            found = list(self._exact.get(norm, ()))
            found += [e for e in self._wild if _word_matches(e.words[0], norm)]
            found.sort(key=lambda e: -len(e.words))
            found = tuple(found)
            if len(self._cache) < 500_000:
                self._cache[norm] = found
        return found

    def find(self, doc: Doc, possessive: bool = False) -> list[Match]:
        """Non-overlapping longest matches, left to right.

        With ``possessive``, a final word also matches its possessive
        (``russia's`` for ``russia``).
        """
        norms = doc.norms
        is_word = doc.is_word
        starts = doc.starts
        ends = doc.ends
        text = doc.text
        n = len(norms)
        out: list[Match] = []
        i = 0
        while i < n:
            if not is_word[i]:
                i += 1
                continue
            norm = norms[i]
            cands = self._candidates(norm)
            if not cands and possessive and norm.endswith("'s"):
                cands = self._candidates(norm[:-2])
            hit = None
            for e in cands:
                k = len(e.words)
                if k == 1:
                    hit = Match(e, i, i + 1)
                    break
                if i + k > n:
                    continue
                ok = True
                for off in range(1, k):
                    j = i + off
                    if not is_word[j] or not text[ends[j - 1]:starts[j]].isspace():
                        ok = False
                        break
                    w = norms[j]
                    if not _word_matches(e.words[off], w) and not (
                            possessive and off == k - 1 and w.endswith("'s")
                            and _word_matches(e.words[off], w[:-2])):
                        ok = False
                        break
                if ok:
                    hit = Match(e, i, i + k)
                    break
            if hit is None:
                i += 1
            else:
                out.append(hit)
                i = hit.stop
        return out


@functools.cache
def matcher(name: str) -> Matcher:
    """The compiled matcher of a packaged lexicon (built once per process)."""
    return Matcher(load_lexicon(name))
