"""framing sources: per-source means and confidence intervals, vocabulary, labels, outputs, the page."""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.corpus import sources as S
from framing.cli import main
from framing.errors import FramingError, InputError
from framing.types import Article

from conftest import CORPORA

EVIL = "<script>alert(1)</script>"

# 3 sources x 4 articles, each source with its own habits and vocabulary.
TEXTS = {
    "calm.example": [
        "Officials said the budget committee may review the proposal next week. The plan could change, "
        "according to a spokesman. Budget talks continue.",
        "The council said it would publish the budget figures on Monday. Analysts suggest the numbers "
        "might be revised. Budget hearings resume soon.",
        "According to the ministry, the budget deficit narrowed slightly. Economists said growth may slow. "
        "The budget office declined to comment.",
        "The mayor said the budget vote was postponed. Some members reportedly want more time to read the "
        "budget documents.",
    ],
    "loud.example": [
        "It's war! The corrupt regime slammed patriots again. This massive disaster is on the verge of "
        "catastrophe. Wake up, America!",
        "Make no mistake: the thugs are destroying everything. The shameless elites mock you. Patriots "
        "must fight back now!",
        "The absurd regime is clearly lying. This unprecedented catastrophe will explode. Patriots know "
        "the truth!",
        "Total disaster! The elites are shamelessly attacking patriots. It is war, and it is too late "
        "for the regime.",
    ],
    EVIL: [
        "The weather service said rain is likely tomorrow. Forecasters expect storms over the coast. "
        "The weather will clear by Sunday.",
        "Farmers welcomed the rain, officials said. The weather has been dry for weeks. More weather "
        "updates are expected.",
        "The coast guard said the storms caused minor damage. The weather office issued a warning. "
        "Residents were told to stay inside.",
        "Weather experts said the season will be wetter than usual. The weather pattern may last into "
        "spring.",
    ],
}


def corpus() -> list[Article]:
    out = []
    for s, texts in TEXTS.items():
        for i, t in enumerate(texts):
            out.append(Article(id=f"{s[:4]}-{i}", title=f"Story {i} of {s}", text=t, source=s))
    out.append(Article(id="anon-1", title="No source", text="A short text without any source field at all."))
    return out


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            rec = {"id": a.id, "title": a.title, "text": a.text}
            if a.source:
                rec["source"] = a.source
            f.write(json.dumps(rec) + "\n")
    return path


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return S.feature_rows(corpus(), jobs=1)


def test_intervals_need_five_values_and_hold_the_mean():
    st = S.mean_ci([1.0, 2.0, 3.0, 4.0])
    assert st == {"n": 4, "mean": 2.5, "ci_low": None, "ci_high": None}  # four values: no interval
    st = S.mean_ci([float(v) for v in range(1, 11)], name="x")
    # mean 5.5; sd 3.03, so a normal interval would be about 5.5 +- 1.9
    assert st["n"] == 10 and st["mean"] == 5.5
    assert 3.0 < st["ci_low"] < 4.5 and 6.5 < st["ci_high"] < 8.0
    assert S.mean_ci([float(v) for v in range(1, 11)], name="x") == st  # seeded: the same run, the same interval
    assert S.mean_ci([])["mean"] is None


def test_intervals_of_a_rate_that_is_mostly_zero_stay_above_zero():
    values = [0.0] * 18 + [5.0, 40.0]
    mean = sum(values) / 20
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / 19)
    assert mean - 2.093 * sd / math.sqrt(20) < 0  # where Student's t would go
    st = S.mean_ci(values, name="rate")
    assert 0.0 <= st["ci_low"] <= mean <= st["ci_high"] <= 40.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=5, max_size=40), st.text(max_size=8))
def test_intervals_of_shares_stay_within_zero_and_one(values, name):
    got = S.mean_ci(values, name=name)
    assert 0.0 <= min(values) <= got["ci_low"] <= got["mean"] + 1e-12
    assert got["mean"] - 1e-12 <= got["ci_high"] <= max(values) <= 1.0


def test_source_profiles(rows):
    arts = corpus()
    columns, profiles = S.source_profiles(arts, rows)
    by = {p.source: p for p in profiles}
    assert [p.n for p in profiles] == [4, 4, 4, 1] and profiles[-1].source == S.UNKNOWN
    loud = [r["alarmist"] for a, r in zip(arts, rows) if a.source == "loud.example"]
    st = by["loud.example"].stats["alarmist"]
    assert st["n"] == 4 and st["mean"] == pytest.approx(sum(loud) / 4, abs=1e-6)
    assert st["ci_low"] is None  # four articles: too few for an interval
    assert by["loud.example"].stats["alarmist"]["mean"] > by["calm.example"].stats["alarmist"]["mean"]
    assert by[S.UNKNOWN].stats["alarmist"]["ci_low"] is None
    assert "hedging" in columns and "id" not in columns and "source" not in columns
    terms = {t["term"] for t in by[EVIL].distinctive}
    assert "weather" in terms
    assert "budget" in {t["term"] for t in by["calm.example"].distinctive}
    assert "weather" not in {t["term"] for t in by["calm.example"].distinctive}


def test_parallel_analysis_is_identical(rows, monkeypatch):
    monkeypatch.setattr(S, "PARALLEL_MIN", 0)
    assert S.feature_rows(corpus(), jobs=2) == rows


def test_cli_writes_csv_json_html(tmp_path: Path):
    src = write_jsonl(tmp_path / "c.jsonl", corpus())
    out = tmp_path / "out"
    assert main(["sources", str(src), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    data = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    assert data["n_sources"] == 4 and data["format"] == "framing-sources/1"
    with (out / "sources.csv").open(encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert [r["source"] for r in table] == [p["source"] for p in data["sources"]]
    unknown = next(r for r in table if r["source"] == S.UNKNOWN)
    assert unknown["n"] == "1" and unknown["hedging__ci_low"] == "" and unknown["hedging__mean"] != ""
    loud = next(r for r in table if r["source"] == "loud.example")
    js = next(p for p in data["sources"] if p["source"] == "loud.example")["stats"]["alarmist"]
    assert float(loud["alarmist__mean"]) == js["mean"]
    assert loud["alarmist__ci_high"] == "" and js["ci_high"] is None  # four articles: no interval
    assert "bootstrap" in data["ci"]
    assert not (out / "model_report.json").exists()


def test_html_escapes_source_names_and_shows_the_caveat(tmp_path: Path):
    src = write_jsonl(tmp_path / "c.jsonl", corpus())
    out = tmp_path / "out"
    assert main(["sources", str(src), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    html = (out / "sources.html").read_text(encoding="utf-8")
    assert EVIL not in html and "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    head = html[html.index("<h1>"):html.index('id="features"')]
    assert "not verdicts" in head  # the caveat comes first
    assert "<svg" in html and "CI n/a" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_labels_per_source_through_publisher_names(tmp_path: Path):
    arts = [Article(id=f"p{i}", title="T", text="Text.", source=s) for i, s in
            enumerate(["nyt", "nyt", "breitbart", "huff-post", "somewhere"])]
    labels = {"nytimes.com": "high", "https://www.breitbart.com/": "low", "huffingtonpost.com": "high"}
    m = S.match_labels(arts, labels, "l.jsonl")
    assert m.level == "source" and m.labels == ["high", "high", "low", "high", None]
    assert m.source_keys == {"nyt": "nytimes.com", "breitbart": "https://www.breitbart.com/",
                             "huff-post": "huffingtonpost.com"}
    per_article = S.match_labels(arts, {"p0": "x", "p1": "y", "p2": "x"}, "l.jsonl")
    assert per_article.level == "article" and per_article.labels[:3] == ["x", "y", "x"]
    with pytest.raises(InputError, match="no label id matches"):
        S.match_labels(arts, {"elsewhere.org": "high"}, "l.jsonl")


def test_bad_labels_are_one_line_errors(tmp_path: Path):
    src = write_jsonl(tmp_path / "c.jsonl", corpus())
    cases = {"broken.jsonl": '{"id": "x", "label": "a"}\n{oops\n', "nolabel.jsonl": '{"id": "x"}\n',
             "empty.jsonl": "\n", "nomatch.jsonl": '{"id": "nowhere.org", "label": "high"}\n'}
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        err = tmp_path / "err.txt"
        with err.open("w", encoding="utf-8") as stream:
            code = main(["sources", str(src), "--labels", str(tmp_path / name), "--out", str(tmp_path / "o"),
                         "--quiet"], stderr=stream)
        line = err.read_text(encoding="utf-8")
        assert code == 1 and line.count("\n") == 1 and line.startswith("framing: error: ") and name in line, line
    with pytest.raises(FramingError, match="--save-model needs --labels"):
        S.run_sources([str(src)], tmp_path / "o2", labels=None, save_model=str(tmp_path / "m.json"), jobs=1)


def test_labels_with_a_model(tmp_path: Path):
    """Per-source labels on the small corpus: a model report and a saved model (figures are not the point)."""
    arts = corpus()
    src = write_jsonl(tmp_path / "c.jsonl", arts)
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps({"id": s, "label": lab}) + "\n" for s, lab in
                              [("calm.example", "high"), ("loud.example", "low"), (EVIL, "high")]), encoding="utf-8")
    out = tmp_path / "out"
    model = tmp_path / "m.json"
    command = ["sources", str(src), "--labels", str(labels), "--out", str(out), "--save-model", str(model),
               "--quiet", "--jobs", "1"]
    err = tmp_path / "err.txt"
    with err.open("w", encoding="utf-8") as stream:
        assert main(command, stderr=stream) == 1  # three sources: no better than always saying "high"
    assert "not saved" in err.read_text(encoding="utf-8") and not model.exists()
    report = json.loads((out / "model_report.json").read_text(encoding="utf-8"))
    assert report["label_level"] == "source" and report["trained_on"]["n_articles"] == 12
    cv = report["cv"]
    assert cv["n_folds"] == 3 and cv["baseline"]["label"] == "high" and report["top_features"]
    assert cv["baseline"]["accuracy"] == cv["majority_share"] == round(8 / 12, 4)
    assert cv["beats_baseline"] is False
    html = (out / "sources.html").read_text(encoding="utf-8")
    assert 'id="model"' in html and "source-disjoint" in html and EVIL not in html
    assert "does not beat the majority-class baseline" in html
    assert main(command + ["--force"]) == 0
    assert json.loads(model.read_text(encoding="utf-8"))["format"] == "framing-reliability/2"


@pytest.mark.corpus
def test_hyperpartisan_slice(tmp_path: Path):
    """A slice of SemEval-2019 hyperpartisan (per-article labels): source-disjoint CV runs end to end."""
    folder = CORPORA / "hyperpartisan"
    if not (folder / "articles.shared.jsonl").exists():
        pytest.skip(f"corpus not found: {folder} (../shared/corpora is not shipped with framing)")
    lines = (folder / "articles.shared.jsonl").read_text(encoding="utf-8").splitlines()[:90]
    src = tmp_path / "slice.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["sources", str(src), "--labels", str(folder / "labels.shared.jsonl"), "--out", str(out),
                 "--save-model", str(tmp_path / "hp.json"), "--force", "--quiet"]) == 0
    report = json.loads((out / "model_report.json").read_text(encoding="utf-8"))
    cv = report["cv"]
    assert report["label_level"] == "article" and cv["n_articles"] == 90 and cv["n_folds"] == 5
    assert set(cv["classes"]) == {"hyperpartisan", "not_hyperpartisan"}
    held_out = [s for f in cv["folds"] for s in f["test_sources"]]
    assert len(held_out) == len(set(held_out)) == cv["n_sources"]  # each domain tested once
    assert 0.0 <= cv["baseline"]["accuracy"] <= 1.0 and 0.0 <= cv["accuracy"] <= 1.0
    model = json.loads((tmp_path / "hp.json").read_text(encoding="utf-8"))
    assert model["calibration"]["method"] == "sigmoid" and model["trained_on"]["label_level"] == "article"


def test_the_mean_of_equal_values_is_that_value_to_the_last_digit():
    # the exact sum of six equal values divided by six is one unit in the last place below the value: the
    # mean and its interval must not leave the values' range by that last digit
    x = 0.9014274576114836
    got = S.mean_ci([x] * 6, name="equal")
    assert got["mean"] == got["ci_low"] == got["ci_high"] == x
