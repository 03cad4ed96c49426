"""Source profiles: per news source, what its articles' writing looks like, and (with labels) a
reliability model. The ``framing sources`` command calls :func:`run_sources`.

Per source (the ``source`` field of each article; articles without one are grouped as ``(unknown)``):
the number of articles; for every numeric column of :func:`framing.learn.columns.model_row` (the
columns of :meth:`framing.types.Profile.to_row` and the model's derived title and text measures) the
mean with a 95% percentile bootstrap interval (:mod:`framing.corpus.intervals`: it never leaves the
values' possible range; ``n/a`` below five values); and the source's distinctive vocabulary against all other sources
(:func:`framing.compare.vocabulary.distinctive_by_group`: words and two-word phrases used in at least
two articles of the corpus and, for a source of several articles, in at least two of its own).

Outputs in ``out``: ``sources.csv`` (one row per source: ``source``, ``n``, then ``COLUMN__mean``,
``COLUMN__ci_low``, ``COLUMN__ci_high`` for every column), ``sources.json`` and ``sources.html``. With
labels (:mod:`framing.corpus.labels`): ``model_report.json`` and a model section in the page; with
``save_model`` the fitted model (:mod:`framing.learn.reliability`).
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..analysis import analyze
from ..atomic import write_atomic
from ..compare.vocabulary import distinctive_by_group
from ..errors import FramingError, InputError
from ..ingest.files import MAX_ARTICLE_CHARS, load_many
from ..learn.columns import model_row
from ..types import META_COLUMNS, Article, SourceProfile
import numpy as np

from .intervals import DESCRIPTION, bootstrap_means, mean_ci
from .labels import UNKNOWN, LabelMatch, match_labels, read_labels, source_of
from .runner import WorkerPool, default_jobs
from .tables import csv_cell

__all__ = ["run_sources", "SourcesResult", "SourceProfile", "source_profiles", "feature_rows", "build_model_report",
           "mean_ci", "match_labels", "read_labels", "source_of", "UNKNOWN", "CAVEAT"]

CAVEAT = ("These are measures of writing style (hedging, alarm, loaded words, sourcing, readability ...), "
          "not verdicts on truth, on an article or on an outlet. A source's numbers describe the articles "
          "given here, not the outlet as a whole.")
TOP_TERMS = 12
PARALLEL_MIN = 24  # below this many articles, analyse in this process


# ------------------------------------------------------------------ analysis

def _row(article: Article) -> dict[str, Any]:
    return model_row(analyze(article))  # Profile.to_row + the reliability model's derived columns


def feature_rows(articles: Sequence[Article], jobs: int | None = None, progress: bool = False) -> list[dict[str, Any]]:
    """model_row (Profile.to_row + derived columns) of every article, in input order. ``jobs`` worker
    processes (None: all cores); the rows are identical whatever the number of workers."""
    n = len(articles)
    jobs = default_jobs(jobs)
    show = progress and sys.stderr.isatty()
    done = 0

    def tick(k: int) -> None:
        nonlocal done
        done += k
        if show and (done == n or done % 10 == 0):
            print(f"\ranalysing {done}/{n} articles", end="" if done < n else "\n", file=sys.stderr, flush=True)

    with WorkerPool(1 if n < PARALLEL_MIN else min(jobs, n)) as pool:
        return pool.map(_row, articles, tick)


def stored_corpus(inputs: Sequence[str | os.PathLike[str]]) -> tuple[list[Article], list[dict[str, Any]]] | None:
    """The articles and rows of a batch's store, when the only input is a batch folder (or its
    ``framing.sqlite``): read from the store, not analysed again."""
    from .store import STORE_FILE, load_profile, open_store

    if len(inputs) != 1:
        return None
    path = Path(inputs[0])
    if not ((path.is_dir() and (path / STORE_FILE).is_file()) or (path.is_file() and path.name == STORE_FILE)):
        return None
    con = open_store(path)
    try:
        articles, rows = [], []
        for (seq,) in con.execute("SELECT seq FROM articles ORDER BY seq").fetchall():
            profile = load_profile(con, seq)
            articles.append(profile.article)
            rows.append(model_row(profile))
        return articles, rows
    finally:
        con.close()


# ------------------------------------------------------------------ profiles

def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 6) + 0.0


def _numeric_columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Every numeric column of the rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for r in rows:
        for k in r:
            if k not in META_COLUMNS:
                seen.setdefault(k, None)
    return list(seen)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def source_profiles(articles: Sequence[Article], rows: Sequence[dict[str, Any]],
                    top_terms: int = TOP_TERMS) -> tuple[list[str], list[SourceProfile]]:
    """(columns, one profile per source, largest first, then by name)."""
    columns = _numeric_columns(rows)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        by_source[source_of(a)].append(i)
    order = sorted(by_source, key=lambda s: (-len(by_source[s]), s))
    terms = distinctive_by_group([f"{a.title}\n{a.text}" for a in articles], [source_of(a) for a in articles],
                                 top=top_terms)
    profiles = []
    for s in order:
        idx = by_source[s]
        matrix = np.array([[float(rows[i][c]) if _is_number(rows[i].get(c)) else np.nan for c in columns]
                           for i in idx], dtype=float).reshape(len(idx), len(columns))
        stats = {c: {k: (_round(v) if k != "n" else v) for k, v in st.items()}
                 for c, st in zip(columns, bootstrap_means(matrix, s))}
        profiles.append(SourceProfile(s, len(idx), stats, terms.get(s, [])))
    return columns, profiles


def sources_csv(columns: list[str], profiles: list[SourceProfile]) -> str:
    """The sources table as CSV (source names neutralised against formula injection, as in
    :func:`framing.corpus.tables.csv_cell`)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["source", "n"] + [f"{c}__{k}" for c in columns for k in ("mean", "ci_low", "ci_high")])
    for p in profiles:
        cells: list[Any] = [csv_cell(p.source), p.n]
        for c in columns:
            st = p.stats[c]
            cells += ["" if st[k] is None else repr(st[k]) for k in ("mean", "ci_low", "ci_high")]
        w.writerow(cells)
    return buf.getvalue()


# ------------------------------------------------------------------ the model

def build_model_report(articles: Sequence[Article], rows: Sequence[dict[str, Any]], columns: list[str],
                       match: LabelMatch, labels_path: str, name: str) -> tuple[Any, dict[str, Any]]:
    """Fit on all labelled articles and cross-validate by source: (model, report dict)."""
    from ..learn.columns import design_matrix
    from ..learn.reliability import fit_reliability
    from ..learn.reliability_cv import cross_validate

    idx = [i for i, lab in enumerate(match.labels) if lab is not None]
    y = [str(match.labels[i]) for i in idx]
    groups = [source_of(articles[i]) for i in idx]
    raw = design_matrix([rows[i] for i in idx], columns)
    if len(set(y)) < 2:
        raise FramingError(f"{labels_path}: the matched labels hold a single class ({y[0]}); a model needs two")
    cv = cross_validate(raw, y, groups, columns, source_level=match.level == "source")
    trained_on = {"labels": os.path.basename(labels_path), "label_level": match.level,
                  "n_articles": len(idx), "n_sources": len(set(groups)),
                  "class_counts": dict(sorted(Counter(y).items()))}
    model = fit_reliability(raw, y, groups, columns, name=name, meta={"trained_on": trained_on, "cv": cv})
    report = {
        "format": "framing-model-report/1",
        "caveat": CAVEAT + " A model trained on labels of outlets learns which writing habits go with those "
                           "labels in this corpus; it cannot check facts.",
        "labels": os.path.basename(labels_path),
        "label_level": match.level,
        "label_level_rule": ("labels matched to article ids" if match.level == "article" else
                             "labels matched to sources (domains; publisher names mapped to domains)"),
        "articles_matched": {"by_article_id": match.n_article_matches, "by_source": match.n_source_matches},
        "source_keys": dict(sorted(match.source_keys.items())),
        "model": {"kind": "logistic regression (scikit-learn, L2, lbfgs, random_state=0) on standardised "
                          "sign(x)*log(1+|x|) features", "C": model.c, "n_columns": len(model.columns),
                  "classes": list(model.classes), "calibration": model.calibration["method"],
                  "calibration_note": model.calibration["note"]},
        "trained_on": trained_on,
        "cv": cv,
        "top_features": model.top_features(12),
    }
    return model, report


# ------------------------------------------------------------------ the run

@dataclass
class SourcesResult:
    out_dir: Path
    n_articles: int
    n_sources: int
    report: dict[str, Any] | None = None  # the model report, with labels
    model_path: Path | None = None        # where the model was saved, if it was


def _expand(inputs: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The inputs, a folder standing for the article files inside it."""
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files = sorted(str(f) for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
            if not files:
                raise InputError(str(item), "is an empty folder")
            out.extend(files)
        else:
            out.append(str(item))
    return out


def run_sources(inputs: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                labels: str | None = None, save_model: str | None = None, force: bool = False,
                jobs: int | None = None, progress: bool = False,
                max_chars: int | None = MAX_ARTICLE_CHARS) -> SourcesResult:
    """Profile the sources of ``inputs`` and write ``sources.{html,csv,json}`` (and, with ``labels``,
    ``model_report.json``; with ``save_model``, the model) to ``out_dir``.

    A model that does not beat the majority-class baseline under source-disjoint cross-validation is
    not saved (the pages and the report are written, saying so) unless ``force``; that raises
    :class:`FramingError` after the other outputs are written."""
    from ..render.sources_page import build_sources_view, render_sources

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise FramingError(f"{out_dir}: exists and is not a folder")
    stored = stored_corpus(inputs)
    articles = stored[0] if stored else load_many(_expand(inputs), max_chars=max_chars)
    if not articles:
        raise FramingError("the input holds no articles")
    ids = Counter(a.id for a in articles)
    label_map = read_labels(labels) if labels else None
    match = match_labels(articles, label_map, str(labels)) if label_map is not None and labels else None
    if match is not None and match.level == "article":
        dup = sorted(i for i, c in ids.items() if c > 1)
        if dup:
            raise InputError(str(labels), f"labels are per article but article id {dup[0]!r} occurs "
                                          f"{ids[dup[0]]} times")
    if save_model and label_map is None:
        raise FramingError("--save-model needs --labels (the model predicts the labels)")

    rows = stored[1] if stored else feature_rows(articles, jobs, progress=progress)
    columns, profiles = source_profiles(articles, rows)
    out.mkdir(parents=True, exist_ok=True)

    report = None
    model_path = None
    if match is not None and labels:
        name = Path(save_model).stem if save_model else Path(labels).stem
        model, report = build_model_report(articles, rows, columns, match, labels, name)
        write_atomic(out / "model_report.json", json.dumps(report, indent=1, ensure_ascii=False) + "\n")
        refused = save_model and not report["cv"].get("beats_baseline") and not force
        if save_model and not refused:
            model_path = Path(save_model)
            if model_path.is_dir():
                raise FramingError(f"{save_model}: is a folder; give a file name for the model")
            model.save(model_path)

    data = {"format": "framing-sources/1", "caveat": CAVEAT, "n_articles": len(articles),
            "n_sources": len(profiles), "columns": columns,
            "ci": DESCRIPTION,
            "sources": [p.to_dict() for p in profiles]}
    write_atomic(out / "sources.json", json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    write_atomic(out / "sources.csv", sources_csv(columns, profiles))
    write_atomic(out / "sources.html", render_sources(build_sources_view(profiles, len(articles), report, CAVEAT)))
    if report is not None and save_model and model_path is None:
        cv = report["cv"]
        figures = (f"accuracy {cv['accuracy']:.3f} vs {cv['baseline']['accuracy']:.3f}" if cv.get("n_folds")
                   else "it could not be evaluated")
        raise FramingError(f"{save_model}: not saved: the model does not beat the majority-class baseline under "
                           f"source-disjoint cross-validation ({figures}); the report is in {out}/ (--force saves "
                           "it anyway)")
    return SourcesResult(out, len(articles), len(profiles), report, model_path)
