"""The corpus store: one SQLite database, ``framing.sqlite``, in a batch's output folder.

``framing batch`` writes every result into it, one transaction per chunk of articles, and reads it
back for the tables, the index, the story groups and (``--pages`` or ``framing export-pages``) the
static pages; ``framing serve OUT`` and ``framing sources OUT`` read it; ``datasette
OUT/framing.sqlite`` opens it. The schema (``SCHEMA_VERSION``):

- ``run(key TEXT PRIMARY KEY, value TEXT)``: the run's settings, ``version`` (framing's),
  ``schema``, ``finished`` (``"yes"`` once a run completed; a killed run leaves ``"no"``).
- ``analyses(n INTEGER PRIMARY KEY, key TEXT UNIQUE, codec, row BLOB, summary BLOB, profile BLOB)``: the results, keyed
  by the article's content (and framing's version, and the reliability model if any), so a rerun
  reuses them (this is the batch's cache): ``row`` is the article's row of the tables
  (:meth:`~framing.types.Profile.to_row`), ``summary`` the index's cells, ``profile`` the whole
  Profile, compactly: the JSON of :meth:`~framing.types.Profile.to_dict` without the article's title
  and text and without the text of each evidence span (each is a slice of the article's text, cut
  again when read: :func:`decode_profile` rebuilds the Profile exactly). All three are JSON
  compressed with zlib and the preset dictionary named by ``codec``.
- ``codec(name TEXT PRIMARY KEY, dictionary BLOB)``: the zlib preset dictionaries of the store
  (``store_dictionary.bin``, built by ``scripts/build_store_dictionary.py``), kept in the store so that
  a later framing reads it whatever dictionary it ships.
- ``articles(seq INTEGER PRIMARY KEY, id, name UNIQUE, key, title, text, source, url, date, author,
  story_key, story, language, n_words)``: this run's articles in input order (``seq`` from 0),
  ``name`` the page name (unique), ``key`` their analysis, ``story_key`` the input's story field and
  ``story`` the story group (``story-1`` ...) the run put it in.
- ``columns(col INTEGER PRIMARY KEY, name TEXT UNIQUE)`` and ``feature_values(seq, col, value)``
  (WITHOUT ROWID, primary key ``(seq, col)``, indexed by ``(col, value, seq)``): the values a corpus is
  sorted and filtered by (:func:`sortable`: each feature's value, and the measures of the index's
  and the sources page's columns); a missing value has no row. Every number of an article is in the
  tables and in its profile.
- ``stories(name TEXT PRIMARY KEY, key, by, similarity, n)`` and ``story_members(name, seq)``.
- ``errors(n INTEGER PRIMARY KEY, input, error)``: what could not be read or analysed.
- ``articles_fts``: FTS5 over ``title`` and ``text`` (external content: ``articles``, by ``seq``;
  ``detail=none``: it finds articles holding every word asked for, a quarter of the size of a full
  index, without phrase queries).

An example query, the ten articles with the most alarmist language per source::

    SELECT a.source, a.title, v.value FROM feature_values v JOIN columns c USING (col)
    JOIN articles a USING (seq) WHERE c.name = 'alarmist' ORDER BY v.value DESC LIMIT 10;
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import zlib
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..errors import FramingError
from ..types import Article, Profile, StoryGroup
from ..version import __version__

STORE_FILE = "framing.sqlite"
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS run(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS analyses(n INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, codec TEXT NOT NULL,
    row BLOB NOT NULL, summary BLOB NOT NULL, profile BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS codec(name TEXT PRIMARY KEY, dictionary BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS articles(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL, title TEXT, text TEXT, source TEXT, url TEXT, date TEXT, author TEXT, story_key TEXT,
    story TEXT, language TEXT, n_words INTEGER);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source, date);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE INDEX IF NOT EXISTS articles_title ON articles(title);
CREATE INDEX IF NOT EXISTS articles_words ON articles(n_words);
CREATE INDEX IF NOT EXISTS articles_by_source ON articles(source);
CREATE TABLE IF NOT EXISTS columns(col INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS feature_values(seq INTEGER NOT NULL, col INTEGER NOT NULL, value NUMERIC NOT NULL,
    PRIMARY KEY (seq, col)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS feature_values_sorted ON feature_values(col, value, seq);
CREATE TABLE IF NOT EXISTS stories(name TEXT PRIMARY KEY, key TEXT, by TEXT, similarity REAL, n INTEGER);
CREATE TABLE IF NOT EXISTS story_members(name TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (name, seq))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS errors(n INTEGER PRIMARY KEY, input TEXT, error TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='seq',
    detail=none);
"""
# the tables of one run (the analyses are kept across runs: they are the cache)
_RUN_TABLES = ("articles", "columns", "feature_values", "stories", "story_members", "errors")


def store_path(path: str | Path) -> Path:
    """The database of a batch folder (or the database file named)."""
    p = Path(path)
    return p / STORE_FILE if p.is_dir() or not p.suffix else p


# ------------------------------------------------------------------ the compact profile

@functools.cache
def dictionary() -> tuple[str, bytes]:
    """(name, bytes) of the zlib preset dictionary this framing compresses with."""
    data = resources.files("framing.corpus").joinpath("store_dictionary.bin").read_bytes()
    return "zd-" + hashlib.sha1(data).hexdigest()[:12], data


def pack(data: bytes) -> bytes:
    """``data`` compressed with :func:`dictionary`."""
    compressor = zlib.compressobj(9, zdict=dictionary()[1])
    return compressor.compress(data) + compressor.flush()


def unpack(con: sqlite3.Connection, codec: str, blob: bytes) -> bytes:
    """A blob of the store ``con`` compressed with its dictionary ``codec``."""
    data = _DICTIONARIES.get(codec)
    if data is None:
        row = con.execute("SELECT dictionary FROM codec WHERE name = ?", (codec,)).fetchone()
        if row is None:
            raise FramingError(f"the store has no dictionary {codec!r}: it is damaged; run framing batch again")
        data = _DICTIONARIES[codec] = bytes(row[0])
    decompressor = zlib.decompressobj(zdict=data)
    return decompressor.decompress(blob) + decompressor.flush()


_DICTIONARIES: dict[str, bytes] = {}  # codec name -> dictionary (a name is the dictionary's hash)
# a table row's first columns, the article's own fields: kept once, in the articles table
ROW_FROM_ARTICLE = ("id", "source", "title", "url", "date")


def full_row(article: Article, lean: dict[str, Any]) -> dict[str, Any]:
    """A table row from its stored part and its article (the columns in :meth:`Profile.to_row`'s order)."""
    return {"id": article.id, "source": article.source, "title": article.title, "url": article.url,
            "date": article.date, **lean}


def encode_profile_json(profile: Profile) -> bytes:
    """The Profile as the store keeps it, before compression (see the module docstring)."""
    data = profile.to_dict()
    data.pop("title", None)
    data.pop("text", None)
    a = profile.article
    for f in data["features"].values():
        for e in f["evidence"]:
            source = a.title if e["field"] == "title" else a.text
            if source[e["start"]:e["end"]] == e["text"]:
                del e["text"]  # cut again from the article when read
    for speaker in _speakers(data):
        source = a.title if speaker.get("field") == "title" else a.text
        if source[speaker.get("start", 0):speaker.get("end", 0)] == speaker.get("example"):
            del speaker["example"]  # the sentence it was said in, cut again when read
    cleaning = data.get("cleaning") or {}
    for span in cleaning.get("spans", ()):
        span.pop("text", None)
    if cleaning.get("inferred_source"):
        cleaning["inferred_source"].pop("text", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_profile(data: bytes, title: str, text: str) -> Profile:
    """The Profile :func:`encode_profile_json` kept (decompressed), with its article's ``title`` and ``text``."""
    found: dict[str, Any] = json.loads(data.decode("utf-8"))
    found["title"], found["text"] = title, text
    for f in found["features"].values():
        for e in f["evidence"]:
            if "text" not in e:
                source = title if e["field"] == "title" else text
                e["text"] = source[e["start"]:e["end"]]
    for speaker in _speakers(found):
        if "example" not in speaker:
            source = title if speaker.get("field") == "title" else text
            speaker["example"] = source[speaker["start"]:speaker["end"]]
    return Profile.from_dict(found)


def _speakers(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The speaker rows of a profile's JSON (sourcing's details), each with the sentence it was said in."""
    sourcing = data["features"].get("sourcing") or {}
    speakers = (sourcing.get("details") or {}).get("speakers") or []
    return [s for s in speakers if isinstance(s, dict)]


def packed_analysis(profile: Profile, row: dict[str, Any], summary: dict[str, Any]) -> dict[str, Any]:
    """What a batch's worker hands back for the store: the codec and the three compressed parts."""
    lean = {k: v for k, v in row.items() if k not in ROW_FROM_ARTICLE}  # the articles table holds these
    return {"codec": dictionary()[0], "row": pack(json.dumps(lean, ensure_ascii=False).encode("utf-8")),
            "summary": pack(json.dumps(summary, ensure_ascii=False).encode("utf-8")),
            "profile": pack(encode_profile_json(profile))}


@functools.cache
def _sorted_measures() -> frozenset[str]:
    from ..catalog import INDEX_COLUMNS, KEY_COLUMNS

    return frozenset({f"{f}.{m}" for f, m, _ in INDEX_COLUMNS if m} | {c for c, _, _ in KEY_COLUMNS})


def sortable(column: str) -> bool:
    """Is a table column one the store indexes for sorting: a feature's value (``alarmist``) or a measure
    the index or the sources page shows (``sourcing.anonymous``, ``style.words``)?"""
    return ("." not in column and "__" not in column) or column in _sorted_measures()


# ------------------------------------------------------------------ writing

class StoreWriter:
    """The store of one batch run: :meth:`begin` clears the last run's articles (its analyses stay, for
    reuse), :meth:`add_chunk` writes a chunk in one transaction, :meth:`finish` writes the story
    groups, the errors and the settings and marks the run finished."""

    def __init__(self, out: Path) -> None:
        self.path = out / STORE_FILE
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            # 64 KB pages: an article's row (its text, its compressed profile: 5 to 10 KB) fits in a page
            # with others, where 4 KB pages left a KB of each row's page unused (15.1 -> 14.4 KB a row)
            self.db.execute("PRAGMA page_size=65536")
            # free pages (FTS5 merges free some) go back to the file at the end of a run
            self.db.execute("PRAGMA auto_vacuum=INCREMENTAL")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise FramingError(f"{self.path}: not a framing store, or not writable ({exc})") from None
        self._columns: dict[str, int] = {}
        name, data = dictionary()
        self.db.execute("INSERT OR IGNORE INTO codec VALUES (?, ?)", (name, data))

    def begin(self, settings: dict[str, Any]) -> None:
        with self._transaction():
            for table in _RUN_TABLES:
                self.db.execute(f"DELETE FROM {table}")
            self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
            self.db.execute("DELETE FROM run")
            self.db.executemany("INSERT INTO run VALUES (?, ?)", [
                ("version", __version__), ("schema", SCHEMA_VERSION), ("finished", "no"),
                *((k, json.dumps(v)) for k, v in sorted(settings.items()))])

    def cached(self, keys: Sequence[str]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
        """The (row, summary) of the keys already analysed."""
        found: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
        for start in range(0, len(keys), 500):
            part = list(keys[start:start + 500])
            marks = ",".join("?" * len(part))
            for key, codec, row, summary in self.db.execute(
                    f"SELECT key, codec, row, summary FROM analyses WHERE key IN ({marks})", part):
                found[key] = (json.loads(unpack(self.db, codec, row)), json.loads(unpack(self.db, codec, summary)))
        return found  # (rows without their article's fields: see full_row)

    def add_chunk(self, analysed: Iterable[tuple[str, dict[str, Any]]],
                  articles: Iterable[tuple[int, Article, str, str, dict[str, Any], dict[str, Any]]]) -> None:
        """In one transaction: the new analyses ``(key, packed)`` (:func:`packed_analysis`) and the chunk's
        articles ``(seq, article, name, key, row, summary)``."""
        with self._transaction():
            # appended in order (a rowid table: pages filled, where keys in hash order would leave them a
            # third empty), found by key through its index
            self.db.executemany("INSERT OR REPLACE INTO analyses(key, codec, row, summary, profile) VALUES (?, ?, ?, ?, ?)",
                                [(key, p["codec"], p["row"], p["summary"], p["profile"]) for key, p in analysed])
            values: list[tuple[int, float, int]] = []
            for seq, a, name, key, row, summary in articles:
                self.db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,NULL,?,?)",
                                (seq, a.id, name, key, a.title, a.text, a.source, a.url, a.date, a.author, a.story,
                                 row.get("language"), int(summary.get("words_sort") or 0)))
                self.db.execute("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)", (seq, a.title, a.text))
                for column, value in row.items():
                    if isinstance(value, (int, float)) and not isinstance(value, bool) and sortable(column):
                        # a whole number as an integer: SQLite stores it in 0 to 2 bytes, a REAL in 8
                        number = int(value) if float(value).is_integer() and abs(value) < 2 ** 53 else float(value)
                        values.append((seq, self._column(column), number))
            self.db.executemany("INSERT OR IGNORE INTO feature_values VALUES (?, ?, ?)", values)

    def _column(self, name: str) -> int:
        col = self._columns.get(name)
        if col is None:
            col = self._columns[name] = len(self._columns) + 1
            self.db.execute("INSERT INTO columns VALUES (?, ?)", (col, name))
        return col

    def finish_groups(self, groups: Sequence[StoryGroup]) -> None:
        """The run's story groups, and each article's group."""
        with self._transaction():
            for g in groups:
                self.db.execute("INSERT INTO stories VALUES (?, ?, ?, ?, ?)",
                                (g.name, g.key, g.by, g.similarity, len(g.members)))
                self.db.executemany("INSERT INTO story_members VALUES (?, ?)", [(g.name, m) for m in g.members])
                self.db.executemany("UPDATE articles SET story = ? WHERE seq = ?", [(g.name, m) for m in g.members])

    def finish(self, errors: Sequence[dict[str, str]]) -> None:
        """The run's errors; the run marked finished; the query planner's statistics brought up to date."""
        with self._transaction():
            self.db.executemany("INSERT INTO errors(input, error) VALUES (?, ?)",
                                [(e["input"], e["error"]) for e in errors])
            self.db.execute("UPDATE run SET value = 'yes' WHERE key = 'finished'")
        self.db.execute("ANALYZE")
        self.db.execute("PRAGMA incremental_vacuum").fetchall()  # a page per step
        # readers need no write-ahead log once the run is over (and a read-only reader cannot make one)
        self.db.execute("PRAGMA journal_mode=DELETE")

    def close(self) -> None:
        self.db.close()

    def _transaction(self):
        return _Transaction(self.db)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on an error (an interrupted chunk leaves no trace)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN")
        return self.db

    def __exit__(self, kind: Any, value: Any, tb: Any) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


# ------------------------------------------------------------------ reading

def open_store(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a batch's store, or a one-line error."""
    db = store_path(path)
    if not db.is_file():
        raise FramingError(f"{path}: no store here ({STORE_FILE}); run framing batch INPUTS --out FOLDER first")
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        con.execute("SELECT count(*) FROM articles").fetchone()
    except sqlite3.DatabaseError as exc:
        raise FramingError(f"{db}: not a framing store ({exc})") from None
    return con


def load_profile(store: sqlite3.Connection | str | Path, article: int | str) -> Profile:
    """The Profile of one stored article, rebuilt exactly: ``article`` is its input position ``seq`` (an
    int), or its page name (``articles.name``, unique) or its id (the first article with that id) as a
    string. ``store`` is a connection (:func:`open_store`) or a batch folder or database."""
    if not isinstance(store, sqlite3.Connection):
        con = open_store(store)
        try:
            return load_profile(con, article)
        finally:
            con.close()
    seq = article if isinstance(article, int) and not isinstance(article, bool) else _seq_of(store, str(article))
    row = store.execute("SELECT a.title, a.text, x.codec, x.profile FROM articles a JOIN analyses x "
                        "ON x.key = a.key WHERE a.seq = ?", (seq,)).fetchone()
    if row is None:
        raise KeyError(article)
    return decode_profile(unpack(store, row[2], row[3]), row[0] or "", row[1] or "")


def _seq_of(con: sqlite3.Connection, article: str) -> int | None:
    """The ``seq`` of the article whose page name, or else whose id, is ``article``."""
    row = con.execute("SELECT seq FROM articles WHERE name = ?", (article,)).fetchone() or \
        con.execute("SELECT min(seq) FROM articles WHERE id = ?", (article,)).fetchone()
    return None if row is None else row[0]


def story_groups(con: sqlite3.Connection) -> list[StoryGroup]:
    """The run's story groups, members in input order."""
    members: dict[str, list[int]] = {}
    for name, seq in con.execute("SELECT name, seq FROM story_members ORDER BY name, seq"):
        members.setdefault(name, []).append(seq)
    groups = [StoryGroup(key or "", members.get(name, []), by, similarity, name)
              for name, key, by, similarity in con.execute("SELECT name, key, by, similarity FROM stories")]
    return sorted(groups, key=lambda g: int(g.name.rsplit("-", 1)[-1]) if g.name.rsplit("-", 1)[-1].isdigit() else 0)


def load_story(store: sqlite3.Connection | str | Path, name: str, limit: int | None = None) -> list[Profile]:
    """The Profiles of one story group's articles (``stories.name``, e.g. ``story-1``), in input order
    (the first ``limit``); ``store`` as for :func:`load_profile`. An unknown group is a KeyError."""
    if not isinstance(store, sqlite3.Connection):
        con = open_store(store)
        try:
            return load_story(con, name, limit)
        finally:
            con.close()
    if store.execute("SELECT 1 FROM stories WHERE name = ?", (name,)).fetchone() is None:
        raise KeyError(name)
    seqs = [r[0] for r in store.execute("SELECT seq FROM story_members WHERE name = ? ORDER BY seq", (name,))]
    return [load_profile(store, s) for s in seqs[:limit]]


def stored_rows(con: sqlite3.Connection) -> Iterator[tuple[int, str, str, dict[str, Any], dict[str, Any]]]:
    """(seq, name, story, row, summary) of every article, in input order (streamed)."""
    for seq, name, story, codec, row, summary, aid, source, title, url, date in con.execute(
            "SELECT a.seq, a.name, a.story, x.codec, x.row, x.summary, a.id, a.source, a.title, a.url, a.date "
            "FROM articles a JOIN analyses x ON x.key = a.key ORDER BY a.seq"):
        lean = json.loads(unpack(con, codec, row))
        yield seq, name, story or "", {"id": aid, "source": source, "title": title, "url": url, "date": date, **lean}, \
            json.loads(unpack(con, codec, summary))


def stored_errors(con: sqlite3.Connection) -> list[dict[str, str]]:
    return [{"input": i, "error": e} for i, e in con.execute("SELECT input, error FROM errors ORDER BY n")]


def settings(con: sqlite3.Connection) -> dict[str, str]:
    return dict(con.execute("SELECT key, value FROM run").fetchall())
