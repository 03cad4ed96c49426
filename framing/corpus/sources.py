"""``framing sources``: profiles of news sources, and (with labels) a reliability model.

Per source (the ``source`` field of each article; articles without one are grouped as ``(unknown)``):
the number of articles; for every numeric column of :func:`framing.reliability.model_row` (the columns of
:func:`framing.table.feature_row` and the model's derived title and text measures) the mean with a
95% confidence interval (Student's t: mean ± t(0.975, n-1)·sd/√n over the articles that have a value;
``n/a`` below two values); and the source's distinctive vocabulary against all other sources (the
log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008, over words and
two-word phrases used in at least two articles of the corpus and, for a source of several articles,
in at least two of its own).

Outputs in ``--out DIR``: ``sources.csv`` (one row per source: ``source``, ``n``, then
``COLUMN__mean``, ``COLUMN__ci_low``, ``COLUMN__ci_high`` for every column), ``sources.json`` and
``sources.html``. With ``--labels``: ``model_report.json`` and a model section in the page; with
``--save-model FILE`` the fitted model (:mod:`framing.reliability`).

Labels (JSONL ``{"id", "label"}``) are matched either to article ids (per-article labels, e.g. the
SemEval-2019 hyperpartisan set) or to sources (per-source labels, e.g. MBFC factuality by domain),
whichever matches more articles (a tie goes to article ids). Sources and label ids are compared in
lower case without ``http(s)://``, ``www.`` and a trailing ``/``; a source that is not itself a label
id is also tried through :data:`PUBLISHER_DOMAINS` (PolNeAR's publisher names, e.g. ``nyt`` ->
``nytimes.com``) and as ``NAME.com``. Articles without a matching label are left out of the model.
"""
from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import math
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..analysis import analyze
from ..ingest.files import load_many
from ..errors import FramingError, InputError
from ..learn.reliability import model_row
from ..table import META_COLUMNS
from ..types import Article

UNKNOWN = "(unknown)"
CAVEAT = ("These are measures of writing style (hedging, alarm, loaded words, sourcing, readability ...), "
          "not verdicts on truth, on an article or on an outlet. A source's numbers describe the articles "
          "given here, not the outlet as a whole.")

# Publisher names as they appear in corpora (PolNeAR) -> the domains rating lists use.
PUBLISHER_DOMAINS: dict[str, tuple[str, ...]] = {
    "nyt": ("nytimes.com",),
    "new-york-times": ("nytimes.com",),
    "breitbart": ("breitbart.com",),
    "politico": ("politico.com",),
    "usa-today": ("usatoday.com",),
    "wash-post": ("washingtonpost.com",),
    "washington-post": ("washingtonpost.com",),
    "huff-post": ("huffpost.com", "huffingtonpost.com"),
    "huffington-post": ("huffpost.com", "huffingtonpost.com"),
    "west-journal": ("westernjournal.com", "westernjournalism.com"),
}

# Columns shown in the page's table: (column, label, kind)
KEY_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("style.words", "Words", "count"),
    ("readability", "Reading grade", "value"),
    ("hedging", "Hedging", "value"),
    ("boosters", "Boosters", "value"),
    ("alarmist", "Alarmist", "value"),
    ("loaded", "Loaded", "value"),
    ("sentiment", "Tone", "value"),
    ("sourcing", "Attributions", "value"),
    ("sourcing.anonymous", "Anonymous sources", "value"),
    ("sourcing.quoted_share", "Quoted text", "share"),
    ("speculation", "Speculation", "value"),
)
CHART_SOURCES = 6  # the chart shows the largest sources (one colour and pattern each)
TOP_TERMS = 12
PARALLEL_MIN = 24  # below this many articles, analyse in this process


# ------------------------------------------------------------------ analysis

def _row(article: Article) -> dict[str, Any]:
    return model_row(analyze(article))  # feature_row + the reliability model's derived columns


def feature_rows(articles: Sequence[Article], jobs: int | None = None, progress: bool = False) -> list[dict[str, Any]]:
    """model_row (feature_row + derived columns) of every article, in input order. ``jobs`` worker
    processes (None: all cores); the rows are identical whatever the number of workers."""
    n = len(articles)
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise FramingError(f"--jobs must be 1 or more, got {jobs}")
    out: list[dict[str, Any]] = []
    show = progress and sys.stderr.isatty()

    def tick(i: int) -> None:
        if show and (i == n or i % 10 == 0):
            print(f"\ranalysing {i}/{n} articles", end="" if i < n else "\n", file=sys.stderr, flush=True)

    if jobs == 1 or n < PARALLEL_MIN:
        for a in articles:
            out.append(_row(a))
            tick(len(out))
        return out
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(32, n // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=min(jobs, n)) as pool:
        for r in pool.map(_row, articles, chunksize=chunk):  # map keeps the input order
            out.append(r)
            tick(len(out))
    return out


# ------------------------------------------------------------------ statistics

@functools.lru_cache(maxsize=None)
def t_quantile(q: float, df: int) -> float:
    from scipy.stats import t

    return float(t.ppf(q, df))


def mean_ci(values: Sequence[float], level: float = 0.95) -> dict[str, Any]:
    """n, mean and the t-interval of the mean; ci_low/ci_high are None for n < 2."""
    n = len(values)
    if n == 0:
        return {"n": 0, "mean": None, "ci_low": None, "ci_high": None}
    mean = math.fsum(values) / n
    if n < 2:
        return {"n": 1, "mean": mean, "ci_low": None, "ci_high": None}
    sd = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))
    half = t_quantile(0.5 + level / 2, n - 1) * sd / math.sqrt(n)
    return {"n": n, "mean": mean, "ci_low": mean - half, "ci_high": mean + half}


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 6) + 0.0


def source_of(article: Article) -> str:
    return (article.source or "").strip() or UNKNOWN


def numeric_columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Every numeric column of the rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for r in rows:
        for k in r:
            if k not in META_COLUMNS:
                seen.setdefault(k, None)
    return list(seen)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


@dataclass
class SourceProfile:
    source: str
    n: int
    stats: dict[str, dict[str, Any]]  # column -> {"n", "mean", "ci_low", "ci_high"}
    distinctive: list[dict[str, Any]] = field(default_factory=list)  # {"term", "z", "count"}

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "n": self.n, "stats": self.stats, "distinctive": self.distinctive}


def source_profiles(articles: Sequence[Article], rows: Sequence[dict[str, Any]],
                    top_terms: int = TOP_TERMS) -> tuple[list[str], list[SourceProfile]]:
    """(columns, one profile per source, largest first, then by name)."""
    columns = numeric_columns(rows)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        by_source[source_of(a)].append(i)
    order = sorted(by_source, key=lambda s: (-len(by_source[s]), s))
    terms = distinctive_terms([f"{a.title}\n{a.text}" for a in articles], [source_of(a) for a in articles],
                              top=top_terms)
    profiles = []
    for s in order:
        idx = by_source[s]
        stats = {}
        for c in columns:
            st = mean_ci([float(rows[i][c]) for i in idx if _is_number(rows[i].get(c))])
            stats[c] = {k: (_round(v) if k != "n" else v) for k, v in st.items()}
        profiles.append(SourceProfile(s, len(idx), stats, terms.get(s, [])))
    return columns, profiles


# ------------------------------------------------------------------ vocabulary

TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}(?:['’-][^\W\d_]+)*\b"


def distinctive_terms(docs: Sequence[str], groups: Sequence[str], top: int = TOP_TERMS,
                      prior_scale: float = 10.0) -> dict[str, list[dict[str, Any]]]:
    """Terms most characteristic of each group of documents against all the others.

    The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): the prior is
    the corpus frequency of each term times ``prior_scale * sqrt(vocabulary size)``; a term's z-score is
    its log-odds difference over its standard deviation. Only terms used twice or more by the group (in
    two or more of its documents when it has several) with z > 0 are listed, best first; a word already
    covered by a listed two-word phrase with the same count is skipped. Vectorised over the vocabulary
    (sparse counts), so it scales to hundreds of groups.
    """
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer

    names = sorted(set(groups))
    if len(names) < 2 or not docs:
        return {g: [] for g in names}
    vec = CountVectorizer(ngram_range=(1, 2), stop_words="english", lowercase=True, token_pattern=TOKEN_PATTERN,
                          min_df=2 if len(docs) > 2 else 1)
    try:
        x = vec.fit_transform(docs).tocsr()
    except ValueError:  # empty vocabulary
        return {g: [] for g in names}
    vocab = vec.get_feature_names_out()
    gi = {g: i for i, g in enumerate(names)}
    member = sparse.csr_matrix((np.ones(len(docs)), ([gi[g] for g in groups], np.arange(len(docs)))),
                               shape=(len(names), len(docs)))
    counts = (member @ x).toarray()
    doc_freq = (member @ (x > 0).astype(np.int64)).toarray()
    n_docs = np.asarray(member.sum(axis=1)).ravel()
    totals = counts.sum(axis=0).astype(float)
    grand = totals.sum()
    alpha0 = prior_scale * math.sqrt(len(vocab))
    prior = alpha0 * totals / grand
    out: dict[str, list[dict[str, Any]]] = {}
    for g, i in gi.items():
        y_i = counts[i].astype(float)
        y_j = totals - y_i
        n_i, n_j = y_i.sum(), y_j.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((y_i + prior) / (n_i + alpha0 - y_i - prior)) - \
                np.log((y_j + prior) / (n_j + alpha0 - y_j - prior))
            z = delta / np.sqrt(1.0 / (y_i + prior) + 1.0 / (y_j + prior))
        ok = (y_i >= 2) & (doc_freq[i] >= min(2, n_docs[i])) & np.isfinite(z) & (z > 0)
        cand = np.flatnonzero(ok)
        cand = sorted(cand.tolist(), key=lambda k: (-z[k], vocab[k]))
        kept: list[dict[str, Any]] = []
        phrases: list[tuple[set[str], int]] = []
        for k in cand:
            term, count = str(vocab[k]), int(y_i[k])
            if " " not in term and any(term in words and c == count for words, c in phrases):
                continue
            if " " in term:
                phrases.append((set(term.split()), count))
            kept.append({"term": term, "z": round(float(z[k]), 3), "count": count})
            if len(kept) == top:
                break
        out[g] = kept
    return out


# ------------------------------------------------------------------ labels

def _norm(name: str) -> str:
    s = name.strip().lower()
    for prefix in ("https://", "http://"):
        if s.startswith(prefix):
            s = s[len(prefix):]
    if s.startswith("www."):
        s = s[4:]
    return s.rstrip("/")


def read_labels(path: str) -> dict[str, str]:
    """JSONL ``{"id", "label"}`` per line -> {id: label}. InputError naming the line if malformed."""
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a folder, not a labels file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    labels: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or "id" not in rec or "label" not in rec:
            raise InputError(f"{path}:{n}", "each line needs an \"id\" and a \"label\"")
        if rec["label"] is None or str(rec["label"]).strip() == "":
            raise InputError(f"{path}:{n}", "empty label")
        key, label = str(rec["id"]), str(rec["label"]).strip()
        if key in labels and labels[key] != label:
            raise InputError(f"{path}:{n}", f"id {key!r} has two labels ({labels[key]!r}, {label!r})")
        labels[key] = label
    if not labels:
        raise InputError(path, "holds no labels")
    return labels


def source_label_key(source: str, by_norm: dict[str, str]) -> str | None:
    """The label id a source matches (directly, through PUBLISHER_DOMAINS, or as NAME.com), or None."""
    s = _norm(source)
    for cand in (s, *PUBLISHER_DOMAINS.get(s, ()), s + ".com" if "." not in s else ""):
        if cand and cand in by_norm:
            return by_norm[cand]
    return None


@dataclass
class LabelMatch:
    level: str  # "article" or "source"
    labels: list[str | None]  # per article (None: not labelled)
    source_keys: dict[str, str]  # source -> label id it matched (per-source level)
    n_article_matches: int
    n_source_matches: int


def match_labels(articles: Sequence[Article], labels: dict[str, str], where: str) -> LabelMatch:
    """Decide per-article vs per-source labels by which ids match more articles (tie: per-article)."""
    by_article = [labels.get(a.id) for a in articles]
    by_norm = {_norm(k): k for k in labels}
    keys = {s: source_label_key(s, by_norm) for s in {source_of(a) for a in articles}}
    keys = {s: k for s, k in keys.items() if k is not None}
    by_source = [labels[keys[source_of(a)]] if source_of(a) in keys else None for a in articles]
    n_art = sum(v is not None for v in by_article)
    n_src = sum(v is not None for v in by_source)
    if n_art == 0 and n_src == 0:
        raise InputError(where, "no label id matches an article id or a source of the corpus")
    if n_art >= n_src:
        return LabelMatch("article", by_article, {}, n_art, n_src)
    return LabelMatch("source", by_source, keys, n_art, n_src)


# ------------------------------------------------------------------ the command

def _csv(columns: list[str], profiles: list[SourceProfile]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["source", "n"] + [f"{c}__{k}" for c in columns for k in ("mean", "ci_low", "ci_high")])
    for p in profiles:
        cells: list[Any] = [p.source, p.n]
        for c in columns:
            st = p.stats[c]
            cells += ["" if st[k] is None else repr(st[k]) for k in ("mean", "ci_low", "ci_high")]
        w.writerow(cells)
    return buf.getvalue()


def _write(path: Path, content: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(content, encoding="utf-8")
    os.replace(tmp, path)


def build_model_report(articles: Sequence[Article], rows: Sequence[dict[str, Any]], columns: list[str],
                       match: LabelMatch, labels_path: str, name: str):
    """Fit on all labelled articles and cross-validate by source: (model, report dict)."""

    from ..learn.reliability import cross_validate, design_matrix, fit_reliability

    idx = [i for i, lab in enumerate(match.labels) if lab is not None]
    y = [match.labels[i] for i in idx]
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


def main_sources(args: argparse.Namespace) -> int:
    """The ``framing sources`` subcommand."""
    t0 = time.monotonic()
    quiet = bool(getattr(args, "quiet", False))
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise FramingError(f"{args.out}: exists and is not a folder")
    inputs: list[str] = []
    for item in args.inputs:  # a folder stands for the article files inside it
        p = Path(item)
        if p.is_dir():
            files = sorted(str(f) for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
            if not files:
                raise InputError(item, "is an empty folder")
            inputs.extend(files)
        else:
            inputs.append(item)
    articles = load_many(inputs)
    if not articles:
        raise FramingError("the input holds no articles")
    ids = Counter(a.id for a in articles)
    labels = read_labels(args.labels) if args.labels else None
    match = match_labels(articles, labels, args.labels) if labels is not None else None
    if match is not None and match.level == "article":
        dup = sorted(i for i, c in ids.items() if c > 1)
        if dup:
            raise InputError(args.labels, f"labels are per article but article id {dup[0]!r} occurs {ids[dup[0]]} times")
    if args.save_model and labels is None:
        raise FramingError("--save-model needs --labels (the model predicts the labels)")

    rows = feature_rows(articles, args.jobs, progress=not quiet)
    columns, profiles = source_profiles(articles, rows)
    out.mkdir(parents=True, exist_ok=True)

    report = None
    if match is not None:
        name = Path(args.save_model).stem if args.save_model else Path(args.labels).stem
        model, report = build_model_report(articles, rows, columns, match, args.labels, name)
        _write(out / "model_report.json", json.dumps(report, indent=1, ensure_ascii=False) + "\n")
        if args.save_model:
            model_path = Path(args.save_model)
            if model_path.is_dir():
                raise FramingError(f"{args.save_model}: is a folder; give a file name for the model")
            model_path.parent.mkdir(parents=True, exist_ok=True)
            model.save(model_path)

    data = {"format": "framing-sources/1", "caveat": CAVEAT, "n_articles": len(articles),
            "n_sources": len(profiles), "columns": columns,
            "ci": "95% t-interval of the mean over the articles with a value; null below two values",
            "sources": [p.to_dict() for p in profiles]}
    _write(out / "sources.json", json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    _write(out / "sources.csv", _csv(columns, profiles))
    from ..render import render_sources
    _write(out / "sources.html", render_sources(build_sources_view(profiles, len(articles), report)))
    if not quiet:
        msg = f"wrote {out}/sources.html, sources.csv, sources.json ({len(articles)} articles, {len(profiles)} sources"
        if report is not None:
            cv = report["cv"]
            if cv.get("n_folds"):
                msg += (f"; model: accuracy {cv['accuracy']:.3f}, macro-F1 {cv['macro_f1']:.3f}, majority baseline "
                        f"{cv['baseline']['accuracy']:.3f}, {cv['n_folds']} source-disjoint folds")
            msg += "; model_report.json" + (f"; model saved to {args.save_model}" if args.save_model else "")
        print(msg + f") in {time.monotonic() - t0:.1f} s", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ the page's view-model

def _ci_text(st: dict[str, Any], kind: str) -> tuple[str, str]:
    from ..render import fmt

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


def _chart(profiles: list[SourceProfile]) -> dict[str, Any]:
    """Grouped bars of mean rates per source with 95% CI whiskers, each row scaled to its largest extent."""
    from ..render import CHART_ROWS, fmt

    shown = profiles[:CHART_SOURCES]
    n = len(shown)
    bar_h, gap, label_w, plot_w = 14, 10, 150, 380
    rows = []
    y = 24
    for feature, measure, label in CHART_ROWS:
        col = feature if measure is None else f"{feature}.{measure}"
        stats = [p.stats.get(col, {"mean": None, "ci_low": None, "ci_high": None}) for p in shown]
        top = max([max(s["mean"] or 0.0, s["ci_high"] or 0.0) for s in stats] + [0.0]) or 1.0
        bars = []
        for i, s in enumerate(stats):
            v = max(s["mean"] or 0.0, 0.0)
            w = round(plot_w * v / top, 1)
            by = y + i * bar_h
            whisker = None
            if s["ci_low"] is not None:
                x1 = round(label_w + plot_w * max(s["ci_low"], 0.0) / top, 1)
                x2 = round(label_w + plot_w * max(s["ci_high"], 0.0) / top, 1)
                whisker = {"x1": x1, "x2": x2, "y": by + (bar_h - 2) / 2, "y1": by + 2, "y2": by + bar_h - 4}
            ci = f" (95% CI {fmt(s['ci_low'])}–{fmt(s['ci_high'])})" if s["ci_low"] is not None else ""
            text_x = max(label_w + w, whisker["x2"] if whisker else 0) + 4
            bars.append({"x": label_w, "y": by, "w": w, "h": bar_h - 2, "cls": f"a{i % 6}",
                         "label": f"{shown[i].source}: {fmt(s['mean'])}{ci}", "short": fmt(s["mean"]),
                         "tx": text_x, "ty": by + bar_h - 4, "whisker": whisker})
        rows.append({"label": label, "y": y + (n * bar_h) / 2 + 4, "bars": bars})
        y += n * bar_h + gap
    legend = []
    x = label_w
    for i, p in enumerate(shown):
        name = p.source if len(p.source) <= 22 else p.source[:21] + "…"
        legend.append({"x": x, "cls": f"a{i % 6}", "label": name, "title": p.source})
        x += 24 + 7 * len(name)
    width = max(label_w + plot_w + 90, x)
    return {"width": width, "height": y + 4, "rows": rows, "legend": legend, "axis_x": label_w,
            "axis_y2": y - gap + 2, "n_shown": n, "n_sources": len(profiles),
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
            "baseline_accuracy": f"{cv['baseline']['accuracy']:.3f}",
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


def build_sources_view(profiles: list[SourceProfile], n_articles: int,
                       report: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything sources.html shows, as plain strings and numbers."""
    from ..render import fmt

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
    from ..learn.reliability import describe_column

    return {
        "page_title": f"framing: {len(profiles)} sources, {n_articles} articles",
        "caveat": CAVEAT,
        "n_articles": fmt(n_articles, "count"), "n_sources": fmt(len(profiles), "count"),
        "columns": [{"label": label, "meaning": describe_column(col)["text"]} for col, label, _ in KEY_COLUMNS],
        "rows": rows,
        "chart": _chart(profiles),
        "distinctive": distinctive,
        "model": _model_view(report) if report is not None else None,
    }
