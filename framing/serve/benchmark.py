"""Serve's speed on a large store: ``python -m framing.bench --serve N`` (default 100,000 articles).

The store is made from real articles analysed once (the first ``seed`` articles of a JSON Lines
corpus: by default the AllSides dev slice), then copied in SQL under new ids until it holds ``n``
articles (the pages' cost depends on the store's size and the article's, not on how many distinct
texts it has). Measured in-process, as a request's handler runs them (the HTTP layer adds about a
millisecond on 127.0.0.1): an article's page rebuilt from the store and rendered, a story's
comparison, and the list searched, filtered and sorted (median of ``repeat`` runs each, at random
articles and filters). Targets (issue 15): page on demand median under 30 ms, list under 100 ms.

PROVISIONAL, like :mod:`~framing.serve.reader`: the store is written in the schema the reader reads
until the store branch's schema lands.
"""
from __future__ import annotations

import json
import random
import sqlite3
import statistics
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any, Callable

from ..analysis import analyze
from ..ingest.corpora import load_articles_jsonl
from ..render.batch_pages import render_article_page
from .reader import STORE_FILE, Filters, open_reader

SCHEMA = """
CREATE TABLE articles(id TEXT PRIMARY KEY, title, text, source, url, date, story, n_words INTEGER, profile);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles');
CREATE TABLE feature_values(article_id TEXT, col TEXT, value REAL);
CREATE TABLE stories(name TEXT PRIMARY KEY, key, by, similarity);
CREATE TABLE run(key, value);
"""


def build_store(folder: Path, corpus: Path, n: int, seed: int = 200) -> Path:
    """A store of ``n`` articles in ``folder`` from the first ``seed`` articles of ``corpus``."""
    db = sqlite3.connect(folder / STORE_FILE)
    db.executescript(SCHEMA)
    base = load_articles_jsonl(str(corpus))[:seed]
    for i, a in enumerate(base):
        p = analyze(a)
        story = f"story-{i // 4 + 1}"
        db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?)",
                   (a.id, a.title, a.text, a.source, a.url, a.date, story, p.n_words, zlib.compress(json.dumps(p.to_dict()).encode(), 6)))
        db.executemany("INSERT INTO feature_values VALUES (?,?,?)", [
            (a.id, k, v) for k, v in p.to_row().items() if isinstance(v, (int, float)) and not isinstance(v, bool)])
    copies = -(-n // len(base)) - 1
    for c in range(1, copies + 1):  # copies under new ids, each copy's stories its own
        db.execute("INSERT INTO articles SELECT id || '-' || ?, title, text, source, url, date, story || '-' || ?, "
                   "n_words, profile FROM articles WHERE rowid <= ?", (c, c, len(base)))
        db.execute("INSERT INTO feature_values SELECT article_id || '-' || ?, col, value FROM feature_values "
                   "WHERE article_id IN (SELECT id FROM articles WHERE rowid <= ?)", (c, len(base)))
    db.execute("DELETE FROM articles WHERE rowid > ?", (n,))
    db.execute("DELETE FROM feature_values WHERE article_id NOT IN (SELECT id FROM articles)")
    db.execute("INSERT INTO stories SELECT DISTINCT story, story, 'similarity', NULL FROM articles")
    db.execute("CREATE INDEX fv ON feature_values(col, value, article_id)")
    db.execute("CREATE INDEX fv_article ON feature_values(article_id, col)")
    db.execute("CREATE INDEX a_story ON articles(story)")
    db.execute("CREATE INDEX a_source ON articles(source)")
    db.execute("INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, text FROM articles")
    db.execute("INSERT INTO run VALUES ('version', 'bench')")
    db.execute("ANALYZE")  # without its statistics SQLite joins the values through the wrong index
    db.commit()
    db.close()
    return folder


def _median_ms(func: Callable[[int], Any], repeat: int) -> float:
    times = []
    for i in range(repeat):
        t = time.perf_counter()
        func(i)
        times.append(time.perf_counter() - t)
    return round(statistics.median(times) * 1000, 2)


def serve_figures(corpus: Path, n: int = 100_000, repeat: int = 30, seed: int = 200) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="framing-bench-serve-") as tmp:
        t = time.perf_counter()
        build_store(Path(tmp), corpus, n, seed)
        built = time.perf_counter() - t
        reader = open_reader(Path(tmp))
        rng = random.Random(1)
        ids = [r[0] for r in reader._db().execute("SELECT id FROM articles ORDER BY random() LIMIT ?", (repeat,))]
        stories = [r[0] for r in reader._db().execute("SELECT name FROM stories ORDER BY random() LIMIT ?", (repeat,))]
        sources = reader.sources()
        features = list(reader.feature_columns())[:7]
        words = ["president", "court", "police", "economy", "vote", "climate", "border", "school"]
        render_article_page(reader.profile(ids[0]))  # warm: templates

        def page(i: int) -> None:
            render_article_page(reader.profile(ids[i % len(ids)]))

        def story(i: int) -> None:
            reader.story_page(stories[i % len(stories)])

        def listed(i: int) -> None:
            reader.search(Filters(source=rng.choice(sources), feature=rng.choice(features), sort="feature",
                                  order=rng.choice(["asc", "desc"])))

        def searched(i: int) -> None:
            reader.search(Filters(q=rng.choice(words), feature=rng.choice(features), sort="feature", order="desc"))

        def whole(i: int) -> None:
            reader.search(Filters(feature=rng.choice(features), sort="feature", order="desc", page=1 + i))

        return {"store_articles": reader.n_articles(), "store_mb": round((Path(tmp) / STORE_FILE).stat().st_size / 2**20, 1),
                "store_build_s": round(built, 1),
                "article_page_ms": _median_ms(page, repeat), "story_page_ms": _median_ms(story, max(5, repeat // 3)),
                "list_by_source_sorted_ms": _median_ms(listed, repeat),
                "list_searched_sorted_ms": _median_ms(searched, repeat),
                "list_all_sorted_ms": _median_ms(whole, repeat)}
