"""framing batch: tables, pages, stories, errors, resumability, parallel and Dask runs."""
from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framing.corpus.batch import group_stories, run_batch, safe_names
from framing.cli import main
from framing.types import Article

from conftest import PL, VOV, store_contents


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in (VOV, PL):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notitle.txt").write_text("Only a title line\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes(b"Caf\xe9\nsome body text")
    (folder / "ignored.pdf").write_bytes(b"%PDF")
    records = [
        {"id": "../x", "title": "Quake hits the coast", "text": "A strong earthquake hit the coast on Monday, "
         "officials said. Rescue teams searched collapsed buildings.", "source": "wire-a", "story": "quake"},
        {"id": "a/b", "title": "Deadly quake", "text": "A massive earthquake devastated the coast, and it may get "
         "worse, experts warned.", "source": "site-b", "story": "quake"},
        {"id": "x" * 300, "title": "Budget passes", "text": "The council passed the budget on Tuesday.",
         "source": "wire-a"},
        {"id": "dup", "title": "<script>alert(1)</script>", "text": "Body with \"><img src=x onerror=alert(1)>.",
         "source": "<b>evil</b>", "url": "javascript:alert(1)"},
        {"id": "dup", "title": "Second with the same id", "text": "Another article body here."},
        {"title": "No text field"},
    ]
    (folder / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records) + "{not json\n",
                                       encoding="utf-8")
    return folder


def test_batch_outputs_and_nothing_lost(tmp_path):
    folder = _corpus(tmp_path)
    out = tmp_path / "out"
    result = run_batch([folder], out, jobs=1, quiet=True)
    # 2 seeds + 5 good JSONL records; 4 failures: no body, Latin-1, missing text, invalid JSON line
    assert result.n_articles == 7
    assert len(result.errors) == 4
    rows = list(csv.DictReader((out / "features.csv").open(encoding="utf-8")))
    jsonl = [json.loads(line) for line in (out / "features.jsonl").open(encoding="utf-8")]
    assert len(rows) == len(jsonl) == 7
    assert {"id", "source", "hedging", "hedging__count", "sourcing.anonymous", "alarmist.war"} <= set(rows[0])
    errors = [json.loads(line) for line in (out / "errors.jsonl").open(encoding="utf-8")]
    assert sorted(e["error"].split(" ")[0] for e in errors) == ["has", "invalid", "missing", "not"]
    pages = sorted(p.name for p in (out / "articles").glob("*.html"))
    assert len(pages) == 7 and len(set(pages)) == 7
    assert not list(out.rglob("*.tmp"))
    # the quake story comes from the story field
    assert [(g.by, len(g.members)) for g in result.groups] == [("story field", 2)]
    assert (out / "stories" / "story-1.html").is_file()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Inputs that failed (4)" in index and "latin1.txt" in index


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_batch_pages_escape_untrusted_text(tmp_path):
    out = tmp_path / "out"
    run_batch([_corpus(tmp_path)], out, jobs=1, quiet=True)
    for page in [out / "index.html", *(out / "articles").glob("*.html"), *(out / "stories").glob("*.html")]:
        parser = Tags()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in parser.tags:
            assert tag != "img" and tag != "b", (page, tag)
            assert not any(k.startswith("on") for k in attrs), (page, attrs)
            assert not (attrs.get("href") or "").startswith("javascript"), (page, attrs)
        scripts = [t for t, _ in parser.tags if t == "script"]
        assert len(scripts) == (1 if page.name == "index.html" else 0)


def test_safe_unique_stable_names():
    ids = ["../x", "a/b", "x" * 300, "dup", "dup", "ok-id", "../x"]
    names = safe_names(ids)
    assert names == safe_names(ids)  # stable
    assert len(set(names)) == len(names)  # unique, also for duplicate ids
    for n in names:
        assert "/" not in n and ".." not in n and len(n) <= 80 and n[0] not in ".-"
    assert names[0].startswith("x-") and names[6] == names[0] + "-2"


def test_jobs_give_identical_results_and_a_second_run_reuses_them(tmp_path):
    folder = _corpus(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch([folder], one, jobs=1, quiet=True)
    run_batch([folder], two, jobs=2, quiet=True)
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert "framing.sqlite" in map(str, files) and "articles" in {f.parts[0] for f in files}

    def same(f: Path) -> bool:  # the store by its content (SQLite's header counts writes), the rest by bytes
        if f.name == "framing.sqlite":
            return store_contents(one / f) == store_contents(two / f)
        return (one / f).read_bytes() == (two / f).read_bytes()

    assert all(same(f) for f in files), [f for f in files if not same(f)]
    again = run_batch([folder], one, jobs=1, quiet=True)
    assert again.reused == again.n_articles == 7
    assert all(same(f) for f in files), [f for f in files if not same(f)]


def test_similar_texts_are_grouped_without_a_story_field():
    base = ("Parliament approved the new climate law on Thursday after a long debate about carbon taxes, "
            "coal plants and subsidies for electric cars.")
    articles = [Article("a", "Climate law passes", base),
                Article("b", "Parliament backs climate law", base.replace("Thursday", "Thursday evening")),
                Article("c", "Football", "The home team won the cup final with a late goal in extra time.")]
    groups = group_stories(articles, threshold=0.3)
    assert [(g.by, g.members) for g in groups] == [("similarity", [0, 1])]
    assert groups[0].similarity > 0.8


def test_batch_cli_exit_codes(tmp_path, capsys):
    ok = tmp_path / "ok"
    ok.mkdir()
    (ok / "a.txt").write_text(VOV.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["batch", str(ok), "--out", str(tmp_path / "o1"), "--quiet", "--jobs", "1"]) == 0
    assert main(["batch", str(_corpus(tmp_path)), "--out", str(tmp_path / "o2"), "--quiet", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("framing: error: ") == 4
    assert main(["batch", str(ok), "--out", str(tmp_path / "o3"), "--jobs", "0"]) == 1


def test_dask_engine_matches_the_local_run(tmp_path):
    distributed = pytest.importorskip("distributed", reason="the framing[dask] extra is not installed")
    folder = _corpus(tmp_path)
    local, remote = tmp_path / "local", tmp_path / "dask"
    run_batch([folder], local, jobs=1, quiet=True)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        run_batch([folder], remote, quiet=True, engine="dask", scheduler=cluster.scheduler_address)
    for f in ("features.csv", "features.jsonl", "index.html", "errors.jsonl"):
        assert (local / f).read_bytes() == (remote / f).read_bytes(), f
    assert store_contents(local / "framing.sqlite") == store_contents(remote / "framing.sqlite")  # the same rows


def test_parquet_table_matches_the_csv(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    out = tmp_path / "out"
    run_batch([_corpus(tmp_path)], out, jobs=1, quiet=True, parquet=True)
    table = pq.read_table(out / "features.parquet")
    rows = list(csv.DictReader((out / "features.csv").open(encoding="utf-8")))
    assert table.num_rows == len(rows) == 7
    assert table.column("id").to_pylist() == [r["id"] for r in rows]


def test_index_script_is_allowed_by_its_csp_hash(tmp_path):
    """The sort/filter script runs only if the page's Content-Security-Policy names its exact hash."""
    import base64
    import hashlib
    import re

    out = tmp_path / "out"
    run_batch([_corpus(tmp_path)], out, jobs=1, quiet=True)
    html = (out / "index.html").read_text(encoding="utf-8")
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe-inline'; img" in csp  # styles inline, scripts only by hash


# ------------------------------------------------------------------ one similarity scale

def _story(day: str, n: int) -> Article:
    text = ("Leaders of the two countries met in Geneva on Monday for a summit on nuclear arms control, "
            "trade tariffs and the war in Ukraine. The summit ended without a joint statement, and both "
            f"delegations said talks on warheads and missile limits would continue. (Report {n}.)")
    return Article(id=f"s{n}", title="Geneva summit ends without a deal", text=text, date=day)


def test_the_comparison_and_the_story_groups_share_one_scale():
    from framing.compare import compare
    from framing.corpus.stories import TextVectors, mean_pairwise_similarity
    import framing

    a, b = _story("2021-06-14", 1), _story("2021-06-15", 2)
    c = Article(id="o", title="Local bakery wins prize", text="A bakery on Main Street won the county's bread "
                "prize on Saturday for its sourdough, the judges said.", date="2021-06-14")
    pair = compare([framing.analyze(a), framing.analyze(b)])
    vectors = TextVectors()
    vectors.add_articles([a, b, c])
    x = vectors.tfidf()
    assert mean_pairwise_similarity(x, [0, 1]) == pytest.approx(pair.similarity[0][1], abs=0.01)
    assert pair.similarity_verdict == "same story"
    assert [g.members for g in group_stories([a, b, c])] == [[0, 1]]


def test_similar_articles_months_apart_are_not_one_story():
    from framing.compare import compare
    import framing

    june, august = _story("2021-06-14", 1), _story("2021-08-20", 2)
    assert group_stories([june, august]) == []
    assert compare([framing.analyze(june), framing.analyze(august)]).similarity_verdict == "related topic"
    undated = [_story("", 1), _story("", 2)]
    assert [g.members for g in group_stories(undated)] == [[0, 1]]  # dates unknown: words decide


_CLIMATE = "Parliament approved the new climate law on Thursday after a long debate about carbon taxes and coal plants."
_RATES = "The central bank raised interest rates again on Wednesday, citing stubborn inflation in housing and energy."
_FOOTBALL = "The football club sacked its manager after a run of defeats left the team near the bottom of the league."


def test_articles_each_like_the_next_are_not_chained_into_one_story():
    # climate, climate+rates, rates+football, football: each like its neighbour, the ends unrelated
    chain = [Article("a", "A", f"{_CLIMATE} {_CLIMATE}"), Article("b", "B", f"{_CLIMATE} {_RATES}"),
             Article("c", "C", f"{_RATES} {_FOOTBALL}"), Article("d", "D", f"{_FOOTBALL} {_FOOTBALL}")]
    groups = group_stories(chain, threshold=0.3)
    assert [g.members for g in groups] == [[0, 1], [2, 3]]
    assert all(g.similarity >= 0.3 for g in groups)


def test_an_undated_article_does_not_bridge_reports_two_months_apart():
    reports = [Article("e", "E", _CLIMATE + " The vote was close.", date="2019-01-01"), Article("x", "X", _CLIMATE),
               Article("f", "F", _CLIMATE + " The vote was narrow.", date="2019-03-01")]
    assert [g.members for g in group_stories(reports, threshold=0.3)] == [[0, 1]]
