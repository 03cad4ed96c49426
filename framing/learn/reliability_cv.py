"""How well the reliability model does on outlets it never saw: nested, source-disjoint cross-validation.

GroupKFold by source (at most :data:`OUTER_FOLDS` folds), with accuracy, macro-F1, the confusion matrix
and the majority-class baseline (always predicting the most common label of the labelled articles;
its accuracy is that label's share), whether the model beats it, the spread over the folds, and
:data:`REPEATS` more runs with the sources dealt into folds at random (mean, sd, min, max). ``C`` is
chosen inside each outer training part (:func:`framing.learn.reliability.fit_reliability`), so the
figures are nested; the set of columns was chosen once, by the project, not per fold.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

import numpy as np

from .columns import design_matrix_subset
from .reliability import fit_reliability

OUTER_FOLDS = 5
REPEATS = 5  # extra shuffled GroupKFold runs in cross_validate, for the spread


def majority(labels: Sequence[str]) -> str:
    counts = Counter(labels)
    return min(counts, key=lambda c: (-counts[c], c))


def _spread(values: Sequence[float]) -> dict[str, float]:
    v = np.asarray(list(values), dtype=float)
    return {"mean": round(float(v.mean()), 4), "sd": round(float(v.std(ddof=1)) if len(v) > 1 else 0.0, 4),
            "min": round(float(v.min()), 4), "max": round(float(v.max()), 4)}


def _out_of_fold(raw: np.ndarray, y_arr: np.ndarray, g_arr: np.ndarray, columns: Sequence[str],
                 classes: list[str], splits, baseline: str) -> tuple[np.ndarray, np.ndarray, list, list]:
    """Run the whole fitting procedure on each training part; (pred, proba, folds, notes). ``baseline`` is
    the majority label, whose accuracy each fold reports beside the model's."""
    from sklearn.metrics import accuracy_score

    pred = np.empty(len(y_arr), dtype=object)
    proba = np.zeros((len(y_arr), len(classes)))
    folds, notes = [], []
    for i, (tr, te) in enumerate(splits):
        train_sources, test_sources = set(g_arr[tr].tolist()), set(g_arr[te].tolist())
        assert not train_sources & test_sources
        train_classes = set(y_arr[tr].tolist())
        c = None
        if len(train_classes) < 2:
            pred[te] = next(iter(train_classes))
            proba[np.ix_(te, [classes.index(next(iter(train_classes)))])] = 1.0
            notes.append(f"fold {i + 1}: the training part holds one class only; it predicts that class")
        else:
            model = fit_reliability(raw[tr], y_arr[tr], g_arr[tr], columns)
            c = model.c
            p = model.predict_proba(design_matrix_subset(raw[te], columns, model.columns))
            idx = [classes.index(k) for k in model.classes]
            proba[np.ix_(te, idx)] = p
            pred[te] = [model.classes[j] for j in np.argmax(p, axis=1)]
        unseen = sorted(set(y_arr[te].tolist()) - train_classes)
        if unseen:
            notes.append(f"fold {i + 1}: the test sources hold class(es) {', '.join(unseen)} absent from training")
        folds.append({"fold": i + 1, "n_test": int(len(te)), "test_sources": sorted(test_sources),
                      "accuracy": round(float(accuracy_score(y_arr[te], pred[te])), 4),
                      "baseline_accuracy": round(float(np.mean(y_arr[te] == baseline)), 4),
                      "C": c})
    return pred, proba, folds, notes


def cross_validate(raw: np.ndarray, y: Sequence[str], groups: Sequence[str], columns: Sequence[str],
                   n_splits: int = OUTER_FOLDS, source_level: bool = False, repeats: int = REPEATS) -> dict[str, Any]:
    """Source-disjoint evaluation: GroupKFold by source; the whole fitting procedure (including the
    choice of ``C`` and the calibration, on inner source-disjoint folds) runs on each training part,
    and the model is scored on the sources it never saw.

    The headline figures come from plain GroupKFold (deterministic). ``repeats`` more runs, each with
    the sources dealt into folds at random (``GroupKFold(shuffle=True, random_state=r)``), give the
    spread of the estimate (``"repeated"``); ``"fold_accuracy"`` is the spread over the plain folds.

    With ``source_level`` (labels given per source) it also scores one prediction per source (the mean
    of its articles' probabilities)."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
    from sklearn.model_selection import GroupKFold

    y_arr = np.asarray(list(y), dtype=object)
    g_arr = np.asarray(list(groups), dtype=object)
    classes = sorted(set(y_arr.tolist()))
    n_groups = len(set(g_arr.tolist()))
    out: dict[str, Any] = {"method": "GroupKFold by source (source-disjoint)", "n_articles": int(len(y_arr)),
                           "n_sources": n_groups, "classes": classes,
                           "class_counts": {c: int((y_arr == c).sum()) for c in classes},
                           "majority_share": round(max(Counter(y_arr.tolist()).values()) / len(y_arr), 4)
                           if len(y_arr) else None}
    if n_groups < 2 or len(classes) < 2:
        out.update({"n_folds": 0, "beats_baseline": False,
                    "note": "not evaluated: needs at least 2 sources and 2 classes"})
        return out
    k = min(n_splits, n_groups)
    splits = GroupKFold(n_splits=k).split(raw, y_arr, g_arr)
    top = majority(y_arr.tolist())
    pred, proba, folds, notes = _out_of_fold(raw, y_arr, g_arr, columns, classes, splits, top)
    y_l, p_l, b_l = y_arr.tolist(), pred.tolist(), [top] * len(y_arr)
    out.update({
        "n_folds": k,
        "accuracy": round(float(accuracy_score(y_l, p_l)), 4),
        "macro_f1": round(float(f1_score(y_l, p_l, labels=classes, average="macro", zero_division=0)), 4),
        "confusion_matrix": {"labels": classes,
                             "rows_true_columns_predicted": confusion_matrix(y_l, p_l, labels=classes).tolist()},
        "baseline": {"what": f"always the most common label of the labelled articles ({top!r})",
                     "label": top,
                     "accuracy": round(float(accuracy_score(y_l, b_l)), 4),
                     "macro_f1": round(float(f1_score(y_l, b_l, labels=classes, average="macro",
                                                      zero_division=0)), 4)},
        "brier": round(float(np.mean(np.sum((proba - (np.asarray(y_l)[:, None] == np.asarray(classes)[None, :]))
                                            ** 2, axis=1))), 4),
        "fold_accuracy": _spread([f["accuracy"] for f in folds]),
        "folds": folds,
        "notes": notes,
    })
    if repeats > 0:
        runs = []
        for r in range(repeats):
            shuffled = GroupKFold(n_splits=k, shuffle=True, random_state=r).split(raw, y_arr, g_arr)
            r_pred, _, _, _ = _out_of_fold(raw, y_arr, g_arr, columns, classes, shuffled, top)
            runs.append({"random_state": r,
                         "accuracy": round(float(accuracy_score(y_l, r_pred.tolist())), 4),
                         "macro_f1": round(float(f1_score(y_l, r_pred.tolist(), labels=classes, average="macro",
                                                          zero_division=0)), 4)})
        out["repeated"] = {
            "what": (f"{repeats} more runs of {k}-fold source-disjoint cross-validation, the sources dealt "
                     f"into folds at random each time (GroupKFold(shuffle=True, random_state=0..{repeats - 1}))"),
            "n_repeats": repeats,
            "accuracy": _spread([run["accuracy"] for run in runs]),
            "macro_f1": _spread([run["macro_f1"] for run in runs]),
            "runs": runs,
        }
    if source_level:
        srcs = sorted(set(g_arr.tolist()))
        s_true, s_pred, s_base = [], [], []
        for s in srcs:
            m = g_arr == s
            s_true.append(y_arr[m][0])
            s_pred.append(classes[int(np.argmax(proba[m].mean(axis=0)))])
            s_base.append(top)
        out["per_source"] = {
            "what": "one prediction per source: the mean of its articles' probabilities",
            "n_sources": len(srcs),
            "accuracy": round(float(accuracy_score(s_true, s_pred)), 4),
            "baseline_accuracy": round(float(accuracy_score(s_true, s_base)), 4),
            "predictions": [{"source": s, "label": t, "predicted": p} for s, t, p in zip(srcs, s_true, s_pred)],
        }
    out["beats_baseline"] = bool(out["accuracy"] > out["baseline"]["accuracy"]
                                 and out["macro_f1"] > out["baseline"]["macro_f1"])
    return out
