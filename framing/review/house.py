"""House profiles: a newsroom's norms, from its own published articles, and a draft held against them.

``framing profile build PUBLISHED... -o house.json`` records, for every number of
:meth:`framing.types.Profile.to_row` (each feature's value, count and rate, and every sub-measure),
how many of the published articles have it (``n``), its mean and its 5th, 25th, 50th, 75th and 95th
percentiles (linear interpolation between the closest ranks, numpy's default ``linear`` method), with
the number of articles and the framing version that measured them. A profile made by another version
of framing is refused: the features, and so the numbers, change between versions.

``framing review --profile house.json`` then reports each number of a draft that falls outside the
house range (by default below the 5th or above the 95th percentile). By default the numbers held up
are the comparison's rows (:data:`framing.catalog.ROWS`: the rates and values framing explains to
readers); ``house-numbers = "all"`` holds up every value and measure. Raw counts (``__count``) and
rates repeated under another name (``__per_1000_words``) are always left out, as they grow with
length or repeat a value already held up.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Final, Iterable, Iterator, Mapping, Sequence

from ..catalog import FEATURE_TITLES, ROWS, SOURCES_LABELS
from ..errors import InputError
from ..ingest import MAX_ARTICLE_CHARS, iter_input
from ..types import META_COLUMNS, Article, Profile
from ..version import __version__
from .checks import Hit

__all__ = ["load_published", "FORMAT", "FORMAT_VERSION", "PERCENTILES", "HouseProfile", "build_house_profile", "percentile",
           "load_house_profile", "parse_house_profile", "norm_hits"]

FORMAT: Final = "framing-house-profile"
FORMAT_VERSION: Final = 1
PERCENTILES: Final = (5, 25, 50, 75, 95)
RULE: Final = "framing.house-norm"


def load_published(sources: Iterable[str], max_chars: int | None = MAX_ARTICLE_CHARS) -> list[Article]:
    """The published articles of files and folders (a folder's article files, sorted by name), in order.
    The first input or record that cannot be read is an InputError naming it (a house profile is built
    from all of the published articles or not at all), and so is an input with no article."""
    articles: list[Article] = []
    for source in sources:
        for item in iter_input(source, max_chars=max_chars):
            if isinstance(item, InputError):
                raise item
            articles.append(item)
    if not articles:
        raise InputError(", ".join(sources), "holds no article to build a house profile from")
    return articles


def percentile(ordered: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) of sorted values, interpolated linearly between the closest
    ranks (numpy's ``linear`` method): higher ``q`` = a higher value."""
    if not ordered:
        raise ValueError("no values")
    pos = (len(ordered) - 1) * q / 100.0
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def build_house_profile(profiles: Sequence[Profile]) -> dict[str, Any]:
    """The house profile of published articles, as a JSON-ready dict (columns in the registry's order)."""
    values: dict[str, list[float]] = {}
    for p in profiles:
        for column, value in p.to_row().items():
            v = _number(value)
            if column not in META_COLUMNS and v is not None:
                values.setdefault(column, []).append(v)
    columns = {}
    for column, vs in values.items():
        vs.sort()
        columns[column] = {"n": len(vs), "mean": round(sum(vs) / len(vs), 4),
                           **{f"p{q}": round(percentile(vs, q), 4) for q in PERCENTILES}}
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "framing_version": __version__,
            "n_articles": len(profiles), "percentiles": list(PERCENTILES), "columns": columns}


@dataclass(frozen=True)
class HouseProfile:
    """A house profile read back: where from, its number of articles, and per column its ``n``,
    ``mean`` and ``p5`` .. ``p95``."""

    path: str
    n_articles: int
    columns: Mapping[str, Mapping[str, float]]


def parse_house_profile(content: str, path: str) -> HouseProfile:
    """Read a house profile; one InputError naming ``path`` when it is not one, is corrupt, or was made by
    another version of framing."""
    try:
        data = json.loads(content)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError(path, f"not a house profile (not valid JSON: {getattr(exc, 'msg', exc)})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(path, "not a house profile (make one with: framing profile build ARTICLES... -o FILE)")
    if data.get("format_version") != FORMAT_VERSION or data.get("framing_version") != __version__:
        raise InputError(path, f"a house profile of framing {data.get('framing_version')!s} (format "
                         f"{data.get('format_version')!s}); this is framing {__version__}: rebuild it with "
                         "framing profile build")
    n, columns = data.get("n_articles"), data.get("columns")
    if isinstance(n, bool) or not isinstance(n, int) or n < 0 or not isinstance(columns, dict):
        raise InputError(path, "corrupt house profile (no n_articles or columns)")
    keys = ("n", "mean", *(f"p{q}" for q in PERCENTILES))
    for column, stats in columns.items():
        if not isinstance(stats, dict) or any(_number(stats.get(k)) is None for k in keys):
            raise InputError(path, f"corrupt house profile (column {column!r} lacks one of {', '.join(keys)})")
    return HouseProfile(path, n, columns)


def load_house_profile(path: str) -> HouseProfile:
    """Read the house profile file at ``path`` (see :func:`parse_house_profile`); OSError when it cannot
    be opened."""
    with open(path, "rb") as fh:
        raw = fh.read(64 << 20)
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "not a house profile (not UTF-8 text)") from None
    return parse_house_profile(content, path)


def _label(profile: Profile, column: str) -> str:
    feature, _, measure = column.partition(".")
    for f, m, label, _, _ in ROWS:
        if f == feature and (m or "") == measure:
            break
    else:
        title = FEATURE_TITLES.get(feature, feature)
        label = f"{title}: {measure.replace('_', ' ')}" if measure else title
    result = profile.features.get(feature)
    unit = ""
    if result is not None:
        unit = result.unit if not measure else next((m.unit for m in result.measures if m.name == measure), "")
    return f"{label}, {unit}" if unit else label


def _fmt(value: float, digits: int = 1) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) < 1:
        digits += 2
    return f"{value:,.{digits}f}"


def _pair(value: float, bound: float) -> tuple[str, str]:
    """The draft's value and the bound it passes, with enough decimals to tell them apart."""
    for digits in (1, 2, 3, 4):
        a, b = _fmt(value, digits), _fmt(bound, digits)
        if a != b:
            return a, b
    return _fmt(value, 6), _fmt(bound, 6)


def _anchor(profile: Profile, column: str) -> tuple[str, int, int]:
    """Where a finding about a whole-article number points: the first evidence in the body of the
    measure (of the feature, for its headline value), else the body's first line."""
    feature, _, measure = column.partition(".")
    result = profile.features.get(feature)
    spans = [e for e in (result.evidence if result is not None else ()) if e.field == "text"]
    chosen = [e for e in spans if e.measure == measure] if measure else spans
    if chosen:  # the writer's own words first
        e = min(chosen, key=lambda e: (e.label in SOURCES_LABELS, e.start))
        return "text", e.start, e.end
    text = profile.article.text
    end = text.find("\n")
    return "text", 0, len(text) if end < 0 else end


def ordinal(q: int) -> str:
    return f"{q}{'th' if 10 <= q % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(q % 10, 'th')}"


# the numbers held up by default: the comparison's rows, the ones framing explains to readers
KEY_NUMBERS: Final = tuple(f"{f}.{m}" if m else f for f, m, _, _, _ in ROWS)


def norm_hits(profile: Profile, house: HouseProfile, low: int = 5, high: int = 95,
              min_articles: int = 10, numbers: str = "key") -> Iterator[Hit]:
    """A hit per number of the draft below the ``low`` or above the ``high`` percentile of the house
    profile, for columns measured on ``min_articles`` published articles or more: the comparison's
    rows (``numbers="key"``, :data:`KEY_NUMBERS`) or every value and measure (``"all"``)."""
    row = profile.to_row()
    seen: set[tuple[str, float, float, float]] = set()
    for column, stats in house.columns.items():
        if "__" in column or column in META_COLUMNS or stats["n"] < min_articles:
            continue
        if numbers == "key" and column not in KEY_NUMBERS:
            continue
        value = _number(row.get(column))
        if value is None:
            continue
        lo, hi = float(stats[f"p{low}"]), float(stats[f"p{high}"])
        if lo <= value <= hi:
            continue
        key = (column.partition(".")[0], value, lo, hi)
        if key in seen:  # the same number under another name (style = style.words)
            continue
        seen.add(key)
        side, q, bound = ("above", high, hi) if value > hi else ("below", low, lo)
        field, start, end = _anchor(profile, column)
        shown, limit = _pair(value, bound)
        yield Hit(RULE, f"{_label(profile, column)}: {shown}, {side} the {ordinal(q)} percentile of your "
                  f"published articles, {limit} (median {_fmt(float(stats['p50']))}, "
                  f"{int(stats['n'])} articles)", field, start, end)
