"""Train the hedge filter (``framing/analysis/models/hedges.json``) on CoNLL-2010 WikiWeasel.

``python -m framing.train hedges`` runs :func:`train`. The model is a logistic
regression over string features of each gated *candidate* hedge (the weasel category
and the ambiguous terms of ``hedging.GATED_TERMS``), i.e. a lexicon match
that the context rules of ``features/hedging.py`` accept (the entry, its
category, the neighbouring words, sentence-initial, capitalised, a following
number, inside a quotation; see ``hedging.match_features``). WikiWeasel labels
sentences, not cues, so a candidate in an ``uncertain`` sentence is a positive
example and one in a ``certain`` sentence a negative one.

A sentence is predicted uncertain when a candidate scores at least the
threshold, or the sourcing feature finds an anonymous/vague source in it (as in
``framing.evaluate.hedged_sentence``). The regularisation ``C`` and the threshold
are chosen by an inner cross-validation inside each outer fold, so the
reported 5-fold cross-validated P/R/F1 is an honest estimate for unseen
sentences of the same corpus; the rules alone (every candidate kept) are
scored on the same folds for comparison. Everything is seeded: the same corpus
gives the same model, byte for byte.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ...evaluation import load_articles_jsonl, load_labels, vague_source
from ...analysis.features import hedging, sourcing
from ...analysis.context import Context
from ...analysis.models import LinearModel
from ..linear import fit_linear, save_model

NAME = "hedges"
VERSION = 1
SEED = 0
FOLDS = 5
INNER_FOLDS = 3
C_GRID = (0.1, 0.3, 1.0)
CORPUS = "wikiweasel"


@dataclass
class Sentence:
    uncertain: bool
    anonymous: bool                 # the sourcing feature finds a vague source here
    candidates: list[list[str]]     # features of each candidate hedge the model decides on
    certain_hedge: bool = False     # a candidate the model does not gate (kept by the rules)
    # per candidate: does a reader take it as a hedge (hedging.reader_hedge), not as a plain quantity?
    reader: list[bool] | None = None


def load_sentences(corpora: Path | None, split: str = "train", articles_path: str | None = None,
                   labels_path: str | None = None) -> list[Sentence]:
    """WikiWeasel sentences (or the given articles and sentence labels) with the features of their
    candidate hedges."""
    folder = Path(corpora or ".") / CORPUS
    articles = load_articles_jsonl(articles_path or str(folder / f"articles.{split}.jsonl"))
    gold = {str(r["id"]): r["label"] == "uncertain"
            for r in load_labels(labels_path or str(folder / f"labels.{split}.jsonl"))}
    out = []
    for article in articles:
        if article.id not in gold:
            continue
        ctx = Context(article)
        found = [(doc, m) for doc, m in hedging.candidates(ctx) if doc.field == "text"]
        feats = [hedging.match_features(ctx, doc, m) for doc, m in found if hedging.gated(m)]
        reader = [hedging.reader_hedge(doc, m) for doc, m in found if hedging.gated(m)]
        ungated = any(not hedging.gated(m) for _, m in found)
        anon = any(vague_source(e) for e in sourcing.compute(ctx).evidence)
        out.append(Sentence(gold[article.id], anon, feats, ungated, reader))
    return out


def folds(sentences: Sequence[Sentence], k: int, seed: int) -> list[list[int]]:
    """Stratified folds of sentence indices (fixed seed)."""
    rng = random.Random(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    for label in (True, False):
        idx = [i for i, s in enumerate(sentences) if s.uncertain is label]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            out[n % k].append(i)
    return [sorted(f) for f in out]


def _fit(sentences: Sequence[Sentence], idx: Sequence[int], c: float) -> LinearModel:
    rows, y = [], []
    for i in idx:
        s = sentences[i]
        for f in s.candidates:
            rows.append(f)
            y.append(int(s.uncertain))
    return fit_linear(NAME, rows, y, c=c, version=VERSION, min_weight=1e-3)


def _scores(model: LinearModel | None, sentences: Sequence[Sentence], idx: Sequence[int],
            reader: bool = False) -> list[float]:
    """Per sentence: 1.0 for a vague source, else the best candidate's probability (-1 without one).
    ``reader``: only the candidates a reader takes as hedges (no plain vague quantities)."""
    out = []
    for i in idx:
        s = sentences[i]
        cands = s.candidates
        if reader and s.reader is not None:
            cands = [f for f, ok in zip(s.candidates, s.reader) if ok]
        if s.anonymous or s.certain_hedge:
            out.append(1.0)
        elif not cands:
            out.append(-1.0)
        elif model is None:
            out.append(1.0)
        else:
            out.append(max(model.probability(f) for f in cands))
    return out


def prf_counts(pred: Sequence[bool], gold: Sequence[bool]) -> dict[str, float]:
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "true_positives": tp, "false_positives": fp, "false_negatives": fn}


def best_threshold(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """The threshold (a probability in (0, 1)) maximising sentence F1 on these scores."""
    best_f, best_t = -1.0, 0.5
    for t in [x / 100 for x in range(5, 96)]:
        f = prf_counts([s >= t for s in scores], gold)["f1"]
        if f > best_f + 1e-12:
            best_f, best_t = f, t
    return best_t


def _select(sentences: Sequence[Sentence], idx: Sequence[int], seed: int) -> tuple[float, float]:
    """C and threshold chosen by an inner cross-validation over ``idx`` only."""
    sub = [sentences[i] for i in idx]
    inner = folds(sub, INNER_FOLDS, seed)
    best = (-1.0, C_GRID[0], 0.5)
    for c in C_GRID:
        scores: list[float] = []
        gold: list[bool] = []
        for k, test in enumerate(inner):
            train = [i for j, f in enumerate(inner) if j != k for i in f]
            model = _fit(sub, train, c)
            scores += _scores(model, sub, test)
            gold += [sub[i].uncertain for i in test]
        t = best_threshold(scores, gold)
        f = prf_counts([s >= t for s in scores], gold)["f1"]
        if f > best[0] + 1e-12:
            best = (f, c, t)
    return best[1], best[2]


def cross_validate(sentences: Sequence[Sentence], seed: int = SEED) -> dict[str, Any]:
    """Outer 5-fold CV of the learned filter (nested selection) and of the rules alone."""
    outer = folds(sentences, FOLDS, seed)
    pred_model: list[bool] = []
    pred_rules: list[bool] = []
    pred_reader: list[bool] = []
    gold: list[bool] = []
    chosen = []
    for k, test in enumerate(outer):
        train = [i for j, f in enumerate(outer) if j != k for i in f]
        c, t = _select(sentences, train, seed + 1 + k)
        model = _fit(sentences, train, c)
        pred_model += [s >= t for s in _scores(model, sentences, test)]
        pred_rules += [s >= 0 for s in _scores(None, sentences, test)]
        pred_reader += [s >= t for s in _scores(model, sentences, test, reader=True)]
        gold += [sentences[i].uncertain for i in test]
        chosen.append({"fold": k, "C": c, "threshold": t})
    return {"model": prf_counts(pred_model, gold), "rules": prf_counts(pred_rules, gold),
            "reader": prf_counts(pred_reader, gold), "chosen": chosen}


def train(corpora: Path | None, out: Path, articles: str | None = None, labels: str | None = None) -> dict[str, Any]:
    """Cross-validate, then fit on the whole train split and write ``out/hedges.json``.

    The model is written only if it beats the rules alone in cross-validation.
    Returns (and ``python -m framing.train`` prints) the figures. ``articles``/``labels``: other
    files than the corpus's train split (``framing evaluate hedging --cross-validate``).
    """
    sentences = load_sentences(corpora, articles_path=articles, labels_path=labels)
    cv = cross_validate(sentences)
    n_cands = sum(len(s.candidates) for s in sentences)
    report: dict[str, Any] = {
        "corpus": f"{CORPUS} train split: {len(sentences)} sentences, "
                  f"{sum(s.uncertain for s in sentences)} uncertain, {n_cands} candidate hedges",
        "cv_5fold": {"model": cv["model"], "rules_only": cv["rules"], "reader_definition": cv["reader"],
                     "per_fold": cv["chosen"]},
    }
    everything = list(range(len(sentences)))
    c, t = _select(sentences, everything, SEED)
    model = _fit(sentences, everything, c)
    train_fig = prf_counts([s >= t for s in _scores(model, sentences, everything)],
                           [s.uncertain for s in sentences])
    report["train_split"] = train_fig
    report["C"], report["threshold"] = c, t
    if cv["model"]["f1"] <= cv["rules"]["f1"]:
        report["written"] = None
        report["note"] = "the learned filter does not beat the rules in cross-validation: not written"
        return report
    meta = {"trained_on": f"CoNLL-2010 WikiWeasel ({CORPUS}) train split, sentence labels; "
                          "candidate = a hedges.txt match accepted by the context rules",
            "metrics": {"cv_5fold_sentence": cv["model"], "cv_5fold_rules_only": cv["rules"],
                        "train_split_sentence": train_fig, "C": c}}
    final = LinearModel(model.name, model.version, model.intercept, model.weights, t, meta)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{NAME}.json"
    save_model(final, path)
    report["written"] = str(path)
    return report
