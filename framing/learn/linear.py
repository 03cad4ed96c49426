"""Fitting and saving the analysis's linear models (see :mod:`framing.analysis.models` for the format)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..analysis.models import LinearModel


def save_model(model: LinearModel, path: str | Path) -> None:
    """Write a model as its JSON file (weights sorted, so the same model gives the same bytes)."""
    Path(path).write_text(json.dumps(model.to_dict(), indent=1, sort_keys=False) + "\n", encoding="utf-8")


def fit_linear(name: str, rows: list[list[str]], y: list[int], *, c: float = 1.0, version: int = 1,
               threshold: float = 0.5, min_weight: float = 1e-4, meta: dict[str, Any] | None = None,
               class_weight: str | None = None) -> LinearModel:
    """Fit a logistic regression (scikit-learn, liblinear, fixed seed) on binary string features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r} for r in rows]).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit sparse indices only
    x.indptr = x.indptr.astype("int32")
    clf = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=1000, class_weight=class_weight)
    clf.fit(x, y)
    weights = {name_: round(float(w), 5) for name_, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= min_weight}
    return LinearModel(name, version, round(float(clf.intercept_[0]), 5), weights, threshold, meta or {})
