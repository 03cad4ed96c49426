"""Train the cue model: which report-verb matches are attribution cues (PolNeAR).

``python -m framing.train cues`` reads PolNeAR's train split, builds the
candidates framing's sourcing rules produce (report-verb matches with their
context and the speaker the rules found), labels a candidate positive when it
overlaps an annotated ``Cue`` span, and fits a logistic regression
(``framing.model.fit_linear``). The decision threshold is the one that
maximises exact-span cue F1 in 5-fold cross-validation grouped by article.

Span boundaries are learned as three tables from the same data and stored in
the model: words before a cue that annotators include ("has said", "also
noted"), tokens after it they include ("said:", "asked about") and phrases
they cut to their first word ("told reporters" -> "told"). Terms seen at least
``SKIP_MIN_SEEN`` times and annotated as cues less than ``SKIP_RATE`` of the
time are listed as ``skip_terms`` and not even considered. Only entries seen
at least ``MIN_SEEN`` times and included more often than not are kept. The
cross-validated figures are the expected held-out figures. The model is
written to ``framing/models/cues.json``.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import Path

from ..evaluate import exact_prf, load_articles_jsonl, load_labels
from ..features._base import Context
from ..features.sourcing import cue_candidates, cue_span
from ..model import fit_linear, save_model

SEED = 13
FOLDS = 5
C = 0.5
MIN_SEEN = 5
MIN_WEIGHT = 0.25
SKIP_MIN_SEEN = 20   # a term seen this often ...
SKIP_RATE = 0.05     # ... and a cue less often than this is not even a candidate


def _examples(articles, labels):
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in labels:
        if r["label"] == "Cue":
            gold[str(r["id"])].append((int(r["start"]), int(r["end"])))
    rows = []  # (article id, candidate, overlapping gold span or None)
    for a in articles:
        ctx = Context(a)
        spans = gold.get(a.id, [])
        for c in cue_candidates(ctx):
            if c.doc is not ctx.text:
                continue
            s, e = c.doc.starts[c.match.first], c.doc.ends[c.match.stop - 1]
            hit = next((g for g in spans if s < g[1] and g[0] < e), None)
            rows.append((a.id, c, hit))
    return rows, gold


def _boundary_tables(rows) -> dict[str, dict[str, float]]:
    seen: dict[str, Counter] = {"left": Counter(), "right": Counter(), "head_only": Counter()}
    took: dict[str, Counter] = {"left": Counter(), "right": Counter(), "head_only": Counter()}
    for _, c, hit in rows:
        if hit is None:
            continue
        doc, m = c.doc, c.match
        j = m.first - 1
        while j >= 0 and doc.is_word[j] and doc.text[doc.ends[j]:doc.starts[j + 1]].isspace():
            seen["left"][doc.norms[j]] += 1
            if hit[0] <= doc.starts[j]:
                took["left"][doc.norms[j]] += 1
                j -= 1
            else:
                break
        k = m.stop
        if k < len(doc.tokens):
            key = f"{m.entry.term}|{doc.norms[k]}"
            seen["right"][key] += 1
            if hit[1] >= doc.ends[k]:
                took["right"][key] += 1
        if len(m.entry.words) > 1:
            seen["head_only"][m.entry.term] += 1
            if hit[1] <= doc.ends[m.first]:
                took["head_only"][m.entry.term] += 1
    return {name: {w: round(took[name][w] / n, 3) for w, n in sorted(seen[name].items())
                   if n >= MIN_SEEN and took[name][w] / n > 0.5}
            for name in seen}


def _predicted(rows, probs, threshold, tables):
    pred = defaultdict(list)
    for p, (aid, c, _) in zip(probs, rows):
        if p >= threshold:
            first, stop = cue_span(c.doc, c.match, tables)
            pred[aid].append((c.doc.starts[first], c.doc.ends[stop - 1]))
    return pred


def train(corpora: Path, out: Path) -> dict:
    folder = corpora / "polnear"
    articles = load_articles_jsonl(str(folder / "articles.train.jsonl"))
    labels = load_labels(str(folder / "labels.train.jsonl"))
    rows, gold = _examples(articles, labels)
    ys = [int(hit is not None) for _, _, hit in rows]
    ids = sorted({a.id for a in articles})
    random.Random(SEED).shuffle(ids)
    fold_of = {aid: k % FOLDS for k, aid in enumerate(ids)}
    probs = [0.0] * len(rows)
    fold_tables = {}
    for k in range(FOLDS):
        train_idx = [i for i, r in enumerate(rows) if fold_of[r[0]] != k]
        model = fit_linear("cues", [rows[i][1].features for i in train_idx], [ys[i] for i in train_idx], c=C,
                           min_weight=MIN_WEIGHT)
        fold_tables[k] = _boundary_tables([rows[i] for i in train_idx])
        for i, r in enumerate(rows):
            if fold_of[r[0]] == k:
                probs[i] = model.probability(r[1].features)
    def cv_predictions(t: float) -> dict[str, list[tuple[int, int]]]:
        pred = defaultdict(list)
        for k in range(FOLDS):
            idx = [i for i, r in enumerate(rows) if fold_of[r[0]] == k]
            for aid, spans in _predicted([rows[i] for i in idx], [probs[i] for i in idx], t,
                                         fold_tables[k]).items():
                pred[aid].extend(spans)
        return pred

    threshold = max((exact_prf(cv_predictions(t), gold).f1, t) for t in [x / 100 for x in range(20, 81, 2)])[1]
    cv = exact_prf(cv_predictions(threshold), gold)
    tables = _boundary_tables(rows)
    per_term = Counter(r[1].match.entry.term for r in rows)
    positive = Counter(r[1].match.entry.term for r, y in zip(rows, ys) if y)
    skip_terms = sorted(t for t, n in per_term.items() if n >= SKIP_MIN_SEEN and positive[t] / n < SKIP_RATE)
    model = fit_linear("cues", [r[1].features for r in rows], ys, c=C, threshold=threshold,
                       min_weight=MIN_WEIGHT, meta={
                           "trained_on": "PolNeAR train split (Newell et al. 2018), 840 articles",
                           "task": "keep a report-verb match as an attribution cue; span boundary tables",
                           "span": tables,
                           "skip_terms": skip_terms,
                           "cross_validation": {"folds": FOLDS, "grouped_by": "article", "seed": SEED,
                                                "cue_exact": cv.to_dict()},
                       })
    out.mkdir(parents=True, exist_ok=True)
    save_model(model, out / "cues.json")
    return {"model": str(out / "cues.json"), "candidates": len(rows), "positives": sum(ys),
            "threshold": threshold, "features": len(model.weights),
            "span_tables": {k: len(v) for k, v in tables.items()}, "skip_terms": skip_terms,
            "cv_cue_exact": cv.to_dict()}
