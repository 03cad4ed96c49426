"""A reliability model: predict a label (factuality, hyperpartisan ...) from framing's features.

What it is: a regularised logistic regression (scikit-learn, L2, lbfgs, ``random_state=0``) over every
numeric column of :func:`framing.learn.columns.model_row` (the table columns of a Profile plus the
derived headline and voice measures; see :mod:`framing.learn.columns`). Each column is transformed with ``sign(x)·log(1+|x|)`` (counts
and rates are heavy-tailed), missing values replaced by the training mean, then standardised.
The regularisation strength ``C`` is chosen by cross-validation *inside* the training data
(:data:`C_GRID`, log loss, GroupKFold by source); probabilities are calibrated by Platt scaling fitted
on out-of-fold decision values from the same source-grouped folds (scikit-learn's
``CalibratedClassifierCV(method="sigmoid", ensemble=False)``). Where the training data has too few
sources for those inner folds, ``C`` falls back to :data:`DEFAULT_C` and the probabilities are the
logistic regression's own, and the model says so in ``calibration.note``.

:func:`framing.learn.reliability_cv.cross_validate` reports how the whole procedure does on outlets it
never saw (nested, source-disjoint cross-validation).

File format (``"format": "framing-reliability/2"``, JSON, data only; loading never executes code)::

    {"format": "framing-reliability/2", "name": "hp", "framing_version": "0.1.0",
     "classes": ["hyperpartisan", "not_hyperpartisan"],
     "columns": ["style", "style__count", ...],           # model_row columns, in order
     "transform": "signed_log1p",                        # x -> sign(x) * log(1 + |x|)
     "impute": [...], "mean": [...], "scale": [...],     # per column, after the transform
     "coef": [[...]], "intercept": [...],                # one row per decision value (below)
     "decision_classes": ["not_hyperpartisan"],          # binary: one row, for classes[1]
     "calibration": {"method": "sigmoid" | "none", "a": [...], "b": [...], "note": "..."},
     "C": 0.01, "trained_on": {...}, "cv": {...}}

To reproduce a probability: ``x = transform(value)`` (missing -> ``impute``), ``z = (x - mean) /
scale``, ``f_k = intercept_k + coef_k · z`` for each row k. With ``"sigmoid"`` calibration
``q_k = 1 / (1 + exp(a_k·f_k + b_k))``; binary: ``p(classes[1]) = q_0``, ``p(classes[0]) = 1 - q_0``;
more classes: ``p_k = q_k / Σ q`` (uniform if Σ q = 0). With ``"none"``: binary ``p(classes[1]) =
1/(1+exp(-f_0))``, more classes: softmax of ``f``.

Version 2 adds the derived columns (headline, own-voice shares ...); the layout is that of version 1,
and version 1 files (feature_row columns only) still load and predict as before. The number was
raised so that a framing which knows only version 1 refuses a version 2 file instead of treating its
new columns as missing. Loading refuses, with one line, a file
naming a column this framing version does not compute (e.g. one from a newer framing), rather than
silently treating it as missing.
"""
from __future__ import annotations

import dataclasses
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..atomic import write_atomic
from ..catalog import DERIVED_COLUMNS, describe_column
from ..errors import FramingError
from ..types import Profile
from ..version import __version__
from .columns import design_matrix, derived_columns, known_column, model_row, signed_log1p

__all__ = ["ReliabilityModel", "fit_reliability", "load_reliability_model", "model_from_dict", "model_row",
           "derived_columns", "design_matrix", "known_column", "describe_column", "DERIVED_COLUMNS"]

FORMAT = "framing-reliability/2"
READABLE_FORMATS = ("framing-reliability/1", FORMAT)
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
DEFAULT_C = 0.1
RANDOM_STATE = 0
INNER_FOLDS = 3


def _logistic(z: np.ndarray) -> np.ndarray:
    """The logistic function of an array (the analysis's :func:`framing.analysis.models.sigmoid` works on
    one float), clipped so that no ``exp`` overflows."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -700, 700)))


@dataclass(frozen=True)
class ReliabilityModel:
    """A fitted model: everything needed to reproduce its probabilities, as plain numbers."""

    name: str
    classes: tuple[str, ...]
    columns: tuple[str, ...]
    impute: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (k, n_columns); k = 1 for two classes
    intercept: np.ndarray  # (k,)
    calibration: dict[str, Any]  # {"method", "a", "b", "note"}
    c: float
    meta: dict[str, Any] = field(default_factory=dict)

    # ---------------------------------------------------------------- prediction
    def _standardised(self, raw: np.ndarray) -> np.ndarray:
        x = signed_log1p(raw)
        x = np.where(np.isnan(x), self.impute, x)
        return (x - self.mean) / self.scale

    def decision(self, raw: np.ndarray) -> np.ndarray:
        """Decision values ``f`` (n, k) for raw feature rows (n, n_columns)."""
        return self._standardised(raw) @ self.coef.T + self.intercept

    def predict_proba(self, raw: np.ndarray) -> np.ndarray:
        """Probabilities (n, n_classes), columns in the order of ``classes``."""
        f = self.decision(np.atleast_2d(raw))
        n_classes = len(self.classes)
        if self.calibration.get("method") == "sigmoid":
            a = np.asarray(self.calibration["a"], dtype=float)
            b = np.asarray(self.calibration["b"], dtype=float)
            q = _logistic(-(a * f + b))
            if n_classes == 2:
                return np.column_stack([1.0 - q[:, 0], q[:, 0]])
            total = q.sum(axis=1, keepdims=True)
            uniform = np.full_like(q, 1.0 / n_classes)
            return np.divide(q, total, out=uniform, where=total != 0)
        if n_classes == 2:
            p1 = _logistic(f[:, 0])
            return np.column_stack([1.0 - p1, p1])
        e = np.exp(f - f.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def predict_rows(self, rows: Sequence[dict[str, Any]]) -> np.ndarray:
        return self.predict_proba(design_matrix(rows, self.columns))

    @property
    def label(self) -> str:
        return self.name

    def prediction(self, profile: Profile) -> dict[str, Any]:
        p = self.predict_rows([model_row(profile)])[0]
        k = int(np.argmax(p))
        return {"label": self.classes[k], "probability": round(float(p[k]), 4), "model": self.name}

    def annotate(self, profile: Profile) -> Profile:
        """The profile with ``prediction = {"label", "probability", "model"}``."""
        return dataclasses.replace(profile, prediction=self.prediction(profile))

    # ---------------------------------------------------------------- weights
    def top_features(self, k: int = 12) -> list[dict[str, Any]]:
        """The columns that weigh most (|coefficient| on the standardised scale), with their meaning."""
        if len(self.classes) == 2:
            weights = {self.classes[1]: self.coef[0]}
        else:
            weights = {c: self.coef[i] for i, c in enumerate(self.classes)}
        strength = np.max(np.abs(self.coef), axis=0)
        order = sorted(range(len(self.columns)), key=lambda j: (-strength[j], self.columns[j]))[:k]
        out = []
        for j in order:
            col = self.columns[j]
            per_class = {c: round(float(w[j]), 4) for c, w in weights.items()}
            if len(self.classes) == 2:
                w = per_class[self.classes[1]]
                toward = self.classes[1] if w > 0 else self.classes[0]
            else:
                toward = max(per_class, key=lambda c: (per_class[c], c))
            out.append({"column": col, **describe_column(col), "weights": per_class,
                        "strength": round(float(strength[j]), 4), "toward": toward})
        return out

    # ---------------------------------------------------------------- JSON
    def to_dict(self) -> dict[str, Any]:
        def r(a: np.ndarray) -> list:
            return np.round(np.asarray(a, dtype=float), 8).tolist()

        k = self.coef.shape[0]
        decision_classes = [self.classes[1]] if len(self.classes) == 2 else list(self.classes)
        cal = dict(self.calibration)
        if cal.get("method") == "sigmoid":
            cal["a"], cal["b"] = r(cal["a"]), r(cal["b"])
        assert len(decision_classes) == k
        return {
            "format": FORMAT, "name": self.name, "framing_version": __version__,
            "classes": list(self.classes), "columns": list(self.columns), "transform": "signed_log1p",
            "impute": r(self.impute), "mean": r(self.mean), "scale": r(self.scale),
            "coef": [r(row) for row in self.coef], "intercept": r(self.intercept),
            "decision_classes": decision_classes, "calibration": cal, "C": self.c, **self.meta,
        }

    def save(self, path: str | Path) -> None:
        write_atomic(Path(path), json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------ loading

def _floats(data: dict[str, Any], key: str, n: int) -> np.ndarray:
    values = data[key]
    if not isinstance(values, list) or len(values) != n:
        raise ValueError(f"{key!r} must be a list of {n} numbers")
    arr = np.array([float(v) for v in values], dtype=float)
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{key!r} holds a value that is not a finite number")
    return arr


def model_from_dict(data: Any, where: str) -> ReliabilityModel:
    """Validate and build a model from parsed JSON; FramingError naming ``where`` if anything is off."""
    if not isinstance(data, dict) or data.get("format") not in READABLE_FORMATS:
        found = data.get("format") if isinstance(data, dict) else None
        raise FramingError(f"{where}: not a framing reliability model (expected format {FORMAT!r}"
                           + (f", found {found!r})" if found else ")"))
    try:
        classes = tuple(str(c) for c in data["classes"])
        columns = tuple(str(c) for c in data["columns"])
        if len(classes) < 2 or len(set(classes)) != len(classes):
            raise ValueError("'classes' must list 2 or more distinct labels")
        if not columns:
            raise ValueError("'columns' is empty")
        unknown = [c for c in columns if not known_column(c)]
        if unknown:
            raise FramingError(f"{where}: the model uses column {unknown[0]!r}, which this framing version "
                               f"({__version__}) does not compute; was it saved by a newer framing?")
        if data.get("transform", "signed_log1p") != "signed_log1p":
            raise ValueError(f"unknown transform {data.get('transform')!r}")
        n = len(columns)
        k = 1 if len(classes) == 2 else len(classes)
        if not isinstance(data["coef"], list) or len(data["coef"]) != k:
            raise ValueError(f"'coef' must have {k} rows")
        coef = np.vstack([_floats({"coef": row}, "coef", n) for row in data["coef"]])
        intercept = _floats(data, "intercept", k)
        scale = _floats(data, "scale", n)
        if np.any(scale == 0):
            raise ValueError("'scale' holds a zero")
        cal = data.get("calibration") or {"method": "none"}
        if not isinstance(cal, dict) or cal.get("method") not in ("sigmoid", "none"):
            raise ValueError("'calibration.method' must be 'sigmoid' or 'none'")
        cal = dict(cal)
        if cal["method"] == "sigmoid":
            cal["a"] = _floats(cal, "a", k).tolist()
            cal["b"] = _floats(cal, "b", k).tolist()
        known = {"format", "name", "framing_version", "classes", "columns", "transform", "impute", "mean",
                 "scale", "coef", "intercept", "decision_classes", "calibration", "C"}
        meta = {key: v for key, v in data.items() if key not in known}
        return ReliabilityModel(str(data.get("name") or "reliability"), classes, columns, _floats(data, "impute", n),
                                _floats(data, "mean", n), scale, coef, intercept, cal,
                                float(data.get("C", DEFAULT_C)), meta)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise FramingError(f"{where}: malformed reliability model ({detail})") from None


def load_reliability_model(path: str | Path) -> ReliabilityModel:
    """Read a model written by ``framing sources --save-model`` (JSON only; no code is executed)."""
    name = str(path)
    p = Path(path)
    if not p.exists():
        raise FramingError(f"{name}: no such file")
    if p.is_dir():
        raise FramingError(f"{name}: is a folder, not a model file")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise FramingError(f"{name}: not a framing reliability model (not UTF-8 JSON)") from None
    except json.JSONDecodeError as exc:
        raise FramingError(f"{name}: not a framing reliability model (invalid JSON at line {exc.lineno})") from None
    return model_from_dict(data, name)


# ------------------------------------------------------------------ fitting

def _group_splits(y: np.ndarray, groups: np.ndarray, n_splits: int) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """GroupKFold splits in which every training part holds every class; None if impossible."""
    from sklearn.model_selection import GroupKFold

    n_groups = len(set(groups.tolist()))
    if n_groups < 2:
        return None
    splits = list(GroupKFold(n_splits=min(n_splits, n_groups)).split(np.zeros(len(y)), y, groups))
    classes = set(y.tolist())
    if any(set(y[tr].tolist()) != classes for tr, _ in splits):
        return None
    return splits


def _pipeline(c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000, random_state=RANDOM_STATE))


def fit_reliability(raw: np.ndarray, y: Sequence[str], groups: Sequence[str], columns: Sequence[str],
                    name: str = "reliability", meta: dict[str, Any] | None = None) -> ReliabilityModel:
    """Fit the model on raw feature rows (n, n_columns); ``groups`` are the sources.

    Raises FramingError when the labels hold fewer than two classes."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.model_selection import GridSearchCV

    y_arr = np.asarray(list(y), dtype=object)
    g_arr = np.asarray(list(groups), dtype=object)
    classes = tuple(sorted(set(y_arr.tolist())))
    if len(classes) < 2:
        raise FramingError(f"the labels hold a single class ({classes[0] if classes else 'none'}); "
                           "a model needs at least two")
    x = signed_log1p(np.asarray(raw, dtype=float))
    keep = [j for j in range(x.shape[1]) if not np.all(np.isnan(x[:, j]))]
    x = x[:, keep]
    cols = tuple(columns[j] for j in keep)
    impute = np.nanmean(x, axis=0)
    x = np.where(np.isnan(x), impute, x)

    splits = _group_splits(y_arr, g_arr, INNER_FOLDS)
    from threadpoolctl import threadpool_limits

    # one BLAS thread: these matrices are small, and threads only add waiting (10x slower on 2 cores)
    with warnings.catch_warnings(), threadpool_limits(limits=1):
        warnings.simplefilter("ignore")  # convergence chatter on tiny folds; the figures speak
        if splits is not None:
            search = GridSearchCV(_pipeline(DEFAULT_C), {"logisticregression__C": list(C_GRID)}, cv=splits,
                                  scoring="neg_log_loss")
            search.fit(x, y_arr)
            c = float(search.best_params_["logisticregression__C"])
            calibrated = CalibratedClassifierCV(_pipeline(c), method="sigmoid", cv=splits, ensemble=False)
            calibrated.fit(x, y_arr)
            inner = calibrated.calibrated_classifiers_[0]
            pipe = inner.estimator
            calibration = {
                "method": "sigmoid",
                "a": [float(cal.a_) for cal in inner.calibrators],
                "b": [float(cal.b_) for cal in inner.calibrators],
                "note": (f"Platt scaling (scikit-learn CalibratedClassifierCV, method='sigmoid', ensemble=False) "
                         f"fitted on out-of-fold decision values of {len(splits)} source-disjoint folds "
                         f"(GroupKFold by source) inside the training data; q = 1/(1+exp(a*f+b)). C = {c:g} was "
                         f"chosen from {list(C_GRID)} by log loss on the same folds."),
            }
        else:
            c = DEFAULT_C
            pipe = _pipeline(c).fit(x, y_arr)
            calibration = {
                "method": "none",
                "note": (f"not calibrated: too few sources to cross-validate inside the training data (every "
                         f"fold must hold every class); probabilities are the logistic regression's own, "
                         f"C = {c:g} fixed."),
            }
    scaler, lr = pipe.named_steps["standardscaler"], pipe.named_steps["logisticregression"]
    assert tuple(lr.classes_.tolist()) == classes
    return ReliabilityModel(name, classes, cols, impute, scaler.mean_.copy(), scaler.scale_.copy(),
                            lr.coef_.copy(), lr.intercept_.copy(), calibration, c, dict(meta or {}))
