"""Measure framing's evidence against human annotations (``framing evaluate``).

Tasks, in the formats of ``../shared/corpora`` (JSON Lines: articles with
``id``, ``title``, ``text``; labels with ``id``, ``label`` and, for spans,
``start``/``end`` into the article's ``text``):

* ``attribution`` (PolNeAR): ``Cue`` spans against sourcing ``cue`` evidence,
  exact-span P/R/F1; ``Source`` spans against ``source`` evidence, overlap and
  exact P/R/F1; the number of attributions per article (Pearson r).
* ``hedging`` (CoNLL-2010 WikiWeasel): a sentence is predicted ``uncertain``
  when framing finds hedging evidence, or an anonymous/vague source, in it;
  P/R/F1 of ``uncertain``.
* ``alarmist`` (Propaganda Techniques Corpus): spans of Loaded_Language,
  Appeal_to_fear-prejudice, Exaggeration,Minimisation and Name_Calling,Labeling
  against alarmist and loaded evidence, with the SemEval-2020 Task 11
  span-identification measure (partial overlap, Da San Martino et al. 2020);
  per technique too (recall against that technique; precision against it alone).

Only evidence in the ``text`` field is scored (the labels index ``text``).
"""
from __future__ import annotations

import math
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..analysis import analyze
from ..ingest.files import _records_jsonl, article_from_record, decode_bytes
from ..errors import InputError, UsageError
from ..types import Article, Profile

TASKS = ("attribution", "hedging", "alarmist")
PTC_TECHNIQUES = ("Loaded_Language", "Appeal_to_fear-prejudice", "Exaggeration,Minimisation",
                  "Name_Calling,Labeling")
Span = tuple[int, int]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts behind them."""

    precision: float
    recall: float
    f1: float
    n_predicted: float
    n_gold: float

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "n_predicted": self.n_predicted, "n_gold": self.n_gold}


def prf(tp_p: float, n_pred: float, tp_g: float, n_gold: float) -> PRF:
    """P = tp_p / n_pred, R = tp_g / n_gold (they differ for overlap measures), F1 their harmonic mean."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, n_pred, n_gold)


def exact_prf(pred: dict[str, list[Span]], gold: dict[str, list[Span]]) -> PRF:
    """Exact-span matching; each gold span matches at most one prediction."""
    tp = n_pred = n_gold = 0
    for doc in set(pred) | set(gold):
        g = defaultdict(int)
        for s in gold.get(doc, ()):
            g[s] += 1
        n_gold += len(gold.get(doc, ()))
        for s in pred.get(doc, ()):
            n_pred += 1
            if g[s] > 0:
                g[s] -= 1
                tp += 1
    return prf(tp, n_pred, tp, n_gold)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def overlap_prf(pred: dict[str, list[Span]], gold: dict[str, list[Span]]) -> PRF:
    """A prediction is right if it overlaps a gold span; a gold span is found if a prediction overlaps it."""
    tp_p = tp_g = n_pred = n_gold = 0
    for doc in set(pred) | set(gold):
        p_spans, g_spans = pred.get(doc, []), gold.get(doc, [])
        n_pred += len(p_spans)
        n_gold += len(g_spans)
        tp_p += sum(1 for s in p_spans if any(_overlaps(s, t) for t in g_spans))
        tp_g += sum(1 for t in g_spans if any(_overlaps(s, t) for s in p_spans))
    return prf(tp_p, n_pred, tp_g, n_gold)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Union of spans as sorted, non-overlapping spans."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def semeval_si_prf(pred: dict[str, list[Span]], gold: dict[str, list[Span]]) -> PRF:
    """SemEval-2020 Task 11 span identification: partial credit |s ∩ t| / |s| (precision), / |t| (recall).

    Spans of each side are merged first, so overlapping predictions are not counted twice.
    """
    p_sum = r_sum = 0.0
    n_pred = n_gold = 0
    for doc in set(pred) | set(gold):
        p_spans = merge_spans(pred.get(doc, ()))
        g_spans = merge_spans(gold.get(doc, ()))
        n_pred += len(p_spans)
        n_gold += len(g_spans)
        for s in p_spans:
            for t in g_spans:
                inter = min(s[1], t[1]) - max(s[0], t[0])
                if inter > 0:
                    p_sum += inter / (s[1] - s[0])
                    r_sum += inter / (t[1] - t[0])
    return prf(p_sum, n_pred, r_sum, n_gold)


def pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.sqrt(sxx * syy)


# ------------------------------------------------------------------ input

def _read_jsonl(path: str) -> list[tuple[str, dict[str, Any]]]:
    if not os.path.isfile(path):
        raise InputError(path, "no such file")
    with open(path, "rb") as fh:
        return _records_jsonl(decode_bytes(fh.read(), path), path)


def load_articles_jsonl(path: str) -> list[Article]:
    """Articles of an evaluation corpus (``title`` may be null; ``text`` is kept verbatim)."""
    articles = []
    for where, rec in _read_jsonl(path):
        if isinstance(rec, dict) and "title" not in rec:
            rec = {**rec, "title": None}
        articles.append(article_from_record(rec, where, default_id=where))
    return articles


def load_labels(path: str) -> list[dict[str, Any]]:
    labels = []
    for where, rec in _read_jsonl(path):
        if not isinstance(rec, dict) or "id" not in rec or "label" not in rec:
            raise InputError(where, "a label needs 'id' and 'label'")
        labels.append(rec)
    return labels


def _spans(labels: list[dict[str, Any]], wanted: Iterable[str]) -> dict[str, list[Span]]:
    wanted = set(wanted)
    out: dict[str, list[Span]] = defaultdict(list)
    for rec in labels:
        if rec["label"] in wanted:
            out[str(rec["id"])].append((int(rec["start"]), int(rec["end"])))
    return out


def _evidence(profiles: list[Profile], keep) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for p in profiles:
        out[p.article.id] = [(e.start, e.end) for f in p.features.values() for e in f.evidence
                             if e.field == "text" and keep(e)]
    return out


# ------------------------------------------------------------------ tasks

@dataclass
class Result:
    task: str
    n_articles: int
    scores: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"task": self.task, "n_articles": self.n_articles, "scores": self.scores}


def evaluate_attribution(profiles: list[Profile], labels: list[dict[str, Any]]) -> Result:
    ids = {p.article.id for p in profiles}
    labels = [r for r in labels if str(r["id"]) in ids]
    cues = exact_prf(_evidence(profiles, lambda e: e.role == "cue"), _spans(labels, ["Cue"]))
    pred_src = _evidence(profiles, lambda e: e.role == "source")
    gold_src = _spans(labels, ["Source"])
    gold_counts: dict[str, int] = defaultdict(int)
    for r in labels:
        if r["label"] == "Cue":
            gold_counts[str(r["id"])] += 1
    pred_cues = _evidence(profiles, lambda e: e.role == "cue")
    xs = [float(gold_counts.get(p.article.id, 0)) for p in profiles]
    ys = [float(len(pred_cues.get(p.article.id, ()))) for p in profiles]
    r = pearson(xs, ys)
    return Result("attribution", len(profiles), {
        "cue_exact": cues.to_dict(),
        "source_overlap": overlap_prf(pred_src, gold_src).to_dict(),
        "source_exact": exact_prf(pred_src, gold_src).to_dict(),
        "attributions_per_article_pearson_r": None if r is None else round(r, 4),
    })


def hedged_sentence(profile: Profile) -> bool:
    """Does framing find hedging, or a vague/anonymous source, in this (one-sentence) text?"""
    if any(e.field == "text" for e in profile.features["hedging"].evidence):
        return True
    return any(e.field == "text" and e.role == "source" and e.measure == "anonymous"
               for e in profile.features["sourcing"].evidence)


def evaluate_hedging(profiles: list[Profile], labels: list[dict[str, Any]]) -> Result:
    gold = {str(r["id"]): r["label"] for r in labels}
    tp = fp = fn = tn = 0
    for p in profiles:
        g = gold.get(p.article.id)
        if g is None:
            continue
        predicted = hedged_sentence(p)
        actual = g == "uncertain"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not predicted and not actual
    scores = prf(tp, tp + fp, tp, tp + fn).to_dict()
    scores.update({"true_positives": tp, "false_positives": fp, "false_negatives": fn, "true_negatives": tn,
                   "accuracy": round((tp + tn) / max(1, tp + fp + fn + tn), 4)})
    return Result("hedging", tp + fp + fn + tn, {"uncertain": scores})


def evaluate_alarmist(profiles: list[Profile], labels: list[dict[str, Any]]) -> Result:
    ids = {p.article.id for p in profiles}
    labels = [r for r in labels if str(r["id"]) in ids]
    pred = _evidence(profiles, lambda e: e.feature in ("alarmist", "loaded"))
    scores: dict[str, Any] = {"four_techniques": semeval_si_prf(pred, _spans(labels, PTC_TECHNIQUES)).to_dict()}
    for technique in PTC_TECHNIQUES:
        scores[technique] = semeval_si_prf(pred, _spans(labels, [technique])).to_dict()
    return Result("alarmist", len(profiles), scores)


def evaluate(task: str, articles_path: str, labels_path: str) -> Result:
    """Run ``task`` on an annotated corpus; see the module docstring for the measures."""
    if task not in TASKS:
        raise UsageError(f"unknown task {task!r}; valid tasks: {', '.join(TASKS)}")
    articles = load_articles_jsonl(articles_path)
    labels = load_labels(labels_path)
    profiles = [analyze(a) for a in articles]
    if task == "attribution":
        return evaluate_attribution(profiles, labels)
    if task == "hedging":
        return evaluate_hedging(profiles, labels)
    return evaluate_alarmist(profiles, labels)


def format_result(result: Result) -> str:
    lines = [f"task: {result.task}  ({result.n_articles} articles)"]
    for name, value in result.scores.items():
        if isinstance(value, dict):
            lines.append(f"  {name:<34} P {value['precision']:.3f}  R {value['recall']:.3f}  "
                         f"F1 {value['f1']:.3f}  (predicted {value['n_predicted']:g}, gold {value['n_gold']:g})")
        else:
            lines.append(f"  {name:<34} {value}")
    return "\n".join(lines) + "\n"


# the trainer (framing/learn/training/<name>.py) whose cross-validation scores each task's learned decisions
TRAINERS = {"attribution": "cues", "hedging": "hedges", "alarmist": "alarmist"}


def cross_validate(task: str, articles_path: str, labels_path: str) -> dict[str, Any]:
    """The 5-fold cross-validated figures of ``task``'s model retrained on these files
    (``framing evaluate TASK --cross-validate``).

    The task's trainer runs as ``python -m framing.train`` runs it, on the given files instead of the
    corpus's train split, and writes its model to a temporary folder (never the installed package):
    the figures are those of models that never saw the articles they are scored on. On the train
    splits in ``../shared/corpora`` this reproduces the cross-validated figures of the README.
    """
    import importlib
    import tempfile
    from pathlib import Path

    if task not in TRAINERS:
        raise UsageError(f"unknown task {task!r}; choose from {', '.join(TASKS)}")
    for path in (articles_path, labels_path):
        if not os.path.isfile(path):
            raise InputError(path, "no such file")
    trainer = importlib.import_module(f"framing.learn.training.{TRAINERS[task]}")
    with tempfile.TemporaryDirectory() as tmp:
        report = trainer.train(None, Path(tmp), articles_path, labels_path)
    if task == "attribution":
        cv, rules, measure = report["cv_cue_exact"], None, "cue_exact"
    elif task == "hedging":
        cv, rules, measure = report["cv_5fold"]["model"], report["cv_5fold"]["rules_only"], "uncertain"
    else:
        cv, rules, measure = report["cv"], report["rules_only"], "semeval_si_4_techniques"
    out: dict[str, Any] = {"task": task, "model": TRAINERS[task], "folds": 5, "measure": measure,
                           "cross_validated": {k: cv[k] for k in ("precision", "recall", "f1")}}
    if rules is not None:
        out["rules_only"] = {k: rules[k] for k in ("precision", "recall", "f1")}
    return out


def format_cross_validation(cv: dict[str, Any]) -> str:
    lines = [f"task: {cv['task']}  (model {cv['model']}, {cv['folds']}-fold cross-validation)"]
    for name in ("cross_validated", "rules_only"):
        if name in cv:
            v = cv[name]
            lines.append(f"  {cv['measure'] + ' ' + name:<42} P {v['precision']:.3f}  R {v['recall']:.3f}  "
                         f"F1 {v['f1']:.3f}")
    return "\n".join(lines) + "\n"
