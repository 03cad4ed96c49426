"""framing sources: per-source means and confidence intervals, vocabulary, labels, outputs, the page."""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

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


def test_mean_and_ci_by_hand():
    st = S.mean_ci([1.0, 2.0, 3.0, 4.0])
    # mean 2.5; sd = sqrt(5/3) = 1.290994; t(0.975, 3) = 3.182446; half = 3.182446 * 1.290994 / 2 = 2.054260
    assert st["n"] == 4 and st["mean"] == 2.5
    assert st["ci_low"] == pytest.approx(0.445740, abs=1e-6)
    assert st["ci_high"] == pytest.approx(4.554260, abs=1e-6)
    one = S.mean_ci([7.0])
    assert one == {"n": 1, "mean": 7.0, "ci_low": None, "ci_high": None}
    assert S.mean_ci([])["mean"] is None


def test_source_profiles(rows):
    arts = corpus()
    columns, profiles = S.source_profiles(arts, rows)
    by = {p.source: p for p in profiles}
    assert [p.n for p in profiles] == [4, 4, 4, 1] and profiles[-1].source == S.UNKNOWN
    loud = [r["alarmist"] for a, r in zip(arts, rows) if a.source == "loud.example"]
    st = by["loud.example"].stats["alarmist"]
    mean = sum(loud) / 4
    sd = math.sqrt(sum((v - mean) ** 2 for v in loud) / 3)
    assert st["n"] == 4 and st["mean"] == pytest.approx(mean, abs=1e-6)
    assert st["ci_low"] == pytest.approx(mean - 3.182446 * sd / 2, abs=1e-4)
    assert st["ci_high"] == pytest.approx(mean + 3.182446 * sd / 2, abs=1e-4)
    assert by["loud.example"].stats["alarmist"]["mean"] > by["calm.example"].stats["alarmist"]["mean"]
    assert by[S.UNKNOWN].stats["alarmist"]["ci_low"] is None  # n < 2
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
    assert float(loud["alarmist__mean"]) == js["mean"] and float(loud["alarmist__ci_high"]) == js["ci_high"]
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
    assert main(["sources", str(src), "--labels", str(labels), "--out", str(out), "--save-model", str(model),
                 "--quiet", "--jobs", "1"]) == 0
    report = json.loads((out / "model_report.json").read_text(encoding="utf-8"))
    assert report["label_level"] == "source" and report["trained_on"]["n_articles"] == 12
    assert report["cv"]["n_folds"] == 3 and "baseline" in report["cv"] and report["top_features"]
    assert json.loads(model.read_text(encoding="utf-8"))["format"] == "framing-reliability/2"
    html = (out / "sources.html").read_text(encoding="utf-8")
    assert 'id="model"' in html and "source-disjoint" in html and EVIL not in html


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
                 "--save-model", str(tmp_path / "hp.json"), "--quiet"]) == 0
    report = json.loads((out / "model_report.json").read_text(encoding="utf-8"))
    cv = report["cv"]
    assert report["label_level"] == "article" and cv["n_articles"] == 90 and cv["n_folds"] == 5
    assert set(cv["classes"]) == {"hyperpartisan", "not_hyperpartisan"}
    held_out = [s for f in cv["folds"] for s in f["test_sources"]]
    assert len(held_out) == len(set(held_out)) == cv["n_sources"]  # each domain tested once
    assert 0.0 <= cv["baseline"]["accuracy"] <= 1.0 and 0.0 <= cv["accuracy"] <= 1.0
    model = json.loads((tmp_path / "hp.json").read_text(encoding="utf-8"))
    assert model["calibration"]["method"] == "sigmoid" and model["trained_on"]["label_level"] == "article"
