"""The evaluation harness: scorers on hand-made gold and predictions with known figures,
and a small slice of the real corpora (skipped, with a message, where ../shared is absent)."""
from __future__ import annotations

import json

import pytest

from framing.cli import main
from framing.evaluation import (exact_prf, evaluate, merge_spans, overlap_prf, pearson, prf,
                              semeval_si_prf)

from conftest import CORPORA


def test_exact_prf_counts_each_gold_span_once():
    gold = {"a": [(0, 4), (10, 14)], "b": [(3, 5)]}
    pred = {"a": [(0, 4), (0, 4), (11, 14)], "c": [(1, 2)]}
    r = exact_prf(pred, gold)
    # one true positive (the duplicate (0, 4) finds no second gold span); 4 predictions; 3 gold spans
    assert (r.precision, r.recall) == (1 / 4, 1 / 3)
    assert r.f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))


def test_overlap_prf():
    gold = {"a": [(0, 10), (20, 30)]}
    pred = {"a": [(5, 6), (8, 22), (40, 41)]}
    r = overlap_prf(pred, gold)
    assert r.precision == pytest.approx(2 / 3)  # (5,6) and (8,22) overlap gold
    assert r.recall == 1.0                      # both gold spans are touched


def test_semeval_si_partial_credit():
    # Da San Martino et al. 2020: P = sum |s∩t|/|s| / |S|, R = sum |s∩t|/|t| / |T|
    gold = {"a": [(0, 10)]}
    pred = {"a": [(5, 15), (20, 30)]}
    r = semeval_si_prf(pred, gold)
    assert r.precision == pytest.approx((5 / 10 + 0) / 2)
    assert r.recall == pytest.approx(5 / 10)
    assert r.f1 == pytest.approx(2 * 0.25 * 0.5 / 0.75)


def test_semeval_si_merges_overlapping_spans_first():
    gold = {"a": [(0, 10), (5, 20)]}   # merged to (0, 20)
    pred = {"a": [(0, 20), (0, 20)]}   # merged to one prediction
    r = semeval_si_prf(pred, gold)
    assert (r.precision, r.recall, r.n_predicted, r.n_gold) == (1.0, 1.0, 1, 1)
    assert merge_spans([(5, 8), (0, 3), (2, 4), (9, 9)]) == [(0, 4), (5, 8)]


def test_prf_and_pearson_edge_cases():
    assert prf(0, 0, 0, 0).f1 == 0.0
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [5, 5, 5]) is None


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_hedging_task_on_hand_made_sentences(tmp_path):
    arts = tmp_path / "a.jsonl"
    labs = tmp_path / "l.jsonl"
    _write_jsonl(arts, [
        {"id": "1", "title": None, "text": "The bridge may collapse within a decade."},
        {"id": "2", "title": None, "text": "The bridge was built in 1932."},
        {"id": "3", "title": None, "text": "Critics say the bridge is unsafe."},
        {"id": "4", "title": None, "text": "The bridge is painted red every year."},
    ])
    _write_jsonl(labs, [{"id": "1", "label": "uncertain"}, {"id": "2", "label": "certain"},
                        {"id": "3", "label": "uncertain"}, {"id": "4", "label": "uncertain"}])
    scores = evaluate("hedging", str(arts), str(labs)).scores["uncertain"]
    assert scores["true_positives"] == 2 and scores["false_negatives"] == 1 and scores["false_positives"] == 0
    assert scores["precision"] == 1.0 and scores["recall"] == pytest.approx(2 / 3, abs=1e-4)


def test_attribution_task_on_a_hand_made_article(tmp_path):
    text = "Lavrov said the talks failed. The weather was fine."
    arts = tmp_path / "a.jsonl"
    labs = tmp_path / "l.jsonl"
    _write_jsonl(arts, [{"id": "x", "title": "T", "text": text}])
    _write_jsonl(labs, [{"id": "x", "label": "Source", "start": 0, "end": 6},
                        {"id": "x", "label": "Cue", "start": 7, "end": 11}])
    s = evaluate("attribution", str(arts), str(labs)).scores
    assert s["cue_exact"]["f1"] == 1.0
    assert s["source_overlap"]["f1"] == 1.0 and s["source_exact"]["f1"] == 1.0


def test_evaluate_cli_errors(tmp_path, capsys):
    assert main(["evaluate", "hedging", "--articles", str(tmp_path / "none.jsonl"),
                 "--labels", str(tmp_path / "none.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("framing: error: ") and "no such file" in err and err.count("\n") == 1


def test_cross_validate_retrains_on_the_given_files_and_leaves_the_package_alone(tmp_path, capsys):
    """`framing evaluate hedging --cross-validate` on hand-made sentences: the figures of the cross-
    validated model and of the rules, and the installed model file untouched."""
    import hashlib
    from pathlib import Path

    import framing

    model_file = Path(framing.__file__).parent / "analysis" / "models" / "hedges.json"
    before = hashlib.sha256(model_file.read_bytes()).hexdigest()
    rows, labels = [], []
    for k in range(40):
        year = 1950 + k
        if k % 2:
            text = [f"Some experts believe the dam may fail before {year}.",
                    f"Many observers say the treaty is widely regarded as weak since {year}.",
                    f"Critics argue the reform could collapse by {year}."][k % 3]
        else:
            text = [f"Some of the houses were painted white in {year}.",
                    f"The treaty was signed in {year} by both countries.",
                    f"Many of the workers went home at noon in {year}."][k % 3]
        rows.append({"id": str(k), "title": None, "text": text})
        labels.append({"id": str(k), "label": "uncertain" if k % 2 else "certain"})
    _write_jsonl(tmp_path / "a.jsonl", rows)
    _write_jsonl(tmp_path / "l.jsonl", labels)
    assert main(["evaluate", "hedging", "--cross-validate", "--articles", str(tmp_path / "a.jsonl"),
                 "--labels", str(tmp_path / "l.jsonl"), "--format", "json"]) == 0
    cv = json.loads(capsys.readouterr().out)
    assert cv["task"] == "hedging" and cv["model"] == "hedges" and cv["folds"] == 5
    for part in ("cross_validated", "rules_only"):
        assert set(cv[part]) == {"precision", "recall", "f1"} and all(0 <= v <= 1 for v in cv[part].values())
    # every uncertain sentence has a hedge the rules keep ("may", "widely regarded", "could"): recall 1
    assert cv["rules_only"]["recall"] == 1.0
    assert hashlib.sha256(model_file.read_bytes()).hexdigest() == before
    assert main(["evaluate", "hedging", "--cross-validate", "--articles", str(tmp_path / "none.jsonl"),
                 "--labels", str(tmp_path / "l.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("framing: error: ") and "no such file" in err and err.count("\n") == 1


needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"annotated corpora not found at {CORPORA}")


@needs_corpora
def test_attribution_on_polnear_dev_slice(tmp_path):
    """The first 30 PolNeAR dev articles (held out from training): floors measured minus a margin."""
    arts = [json.loads(line) for line in (CORPORA / "polnear" / "articles.dev.jsonl").open(encoding="utf-8")][:30]
    ids = {a["id"] for a in arts}
    labels = [json.loads(line) for line in (CORPORA / "polnear" / "labels.dev.jsonl").open(encoding="utf-8")]
    _write_jsonl(tmp_path / "a.jsonl", arts)
    _write_jsonl(tmp_path / "l.jsonl", [r for r in labels if r["id"] in ids])
    s = evaluate("attribution", str(tmp_path / "a.jsonl"), str(tmp_path / "l.jsonl")).scores
    assert s["cue_exact"]["f1"] >= 0.58
    assert s["source_overlap"]["f1"] >= 0.60
    assert s["attributions_per_article_pearson_r"] >= 0.85
