"""The comparison page: its view-model, built from a :class:`Comparison`, and its rendering.

Every number is formatted here and every coordinate of the chart computed in :mod:`.charts`; the
template (``compare.html``) only lays them out. ``article_view`` (an article's card, highlighted text
and evidence) and ``legend_view`` are shared with the batch pages.
"""
from __future__ import annotations

from typing import Any

from ..catalog import CHART_ROWS, FEATURE_TITLES, KIND_LABELS, LAYERS, MEANINGS, VOICE_NOTE, clutter_counts
from ..compare import Comparison, Row
from ..compare.alignment import Passage
from ..compare.headlines import CHARGED_LABELS
from ..compare.questions import excerpt
from ..compare.similarity import SCALE
from ..types import Profile, Speaker
from ..version import __version__
from .charts import LABEL_WIDTH, NARROW_WIDTH, PLOT_WIDTH, Bar, bar_rows
from .environment import environment
from .formatting import fmt, fmt_similarity, safe_url
from .fragments import evidence_groups, highlighted_html, segments_view
from .highlight import clutter_marks, layer_of, marks_for, segments


def _row_view(row: Row, labels: tuple[str, ...]) -> dict[str, Any]:
    cells = []
    for i, v in enumerate(row.values):
        text = fmt(v, "share" if row.kind == "share" else ("count" if row.kind == "count" else "value"))
        count = row.counts[i]
        detail = ""
        if row.kind == "rate" and count:
            detail = f"{count:,} in all"
        quoted = ""  # a writer's-voice row: the sources' words below it
        if row.quoted_counts and row.quoted_counts[i]:
            quoted = (f"quoted: {row.quoted_counts[i]:,}"
                      f" ({fmt(row.quoted_values[i])} per 1,000 quoted words)")
        cells.append({"text": text, "detail": detail, "quoted": quoted, "highest": row.highest == i,
                      "note": row.notes[i]})
    return {"label": row.label, "meaning": row.meaning, "cells": cells,
            "highest": labels[row.highest] if row.highest is not None else "—",
            "feature": row.feature}


def _chart(comparison: Comparison, narrow: bool = False) -> dict[str, Any]:
    """Grouped horizontal bars of rates per 1,000 words, scaled to the row maximum (``narrow``: the
    phone layout, labels above the bars)."""
    rows = []
    for feature, measure, label in CHART_ROWS:
        bars = []
        for i, p in enumerate(comparison.profiles):
            f = p.features[feature]
            v = (f.value if measure is None else f.measure(measure).value) or 0.0
            bars.append(Bar(v, f"{comparison.labels[i]}: {fmt(v)}"))
        rows.append((label, bars))
    chart = bar_rows(rows, narrow)
    step = 80 if narrow else 90
    legend = [{"x": chart["axis_x"] + i * step, "cls": f"a{i % 6}", "label": f"Article {lab}"}
              for i, lab in enumerate(comparison.labels)]
    width = NARROW_WIDTH if narrow else LABEL_WIDTH + PLOT_WIDTH + 90
    return {**chart, "width": max(width, chart["axis_x"] + len(legend) * step), "legend": legend,
            "caption": "Rates per 1,000 words; each row is scaled to its largest value.",
            "id": "chart-narrow" if narrow else "chart", "variant": "narrow" if narrow else "wide"}


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
    source = a.source or ""
    if p.inferred_source:
        source = f"{p.inferred_source} (inferred from the text)"
    card = {"label": label, "title": a.title or "(untitled)", "source": source,
            "url": safe_url(a.url), "url_text": a.url or "", "date": a.date or "",
            "id": a.id, "words": fmt(p.n_words, "count"), "cls": f"a{i % 6}", "prediction": prediction,
            "language": "" if p.is_english else str(p.language)}
    memo: dict[str, str] = {}  # escaped rules, measures and tips of this article
    title = segments_view(segments(a.title, marks_for(evidence, "title")))
    body = segments_view(segments(a.text, marks_for(evidence, "text") + clutter_marks(p.cleaning, "text")))
    text = {
        "label": label, "title_text": a.title, "cls": f"a{i % 6}",
        "title": title, "body": body,
        "title_html": highlighted_html(title, memo), "body_html": highlighted_html(body, memo),
        "evidence": evidence_groups(p, memo),
        "clutter": clutter_view(p),
    }
    return card, text, counts


def clutter_view(p: Profile) -> dict[str, Any]:
    """What was set aside of the text before measuring: a sentence saying how much, and each span."""
    cleaning = p.cleaning
    summary = clutter_counts(cleaning.counts)
    items = []
    for s in cleaning.spans:
        source = p.article.title if s.field == "title" else p.article.text
        piece = " ".join(source[s.start:s.end].split())
        items.append({"rule": s.rule, "text": piece if len(piece) <= 160 else piece[:159] + "…",
                      "where": f"{s.field} {s.start}–{s.end}"})
    return {"summary": summary, "chars": fmt(cleaning.n_chars, "count"), "spans": items}


def speaker_row(s: Speaker) -> dict[str, Any]:
    """One row of a speakers table."""
    return {"name": s.name, "kind": KIND_LABELS.get(s.kind, s.kind), "count": s.count, "quotes": s.quotes,
            "example": s.example}


def legend_view(labels: tuple[str, ...] | list[str], counts: dict[str, list[int]]) -> list[dict[str, Any]]:
    return [{"layer": name, "label": label, "desc": desc,
             "counts": ", ".join(f"{labels[i]} {c}" for i, c in enumerate(counts[name]))}
            for name, label, desc in LAYERS]


MAX_ALIGNED = 10    # aligned groups shown (the rest counted)
MAX_OMISSIONS = 12  # omissions shown (the rest counted)


def _where(p: Passage, labels: tuple[str, ...]) -> str:
    """"A, text 3005–3131": where a span is, for a reader who wants to find it."""
    return f"{labels[p.article]}, {'headline' if p.field == 'title' else 'text'} {p.start}–{p.end}"


def choices_view(comparison: Comparison) -> dict[str, Any]:
    """The "Same story, different choices" section: aligned passages side by side, what only some
    articles carry, the headlines read against their texts, and the discussion questions."""
    labels = comparison.labels
    n = len(comparison.profiles)
    al = comparison.alignment
    aligned = []
    for g in al.groups[:MAX_ALIGNED]:
        cells = [[excerpt(p.text, 400) for p in g.passages if p.article == i] for i in range(n)]
        shared = [f"figures: {', '.join(g.numbers)}"] if g.numbers else []
        shared += [f"speakers: {', '.join(g.speakers)}"] if g.speakers else []
        aligned.append({"cells": cells, "shared": "; ".join(shared), "similarity": f"{g.similarity:.2f}"})
    coverage = []
    for i in range(n):
        total = al.n_sentences[i] if i < len(al.n_sentences) else 0
        alone = len(al.unmatched[i]) if i < len(al.unmatched) else total
        coverage.append(f"{labels[i]}: {total - alone} of {total} sentences")
    headlines = []
    for h in comparison.headlines:
        headlines.append({
            "label": labels[h.article], "cls": f"a{h.article % 6}", "title": h.title or "(untitled)",
            "words": [f"“{w.text}” ({CHARGED_LABELS.get(w.feature, w.feature)})" for w in h.words],
            "unsupported": [f"“{u.text}”: {u.reason}" for u in h.unsupported],
            "claims_more": h.claims_more,
        })
    questions = [{"text": q.text, "evidence": [f"{_where(e, labels)}: “{excerpt(e.text, 80)}”" for e in q.evidence]}
                 for q in comparison.questions]
    omissions = [o.sentence for o in al.omissions]
    return {
        "labels": list(labels),
        "same_story": comparison.similarity_verdict == "same story",
        "verdict": comparison.similarity_verdict,
        "aligned": aligned, "more_aligned": max(0, len(al.groups) - MAX_ALIGNED),
        "coverage": "; ".join(coverage),
        "omissions": omissions[:MAX_OMISSIONS], "more_omissions": max(0, len(omissions) - MAX_OMISSIONS),
        "headlines": headlines,
        "questions": questions,
    }


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
    for i, sp in enumerate(comparison.speakers):
        speakers.append({"label": labels[i], "rows": [
            {**speaker_row(s), "shared": comparison.is_shared(i, s)} for s in sp]})
    n = len(comparison.profiles)
    pairs = [{"a": labels[i], "b": labels[j], "value": fmt_similarity(comparison.similarity[i][j])}
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
        "voice_note": VOICE_NOTE,
        "texts": texts,
        "speakers": speakers,
        "shared_speakers": list(comparison.shared_speakers),
        "distinctive": distinctive,
        "similarity": {"verdict": comparison.similarity_verdict, "pairs": pairs, "scale": SCALE},
        "chart": _chart(comparison),
        "chart_narrow": _chart(comparison, narrow=True),
        "n_columns": min(n, 3),
        "meanings": [{"name": FEATURE_TITLES[k], "meaning": v} for k, v in MEANINGS.items()],
        "choices": choices_view(comparison),
    }


def render_comparison(comparison: Comparison) -> str:
    """The comparison report as one self-contained HTML page."""
    return environment().get_template("compare.html").render(**build_compare_view(comparison))
