"""Shared machinery for feature modules: the per-article Context and helpers.

A Context holds an article's two tokenized fields (title and text), built once,
plus lazily computed facts several features share (quotation spans).
"""
from __future__ import annotations

import math
from typing import Final, Iterable

from ..lexicons import Match
from ..text import Doc, first_at_or_after, tokenize
from ..types import Article, Evidence, FeatureResult, Measure

QUOTE_OPEN: Final = "“«"
QUOTE_CLOSE: Final = "”»"


class Context:
    """An article tokenized once, shared by every feature."""

    __slots__ = ("article", "title", "text", "docs", "n_words", "_quotes", "_quote_starts", "cache")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.title = tokenize(article.title, "title") if article.title.strip() else None
        self.text = tokenize(article.text, "text")
        self.docs: tuple[Doc, ...] = (self.title, self.text) if self.title else (self.text,)
        self.n_words = sum(d.n_words for d in self.docs)
        self._quotes: dict[str, list[tuple[int, int]]] = {}
        self._quote_starts: dict[str, list[int]] = {}
        self.cache: dict[str, object] = {}

    def quotes(self, doc: Doc) -> list[tuple[int, int]]:
        """Spans of direct quotations in ``doc``, quotation marks included."""
        spans = self._quotes.get(doc.field)
        if spans is None:
            spans = self._quotes[doc.field] = quotation_spans(doc.text)
            self._quote_starts[doc.field] = [s for s, _ in spans]
        return spans

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


def per_1000(count: int, n_words: int) -> float | None:
    """Rate per 1,000 words, rounded to 2 decimals (None without words).

    Memoized per (count, words): ``round`` to decimals is a correctly rounded decimal conversion, some
    thousands of instructions, and an article asks for the same few rates many times.
    """
    if n_words <= 0:
        return None
    if 0 <= count < _RATE_KEY and n_words < _RATE_KEY:
        key = n_words * _RATE_KEY + count
        found = _RATES.get(key)
        if found is None:
            found = round(count * 1000.0 / n_words, 2)
            if len(_RATES) < 100_000:  # bounded, like the other caches
                _RATES[key] = found
        return found
    return round(count * 1000.0 / n_words, 2)


_RATE_KEY: Final = 1 << 30  # counts and word counts below this share one int key
_RATES: Final[dict[int, float]] = {}


def span_evidence(feature: str, measure: str, doc: Doc, start: int, end: int, rule: str,
                  role: str | None = None, label: str | None = None) -> Evidence:
    """Evidence for characters ``[start, end)`` of ``doc``."""
    return Evidence(feature, measure, doc.field, start, end, doc.text[start:end], rule, role, label)


def match_evidence(feature: str, measure: str, doc: Doc, match: Match, rule: str | None = None,
                   role: str | None = None, label: str | None = None) -> Evidence:
    """Evidence for the tokens of a lexicon match."""
    start = doc.starts[match.first]
    end = doc.ends[match.stop - 1]
    return span_evidence(feature, measure, doc, start, end, rule or match.entry.rule, role, label)


def count_measure(name: str, count: int, n_words: int, unit: str = "per 1,000 words") -> Measure:
    rate = per_1000(count, n_words)
    return Measure(name, rate, unit, count, rate)


def weight_sum(weights: dict[str, float], features: list[str]) -> float:
    """``sum(filter(None, map(weights.get, features)))`` compiled: the weights of the features the model
    knows, added in order (the same float)."""
    total = 0.0
    for f in features:
        w = weights.get(f)
        if w:
            total += w
    return total


def sigmoid(z: float) -> float:
    """The logistic function as ``LinearModel.probability`` computes it (0.0 below -40)."""
    if z < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def linear_probability(weights: dict[str, float], intercept: float, features: list[str]) -> float:
    """``LinearModel.probability`` (framing.model) compiled: the same sum in the same order, so the same
    float."""
    return sigmoid(intercept + weight_sum(weights, features))


def lowest_indices(values: list[float], k: int) -> list[int]:
    """Indices of the ``k`` lowest values, lowest first, ties in index order (as ``sorted(range(n),
    key=lambda i: (values[i], i))[:k]``, in one pass)."""
    best: list[int] = []
    if k <= 0:
        return best
    for i in range(len(values)):
        v = values[i]
        if len(best) == k and not v < values[best[-1]]:
            continue
        j = len(best)
        while j > 0 and v < values[best[j - 1]]:
            j -= 1
        best.insert(j, i)
        if len(best) > k:
            best.pop()
    return best


def sort_evidence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Evidence in reading order: title first, then by position (then measure and rule).

    The same order as a stable ``sorted`` on ``(field != "title", start, end, measure, rule)``: the
    list is cut into its runs already in order (features make it in a few such runs) and the runs
    are merged pairwise, a tie taken from the earlier run; the comparisons read the fields directly
    instead of building a key tuple per item.
    """
    items = list(evidence)
    runs: list[list[Evidence]] = []
    start = 0
    for k in range(1, len(items)):
        if _after(items[k - 1], items[k]):
            runs.append(items[start:k])
            start = k
    if not runs:
        return tuple(items)
    runs.append(items[start:])
    while len(runs) > 1:
        merged: list[list[Evidence]] = []
        for r in range(0, len(runs) - 1, 2):
            merged.append(_merge(runs[r], runs[r + 1]))
        if len(runs) % 2:
            merged.append(runs[-1])
        runs = merged
    return tuple(runs[0])


def _after(a: Evidence, b: Evidence) -> bool:
    """Does ``a`` sort strictly after ``b`` in :func:`sort_evidence`'s order?"""
    ta = a.field != "title"
    if ta != (b.field != "title"):
        return ta
    if a.start != b.start:
        return a.start > b.start
    if a.end != b.end:
        return a.end > b.end
    if a.measure != b.measure:
        return a.measure > b.measure
    return a.rule > b.rule


def _merge(x: list[Evidence], y: list[Evidence]) -> list[Evidence]:
    """Merge two runs in order; on a tie the item of ``x`` (the earlier run) comes first."""
    out: list[Evidence] = []
    i = j = 0
    nx, ny = len(x), len(y)
    while i < nx and j < ny:
        if _after(x[i], y[j]):
            out.append(y[j])
            j += 1
        else:
            out.append(x[i])
            i += 1
    if i < nx:
        out.extend(x[i:])
    if j < ny:
        out.extend(y[j:])
    return out


def rate_result(name: str, ctx: Context, evidence: list[Evidence], measures: Iterable[Measure] = (),
                details: dict | None = None) -> FeatureResult:
    """A feature whose value is its evidence count per 1,000 words."""
    count = len(evidence)
    rate = per_1000(count, ctx.n_words)
    note = "" if rate is not None else "no words to count"
    return FeatureResult(name, rate, "per 1,000 words", count, rate, sort_evidence(evidence),
                         tuple(measures), note, details or {})


def is_number(doc: Doc, i: int | None) -> bool:
    """Is token ``i`` a number (digits, or a number word)?"""
    from ..text import NUMBER_WORDS

    if i is None or i >= len(doc.tokens):
        return False
    tok = doc.norms[i]
    return tok[:1].isdigit() or tok in NUMBER_WORDS or tok in ("a", "an") and i + 1 < len(doc.norms) \
        and doc.norms[i + 1] in ("dozen", "hundred", "thousand", "million", "billion", "handful")
