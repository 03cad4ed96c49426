"""Train ``models/alarmist.json``: the filter that keeps strongly valenced words as loaded language.

Data: the Propaganda Techniques Corpus train split (``ptc/``, Da San Martino et
al. 2019/2020). Candidates are exactly what the ``loaded`` feature proposes at
run time (``framing.analysis.features.loaded.valenced_candidates``): words outside the
curated lexicons with |VADER valence| >= 1.5 and labelling word shapes, each
widened to its phrase. A candidate is positive when its phrase overlaps a span
of Loaded_Language, Name_Calling,Labeling, Exaggeration,Minimisation or
Appeal_to_fear-prejudice.

Evaluation: 5-fold cross-validation grouped by article (fixed seed). For each
regularisation strength and threshold, out-of-fold probabilities decide which
candidates are kept; the score is the SemEval-2020 Task 11 span-identification
F1 of the whole alarmist + loaded evidence (rule evidence plus kept
candidates), the measure of ``framing evaluate alarmist``. The rules alone are
the baseline; the model is written only if it beats them in cross-validation.

Run: ``python -m framing.train alarmist`` (writes ``framing/analysis/models/alarmist.json``).
"""
from __future__ import annotations

import random
from pathlib import Path

from ...evaluation import PTC_TECHNIQUES, load_articles_jsonl, load_labels, semeval_si_prf
from ...analysis.features import alarmist, evaluative_model, loaded
from ...analysis.context import Context
from ..linear import fit_linear, save_model

SEED = 13
FOLDS = 5
C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.15 + 0.025 * k, 3) for k in range(19))  # keep a valenced word: 0.15 .. 0.60
VETOS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25)  # drop a lexicon match below this (0: never)
MIN_COUNT = 2  # a feature must occur in at least this many training candidates


def _span(c) -> tuple[int, int]:
    return c.doc.starts[c.first], c.doc.ends[c.stop - 1]


def _overlaps(s: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < s[1] and s[0] < b for a, b in spans)


def collect(corpora: Path | None, limit: int | None = None, articles_path: str | None = None,
            labels_path: str | None = None):
    """Per article: rule spans, gated candidates (features, label, span) and gold spans (PTC train, or
    the given articles and span labels)."""
    ptc = Path(corpora or ".") / "ptc"
    articles = load_articles_jsonl(articles_path or str(ptc / "articles.train.jsonl"))
    if limit:
        articles = articles[:limit]
    gold: dict[str, list[tuple[int, int]]] = {}
    for r in load_labels(labels_path or str(ptc / "labels.train.jsonl")):
        if r["label"] in PTC_TECHNIQUES:
            gold.setdefault(str(r["id"]), []).append((int(r["start"]), int(r["end"])))
    data = []
    for a in articles:
        ctx = Context(a)
        g = gold.get(a.id, [])
        # training: every gated candidate is proposed, with or without a packaged model
        cands = [c for c in alarmist.candidates(ctx) + loaded.candidates(ctx, training=True) if c.doc.field == "text"]
        rules = [_span(c) for c in cands if not c.gated and not evaluative_model.vetoable(c)]
        gated = [(evaluative_model.features(c), int(_overlaps(_span(c), g)), _span(c), c.gated) for c in cands
                 if c.gated or evaluative_model.vetoable(c)]
        data.append((a.id, rules, gated, g))
    return data


def _prune(rows: list[list[str]]) -> list[list[str]]:
    counts: dict[str, int] = {}
    for r in rows:
        for f in r:
            counts[f] = counts.get(f, 0) + 1
    return [[f for f in r if counts[f] >= MIN_COUNT] for r in rows]


def _si(data, probs, threshold: float | None, veto: float | None = None):
    pred, gold = {}, {}
    for (aid, rules, gated, g), ps in zip(data, probs):
        spans = list(rules)
        if threshold is None:
            spans += [s for (_, _, s, is_gated) in gated if not is_gated]
        else:
            spans += [s for (_, _, s, is_gated), p in zip(gated, ps)
                      if p >= (threshold if is_gated else veto or 0.0)]
        pred[aid] = spans
        gold[aid] = g
    return semeval_si_prf(pred, gold)


def folds(ids: list[str]) -> dict[str, int]:
    order = sorted(ids)
    random.Random(SEED).shuffle(order)
    return {aid: k % FOLDS for k, aid in enumerate(order)}


def cross_validate(data, c: float):
    """Out-of-fold probabilities for every gated candidate (grouped by article)."""
    fold_of = folds([d[0] for d in data])
    probs: list[list[float]] = [[0.0] * len(d[2]) for d in data]
    for k in range(FOLDS):
        rows, y = [], []
        for d in data:
            if fold_of[d[0]] != k:
                rows += [f for f, _, _, _ in d[2]]
                y += [lab for _, lab, _, _ in d[2]]
        m = fit_linear("cv", _prune(rows), y, c=c)
        for i, d in enumerate(data):
            if fold_of[d[0]] == k:
                probs[i] = [m.probability(f) for f, _, _, _ in d[2]]
    return probs, fold_of


def train(corpora: Path | None, out: Path, articles: str | None = None, labels: str | None = None) -> dict:
    """Cross-validate, fit on everything, write ``out/alarmist.json`` if it beats the rules.
    ``articles``/``labels``: other files than PTC train (``framing evaluate alarmist --cross-validate``)."""
    data = collect(corpora, articles_path=articles, labels_path=labels)
    rules_only = _si(data, [[] for _ in data], None)
    best = None
    grid = {}
    for c in C_GRID:
        probs, fold_of = cross_validate(data, c)
        for t in THRESHOLDS:
            for v in VETOS:
                s = _si(data, probs, t, v)
                grid[f"C={c} t={t} veto={v}"] = round(s.f1, 4)
                if best is None or s.f1 > best[0].f1 + 1e-9:
                    best = (s, c, t, v, probs, fold_of)
    assert best is not None
    cv, c, t, v, probs, fold_of = best
    per_fold = []
    for k in range(FOLDS):
        idx = [i for i, d in enumerate(data) if fold_of[d[0]] == k]
        per_fold.append(round(_si([data[i] for i in idx], [probs[i] for i in idx], t, v).f1, 4))
    rows = [f for d in data for f, _, _, _ in d[2]]
    y = [lab for d in data for _, lab, _, _ in d[2]]
    report = {
        "corpus": "ptc train (Propaganda Techniques Corpus, SemEval-2020 Task 11)",
        "articles": len(data),
        "candidates": len(rows),
        "positive_share": round(sum(y) / max(1, len(y)), 4),
        "rules_only": rules_only.to_dict(),
        "cv": {"folds": FOLDS, "grouped_by": "article", "seed": SEED, "C": c, "threshold": t, "veto": v,
               **cv.to_dict(), "f1_per_fold": per_fold},
    }
    if cv.f1 <= rules_only.f1:
        report["written"] = False
        report["note"] = "the model does not beat the rules in cross-validation: not written"
        return report
    # "trainer" keeps the path the packaged model records (the trainer lived in framing/training/ when it
    # was trained), so that retraining gives the same file byte for byte
    model = fit_linear("alarmist", _prune(rows), y, c=c, threshold=t, meta={"veto": v,
        "trained_on": report["corpus"], "trainer": "framing/training/alarmist.py",
        "candidates": "loaded.valenced_candidates (strong VADER words outside the lexicons; label shapes) "
                      "and the lexicon matches the model may veto (loaded.vetoable)",
        "metrics": {"rules_only_f1": round(rules_only.f1, 4), "cv_f1": round(cv.f1, 4),
                    "cv_precision": round(cv.precision, 4), "cv_recall": round(cv.recall, 4)}})
    train_probs = [[model.probability(f) for f, _, _, _ in d[2]] for d in data]
    train_fit = _si(data, train_probs, t, v)
    model.meta["metrics"]["train_f1"] = round(train_fit.f1, 4)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    save_model(model, out / "alarmist.json")
    report["train"] = train_fit.to_dict()
    report["written"] = str(out / "alarmist.json")
    report["weights"] = len(model.weights)
    return report
