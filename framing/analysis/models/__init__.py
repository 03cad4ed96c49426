"""The small learned models the analysis applies: logistic regressions over named features, stored as JSON.

Format (``framing/analysis/models/NAME.json``, ``"format": "framing-linear/1"``)::

    {"format": "framing-linear/1", "name": "...", "version": 1,
     "intercept": -1.2, "threshold": 0.5,
     "weights": {"word=may": 1.3, "next=not": -2.1, ...},
     "trained_on": "...", "metrics": {...}}

A model is data only: loading never executes code from the file. Features are
strings (binary indicators); the probability is the logistic of the intercept
plus the weights of the features present. Evidence kept by a model names it
in its rule (``... · model NAME v1 p=0.83``). The models are trained by
``framing/learn/training/`` (``python -m framing.train NAME``).

:func:`packaged_model` is the one way the features load a model: a model that
is not installed is ``None`` (the feature falls back to its rules); a model
file that is there but unreadable or malformed raises :class:`FramingError`
naming it, never silently.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable

from ...errors import FramingError

FORMAT = "framing-linear/1"


def weight_sum(weights: dict[str, float], features: list[str]) -> float:
    """The weights of the features the model knows, added in order, from 0.0 (a zero weight adds
    nothing, as ``sum(filter(None, map(weights.get, features)))``)."""
    total = 0.0
    for f in features:
        w = weights.get(f)
        if w:
            total += w
    return total


def sigmoid(z: float) -> float:
    """The logistic function (0.0 below -40)."""
    if z < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def linear_probability(weights: dict[str, float], intercept: float, features: list[str]) -> float:
    """The probability a linear model gives a list of string features: higher = more likely positive."""
    return sigmoid(intercept + weight_sum(weights, features))


@dataclass(frozen=True)
class LinearModel:
    name: str
    version: int
    intercept: float
    weights: dict[str, float]
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability for these features (higher = more likely positive)."""
        return linear_probability(self.weights, self.intercept, list(features))

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
    """Validate parsed JSON as a model; FramingError naming ``where`` if anything is off."""
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


def read_model(text: str, where: str) -> LinearModel:
    """A model from the text of its JSON file; FramingError naming ``where`` if it is not one."""
    try:
        data = json.loads(text)
    except ValueError as exc:  # json.JSONDecodeError, or text that is not JSON at all
        raise FramingError(f"{where}: not a framing model (invalid JSON: {exc})") from None
    return model_from_dict(data, where)


@functools.cache
def packaged_model(name: str) -> LinearModel | None:
    """The packaged model ``NAME`` (loaded once per process), or None when it is not installed.

    A file that exists but cannot be read or parsed is an error (FramingError naming the file), so a
    damaged install is noticed instead of silently running the rules alone."""
    where = f"framing/analysis/models/{name}.json"
    path = resources.files("framing") / "analysis" / "models" / f"{name}.json"
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FramingError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FramingError(f"{where}: not a framing model (not UTF-8 text)") from None
    return read_model(text, where)
