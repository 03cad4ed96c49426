"""Reading a batch store for the web page: the list (FTS5 search, filters, sort, pages), profiles and
story comparisons rebuilt on demand, and the source profiles.

The store is the one ``framing batch`` writes (:mod:`framing.corpus.store`, whose docstring gives the
schema): articles by input position (``seq``) and page name (``name``, the key of an article's URL),
their feature values by column number (``feature_values(col, value, seq)``, indexed by column and
value), ``articles_fts`` (FTS5, ``detail=none``: every word asked for must occur), the story groups
(``stories``, ``articles.story``) and the run's settings (``run``).

One read-only connection per thread (``mode=ro``). Sort keys and feature columns are taken from the
store itself and passed to SQL only from that list; values always as parameters.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..catalog import INDEX_COLUMNS
from ..compare import compare
from ..corpus.store import STORE_FILE, load_profile
from ..errors import FramingError
from ..render.batch_pages import render_group_page
from ..types import Article, Profile, StoryGroup

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


_TOKEN = re.compile(r"[^\W_]+")


def fts_query(text: str) -> str:
    """The visitor's words as an FTS5 query: each word (a run of letters and digits, as FTS5's tokenizer
    cuts them: "U.S." is "U" and "S") quoted, all must occur; no operators, no phrases (the index keeps
    no positions)."""
    return " ".join(f'"{w}"' for w in _TOKEN.findall(text)[:20])


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
            "SELECT name, n FROM stories ORDER BY n DESC, name")]

    def stories(self) -> list[dict[str, str]]:
        return self._stories

    @cached_property
    def _columns(self) -> dict[str, str]:
        present = set(self._column_ids)
        labels: dict[str, str] = {}
        for feature, measure, label in INDEX_COLUMNS:  # the index's columns first, with their labels
            key = f"{feature}.{measure}" if measure else feature
            if key in present:
                labels[key] = label
        for key in sorted(present - set(labels)):
            labels[key] = key
        return labels

    @cached_property
    def _column_ids(self) -> dict[str, int]:
        return {name: col for col, name in self._db().execute("SELECT col, name FROM columns")}

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
    def _row(self, r: Any) -> dict[str, Any]:
        return {"href": _quote(r["name"]), "title": r["title"] or "(untitled)", "source": r["source"] or "",
                "date": r["date"] or "", "story": r["story"] or "", "story_href": _quote(r["story"] or ""),
                "words": r["n_words"], "value": r["value"], "snippet": ""}

    def _filters(self, f: Filters) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``articles a`` (and their parameters) for every filter but the minimum."""
        where: list[str] = []
        params: list[Any] = []
        if f.q and fts_query(f.q):
            # the matching rowids, worked out once (an ephemeral index), rather than a MATCH per row
            where.append("a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
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
        return where, params

    def search(self, f: Filters, general: bool = False) -> Found:
        """The articles matching the filters, one page of them, sorted (``general``: the plain query, for
        the tests comparing the two on small stores; it looks values up article by article).

        Sorted by a feature, the list is read in the order of the values' index (``(col, value, seq)``),
        each row checked against the filters, so a page needs only as many rows as it shows (and those
        it skips), then the articles without a value; sorted otherwise, the articles are read in the
        sort's order and the shown rows' values looked up by article."""
        if general:
            return self._general(f)
        db = self._db()
        col = self._column_ids.get(f.feature, -1)
        where, params = self._filters(f)
        cond = " AND ".join(where) or "1"
        minimum = float(f.min) if f.min else None
        direction = "ASC" if f.order == "asc" else "DESC"
        start = (f.page - 1) * PAGE_SIZE
        if f.sort == "feature" and f.q and fts_query(f.q):
            return self._searched_by_feature(f, col, minimum, direction, start)
        if f.sort == "feature":
            value_cond = "v.col = ?" + (" AND v.value >= ?" if minimum is not None else "")
            value_args: list[Any] = [col] + ([minimum] if minimum is not None else [])
            valued = db.execute(f"SELECT count(*) FROM feature_values v JOIN articles a ON a.seq = v.seq "
                                f"WHERE {value_cond} AND {cond}", [*value_args, *params]).fetchone()[0] if where else \
                db.execute(f"SELECT count(*) FROM feature_values v WHERE {value_cond}", value_args).fetchone()[0]
            rows = db.execute("SELECT a.name, a.title, a.source, a.date, a.story, a.n_words, v.value FROM feature_values v "
                              f"JOIN articles a ON a.seq = v.seq WHERE {value_cond} AND {cond} "
                              f"ORDER BY v.value {direction}, v.seq {direction} LIMIT ? OFFSET ?",
                              [*value_args, *params, PAGE_SIZE, start]).fetchall() if start < valued else []
            if minimum is not None:
                return Found(valued, [self._row(r) for r in rows])
            unvalued_cond = f"NOT EXISTS (SELECT 1 FROM feature_values v WHERE v.col = ? AND v.seq = a.seq) AND {cond}"
            n = valued + db.execute(f"SELECT count(*) FROM articles a WHERE {unvalued_cond}", [col, *params]).fetchone()[0] \
                if where else self.n_articles()
            if len(rows) < PAGE_SIZE:
                rows += db.execute("SELECT a.name, a.title, a.source, a.date, a.story, a.n_words, NULL AS value "
                                   f"FROM articles a WHERE {unvalued_cond} ORDER BY a.seq {direction} LIMIT ? OFFSET ?",
                                   [col, *params, PAGE_SIZE - len(rows), max(0, start - valued)]).fetchall()
            return Found(n, [self._row(r) for r in rows])
        return self._sorted_by_column(f, col, minimum, direction, start)

    def _matching(self, f: Filters, col: int, minimum: float | None) -> set[int] | None:
        """The input positions of the articles every filter lets through (None: no filter at all): the
        full-text matches, the articles of the source, story and dates asked for, the values at least
        the minimum, each read through its own index and intersected here."""
        db = self._db()
        found: set[int] | None = None

        def narrow(seqs: set[int]) -> None:
            nonlocal found
            found = seqs if found is None else found & seqs

        if f.q and fts_query(f.q):
            narrow({r[0] for r in db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                                             (fts_query(f.q),))})
        where, params = self._filters(Filters(source=f.source, story=f.story, date_from=f.date_from,
                                              date_to=f.date_to))
        if where:
            narrow({r[0] for r in db.execute(f"SELECT a.seq FROM articles a WHERE {' AND '.join(where)}", params)})
        if minimum is not None:
            narrow({r[0] for r in db.execute("SELECT seq FROM feature_values WHERE col = ? AND value >= ?",
                                             (col, minimum))})
        return found

    def _sorted_by_column(self, f: Filters, col: int, minimum: float | None, direction: str, start: int) -> Found:
        """Sorted by date, length, title or source: the articles read in the order of the column's index
        (those with a value, then those without, in input order), each checked against the filters,
        until the page is full."""
        db = self._db()
        column = {"date": "date", "words": "n_words", "title": "title", "source": "source"}[f.sort]
        matching = self._matching(f, col, minimum)
        n = self.n_articles() if matching is None else len(matching)
        seqs: list[int] = []
        skipped = 0
        for query in (f"SELECT seq FROM articles WHERE {column} IS NOT NULL ORDER BY {column} {direction}, seq {direction}",
                      f"SELECT seq FROM articles WHERE {column} IS NULL ORDER BY seq {direction}"):
            if len(seqs) == PAGE_SIZE or start >= n:
                break
            for (seq,) in db.execute(query):
                if matching is not None and seq not in matching:
                    continue
                if skipped < start:
                    skipped += 1
                    continue
                seqs.append(seq)
                if len(seqs) == PAGE_SIZE:
                    break
        if not seqs:
            return Found(n, [])
        marks = ",".join("?" * len(seqs))
        found = {r["seq"]: r for r in db.execute(f"SELECT seq, name, title, source, date, story, n_words FROM articles "
                                                 f"WHERE seq IN ({marks})", seqs)}
        return Found(n, [self._row({**dict(found[seq]), "value": self._value(seq, f.feature)}) for seq in seqs])

    def _searched_by_feature(self, f: Filters, col: int, minimum: float | None, direction: str, start: int) -> Found:
        """Words searched for, sorted by a feature: the matching articles as a set (the full-text index
        gives 70,000 rowids of 100,000 in a few milliseconds, where SQLite's ``IN`` over them took 70 ms
        per query), the other filters applied to it, then the values' index read in order until the page
        is full."""
        db = self._db()
        matching = {r[0] for r in db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                                             (fts_query(f.q),))}
        where, params = self._filters(Filters(source=f.source, story=f.story, date_from=f.date_from,
                                              date_to=f.date_to))
        if where:
            matching &= {r[0] for r in db.execute(f"SELECT a.seq FROM articles a WHERE {' AND '.join(where)}", params)}
        query = "SELECT seq, value FROM feature_values WHERE col = ?" + (" AND value >= ?" if minimum is not None else "")
        args: list[Any] = [col] + ([minimum] if minimum is not None else [])
        page: list[tuple[int, Any]] = []
        valued: set[int] = set()
        exhausted = True
        for seq, value in db.execute(f"{query} ORDER BY value {direction}, seq {direction}", args):
            if seq not in matching:
                continue
            if len(valued) >= start and len(page) < PAGE_SIZE:
                page.append((seq, value))
            valued.add(seq)
            if len(page) == PAGE_SIZE and minimum is None:
                exhausted = False  # the page is full: the rest of the values is not needed
                break
        if minimum is not None:
            n = len(valued)
        else:
            n = len(matching)
            if exhausted and len(page) < PAGE_SIZE:
                rest = sorted(matching - valued, reverse=direction == "DESC")
                skip = max(0, start - len(valued))
                page += [(seq, None) for seq in rest[skip:skip + PAGE_SIZE - len(page)]]
        if not page:
            return Found(n, [])
        marks = ",".join("?" * len(page))
        found = {r["seq"]: r for r in db.execute(f"SELECT seq, name, title, source, date, story, n_words FROM articles "
                                                 f"WHERE seq IN ({marks})", [seq for seq, _ in page])}
        return Found(n, [self._row({**dict(found[seq]), "value": value}) for seq, value in page])

    def _value(self, seq: int, column: str) -> Any:
        """One article's value of a sortable column."""
        got = self._db().execute("SELECT value FROM feature_values WHERE seq = ? AND col = ?",
                                 (seq, self._column_ids.get(column, -1))).fetchone()
        return None if got is None else got[0]

    def _general(self, f: Filters) -> Found:
        where, params = self._filters(f)
        if f.min:
            where.append("a.value >= ?")
            params.append(float(f.min))
        inner = ("SELECT b.*, (SELECT v.value FROM feature_values v WHERE v.col = ? AND v.seq = b.seq) AS value "
                 "FROM articles b")
        cond = " AND ".join(where) or "1"
        order = {"feature": "value", "date": "date", "words": "n_words", "title": "title", "source": "source"}[f.sort]
        direction = "ASC" if f.order == "asc" else "DESC"
        args = [self._column_ids.get(f.feature, -1), *params]
        base = f"FROM ({inner}) a WHERE {cond}"
        db = self._db()
        n = db.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        rows = db.execute(f"SELECT name, title, source, date, story, n_words, value {base} "
                          f"ORDER BY {order} IS NULL, {order} {direction}, seq {direction} LIMIT ? OFFSET ?",
                          [*args, PAGE_SIZE, (f.page - 1) * PAGE_SIZE]).fetchall()
        return Found(n, [self._row(r) for r in rows])

    # -- pages on demand ---------------------------------------------------------------------------------
    def profile(self, key: str) -> Profile | None:
        """The Profile of the article whose page name is ``key``, rebuilt from the store."""
        row = self._db().execute("SELECT seq FROM articles WHERE name = ?", (key,)).fetchone()
        return None if row is None else load_profile(self._db(), row[0])

    def story_page(self, name: str) -> str | None:
        db = self._db()
        s = db.execute("SELECT name, key, by, similarity FROM stories WHERE name = ?", (name,)).fetchone()
        if s is None:
            return None
        members = db.execute("SELECT a.seq, a.name, a.title FROM story_members m JOIN articles a USING (seq) "
                             "WHERE m.name = ? ORDER BY a.seq", (name,)).fetchall()
        if len(members) < 2:
            return None
        shown = members[:MAX_GROUP_PAGE]
        group = StoryGroup(s["key"] or name, [m["seq"] for m in members], s["by"] or "similarity", s["similarity"], name)
        return render_group_page(compare([load_profile(db, m["seq"]) for m in shown]), group,
                                 [_quote(m["name"]) for m in shown],
                                 [(m["title"] or "(untitled)", _quote(m["name"])) for m in members[MAX_GROUP_PAGE:]])

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
        for r in db.execute("SELECT seq, id, title, text, source, url, date FROM articles ORDER BY seq"):
            index[r["seq"]] = len(articles)
            articles.append(Article(r["id"], r["title"] or "", r["text"] or "", r["source"], r["url"], r["date"]))
            rows.append({})
        names = {col: name for name, col in self._column_ids.items()}
        for seq, col, value in db.execute("SELECT seq, col, value FROM feature_values"):
            i = index.get(seq)
            if i is not None:
                rows[i][names[col]] = value
        _, by_source = source_profiles(articles, rows)
        return render_sources(build_sources_view(by_source, len(articles), None, CAVEAT))


def _quote(key: str) -> str:
    from urllib.parse import quote

    return quote(key, safe="")
