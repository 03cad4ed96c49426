"""Render comparisons as self-contained HTML (Jinja2, autoescaped).

View-models are built here from a :class:`Comparison`: every number is
formatted in Python, every coordinate of the chart computed in Python; the
templates in ``reports/templates/`` only lay them out. Article text reaches the
templates as plain strings and is escaped by Jinja2's autoescape; no template
marks article data ``|safe``.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..version import __version__
from ..compare import Comparison, Row
from ..analysis.features import MEANINGS
from .highlight import LAYERS, Segment, layer_of, marks_for, segments
from ..analysis.features.sourcing import KIND_LABELS
from ..types import Evidence, Profile

FEATURE_TITLES = {
    "style": "Size and style", "readability": "Readability", "hedging": "Hedging", "boosters": "Boosters",
    "alarmist": "Alarmist language", "loaded": "Loaded wording", "sentiment": "Sentiment",
    "sourcing": "Sourcing", "speculation": "Speculation",
}
MAX_EVIDENCE_SHOWN = 400
CONTEXT_CHARS = 60


def template_dir() -> Path:
    """The Jinja2 templates: installed as ``framing/templates``, or ``reports/templates`` in a checkout."""
    packaged = resources.files("framing") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "reports" / "templates"


@functools.cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


# ------------------------------------------------------------------ formatting

def fmt(value: float | int | None, kind: str = "value") -> str:
    """Format a number for display: thousands separators, few decimals, shares as %."""
    if value is None:
        return "n/a"
    if kind == "share":
        return f"{value:.0%}"
    if kind == "count":
        return f"{int(round(value)):,}"
    v = float(value)
    if v.is_integer() and abs(v) < 1e9:
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    if abs(v) >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is shown as text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


# ------------------------------------------------------------------ view-models

def _segments_view(segs: list[Segment]) -> list[dict[str, Any]]:
    out = []
    for seg in segs:
        marks = []
        n = len(seg.marks)
        for depth, m in enumerate(seg.marks):
            innermost = depth == n - 1
            tip = "\n".join(x.tip for x in seg.marks) if innermost else m.tip
            marks.append({"layer": m.layer, "tip": tip, "pad": 2 + 4 * (n - 1 - depth)})
        out.append({"text": seg.text, "marks": marks})
    return out


def _escaped(value: str, memo: dict[str, str]) -> str:
    """``escape(value)`` as text, remembered in ``memo`` (rules, measures and tips repeat within a page)."""
    found = memo.get(value)
    if found is None:
        found = memo[value] = str(escape(value))
    return found


def highlighted_html(segments_view: list[dict[str, Any]], memo: dict[str, str] | None = None) -> Markup:
    """The text with its highlight marks as HTML (built here rather than in a template macro: a page
    has thousands of such pieces). Every piece of text is escaped with markupsafe, as the templates'
    autoescaping does."""
    memo = {} if memo is None else memo
    out: list[str] = []
    for seg in segments_view:
        marks = seg["marks"]
        for m in marks:
            tip = _escaped(m["tip"], memo)
            out.append(f'<mark class="hl hl-{_escaped(m["layer"], memo)}" tabindex="0" title="{tip}" '
                       f'data-tip="{tip}" style="padding-bottom: {int(m["pad"])}px">')
        out.append(str(escape(seg["text"])))
        out.append("</mark>" * len(marks))
    return Markup("".join(out))


def _evidence_item(profile: Profile, e: Evidence, memo: dict[str, str] | None = None) -> dict[str, Any]:
    source = profile.article.title if e.field == "title" else profile.article.text
    before = source[max(0, e.start - CONTEXT_CHARS):e.start]
    after = source[e.end:e.end + CONTEXT_CHARS]
    if e.start - CONTEXT_CHARS > 0:
        before = "…" + before.lstrip()
    if e.end + CONTEXT_CHARS < len(source):
        after = after.rstrip() + "…"
    item = {
        "before": " ".join(before.split("\n")), "text": e.text, "after": " ".join(after.split("\n")),
        "rule": e.rule, "measure": e.measure.replace("_", " "), "role": e.role or "",
        "label": e.label or "", "where": f"{e.field} {e.start}–{e.end}",
    }
    memo = {} if memo is None else memo
    # the list entry as HTML (every piece escaped with markupsafe, as the templates' autoescaping does)
    rule = f'{_escaped(item["measure"], memo)} · {_escaped(item["rule"], memo)}'
    if item["role"]:
        rule += f' · {_escaped(item["role"], memo)}'
    if item["label"]:
        rule += f' · {_escaped(item["label"], memo)}'
    joined = f'{item["before"]}\x00{item["text"]}\x00{item["after"]}'
    if joined.count("\x00") == 2:  # one call escapes the three (escaping leaves "\x00" alone)
        before_html, text_html, after_html = str(escape(joined)).split("\x00")
    else:
        before_html, text_html, after_html = (str(escape(item[k])) for k in ("before", "text", "after"))
    where = f"{_escaped(e.field, memo)} {e.start}–{e.end}"  # as item["where"], escaped
    item["html"] = Markup(f'<li><span class="muted">{before_html}</span><mark>{text_html}</mark>'
                          f'<span class="muted">{after_html}</span><br><span class="rule">{rule} · {where}</span></li>')
    return item


def _evidence_groups(profile: Profile, memo: dict[str, str] | None = None) -> list[dict[str, Any]]:
    memo = {} if memo is None else memo
    groups = []
    for name, f in profile.features.items():
        items = [_evidence_item(profile, e, memo) for e in f.evidence[:MAX_EVIDENCE_SHOWN]]
        more = max(0, len(f.evidence) - MAX_EVIDENCE_SHOWN)
        groups.append({"feature": FEATURE_TITLES.get(name, name), "name": name, "n": len(f.evidence),
                       "entries": items, "more": more, "note": f.note})
    return groups


def _row_view(row: Row, labels: tuple[str, ...]) -> dict[str, Any]:
    cells = []
    for i, v in enumerate(row.values):
        text = fmt(v, "share" if row.kind == "share" else ("count" if row.kind == "count" else "value"))
        count = row.counts[i]
        detail = ""
        if row.kind == "rate" and count:
            detail = f"{count:,} in all"
        cells.append({"text": text, "detail": detail, "highest": row.highest == i, "note": row.notes[i]})
    return {"label": row.label, "meaning": row.meaning, "cells": cells,
            "highest": labels[row.highest] if row.highest is not None else "—",
            "feature": row.feature}


CHART_ROWS = (
    ("hedging", None, "Hedging"), ("boosters", None, "Boosters"), ("alarmist", None, "Alarmist"),
    ("loaded", None, "Loaded"), ("speculation", None, "Speculation"),
    ("sourcing", "anonymous", "Anonymous sources"), ("style", "direct_address", "Direct address"),
)


def _chart(comparison: Comparison) -> dict[str, Any]:
    """Grouped horizontal bars of rates per 1,000 words, scaled to the row maximum."""
    n = len(comparison.profiles)
    bar_h, gap, label_w, plot_w = 14, 10, 150, 380
    rows = []
    y = 24
    for feature, measure, label in CHART_ROWS:
        vals = []
        for p in comparison.profiles:
            f = p.features[feature]
            v = f.value if measure is None else f.measure(measure).value
            vals.append(v or 0.0)
        top = max(vals) or 1.0
        bars = []
        for i, v in enumerate(vals):
            w = round(plot_w * v / top, 1)
            bars.append({"x": label_w, "y": y + i * bar_h, "w": w, "h": bar_h - 2, "cls": f"a{i % 6}",
                         "label": f"{comparison.labels[i]}: {fmt(v)}", "tx": label_w + w + 4,
                         "ty": y + i * bar_h + bar_h - 4})
        rows.append({"label": label, "y": y + (n * bar_h) / 2 + 4, "bars": bars})
        y += n * bar_h + gap
    legend = [{"x": label_w + i * 90, "cls": f"a{i % 6}", "label": f"Article {lab}"}
              for i, lab in enumerate(comparison.labels)]
    return {"width": label_w + plot_w + 90, "height": y + 4, "rows": rows, "legend": legend,
            "axis_x": label_w, "axis_y2": y - gap + 2,
            "caption": "Rates per 1,000 words; each row is scaled to its largest value."}


def article_view(p: Profile, label: str, i: int) -> tuple[dict[str, Any], dict[str, Any], dict[str, int]]:
    """The card, the highlighted text column and the per-layer counts of one article."""
    a = p.article
    evidence = [e for f in p.features.values() for e in f.evidence]
    counts = {name: 0 for name, _, _ in LAYERS}
    for e in evidence:  # each span's layer worked out once
        layer = layer_of(e)
        if layer in counts:
            counts[layer] += 1
    prediction = None
    if p.prediction:
        prediction = {"label": str(p.prediction.get("label", "")),
                      "probability": fmt(p.prediction.get("probability"), "share"),
                      "model": str(p.prediction.get("model", ""))}
    card = {"label": label, "title": a.title or "(untitled)", "source": a.source or "",
            "url": safe_url(a.url), "url_text": a.url or "", "date": a.date or "",
            "id": a.id, "words": fmt(p.n_words, "count"), "cls": f"a{i % 6}", "prediction": prediction}
    memo: dict[str, str] = {}  # escaped rules, measures and tips of this article
    title = _segments_view(segments(a.title, marks_for(evidence, "title")))
    body = _segments_view(segments(a.text, marks_for(evidence, "text")))
    text = {
        "label": label, "title_text": a.title, "cls": f"a{i % 6}",
        "title": title, "body": body,
        "title_html": highlighted_html(title, memo), "body_html": highlighted_html(body, memo),
        "evidence": _evidence_groups(p, memo),
    }
    return card, text, counts


def legend_view(labels: tuple[str, ...] | list[str], counts: dict[str, list[int]]) -> list[dict[str, Any]]:
    return [{"layer": name, "label": label, "desc": desc,
             "counts": ", ".join(f"{labels[i]} {c}" for i, c in enumerate(counts[name]))}
            for name, label, desc in LAYERS]


def build_compare_view(comparison: Comparison) -> dict[str, Any]:
    """Everything the comparison template shows, as plain strings and numbers."""
    labels = comparison.labels
    articles = []
    texts = []
    legend_counts: dict[str, list[int]] = {name: [] for name, _, _ in LAYERS}
    for i, p in enumerate(comparison.profiles):
        card, text, counts = article_view(p, labels[i], i)
        articles.append(card)
        texts.append(text)
        for name in legend_counts:
            legend_counts[name].append(counts[name])
    legend = legend_view(labels, legend_counts)
    speakers = []
    shared_keys = set(comparison.shared_speakers)
    for i, sp in enumerate(comparison.speakers):
        speakers.append({"label": labels[i], "rows": [
            {"name": s["name"], "kind": KIND_LABELS.get(s["kind"], s["kind"]), "count": s["count"],
             "quotes": s["quotes"], "example": s["example"], "shared": s["name"] in shared_keys}
            for s in sp]})
    n = len(comparison.profiles)
    pairs = [{"a": labels[i], "b": labels[j], "value": f"{comparison.similarity[i][j]:.2f}"}
             for i in range(n) for j in range(i + 1, n)]
    distinctive = [{"label": labels[i], "terms": [{"term": t.term, "count": t.count, "z": f"{t.z:.1f}"}
                                                  for t in terms]}
                   for i, terms in enumerate(comparison.distinctive)]
    return {
        "page_title": "framing: " + " vs ".join(a["title"] for a in articles)[:200],
        "version": __version__,
        "articles": articles,
        "summary": list(comparison.summary) or ["No large differences in the measured rates."],
        "rows": [_row_view(r, labels) for r in comparison.rows],
        "labels": list(labels),
        "legend": legend,
        "texts": texts,
        "speakers": speakers,
        "shared_speakers": list(comparison.shared_speakers),
        "distinctive": distinctive,
        "similarity": {"verdict": comparison.similarity_verdict, "pairs": pairs},
        "chart": _chart(comparison),
        "n_columns": min(n, 3),
        "meanings": [{"name": FEATURE_TITLES[k], "meaning": v} for k, v in MEANINGS.items()],
    }


def render_comparison(comparison: Comparison) -> str:
    """The comparison report as one self-contained HTML page."""
    return environment().get_template("compare.html").render(**build_compare_view(comparison))


def render_sources(view: dict[str, Any]) -> str:
    """The source-profiles page (view-model: :func:`framing.sources.build_sources_view`)."""
    return environment().get_template("sources.html").render(version=__version__, **view)
