"""The reliability model: fitting, calibration, the JSON format, source-disjoint CV, analyze --model."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

import framing
from framing import reliability as R
from framing.cli import main
from framing.errors import FramingError

from conftest import VOV

COLUMNS = ["alarmist", "hedging", "loaded", "style.words"]


def synthetic(n: int = 240, n_sources: int = 12, classes: int = 2, seed: int = 0):
    """Rows with a planted signal: the label follows 'alarmist' (and 'hedging' for a third class);
    every source has articles of both labels, so folds hold every class."""
    rng = np.random.default_rng(seed)
    raw = np.column_stack([rng.gamma(2.0, 3.0, n), rng.gamma(2.0, 3.0, n), rng.gamma(2.0, 2.0, n),
                           rng.integers(200, 1500, n).astype(float)])
    raw[rng.random(n) < 0.05, 2] = np.nan  # some missing values
    labels = np.where(raw[:, 0] > 6.0, "low", "high").astype(object)
    if classes == 3:
        labels[(raw[:, 0] <= 6.0) & (raw[:, 1] > 6.0)] = "mixed"
    groups = np.array([f"site{i % n_sources}.com" for i in range(n)], dtype=object)
    return raw, labels, groups


@pytest.fixture(scope="module")
def binary_model() -> R.ReliabilityModel:
    raw, y, g = synthetic()
    return R.fit_reliability(raw, y, g, COLUMNS, name="planted")


def test_fit_learns_the_planted_signal(binary_model):
    assert binary_model.classes == ("high", "low")
    assert binary_model.calibration["method"] == "sigmoid"
    top = binary_model.top_features(2)
    assert top[0]["column"] == "alarmist" and top[0]["toward"] == "low"
    assert top[0]["feature"] == "alarmist" and "Alarmist" in top[0]["meaning"]
    p = binary_model.predict_proba(np.array([[20.0, 3.0, 2.0, 800.0], [0.5, 3.0, 2.0, 800.0]]))
    assert p[0, 1] > 0.8 and p[1, 0] > 0.8
    assert np.allclose(p.sum(axis=1), 1.0)


def test_probabilities_match_scikit_learn_calibration(binary_model):
    """The stored numbers reproduce CalibratedClassifierCV(ensemble=False) exactly."""
    from sklearn.calibration import CalibratedClassifierCV

    raw, y, g = synthetic()
    x = R.signed_log1p(raw)
    x = np.where(np.isnan(x), np.nanmean(x, axis=0), x)
    splits = R._group_splits(y, g, R.INNER_FOLDS)
    ref = CalibratedClassifierCV(R._pipeline(binary_model.c), method="sigmoid", cv=splits, ensemble=False)
    ref.fit(x, y)
    assert np.allclose(ref.predict_proba(x), binary_model.predict_proba(raw), atol=1e-12)


@pytest.mark.parametrize("classes", [2, 3])
def test_round_trip_gives_the_same_probabilities(tmp_path: Path, classes: int):
    raw, y, g = synthetic(classes=classes)
    model = R.fit_reliability(raw, y, g, COLUMNS, name="rt", meta={"cv": {"accuracy": 0.9}})
    path = tmp_path / "m.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "framing-reliability/1"
    assert data["columns"] == COLUMNS and len(data["classes"]) == classes
    assert data["calibration"]["note"] and data["cv"] == {"accuracy": 0.9}
    loaded = R.load_reliability_model(path)
    assert loaded.classes == model.classes and loaded.columns == model.columns
    assert np.allclose(loaded.predict_proba(raw), model.predict_proba(raw), atol=1e-6)
    assert loaded.to_dict() == data


def test_too_few_sources_fall_back_to_an_uncalibrated_model():
    raw, y, g = synthetic(n_sources=2)
    g = np.where(y == "low", "a.com", "b.com").astype(object)  # each source one class: no inner folds
    model = R.fit_reliability(raw, y, g, COLUMNS)
    assert model.calibration["method"] == "none" and "not calibrated" in model.calibration["note"]
    assert model.c == R.DEFAULT_C
    assert np.allclose(model.predict_proba(raw).sum(axis=1), 1.0)


def test_single_class_is_an_error():
    raw, _, g = synthetic()
    with pytest.raises(FramingError, match="single class"):
        R.fit_reliability(raw, ["high"] * len(raw), g, COLUMNS)


def _corrupt(path: Path, data: dict, **change) -> Path:
    d = json.loads(json.dumps(data))
    for k, v in change.items():
        if v is None:
            d.pop(k)
        else:
            d[k] = v
    path.write_text(json.dumps(d), encoding="utf-8")
    return path


def test_wrong_or_corrupt_files_give_a_framing_error(tmp_path: Path, binary_model):
    good = binary_model.to_dict()
    cases = {
        "truncated": '{"format": "framing-reliability/1", "classes": [',
        "not json": "\x00\x01 pickle?",
        "linear model": json.dumps({"format": "framing-linear/1", "name": "cues", "intercept": 0, "weights": {}}),
        "a list": "[1, 2, 3]",
    }
    for name, text in cases.items():
        p = tmp_path / f"{name.replace(' ', '_')}.json"
        p.write_text(text, encoding="utf-8")
        with pytest.raises(FramingError, match=re.escape(str(p))):
            R.load_reliability_model(p)
    bad = [
        {"coef": [[1.0, 2.0]]},  # wrong length
        {"scale": [0.0] * len(good["columns"])},
        {"intercept": ["NaN"]},
        {"classes": ["only"]},
        {"calibration": {"method": "isotonic"}},
        {"columns": None},
    ]
    for i, change in enumerate(bad):
        p = _corrupt(tmp_path / f"bad{i}.json", good, **change)
        with pytest.raises(FramingError, match="malformed reliability model"):
            R.load_reliability_model(p)
    with pytest.raises(FramingError, match="no such file"):
        R.load_reliability_model(tmp_path / "missing.json")


def test_cross_validation_is_source_disjoint(monkeypatch):
    """Every split made, outer (scoring) and inner (choosing C, calibrating), keeps sources apart."""
    import sklearn.model_selection as ms

    seen: list[tuple[set, set]] = []
    real = ms.GroupKFold

    class Spy(real):
        def split(self, X, y=None, groups=None):
            for tr, te in super().split(X, y, groups):
                g = np.asarray(groups, dtype=object)
                seen.append((set(g[tr].tolist()), set(g[te].tolist())))
                yield tr, te

    monkeypatch.setattr(ms, "GroupKFold", Spy)
    raw, y, g = synthetic(n=200, n_sources=10)
    cv = R.cross_validate(raw, y, g, COLUMNS)
    assert cv["n_folds"] == 5 and len(seen) > 5  # outer folds and the inner folds of each
    for train, test in seen:
        assert train and test and not (train & test)
    held_out = [s for f in cv["folds"] for s in f["test_sources"]]
    assert sorted(held_out) == sorted(set(g.tolist()))  # each source is tested exactly once
    assert cv["accuracy"] > cv["baseline"]["accuracy"]  # the planted signal is found on unseen sources
    assert sum(map(sum, cv["confusion_matrix"]["rows_true_columns_predicted"])) == len(y)


def test_cross_validation_with_too_few_sources_says_so():
    raw, y, g = synthetic(n=40)
    cv = R.cross_validate(raw, y, np.array(["one.com"] * 40, dtype=object), COLUMNS)
    assert cv["n_folds"] == 0 and "not evaluated" in cv["note"]


def test_describe_column():
    d = R.describe_column("sourcing.anonymous__count")
    assert d["feature"] == "sourcing" and d["measure"] == "anonymous" and d["kind"] == "count"
    assert "Anonymous" in d["meaning"] and "raw count" in d["meaning"]
    assert R.describe_column("hedging")["meaning"].startswith("Hedging")


def test_analyze_model_adds_a_prediction(tmp_path: Path, binary_model, capsys):
    model_path = tmp_path / "planted.json"
    binary_model.save(model_path)
    out = tmp_path / "out.json"
    assert main(["analyze", str(VOV), "--model", str(model_path), "--format", "json", "-o", str(out)]) == 0
    (article,) = json.loads(out.read_text(encoding="utf-8"))
    pred = article["prediction"]
    assert set(pred) == {"label", "probability", "model"}
    assert pred["label"] in ("high", "low") and 0.5 <= pred["probability"] <= 1.0 and pred["model"] == "planted"
    # the library call gives the same
    profile = binary_model.annotate(framing.analyze(framing.load_article(VOV)))
    assert profile.prediction == pred and profile.to_dict()["prediction"] == pred


def test_analyze_with_a_corrupt_model_is_one_error_line(tmp_path: Path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    err = tmp_path / "err.txt"
    with err.open("w", encoding="utf-8") as stream:
        assert main(["analyze", str(VOV), "--model", str(bad)], stderr=stream) == 1
    line = err.read_text(encoding="utf-8")
    assert line.count("\n") == 1 and line.startswith("framing: error: ") and "bad.json" in line
