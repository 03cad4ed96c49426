"""The corpus store a batch writes (framing.sqlite): profiles rebuilt exactly, story groups as data,
static pages as a choice (written later from the store with export-pages), and `framing sources`
reading the store instead of analysing again."""
from __future__ import annotations

import csv
import json
import re
import sqlite3

import framing
from framing.cli import main
from framing.corpus.batch import run_batch
from framing.corpus.store import load_profile, open_store, settings, story_groups

from conftest import PL, VOV


def _corpus(tmp_path):
    """The seeds, two reports of one story (one with a title word in the evidence), and an unrelated one."""
    rows = [{"id": p.stem, "title": framing.load_article(p).title, "text": framing.load_article(p).text,
             "source": src, "date": "2016-10-20"} for p, src in ((VOV, "VOV"), (PL, "Personal Liberty"))]
    quake = ("A strong earthquake struck the northern coast early on Monday, officials said, collapsing "
             "buildings in two towns. Rescue teams searched the rubble through the night. “We are doing "
             "everything we can,” the regional governor, Ana Ruiz, told reporters.")
    rows += [{"id": "q1", "title": "Deadly quake devastates the coast", "text": quake, "source": "Wire",
              "date": "2021-03-01"},
             {"id": "q2", "title": "Earthquake hits northern coast", "text": quake.replace("early", "late"),
              "source": "Daily", "date": "2021-03-02"},
             {"id": "b", "title": "Council passes budget", "text": "The city council passed the budget on "
              "Tuesday by a vote of seven to two.", "source": "Daily", "date": "2021-03-02"}]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_every_profile_is_rebuilt_exactly_from_the_store(tmp_path):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1, quiet=True, pages=False)
    con = open_store(out)
    from framing.ingest.files import load_many

    articles = load_many([str(corpus)])
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(articles) == 5
    for seq, a in enumerate(articles):
        assert load_profile(con, seq).to_dict() == framing.analyze(a).to_dict()
    assert settings(con)["finished"] == "yes" and settings(con)["version"] == framing.__version__


def test_story_groups_are_data_in_the_store_and_the_tables(tmp_path):
    out = tmp_path / "out"
    result = run_batch([_corpus(tmp_path)], out, jobs=1, quiet=True, pages=False)
    con = open_store(out)
    groups = story_groups(con)
    assert [(g.name, g.members) for g in groups] == [("story-1", [2, 3])] == \
        [(g.name, g.members) for g in result.groups]
    stories = dict(con.execute("SELECT id, story FROM articles").fetchall())
    assert stories == {"000_19f9451b57e8e734": None, "002_5283c69be6bb5e58": None, "q1": "story-1",
                       "q2": "story-1", "b": None}
    rows = list(csv.DictReader((out / "features.csv").open(encoding="utf-8")))
    assert [r["story"] for r in rows] == ["", "", "story-1", "story-1", ""]
    assert list(rows[0])[:7] == ["id", "source", "title", "url", "date", "language", "story"]
    jsonl = [json.loads(line) for line in (out / "features.jsonl").open(encoding="utf-8")]
    assert [r["story"] for r in jsonl] == [None, None, "story-1", "story-1", None]
    # q1's attributions per 100 sentences are in the tables and in the sortable values of the store
    value = con.execute("SELECT v.value FROM feature_values v JOIN columns c USING (col) JOIN articles a USING (seq) "
                        "WHERE c.name = 'sourcing' AND a.id = 'q1'").fetchone()[0]
    assert value == jsonl[2]["sourcing"] and value > 0
    # full-text search finds the quake reports
    found = {r[0] for r in con.execute("SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid "
                                       "WHERE articles_fts MATCH 'rubble'")}
    assert found == {"q1", "q2"}


def test_without_pages_the_index_links_to_nothing_and_names_serve_and_export_pages(tmp_path):
    out = tmp_path / "out"
    run_batch([_corpus(tmp_path)], out, jobs=1, quiet=True, pages=False)
    assert not (out / "articles").exists() and not (out / "stories").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert not re.search(r'href="(articles|stories)/', index)
    # every link left goes somewhere that exists: an anchor of the page itself, or an outside address
    for href in re.findall(r'href="([^"]*)"', index):
        assert href.startswith(("#", "http://", "https://")), href
    assert ">story-1<" in index and "Deadly quake devastates the coast</td>" in index  # named, not linked
    assert f"framing serve {out}" in index and f"framing export-pages {out}" in index


def test_export_pages_writes_what_batch_pages_writes(tmp_path):
    corpus = _corpus(tmp_path)
    with_pages, later = tmp_path / "pages", tmp_path / "later"
    run_batch([corpus], with_pages, jobs=1, quiet=True, pages=True)
    run_batch([corpus], later, jobs=1, quiet=True, pages=False)
    assert main(["export-pages", str(later), "--quiet"]) == 0
    names = sorted(p.relative_to(with_pages).as_posix() for p in with_pages.rglob("*.html"))
    assert names == sorted(p.relative_to(later).as_posix() for p in later.rglob("*.html"))
    assert "stories/story-1.html" in names and len([n for n in names if n.startswith("articles/")]) == 5
    for name in names:
        if name != "index.html":
            assert (with_pages / name).read_bytes() == (later / name).read_bytes(), name
    index = (later / "index.html").read_text(encoding="utf-8")
    assert 'href="stories/story-1.html"' in index and "framing export-pages" not in index


def test_a_small_corpus_gets_pages_by_default(tmp_path):
    out = tmp_path / "out"
    assert run_batch([_corpus(tmp_path)], out, jobs=1, quiet=True).pages
    assert len(list((out / "articles").glob("*.html"))) == 5


def test_sources_reads_a_batch_store_instead_of_analysing_again(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1, quiet=True, pages=False)
    assert main(["sources", str(corpus), "--out", str(tmp_path / "analysed"), "--quiet"]) == 0
    import framing.corpus.sources as sources

    def no_analysis(*args, **kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(sources, "feature_rows", no_analysis)
    assert main(["sources", str(out), "--out", str(tmp_path / "stored"), "--quiet"]) == 0
    assert (tmp_path / "stored" / "sources.json").read_bytes() == (tmp_path / "analysed" / "sources.json").read_bytes()


def test_a_damaged_store_is_one_line(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "framing.sqlite").write_bytes(b"not a database at all" * 100)
    assert main(["export-pages", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a framing store" in err[0] and "Traceback" not in err[0]


def test_the_store_holds_no_copy_of_the_span_texts(tmp_path):
    # evidence and speaker sentences are cut from the article when read: a long quotation is stored once
    out = tmp_path / "out"
    run_batch([_corpus(tmp_path)], out, jobs=1, quiet=True, pages=False)
    con = sqlite3.connect(out / "framing.sqlite")
    from framing.corpus.store import unpack

    codec, blob = con.execute("SELECT x.codec, x.profile FROM analyses x JOIN articles a ON a.key = x.key "
                              "WHERE a.id = 'q1'").fetchone()
    stored = unpack(con, codec, blob).decode("utf-8")
    assert "everything we can" not in stored and "rubble" not in stored


def test_load_profile_by_id_name_or_position_and_load_story_rebuild_exactly(tmp_path):
    from framing.corpus.store import load_story
    from framing.ingest.files import load_many

    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1, quiet=True, pages=False)
    by_id = {a.id: framing.analyze(a).to_dict() for a in load_many([str(corpus)])}
    con = open_store(out)
    name = con.execute("SELECT name FROM articles WHERE id = 'q2'").fetchone()[0]
    assert name != "q2"  # a page name is the id made safe plus a hash
    assert load_profile(con, "q2").to_dict() == load_profile(con, name).to_dict() == load_profile(con, 3).to_dict() \
        == by_id["q2"]
    assert load_profile(out, "b").to_dict() == by_id["b"]  # the batch folder, opened and closed
    story = load_story(con, "story-1")
    assert [p.to_dict() for p in story] == [by_id["q1"], by_id["q2"]]
    assert [p.article.id for p in load_story(out / "framing.sqlite", "story-1", limit=1)] == ["q1"]
    for missing in ("no-such-article", 99):
        try:
            load_profile(con, missing)
        except KeyError:
            pass
        else:
            raise AssertionError(f"{missing!r} was found")
    try:
        load_story(con, "story-9")
    except KeyError:
        pass
    else:
        raise AssertionError("story-9 was found")
