"""A reliability model: predict a label (factuality, hyperpartisan ...) from framing's features.

What it is: a regularised logistic regression (scikit-learn, L2, lbfgs, ``random_state=0``) over every
numeric column of :func:`model_row` -- the columns of :func:`framing.table.feature_row` (every feature's
headline value, count and rate, and every sub-measure) plus :data:`DERIVED_COLUMNS`, read off the same
Profile: the headline's own measures (``title.*``: evidence of each feature found in the title, its
length, question/exclamation/quotation marks, colon, Title Case share, ALL-CAPS words, digits), the
shares of strongly negative/positive/neutral sentences, the number of distinct speakers and the most-cited
one's share, sentences per paragraph, and the share of loaded/booster/hedge/alarmist/speculative spans in
the outlet's own voice (outside quotations). Each column is transformed with ``sign(x)·log(1+|x|)`` (counts
and rates are heavy-tailed), missing values replaced by the training mean, then standardised.
The regularisation strength ``C`` is chosen by cross-validation *inside* the training data
(:data:`C_GRID`, log loss, GroupKFold by source); probabilities are calibrated by Platt scaling fitted
on out-of-fold decision values from the same source-grouped folds (scikit-learn's
``CalibratedClassifierCV(method="sigmoid", ensemble=False)``). Where the training data has too few
sources for those inner folds, ``C`` falls back to :data:`DEFAULT_C` and the probabilities are the
logistic regression's own, and the model says so in ``calibration.note``.

:func:`cross_validate` reports how the whole procedure does on outlets it never saw: GroupKFold by
source (at most 5 folds), with accuracy, macro-F1, the confusion matrix and a majority-class baseline
computed on the same folds, the spread over the folds, and :data:`REPEATS` more runs with the sources
dealt into folds at random (mean, sd, min, max). ``C`` is chosen inside each outer training part, so
the figures are nested; the set of columns was chosen once, by the project, not per fold.

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
import math
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..version import __version__
from ..errors import FramingError
from ..table import feature_row
from ..types import Profile

FORMAT = "framing-reliability/2"
READABLE_FORMATS = ("framing-reliability/1", FORMAT)
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
DEFAULT_C = 0.1
RANDOM_STATE = 0
OUTER_FOLDS = 5
INNER_FOLDS = 3
REPEATS = 5  # extra shuffled GroupKFold runs in cross_validate, for the spread


# ------------------------------------------------------------------ the model's columns

# Measures of the title alone, read off the article's Profile (its evidence in the title and the title's
# text): hyperpartisan headlines are written differently from the body they sit on.
TITLE_FEATURES = ("alarmist", "boosters", "hedging", "loaded", "sentiment", "sourcing", "speculation", "style")
# sentence picks and whole-text measures: evidence of them in the title is not a count of the title's words
_NOT_TITLE_COUNTS = frozenset({"most_negative", "most_positive", "longest_sentences", "hardest_sentences",
                               "unattributed_claims"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DOUBLE_QUOTE = re.compile(r"[\"“”„«»]")

DERIVED_MEANINGS: dict[str, tuple[str, str, str, str]] = {
    # column: (feature, measure, kind, meaning)
    "title.words": ("title", "words", "count", "Title length: words in the headline."),
    "title.question": ("title", "question", "yes/no", "The headline holds a question mark."),
    "title.exclamation": ("title", "exclamation", "yes/no", "The headline holds an exclamation mark."),
    "title.quote": ("title", "quote", "yes/no", "The headline holds a double quotation mark (a quote or scare quotes)."),
    "title.colon": ("title", "colon", "yes/no", "The headline holds a colon (e.g. 'Speaker: claim')."),
    "title.capitalised_share": ("title", "capitalised_share", "share",
                                "Share of the headline's words (not numbers) that start with a capital letter (Title Case)."),
    "title.all_caps_words": ("title", "all_caps_words", "count", "Words in ALL CAPITALS in the headline."),
    "title.digits": ("title", "digits", "yes/no", "The headline holds a digit (a number, a date, a list size)."),
    "sentiment.strongly_negative_sentences": ("sentiment", "strongly_negative_sentences", "share",
                                              "Share of sentences with a sentiment score below -0.6."),
    "sentiment.strongly_positive_sentences": ("sentiment", "strongly_positive_sentences", "share",
                                              "Share of sentences with a sentiment score of 0.6 or more."),
    "sentiment.extreme_sentences": ("sentiment", "extreme_sentences", "share",
                                    "Share of sentences with a strong sentiment score (below -0.6 or 0.6 or more)."),
    "sentiment.neutral_sentences": ("sentiment", "neutral_sentences", "share",
                                    "Share of sentences with a near-neutral sentiment score (-0.2 to 0.2)."),
    "sourcing.speakers": ("sourcing", "speakers", "count", "Distinct speakers the text attributes statements to."),
    "sourcing.top_speaker_share": ("sourcing", "top_speaker_share", "share",
                                   "Share of attributions that go to the most-cited speaker."),
    "style.sentences_per_paragraph": ("style", "sentences_per_paragraph", "value",
                                      "Sentences per paragraph (short, one-line paragraphs are low)."),
}
for _f in TITLE_FEATURES:
    DERIVED_MEANINGS[f"title.{_f}"] = (
        "title", _f, "count", f"Evidence of '{_f}' in the headline alone (spans the {_f} feature found in the title).")
for _f in ("loaded", "boosters", "hedging", "alarmist", "speculation"):
    DERIVED_MEANINGS[f"{_f}.own_voice_share"] = (
        _f, "own_voice_share", "share",
        f"Share of the {_f} feature's spans outside quotations: the outlet's own voice rather than a quoted one.")
DERIVED_COLUMNS: tuple[str, ...] = tuple(DERIVED_MEANINGS)


def _share(part: float | None, whole: float | None) -> float | None:
    return None if part is None or not whole else float(part) / float(whole)


def derived_columns(profile: Profile) -> dict[str, Any]:
    """The model's columns beyond :func:`framing.table.feature_row`, read off the Profile (see
    :data:`DERIVED_MEANINGS`); ``None`` where a value cannot be computed."""
    features = profile.features
    out: dict[str, Any] = {c: None for c in DERIVED_COLUMNS}
    title = profile.article.title or ""
    words = _WORD.findall(title)
    lettered = [w for w in words if w[:1].isalpha()]  # numbers have no case
    out.update({
        "title.words": len(words),
        "title.question": float("?" in title),
        "title.exclamation": float("!" in title),
        "title.quote": float(bool(_DOUBLE_QUOTE.search(title))),
        "title.colon": float(":" in title),
        "title.capitalised_share": _share(sum(1 for w in lettered if w[:1].isupper()), len(lettered)),
        "title.all_caps_words": sum(1 for w in words if len(w) > 1 and w.isupper()),
        "title.digits": float(any(ch.isdigit() for ch in title)),
    })
    for name in TITLE_FEATURES:
        f = features.get(name)
        if f is not None:
            out[f"title.{name}"] = sum(1 for e in f.evidence
                                       if e.field == "title" and e.measure not in _NOT_TITLE_COUNTS)
    sentiment = features.get("sentiment")
    hist = ((sentiment.details or {}).get("histogram") or {}) if sentiment is not None else {}
    counts = hist.get("counts")
    if isinstance(counts, (list, tuple)) and len(counts) == 5 and sum(counts):
        n = sum(counts)
        out["sentiment.strongly_negative_sentences"] = counts[0] / n
        out["sentiment.strongly_positive_sentences"] = counts[4] / n
        out["sentiment.extreme_sentences"] = (counts[0] + counts[4]) / n
        out["sentiment.neutral_sentences"] = counts[2] / n
    sourcing = features.get("sourcing")
    speakers = (sourcing.details or {}).get("speakers") if sourcing is not None else None
    if isinstance(speakers, list):
        cited = [int(s.get("count") or 0) for s in speakers if isinstance(s, dict)]
        out["sourcing.speakers"] = len(cited)
        out["sourcing.top_speaker_share"] = _share(max(cited, default=0), sum(cited))
    style = features.get("style")
    if style is not None:
        values = {m.name: m.value for m in style.measures}
        out["style.sentences_per_paragraph"] = _share(values.get("sentences"), values.get("paragraphs"))
    for name in ("loaded", "boosters", "hedging", "alarmist", "speculation"):
        f = features.get(name)
        if f is not None:
            own = next((m.count for m in f.measures if m.name == "outside_quotes"), None)
            out[f"{name}.own_voice_share"] = _share(own, f.count)
    return out


def model_row(profile: Profile) -> dict[str, Any]:
    """:func:`framing.table.feature_row` plus :func:`derived_columns`: every column a model may use
    (a feature_row column of the same name wins)."""
    row = feature_row(profile)
    for k, v in derived_columns(profile).items():
        row.setdefault(k, v)
    return row


def signed_log1p(x: np.ndarray) -> np.ndarray:
    return np.sign(x) * np.log1p(np.abs(x))


def design_matrix(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> np.ndarray:
    """Rows of feature_row dicts -> a float matrix (NaN where a value is missing or not a number)."""
    out = np.full((len(rows), len(columns)), np.nan)
    for i, row in enumerate(rows):
        for j, c in enumerate(columns):
            v = row.get(c)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
                out[i, j] = float(v)
    return out


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
            q = 1.0 / (1.0 + np.exp(np.clip(a * f + b, -700, 700)))
            if n_classes == 2:
                return np.column_stack([1.0 - q[:, 0], q[:, 0]])
            total = q.sum(axis=1, keepdims=True)
            uniform = np.full_like(q, 1.0 / n_classes)
            return np.divide(q, total, out=uniform, where=total != 0)
        if n_classes == 2:
            p1 = 1.0 / (1.0 + np.exp(-np.clip(f[:, 0], -700, 700)))
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
        Path(path).write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ loading

def _floats(data: dict[str, Any], key: str, n: int) -> np.ndarray:
    values = data[key]
    if not isinstance(values, list) or len(values) != n:
        raise ValueError(f"{key!r} must be a list of {n} numbers")
    arr = np.array([float(v) for v in values], dtype=float)
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{key!r} holds a value that is not a finite number")
    return arr


def known_column(column: str) -> bool:
    """Whether :func:`model_row` can produce ``column`` (a derived column, or FEATURE[.MEASURE][__KIND]
    of a registered feature)."""
    from ..analysis.features import FEATURE_NAMES

    if column in DERIVED_MEANINGS:
        return True
    base, _, suffix = column.partition("__")
    return base.partition(".")[0] in FEATURE_NAMES and suffix in ("", "count", "per_1000_words")


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


# ------------------------------------------------------------------ column meanings

def describe_column(column: str) -> dict[str, str]:
    """feature, measure, kind and a one-line meaning of a feature_row column."""
    from ..compare import ROWS
    from ..analysis.features import MEANINGS

    if column in DERIVED_MEANINGS:
        feature, measure, kind, text = DERIVED_MEANINGS[column]
        return {"feature": feature, "measure": measure, "kind": kind, "meaning": text, "text": text}
    base, _, suffix = column.partition("__")
    feature, _, measure = base.partition(".")
    kind = {"": "value", "count": "count", "per_1000_words": "per 1,000 words"}.get(suffix, suffix)
    meaning = plain = ""
    for f, m, label, text, _ in ROWS:
        if f == feature and (m or "") == measure:
            meaning, plain = f"{label}: {text}", text
            break
    if not meaning:
        meaning = MEANINGS.get(feature, "")
        if measure:
            meaning = f"{measure.replace('_', ' ')} (a sub-measure of {feature}). {meaning}"
        plain = meaning
    if suffix == "count":
        meaning += " (raw count, grows with length)"
        plain += " (raw count, grows with length)"
    return {"feature": feature, "measure": measure or "(headline value)", "kind": kind, "meaning": meaning,
            "text": plain}


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


# ------------------------------------------------------------------ evaluation

def majority(labels: Sequence[str]) -> str:
    counts = Counter(labels)
    return min(counts, key=lambda c: (-counts[c], c))


def _spread(values: Sequence[float]) -> dict[str, float]:
    v = np.asarray(list(values), dtype=float)
    return {"mean": round(float(v.mean()), 4), "sd": round(float(v.std(ddof=1)) if len(v) > 1 else 0.0, 4),
            "min": round(float(v.min()), 4), "max": round(float(v.max()), 4)}


def _out_of_fold(raw: np.ndarray, y_arr: np.ndarray, g_arr: np.ndarray, columns: Sequence[str],
                 classes: list[str], splits) -> tuple[np.ndarray, np.ndarray, np.ndarray, list, list]:
    """Run the whole fitting procedure on each training part; (pred, base, proba, folds, notes)."""
    from sklearn.metrics import accuracy_score

    pred = np.empty(len(y_arr), dtype=object)
    base = np.empty(len(y_arr), dtype=object)
    proba = np.zeros((len(y_arr), len(classes)))
    folds, notes = [], []
    for i, (tr, te) in enumerate(splits):
        train_sources, test_sources = set(g_arr[tr].tolist()), set(g_arr[te].tolist())
        assert not train_sources & test_sources
        train_classes = set(y_arr[tr].tolist())
        base[te] = majority(y_arr[tr].tolist())
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
                      "baseline_accuracy": round(float(accuracy_score(y_arr[te], base[te])), 4),
                      "C": c})
    return pred, base, proba, folds, notes


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
        out.update({"n_folds": 0, "note": "not evaluated: needs at least 2 sources and 2 classes"})
        return out
    k = min(n_splits, n_groups)
    splits = GroupKFold(n_splits=k).split(raw, y_arr, g_arr)
    pred, base, proba, folds, notes = _out_of_fold(raw, y_arr, g_arr, columns, classes, splits)
    y_l, p_l, b_l = y_arr.tolist(), pred.tolist(), base.tolist()
    out.update({
        "n_folds": k,
        "accuracy": round(float(accuracy_score(y_l, p_l)), 4),
        "macro_f1": round(float(f1_score(y_l, p_l, labels=classes, average="macro", zero_division=0)), 4),
        "confusion_matrix": {"labels": classes,
                             "rows_true_columns_predicted": confusion_matrix(y_l, p_l, labels=classes).tolist()},
        "baseline": {"what": "majority class of each training part, predicted for every test article",
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
            r_pred, r_base, _, _, _ = _out_of_fold(raw, y_arr, g_arr, columns, classes, shuffled)
            runs.append({"random_state": r,
                         "accuracy": round(float(accuracy_score(y_l, r_pred.tolist())), 4),
                         "macro_f1": round(float(f1_score(y_l, r_pred.tolist(), labels=classes, average="macro",
                                                          zero_division=0)), 4),
                         "baseline_accuracy": round(float(accuracy_score(y_l, r_base.tolist())), 4)})
        out["repeated"] = {
            "what": (f"{repeats} more runs of {k}-fold source-disjoint cross-validation, the sources dealt "
                     f"into folds at random each time (GroupKFold(shuffle=True, random_state=0..{repeats - 1}))"),
            "n_repeats": repeats,
            "accuracy": _spread([run["accuracy"] for run in runs]),
            "macro_f1": _spread([run["macro_f1"] for run in runs]),
            "baseline_accuracy": _spread([run["baseline_accuracy"] for run in runs]),
            "runs": runs,
        }
    if source_level:
        srcs = sorted(set(g_arr.tolist()))
        s_true, s_pred, s_base = [], [], []
        for s in srcs:
            m = g_arr == s
            s_true.append(y_arr[m][0])
            s_pred.append(classes[int(np.argmax(proba[m].mean(axis=0)))])
            s_base.append(base[m][0])
        out["per_source"] = {
            "what": "one prediction per source: the mean of its articles' probabilities",
            "n_sources": len(srcs),
            "accuracy": round(float(accuracy_score(s_true, s_pred)), 4),
            "baseline_accuracy": round(float(accuracy_score(s_true, s_base)), 4),
            "predictions": [{"source": s, "label": t, "predicted": p} for s, t, p in zip(srcs, s_true, s_pred)],
        }
    return out


def design_matrix_subset(raw: np.ndarray, columns: Sequence[str], wanted: Sequence[str]) -> np.ndarray:
    """The columns ``wanted`` (a model's) out of a raw matrix laid out as ``columns``."""
    index = {c: j for j, c in enumerate(columns)}
    out = np.full((raw.shape[0], len(wanted)), np.nan)
    for k, c in enumerate(wanted):
        if c in index:
            out[:, k] = raw[:, index[c]]
    return out
