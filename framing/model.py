"""Small learned models, stored as JSON: a logistic regression over named features.

Format (``framing/models/NAME.json``, ``"format": "framing-linear/1"``)::

    {"format": "framing-linear/1", "name": "...", "version": 1,
     "intercept": -1.2, "threshold": 0.5,
     "weights": {"word=may": 1.3, "next=not": -2.1, ...},
     "trained_on": "...", "metrics": {...}}

A model is data only: loading never executes code from the file. Features are
strings (binary indicators); the probability is the logistic of the intercept
plus the weights of the features present. Evidence kept by a model names it
in its rule (``... · model NAME v1 p=0.83``).
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .errors import FramingError

FORMAT = "framing-linear/1"


@dataclass(frozen=True)
class LinearModel:
    name: str
    version: int
    intercept: float
    weights: dict[str, float]
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: Iterable[str]) -> float:
        z = self.intercept + sum(filter(None, map(self.weights.get, features)))
        if z < -40:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, features: Iterable[str]) -> tuple[bool, float]:
        p = self.probability(features)
        return p >= self.threshold, p

    @property
    def label(self) -> str:
        return f"model {self.name} v{self.version}"

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "name": self.name, "version": self.version, "intercept": self.intercept,
                "threshold": self.threshold, "weights": dict(sorted(self.weights.items())), **self.meta}


def model_from_dict(data: Any, where: str) -> LinearModel:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FramingError(f"{where}: not a framing model (expected format {FORMAT!r})")
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        meta = {k: v for k, v in data.items()
                if k not in ("format", "name", "version", "intercept", "threshold", "weights")}
        return LinearModel(str(data["name"]), int(data["version"]), float(data["intercept"]), weights,
                           float(data.get("threshold", 0.5)), meta)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FramingError(f"{where}: malformed model ({exc})") from None


@functools.cache
def load_model(name: str) -> LinearModel:
    """A packaged model by name (``framing/models/NAME.json``), loaded once per process."""
    path = resources.files("framing") / "models" / f"{name}.json"
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")), f"models/{name}.json")


def save_model(model: LinearModel, path: str | Path) -> None:
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
