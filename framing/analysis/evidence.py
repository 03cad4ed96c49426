"""Evidence and measures: how features turn what they found into spans, counts and rates.

Helpers every feature uses: rates per 1,000 words, evidence for a character
span or a lexicon match, count measures, a feature whose value is its evidence
per 1,000 words, evidence in reading order, the k lowest values, numbers.

The writer's own voice (:func:`voice_words`, :func:`voice_measures`, :func:`rate_result`): features
that describe how the outlet writes label their evidence inside direct quotations ``quoted`` and keep
it as evidence, but their headline value and counting measures count only the rest, the writer's own
words, per 1,000 *own-voice* words (the title's and text's words outside quotation marks); the quoted
evidence gets a measure of its own (``quoted``, ``quoted_direct_address`` ...) per 1,000 *quoted*
words. Each rate is over the words it could have come from: an article that is half quotation is not
made to look half as assertive as its writer is, and a quote-heavy article is not blamed for its
sources' words.
"""
from __future__ import annotations

from array import array
from typing import Final, Iterable

from ..catalog import OWN_VOICE_UNIT, QUOTED_UNIT, SOURCES_LABELS
from ..types import Evidence, FeatureResult, Measure
from .context import Context
from .lexicons import Match
from .text import NUMBER_WORDS, Doc


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
    """Evidence for characters ``[start, end)`` of ``doc``, quoted from the field as given (clutter
    included, should the span reach over some)."""
    return Evidence.of_span(feature, measure, doc.field, start, end, doc.original, rule, role, label)


def match_evidence(feature: str, measure: str, doc: Doc, match: Match, rule: str | None = None,
                   role: str | None = None, label: str | None = None) -> Evidence:
    """Evidence for the tokens of a lexicon match."""
    start = doc.starts[match.first]
    end = doc.ends[match.stop - 1]
    return span_evidence(feature, measure, doc, start, end, rule or match.entry.rule, role, label)


def count_measure(name: str, count: int, n_words: int, unit: str = "per 1,000 words") -> Measure:
    rate = per_1000(count, n_words)
    return Measure(name, rate, unit, count, rate)


QUOTED: Final = "quoted"  # the evidence label of a span inside a direct quotation
REPORTED: Final = "reported"  # the label of a name a source gave someone, reported (.reported_naming)


def voice_words(ctx: Context) -> tuple[int, int]:
    """(own-voice words, quoted words) of the title and text (see :meth:`Context.voice_words`)."""
    return ctx.voice_words()


def voice_measures(ctx: Context, evidence: Iterable[Evidence], measure: str | None, quoted_name: str,
                   own_name: str | None = None) -> list[Measure]:
    """The writer's-voice measure ``own_name`` (the spans of ``measure``, or of every measure with
    ``None``, not labelled quoted, per 1,000 own-voice words) and the quoted measure ``quoted_name`` (those
    labelled quoted, per 1,000 quoted words): the one line a feature needs for a measure of how the outlet
    writes. Without ``own_name`` only the quoted measure is made. Higher: more of it in that voice."""
    own = quoted = 0
    for e in evidence:
        if measure is None or e.measure == measure:
            if e.label in SOURCES_LABELS:
                quoted += 1
            else:
                own += 1
    own_words, quoted_words = voice_words(ctx)
    out = [] if own_name is None else [voice_count(own_name, own, own_words, OWN_VOICE_UNIT)]
    out.append(voice_count(quoted_name, quoted, quoted_words, QUOTED_UNIT))
    return out


def voice_count(name: str, count: int, n_words: int, unit: str) -> Measure:
    """A count measure over the words of one voice; its note says when that voice has no words."""
    rate = per_1000(count, n_words)
    note = "" if rate is not None else ("no quoted words" if unit == QUOTED_UNIT else
                                        "no words in the writer's own voice")
    return Measure(name, rate, unit, count, rate, note)


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
    instead of building a key tuple per item. The runs are kept as their bounds, and merged from one
    list into another of the same length and back: a list per run (sourcing's evidence comes in
    thousands of runs of one or two spans) and per merge held three times the list, at the peak of an
    analysis.
    """
    items = list(evidence)
    n = len(items)
    bounds: array[int] = array("q", [0])  # where each run starts, then n
    for k in range(1, n):
        if _after(items[k - 1], items[k]):
            bounds.append(k)
    if len(bounds) == 1:
        return tuple(items)
    bounds.append(n)
    source = items
    target = items[:]  # (every slot is written before it is read)
    while len(bounds) > 2:
        merged: array[int] = array("q")
        for r in range(0, len(bounds) - 2, 2):
            _merge(source, bounds[r], bounds[r + 1], bounds[r + 2], target)
            merged.append(bounds[r])
        if len(bounds) % 2 == 0:  # an odd number of runs: the last one is carried over as it is
            for k in range(bounds[-2], n):
                target[k] = source[k]
            merged.append(bounds[-2])
        merged.append(n)
        bounds = merged
        source, target = target, source
    return tuple(source)


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


def _merge(items: list[Evidence], first: int, middle: int, stop: int, out: list[Evidence]) -> None:
    """Merge the runs ``items[first:middle]`` and ``items[middle:stop]`` into ``out[first:stop]``; on a
    tie the item of the earlier run comes first."""
    i, j, k = first, middle, first
    while i < middle and j < stop:
        if _after(items[i], items[j]):
            out[k] = items[j]
            j += 1
        else:
            out[k] = items[i]
            i += 1
        k += 1
    while i < middle:
        out[k] = items[i]
        i += 1
        k += 1
    while j < stop:
        out[k] = items[j]
        j += 1
        k += 1


def rate_result(name: str, ctx: Context, evidence: list[Evidence], measures: Iterable[Measure] = (),
                details: dict | None = None, apart: str | None = None) -> FeatureResult:
    """A feature of how the outlet writes: its value is its evidence in the writer's own voice (not
    labelled quoted) per 1,000 own-voice words, its count that evidence; the quoted evidence is the
    measure ``quoted`` (per 1,000 quoted words). Every span stays evidence. Higher: more of it in the
    writer's own words.

    ``apart``: a measure whose evidence is listed and counted apart (catalog ``SHOWN_APART``: loaded's
    ``valenced``, hedging's ``vague_sources``): it stays evidence and gets its own count measure (in the
    writer's own voice), and counts toward nothing else."""
    shown = [e for e in evidence if e.measure != apart] if apart is not None else evidence
    if apart is not None:
        own_apart = sum(1 for e in evidence if e.measure == apart and e.label not in SOURCES_LABELS)
        measures = (*measures, voice_count(apart, own_apart, voice_words(ctx)[0], OWN_VOICE_UNIT))
    own, quoted = voice_measures(ctx, shown, None, QUOTED, "own")
    note = "" if own.value is not None else ("no words to count" if ctx.n_words <= 0 else own.note)
    return FeatureResult(name, own.value, OWN_VOICE_UNIT, own.count, own.value, sort_evidence(evidence),
                         (*measures, quoted), note, details or {})


def is_number(doc: Doc, i: int | None) -> bool:
    """Is token ``i`` a number (digits, or a number word)?"""
    if i is None or i >= len(doc.tokens):
        return False
    tok = doc.norms[i]
    return tok[:1].isdigit() or tok in NUMBER_WORDS or tok in ("a", "an") and i + 1 < len(doc.norms) \
        and doc.norms[i + 1] in ("dozen", "hundred", "thousand", "million", "billion", "handful")
