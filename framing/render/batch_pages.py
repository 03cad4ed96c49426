"""View-models and rendering of the batch pages: one article, a story group, the index.

The index table is complete HTML; a small inline script (allowed by the page's
Content-Security-Policy through its SHA-256 hash, nothing else may run) adds
sorting and filtering.
"""
from __future__ import annotations

import base64
import hashlib
from typing import Any, Iterable, Iterator, Sequence

from ..catalog import FEATURE_TITLES, INDEX_COLUMNS, MEANINGS, QUOTED_UNIT, SHOWN_APART, VOICE_NOTE
from ..compare import Comparison
from ..compare.similarity import SCALE, STORY_DAYS
from ..types import Profile
from ..version import __version__
from .compare_page import article_view, build_compare_view, legend_view, speaker_row
from .environment import environment
from .formatting import fmt, fmt_similarity, safe_url


def _script_hash() -> str:
    """The CSP hash of the index page's inline script (reports/templates/index.js), as rendered."""
    code = environment().get_template("index.js").render()
    return "sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()


def _value(p: Profile, feature: str, measure: str | None) -> float | None:
    f = p.features.get(feature)
    if f is None:
        return None
    if measure is None:
        return f.value
    return next((m.value for m in f.measures if m.name == measure), None)


def build_article_page_view(profile: Profile) -> dict[str, Any]:
    card, text, counts = article_view(profile, "A", 0)
    rows = []
    for name, f in profile.features.items():
        measures = [{"name": m.name.replace("_", " ") + (" (listed apart, not counted)" if (name, m.name) in SHOWN_APART
                                                          else ""),
                     "value": _measure_text(m), "count": "" if m.count is None
                     else f"{m.count:,}"} for m in f.measures if m.value not in (None, 0, 0.0)]
        rows.append({"name": FEATURE_TITLES.get(name, name), "value": fmt(f.value), "unit": f.unit,
                     "count": "" if f.count is None else f"{f.count:,}", "meaning": MEANINGS[name],
                     "note": f.note, "measures": measures})
    speakers = [speaker_row(s) for s in profile.speakers]
    return {"page_title": f"framing: {card['title']}"[:200], "version": __version__, "card": card, "text": text,
            "legend": legend_view(["A"], {k: [v] for k, v in counts.items()}), "rows": rows,
            "speakers": speakers, "csp_script": None, "voice_note": VOICE_NOTE}


def _measure_text(m: Any) -> str:
    """A measure's value; a quoted measure (the sources' words) says its count and its unit."""
    if m.unit == QUOTED_UNIT and m.count is not None:
        return f"{m.count:,} ({fmt(m.value)} {m.unit})"
    return fmt(m.value)


def render_article_page(profile: Profile) -> str:
    """One article's report page: its features, highlighted text, evidence and sources."""
    return environment().get_template("article.html").render(**build_article_page_view(profile))


def render_group_page(comparison: Comparison, group: Any, names: Sequence[str],
                      extra: Sequence[tuple[str, str]]) -> str:
    """A story group's comparison page (the compare report, with links back to the article pages)."""
    view = build_compare_view(comparison)
    how = "the same story field" if group.by == "story field" else "similar texts (TF-IDF cosine)"
    view["group"] = {"name": group.name, "how": how, "key": group.key if group.by == "story field" else "",
                     "similarity": fmt_similarity(group.similarity),
                     "links": [{"label": a["label"], "href": f"../articles/{n}.html"}
                               for a, n in zip(view["articles"], names)],
                     "extra": [{"title": t, "href": f"../articles/{n}.html"} for t, n in extra]}
    return environment().get_template("group.html").render(**view)


def index_summary(p: Profile) -> dict[str, Any]:
    """The little the index keeps of each article (formatted values, not the profile)."""
    a = p.article
    cells = []
    for feature, measure, _ in INDEX_COLUMNS:
        v = _value(p, feature, measure)
        cells.append((fmt(v), "" if v is None else repr(float(v))))
    return {"title": a.title or "(untitled)", "source": a.source or "", "date": a.date or "",
            "words": f"{p.n_words:,}", "words_sort": str(p.n_words), "cells": cells, "url": safe_url(a.url),
            "language": "" if p.is_english else str(p.language),
            "prediction": "" if not p.prediction else
            f"{p.prediction.get('label')} ({fmt(p.prediction.get('probability'), 'share')})"}


def build_index_view(rows: Iterable[dict[str, Any]], n_rows: int, titles: Sequence[str], groups: Sequence[Any],
                     errors: Sequence[dict[str, str]], threshold: float, has_predictions: bool,
                     not_english: dict[str, int] | None = None, pages: bool = True,
                     out_name: str = "OUT") -> dict[str, Any]:
    """The index view; ``rows`` (the articles' summaries, in order) is consumed lazily while rendering;
    ``not_english``: how many articles of each other language there are; ``pages``: were the static
    pages written (without them nothing is linked, and the page says how to open the corpus);
    ``out_name``: the batch folder, as the commands it suggests name it."""
    group_of: dict[int, Any] = {}
    for g in groups:
        for i in g.members:
            group_of[i] = g

    def table_rows() -> Iterator[dict[str, Any]]:
        for i, s in enumerate(rows):
            g = group_of.get(i)
            yield {**s, "href": f"articles/{s['name']}.html" if pages else "", "group": g.name if g else "",
                   "group_href": f"stories/{g.name}.html" if g and pages else ""}

    group_rows = [{"name": g.name, "href": f"stories/{g.name}.html" if pages else "", "n": len(g.members),
                   "how": g.by, "key": g.key if g.by == "story field" else "",
                   "similarity": fmt_similarity(g.similarity),
                   "titles": [titles[i] for i in g.members[:4]]} for g in groups]
    return {"page_title": f"framing: {n_rows} articles", "version": __version__, "rows": table_rows(),
            "n_rows": n_rows, "columns": [label for _, _, label in INDEX_COLUMNS], "groups": group_rows,
            "errors": list(errors), "threshold": f"{threshold:.2f}", "has_predictions": has_predictions,
            "story_days": STORY_DAYS, "scale": SCALE,
            "not_english": sum((not_english or {}).values()),
            "languages": ", ".join(f"{code} {n}" for code, n in sorted((not_english or {}).items())),
            "csp_script": _script_hash(), "pages": pages, "out_name": out_name}


def render_index(rows: Iterable[dict[str, Any]], n_rows: int, titles: Sequence[str], groups: Sequence[Any],
                 errors: Sequence[dict[str, str]], threshold: float, has_predictions: bool,
                 not_english: dict[str, int] | None = None, pages: bool = True,
                 out_name: str = "OUT") -> Iterator[str]:
    """The index page, generated piece by piece (a corpus of 100,000 articles makes a long table)."""
    view = build_index_view(rows, n_rows, titles, groups, errors, threshold, has_predictions, not_english, pages,
                            out_name)
    return environment().get_template("index.html").generate(**view)
