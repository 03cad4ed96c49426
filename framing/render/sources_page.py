"""The source-profiles page (``sources.html``): its view-model, built from source profiles and the
model report, and its rendering. Column meanings come from the catalog; the chart's geometry from
:mod:`.charts`."""
from __future__ import annotations

from typing import Any, Sequence

from ..catalog import CHART_ROWS, KEY_COLUMNS, describe_column
from ..types import SourceProfile
from ..version import __version__
from .charts import LABEL_WIDTH, NARROW_WIDTH, PLOT_WIDTH, TOP, Bar, bar_rows
from .environment import environment
from .formatting import fmt

CHART_SOURCES = 6  # the chart shows the largest sources (one colour and pattern each)
_NO_STATS = {"mean": None, "ci_low": None, "ci_high": None}


def _ci_text(st: dict[str, Any], kind: str) -> tuple[str, str]:
    if st["mean"] is None:
        return "n/a", ""
    if kind == "count":
        mean = fmt(st["mean"], "value" if st["mean"] < 100 else "count")
    else:
        mean = fmt(st["mean"], kind)
    if st["ci_low"] is None:
        return mean, "CI n/a"
    k = "share" if kind == "share" else "value"
    return mean, f"{fmt(st['ci_low'], k)} – {fmt(st['ci_high'], k)}"


def _chart(profiles: Sequence[SourceProfile], narrow: bool = False) -> dict[str, Any]:
    """Grouped bars of mean rates per source with 95% CI whiskers, each row scaled to its largest extent
    (``narrow``: the phone layout, the legend one source per line and the labels above the bars)."""
    shown = profiles[:CHART_SOURCES]
    rows = []
    for feature, measure, label in CHART_ROWS:
        col = feature if measure is None else f"{feature}.{measure}"
        bars = []
        for p in shown:
            s = p.stats.get(col, _NO_STATS)
            ci = f" (95% CI {fmt(s['ci_low'])}–{fmt(s['ci_high'])})" if s["ci_low"] is not None else ""
            bars.append(Bar(s["mean"], f"{p.source}: {fmt(s['mean'])}{ci}", fmt(s["mean"]),
                            s["ci_low"], s["ci_high"]))
        rows.append((label, bars))
    chart = bar_rows(rows, narrow, top=TOP + 16 * max(len(shown) - 1, 0) if narrow else TOP)
    legend = []
    x = chart["axis_x"]
    for i, p in enumerate(shown):
        name = p.source if len(p.source) <= 22 else p.source[:21] + "…"
        legend.append({"x": x, "y": 4 + 16 * i if narrow else 4, "cls": f"a{i % 6}", "label": name,
                       "title": p.source})
        if not narrow:
            x += 24 + 7 * len(name)
    width = NARROW_WIDTH if narrow else max(LABEL_WIDTH + PLOT_WIDTH + 90, x)
    return {**chart, "width": width, "legend": legend, "n_shown": len(shown),
            "n_sources": len(profiles), "id": "chart-narrow" if narrow else "chart",
            "variant": "narrow" if narrow else "wide",
            "caption": "Mean rates per 1,000 words with 95% confidence intervals (whiskers); each row is "
                       "scaled to its largest value."}


def _model_view(report: dict[str, Any]) -> dict[str, Any]:
    cv = report["cv"]
    evaluated = bool(cv.get("n_folds"))
    view: dict[str, Any] = {
        "labels": report["labels"], "level": report["label_level"], "rule": report["label_level_rule"],
        "n_articles": report["trained_on"]["n_articles"], "n_sources": report["trained_on"]["n_sources"],
        "class_counts": ", ".join(f"{c} {n}" for c, n in report["trained_on"]["class_counts"].items()),
        "kind": report["model"]["kind"], "c": f"{report['model']['C']:g}",
        "calibration_note": report["model"]["calibration_note"], "evaluated": evaluated,
        "note": cv.get("note", ""), "notes": cv.get("notes", []),
        "features": [{"column": f["column"], "feature": f["feature"], "measure": f["measure"], "kind": f["kind"],
                      "meaning": f["meaning"], "toward": f["toward"],
                      "weights": ", ".join(f"{c} {w:+.2f}" for c, w in f["weights"].items())}
                     for f in report["top_features"]],
        "source_keys": [{"source": s, "key": k} for s, k in report["source_keys"].items()],
    }
    if evaluated:
        cm = cv["confusion_matrix"]
        view.update({
            "n_folds": cv["n_folds"], "accuracy": f"{cv['accuracy']:.3f}", "macro_f1": f"{cv['macro_f1']:.3f}",
            "baseline_accuracy": f"{cv['baseline']['accuracy']:.3f}", "baseline_label": cv["baseline"].get("label", ""),
            "beats_baseline": bool(cv.get("beats_baseline")),
            "baseline_f1": f"{cv['baseline']['macro_f1']:.3f}", "majority_share": f"{cv['majority_share']:.3f}",
            "brier": f"{cv['brier']:.3f}", "cm_labels": cm["labels"],
            "cm_rows": [{"label": lab, "cells": row} for lab, row in zip(cm["labels"],
                                                                          cm["rows_true_columns_predicted"])],
            "folds": [{"fold": f["fold"], "n": f["n_test"], "sources": len(f["test_sources"]),
                       "names": ", ".join(f["test_sources"][:8]) + (" …" if len(f["test_sources"]) > 8 else ""),
                       "accuracy": f"{f['accuracy']:.3f}", "baseline": f"{f['baseline_accuracy']:.3f}"}
                      for f in cv["folds"]],
        })
        ps = cv.get("per_source")
        view["per_source"] = None if ps is None else {
            "n": ps["n_sources"], "accuracy": f"{ps['accuracy']:.3f}", "baseline": f"{ps['baseline_accuracy']:.3f}",
            "rows": ps["predictions"][:60], "more": max(0, len(ps["predictions"]) - 60)}
    return view


def build_sources_view(profiles: Sequence[SourceProfile], n_articles: int, report: dict[str, Any] | None,
                       caveat: str) -> dict[str, Any]:
    """Everything sources.html shows, as plain strings and numbers."""
    rows = []
    for i, p in enumerate(profiles):
        cells = []
        for col, _, kind in KEY_COLUMNS:
            st = p.stats.get(col)
            mean, ci = _ci_text(st, kind) if st else ("n/a", "")
            cells.append({"mean": mean, "ci": ci})
        rows.append({"source": p.source, "n": fmt(p.n, "count"), "cells": cells,
                     "cls": f"a{i % 6}" if i < CHART_SOURCES else ""})
    distinctive = [{"source": p.source, "n": p.n,
                    "terms": [{"term": t["term"], "count": t["count"], "z": f"{t['z']:.1f}"} for t in p.distinctive]}
                   for p in profiles]
    return {
        "page_title": f"framing: {len(profiles)} sources, {n_articles} articles",
        "caveat": caveat,
        "n_articles": fmt(n_articles, "count"), "n_sources": fmt(len(profiles), "count"),
        "columns": [{"label": label, "meaning": describe_column(col)["text"]} for col, label, _ in KEY_COLUMNS],
        "rows": rows,
        "chart": _chart(profiles),
        "chart_narrow": _chart(profiles, narrow=True),
        "distinctive": distinctive,
        "model": _model_view(report) if report is not None else None,
    }


def render_sources(view: dict[str, Any]) -> str:
    """The source-profiles page (view-model: :func:`build_sources_view`)."""
    return environment().get_template("sources.html").render(version=__version__, **view)
