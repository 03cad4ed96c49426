"""Reading a batch store for the web page: the list (FTS5 search, filters, sort, pages), profiles and
story comparisons rebuilt on demand, and the source profiles.

PROVISIONAL: the store's schema is being written on the store branch (``framing/corpus/store.py``);
until it lands, this reads the tables below, and only these names change when it does:

* ``articles(id TEXT PRIMARY KEY, title, text, source, url, date, story, n_words, profile)``:
  ``profile`` is the Profile's JSON (``Profile.to_dict``), as text or zlib-compressed (the store's
  ``load_profile`` replaces it);
* ``articles_fts``: FTS5 over ``title`` and ``text`` (``content='articles'``);
* ``feature_values(article_id, col, value)``: every numeric column of ``Profile.to_row`` per article;
* ``stories(name TEXT PRIMARY KEY, key, by, similarity)``; ``articles.story`` names an article's group;
* ``run(key, value)``: the run's settings and framing version.

One read-only connection per thread (``mode=ro``). Sort keys and feature columns are taken from the
store itself and passed to SQL only from that list; values always as parameters.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..catalog import INDEX_COLUMNS
from ..compare import compare
from ..errors import FramingError
from ..render.batch_pages import render_group_page
from ..types import Article, Profile, StoryGroup

STORE_FILE = "framing.sqlite"
PAGE_SIZE = 50
MAX_GROUP_PAGE = 6  # articles compared on a story's page (as batch's story pages)


@dataclass
class Filters:
    q: str = ""
    source: str = ""
    story: str = ""
    date_from: str = ""
    date_to: str = ""
    feature: str = ""
    min: str = ""
    sort: str = "feature"
    order: str = "desc"
    page: int = 1


@dataclass
class Found:
    n: int
    rows: list[dict[str, Any]]


def fts_query(text: str) -> str:
    """The visitor's words as an FTS5 query: each word quoted (all must occur), no operators."""
    words = [w.replace('"', '""') for w in text.split() if w.strip('"')]
    return " ".join(f'"{w}"' for w in words[:20])


def open_reader(path: Path) -> "StoreReader":
    """The reader of a batch folder's store (or of the database file named)."""
    db = path / STORE_FILE if path.is_dir() else path
    if not db.is_file():
        raise FramingError(f"{path}: no store here ({STORE_FILE}); run framing batch INPUTS --out {path} first")
    reader = StoreReader(db)
    try:
        reader.n_articles()
    except sqlite3.DatabaseError as exc:
        raise FramingError(f"{db}: not a framing store ({exc})") from None
    return reader


class StoreReader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sources_html: str | None = None

    def _db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    # -- what the page offers -------------------------------------------------------------------------
    @cached_property
    def _counts(self) -> tuple[int, int]:
        db = self._db()
        return (db.execute("SELECT count(*) FROM articles").fetchone()[0],
                db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def n_articles(self) -> int:
        return self._counts[0]

    def n_stories(self) -> int:
        return self._counts[1]

    @cached_property
    def _sources(self) -> list[str]:
        return [r[0] for r in self._db().execute(
            "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL AND source != '' ORDER BY source")]

    def sources(self) -> list[str]:
        return self._sources

    @cached_property
    def _stories(self) -> list[dict[str, str]]:
        return [{"value": r["name"], "label": f"{r['name']} ({r['n']} articles)"} for r in self._db().execute(
            "SELECT s.name, count(a.id) AS n FROM stories s LEFT JOIN articles a ON a.story = s.name "
            "GROUP BY s.name ORDER BY n DESC, s.name")]

    def stories(self) -> list[dict[str, str]]:
        return self._stories

    @cached_property
    def _columns(self) -> dict[str, str]:
        present = {r[0] for r in self._db().execute("SELECT DISTINCT col FROM feature_values")}
        labels: dict[str, str] = {}
        for feature, measure, label in INDEX_COLUMNS:  # the index's columns first, with their labels
            key = f"{feature}.{measure}" if measure else feature
            if key in present:
                labels[key] = label
        for key in sorted(present - set(labels)):
            labels[key] = key
        return labels

    def feature_columns(self) -> dict[str, str]:
        return self._columns

    def default_feature(self) -> str:
        return next(iter(self._columns), "")

    def sort_keys(self) -> dict[str, str]:
        return {"feature": "the feature", "date": "date", "words": "length", "title": "title", "source": "source"}

    def run_note(self) -> str:
        try:
            rows = dict(self._db().execute("SELECT key, value FROM run").fetchall())
        except sqlite3.DatabaseError:
            return ""
        return f"framing {rows['version']}" if "version" in rows else ""

    # -- the list ---------------------------------------------------------------------------------------
    def _row(self, r: sqlite3.Row) -> dict[str, Any]:
        return {"href": _quote(r["id"]), "title": r["title"] or "(untitled)", "source": r["source"] or "",
                "date": r["date"] or "", "story": r["story"] or "", "story_href": _quote(r["story"] or ""),
                "words": r["n_words"], "value": r["value"], "snippet": ""}

    def _by_feature(self, f: Filters) -> Found:
        """The whole list sorted by a feature (no other filter but its minimum): read in the order of the
        values' index, then the articles without a value (none when a minimum is set)."""
        db = self._db()
        direction = "ASC" if f.order == "asc" else "DESC"
        cond, args = "v.col = ?", [f.feature]
        if f.min:
            cond += " AND v.value >= ?"
            args.append(float(f.min))
        valued = db.execute(f"SELECT count(*) FROM feature_values v WHERE {cond} AND v.value IS NOT NULL",
                            args).fetchone()[0]
        n = valued if f.min else self.n_articles()
        start = (f.page - 1) * PAGE_SIZE
        rows = db.execute("SELECT a.id, a.title, a.source, a.date, a.story, a.n_words, v.value FROM feature_values v "
                          f"JOIN articles a ON a.id = v.article_id WHERE {cond} AND v.value IS NOT NULL "
                          f"ORDER BY v.value {direction}, v.article_id {direction} LIMIT ? OFFSET ?",
                          [*args, PAGE_SIZE, start]).fetchall() if start < valued else []
        if len(rows) < PAGE_SIZE and not f.min:
            rows += db.execute("SELECT a.id, a.title, a.source, a.date, a.story, a.n_words, NULL AS value FROM articles a "
                               "WHERE NOT EXISTS (SELECT 1 FROM feature_values v WHERE v.article_id = a.id AND v.col = ? "
                               f"AND v.value IS NOT NULL) ORDER BY a.id {direction} LIMIT ? OFFSET ?",
                               [f.feature, PAGE_SIZE - len(rows), max(0, start - valued)]).fetchall()
        return Found(n, [self._row(r) for r in rows])

    def search(self, f: Filters, general: bool = False) -> Found:
        """The articles matching the filters, one page of them, sorted (``general``: never the shortcut
        of :meth:`_by_feature`, for the tests comparing the two)."""
        if not general and f.sort == "feature" and not (f.q or f.source or f.story or f.date_from or f.date_to):
            return self._by_feature(f)
        where, params = ["1"], []
        join = ""
        if f.q and fts_query(f.q):
            join = "JOIN articles_fts ON articles_fts.rowid = a.rowid"
            where.append("articles_fts MATCH ?")
            params.append(fts_query(f.q))
        if f.source:
            where.append("a.source = ?")
            params.append(f.source)
        if f.story:
            where.append("a.story = ?")
            params.append(f.story)
        if f.date_from:
            where.append("a.date >= ?")
            params.append(f.date_from)
        if f.date_to:
            where.append("a.date < ?")  # to the end of the day, month or year given
            params.append(f.date_to + "\uffff")
        if f.min:
            where.append("v.value >= ?")
            params.append(float(f.min))
        order = {"feature": "v.value", "date": "a.date", "words": "a.n_words", "title": "a.title",
                 "source": "a.source"}[f.sort]
        direction = "ASC" if f.order == "asc" else "DESC"
        base = (f"FROM articles a {join} LEFT JOIN feature_values v ON v.article_id = a.id AND v.col = ? "
                f"WHERE {' AND '.join(where)}")
        args = [f.feature, *params]
        db = self._db()
        n = db.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        rows = db.execute(f"SELECT a.id, a.title, a.source, a.date, a.story, a.n_words, v.value {base} "
                          f"ORDER BY {order} IS NULL, {order} {direction}, a.id {direction} LIMIT ? OFFSET ?",
                          [*args, PAGE_SIZE, (f.page - 1) * PAGE_SIZE]).fetchall()
        return Found(n, [self._row(r) for r in rows])

    # -- pages on demand ---------------------------------------------------------------------------------
    def profile(self, key: str) -> Profile | None:
        row = self._db().execute("SELECT profile FROM articles WHERE id = ?", (key,)).fetchone()
        if row is None:
            return None
        data = zlib.decompress(row[0]) if isinstance(row[0], bytes) else row[0]
        return Profile.from_dict(json.loads(data))

    def story_page(self, name: str) -> str | None:
        db = self._db()
        s = db.execute("SELECT name, key, by, similarity FROM stories WHERE name = ?", (name,)).fetchone()
        if s is None:
            return None
        members = db.execute("SELECT id, title FROM articles WHERE story = ? ORDER BY rowid", (name,)).fetchall()
        if len(members) < 2:
            return None
        shown = members[:MAX_GROUP_PAGE]
        profiles = [self.profile(m["id"]) for m in shown]
        group = StoryGroup(s["key"] or name, list(range(len(members))), s["by"] or "similarity", s["similarity"], name)
        return render_group_page(compare([p for p in profiles if p is not None]), group,
                                 [_quote(m["id"]) for m in shown],
                                 [(m["title"], _quote(m["id"])) for m in members[MAX_GROUP_PAGE:]])

    def sources_page(self) -> str:
        """The source profiles of the whole store (made once, then kept: the store does not change)."""
        with self._lock:
            if self._sources_html is None:
                self._sources_html = self._make_sources_page()
            return self._sources_html

    def _make_sources_page(self) -> str:
        from ..corpus.sources import CAVEAT, source_profiles
        from ..render.sources_page import build_sources_view, render_sources

        db = self._db()
        articles, rows, index = [], [], {}
        for r in db.execute("SELECT id, title, text, source, url, date FROM articles ORDER BY rowid"):
            index[r["id"]] = len(articles)
            articles.append(Article(r["id"], r["title"] or "", r["text"] or "", r["source"], r["url"], r["date"]))
            rows.append({})
        for r in db.execute("SELECT article_id, col, value FROM feature_values"):
            i = index.get(r[0])
            if i is not None:
                rows[i][r[1]] = r[2]
        _, by_source = source_profiles(articles, rows)
        return render_sources(build_sources_view(by_source, len(articles), None, CAVEAT))


def _quote(key: str) -> str:
    from urllib.parse import quote

    return quote(key, safe="")
