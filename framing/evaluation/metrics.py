"""Agreement measures: precision, recall and F1 over spans (exact, overlap, SemEval-2020 Task 11 span
identification) and Pearson's r."""
from __future__ import annotations

import math
from typing import Iterable
from collections import defaultdict
from dataclasses import dataclass

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
