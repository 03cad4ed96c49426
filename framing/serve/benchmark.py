"""Serve's speed on a large store: ``python -m framing.bench --serve N`` (default 100,000 articles).

The store is the one ``framing batch`` writes, made from real articles analysed once (the first
``seed`` articles of a JSON Lines corpus: by default the AllSides dev slice), then copied in SQL
under new ids and page names until it holds ``n`` articles (the pages' cost depends on the store's
size and the article's, not on how many distinct texts it has; the copies share their analyses, so
the file is smaller than a real corpus's). Measured in-process, as a request's handler runs them (the
HTTP layer adds about a millisecond on 127.0.0.1): an article's page rebuilt from the store and
rendered, a story's comparison, and the list searched, filtered and sorted (median of ``repeat`` runs
each, at random articles and filters). Targets (issue 15): page on demand median under 30 ms, list
under 100 ms.
"""
from __future__ import annotations

import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from ..corpus.batch import run_batch
from ..corpus.store import STORE_FILE
from ..ingest.corpora import load_articles_jsonl
from ..render.batch_pages import render_article_page
from .reader import Filters, open_reader


def build_store(folder: Path, corpus: Path, n: int, seed: int = 200) -> Path:
    """A batch folder (``folder``/out) whose store holds ``n`` articles, from the first ``seed`` of ``corpus``."""
    base = load_articles_jsonl(str(corpus))[:seed]
    source = folder / "base.jsonl"
    source.write_text("".join(json.dumps({"id": a.id, "title": a.title, "text": a.text, "source": a.source,
                                          "url": a.url, "date": a.date}) + "\n" for a in base), encoding="utf-8")
    out = folder / "out"
    run_batch([source], out, jobs=1, quiet=True, pages=False)
    db = sqlite3.connect(out / STORE_FILE)
    k = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    for c in range(1, -(-n // k)):  # copies under new ids and names, each copy's stories its own
        shift = c * k
        db.execute("INSERT INTO articles SELECT seq + ?, id || '-' || ?, name || '-' || ?, key, title, text, source, "
                   "url, date, author, story_key, CASE WHEN story IS NULL THEN NULL ELSE story || '-' || ? END, "
                   "language, n_words FROM articles WHERE seq < ?", (shift, c, c, c, k))
        db.execute("INSERT INTO feature_values SELECT seq + ?, col, value FROM feature_values WHERE seq < ?", (shift, k))
        db.execute("INSERT INTO story_members SELECT name || '-' || ?, seq + ? FROM story_members WHERE seq < ?",
                   (c, shift, k))
        db.execute("INSERT INTO stories SELECT name || '-' || ?, key, by, similarity, n FROM stories "
                   "WHERE name NOT LIKE '%-%-%'", (c,))
    db.execute("DELETE FROM articles WHERE seq >= ?", (n,))
    db.execute("DELETE FROM feature_values WHERE seq >= ?", (n,))
    db.execute("DELETE FROM story_members WHERE seq >= ?", (n,))
    db.execute("DELETE FROM stories WHERE name NOT IN (SELECT name FROM story_members)")
    db.execute("INSERT INTO articles_fts(rowid, title, text) SELECT seq, title, text FROM articles WHERE seq >= ?", (k,))
    db.execute("ANALYZE")
    db.commit()
    db.close()
    return out


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
        store = build_store(Path(tmp), corpus, n, seed)
        built = time.perf_counter() - t
        reader = open_reader(store)
        rng = random.Random(1)
        ids = [r[0] for r in reader._db().execute("SELECT name FROM articles ORDER BY random() LIMIT ?", (repeat,))]
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

        return {"store_articles": reader.n_articles(), "store_mb": round((store / STORE_FILE).stat().st_size / 2**20, 1),
                "store_build_s": round(built, 1),
                "article_page_ms": _median_ms(page, repeat), "story_page_ms": _median_ms(story, max(5, repeat // 3)),
                "list_by_source_sorted_ms": _median_ms(listed, repeat),
                "list_searched_sorted_ms": _median_ms(searched, repeat),
                "list_all_sorted_ms": _median_ms(whole, repeat)}
