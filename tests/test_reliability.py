"""The reliability model: fitting, calibration, the JSON format, source-disjoint CV, analyze --model."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

import framing
from framing.learn import reliability as R
from framing.learn import reliability_cv as CV
from framing.learn.columns import DERIVED_COLUMNS, known_column, model_row, signed_log1p
from framing.catalog import describe_column
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
    x = signed_log1p(raw)
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
    assert data["format"] == "framing-reliability/2"
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


def test_version_1_files_still_load_and_unknown_versions_are_refused(tmp_path: Path, binary_model):
    """A model saved by the first format version (feature_row columns only) predicts as before."""
    raw, _, _ = synthetic()
    v1 = dict(binary_model.to_dict(), format="framing-reliability/1")
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(v1), encoding="utf-8")
    assert np.allclose(R.load_reliability_model(path).predict_proba(raw), binary_model.predict_proba(raw))
    path.write_text(json.dumps(dict(v1, format="framing-reliability/3")), encoding="utf-8")
    with pytest.raises(FramingError, match="framing-reliability/3"):
        R.load_reliability_model(path)


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
    cv = CV.cross_validate(raw, y, g, COLUMNS)
    assert cv["n_folds"] == 5 and len(seen) > 5  # outer folds and the inner folds of each
    for train, test in seen:
        assert train and test and not (train & test)
    held_out = [s for f in cv["folds"] for s in f["test_sources"]]
    assert sorted(held_out) == sorted(set(g.tolist()))  # each source is tested exactly once
    assert cv["accuracy"] > cv["baseline"]["accuracy"]  # the planted signal is found on unseen sources
    assert sum(map(sum, cv["confusion_matrix"]["rows_true_columns_predicted"])) == len(y)


def test_cross_validation_with_too_few_sources_says_so():
    raw, y, g = synthetic(n=40)
    cv = CV.cross_validate(raw, y, np.array(["one.com"] * 40, dtype=object), COLUMNS)
    assert cv["n_folds"] == 0 and "not evaluated" in cv["note"]


def test_describe_column():
    d = describe_column("sourcing.anonymous__count")
    assert d["feature"] == "sourcing" and d["measure"] == "anonymous" and d["kind"] == "count"
    assert "Anonymous" in d["meaning"] and "raw count" in d["meaning"]
    assert describe_column("hedging")["meaning"].startswith("Hedging")


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


# ------------------------------------------------------------------ the model's derived columns

def test_model_row_adds_the_headline_and_text_measures():
    from conftest import profile

    p = profile("The senator said the plan was fine. Critics were not convinced.\n\nShe spoke again later. "
                "It was a horrible, disgraceful disaster.",
                title='SHOCKING: Radical Senator Admits "Plan" Will Destroy 3 Million Jobs!')
    row = model_row(p)
    base = p.to_row()
    assert {k: row[k] for k in base} == base  # every Profile.to_row column, unchanged
    assert set(row) - set(base) == set(DERIVED_COLUMNS)
    assert row["title.words"] == 10 and row["title.exclamation"] == 1.0 and row["title.question"] == 0.0
    assert row["title.quote"] == 1.0 and row["title.colon"] == 1.0 and row["title.digits"] == 1.0
    assert row["title.all_caps_words"] == 1 and row["title.capitalised_share"] == 1.0
    in_title = [e for e in p["loaded"].evidence if e.field == "title"]
    assert row["title.loaded"] == len(in_title)
    assert row["style.sentences_per_paragraph"] == pytest.approx(p["style"].measure("sentences").value
                                                                  / p["style"].measure("paragraphs").value)
    shares = [row[f"sentiment.{k}_sentences"] for k in ("strongly_negative", "strongly_positive", "neutral")]
    assert all(0.0 <= v <= 1.0 for v in shares) and sum(shares) <= 1.0 + 1e-9
    assert row["sentiment.extreme_sentences"] == pytest.approx(shares[0] + shares[1])
    if p["loaded"].count:
        assert 0.0 <= row["loaded.own_voice_share"] <= 1.0
    else:
        assert row["loaded.own_voice_share"] is None  # nothing to share out: missing, not zero
    plain = model_row(profile("Nothing here.", title="a quiet day"))
    assert plain["title.capitalised_share"] == 0.0 and plain["title.exclamation"] == 0.0
    assert plain["title.all_caps_words"] == 0 and plain["title.words"] == 3


def test_every_derived_column_is_described():
    for col in DERIVED_COLUMNS:
        d = describe_column(col)
        assert d["meaning"] and d["feature"] and d["measure"] and known_column(col)
    assert describe_column("title.exclamation")["feature"] == "title"
    assert "own voice" in describe_column("loaded.own_voice_share")["meaning"]


def test_a_prediction_reads_the_headline(tmp_path: Path):
    """A model that weighs the title's exclamation mark sees it through analyze --model's Profile."""
    import framing
    from framing.types import Article

    rng = np.random.default_rng(1)
    n = 120
    bang = (rng.random(n) < 0.5).astype(float)
    raw = np.column_stack([bang, rng.integers(200, 1500, n).astype(float)])
    y = np.where(bang == 1.0, "shouty", "calm").astype(object)
    g = np.array([f"s{i % 8}.com" for i in range(n)], dtype=object)
    model = R.fit_reliability(raw, y, g, ["title.exclamation", "style.words"], name="bang")
    path = tmp_path / "bang.json"
    model.save(path)
    loaded = R.load_reliability_model(path)
    text = "The council met on Tuesday. It approved the budget."
    loud = loaded.prediction(framing.analyze(Article("a", "Council approves budget!", text)))
    calm = loaded.prediction(framing.analyze(Article("b", "Council approves budget", text)))
    assert loud["label"] == "shouty" and calm["label"] == "calm"


def test_a_model_with_a_column_this_version_cannot_compute_is_refused(tmp_path: Path, binary_model):
    data = binary_model.to_dict()
    data["columns"] = data["columns"][:-1] + ["title.mood_ring"]
    p = tmp_path / "newer.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FramingError, match=r"newer.json: the model uses column 'title.mood_ring'.*newer framing"):
        R.load_reliability_model(p)
    for col in ("hedging", "hedging__count", "sourcing.anonymous__count", "title.loaded", "style.words"):
        assert known_column(col)
    for col in ("nonsense", "hedging__median", "title.mood_ring"):
        assert not known_column(col)


def test_cross_validation_reports_its_spread():
    raw, y, g = synthetic(n=200, n_sources=10)
    cv = CV.cross_validate(raw, y, g, COLUMNS, repeats=3)
    rep = cv["repeated"]
    assert rep["n_repeats"] == 3 and [r["random_state"] for r in rep["runs"]] == [0, 1, 2]
    acc = rep["accuracy"]
    assert acc["min"] <= acc["mean"] <= acc["max"] and acc["sd"] >= 0.0
    assert acc["mean"] == pytest.approx(np.mean([r["accuracy"] for r in rep["runs"]]), abs=1e-4)
    assert all(r["accuracy"] > cv["baseline"]["accuracy"] for r in rep["runs"])  # the signal holds on every deal
    fa = cv["fold_accuracy"]
    assert fa["min"] == min(f["accuracy"] for f in cv["folds"]) and fa["max"] == max(f["accuracy"] for f in cv["folds"])
    assert all(f["C"] in R.C_GRID for f in cv["folds"])  # C chosen inside each outer training part
    assert "repeated" not in CV.cross_validate(raw, y, g, COLUMNS, repeats=0)
