"""Read articles from files, folders or standard input into :class:`Article` objects.

Formats: ``.txt`` and ``.md`` (first non-empty line is the title, the rest the body),
``.html``/``.htm`` (``<title>`` or first ``<h1>``; paragraphs of the body), ``.json`` (one object or
a list), ``.jsonl`` and ``.csv`` (fields ``title`` and ``text``, optional ``id``, ``source``,
``url``, ``date``, ``story``). ``-`` reads standard input (JSON/JSON Lines when it starts with ``{``
or ``[``, otherwise text). See :mod:`~framing.ingest.pages` and :mod:`~framing.ingest.records`.

Every problem raises :class:`InputError` whose message names the file (and record) and the problem
in one line. Text is decoded as UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is
an error, never silently replaced (:mod:`~framing.ingest.text`).

An article holds at most ``max_chars`` characters of title and text (default
:data:`MAX_ARTICLE_CHARS`, 2,000,000; None for no limit); a ``.txt``/``.md`` file of more than 4
bytes per allowed character, or an HTML page of more than 16, is refused before it is read.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO, Iterable

from ..errors import InputError, UsageError
from ..types import Article
from .pages import parse_html, parse_plain
from .records import (OPTIONAL_FIELDS, article_from_record, records_csv, records_json, records_jsonl,
                      stream_records)
from .text import MAX_ARTICLE_CHARS, decode_bytes, file_too_large

__all__ = ["MAX_ARTICLE_CHARS", "OPTIONAL_FIELDS", "SUFFIXES", "article_from_record", "decode_bytes", "iter_input", "load_article",
           "load_articles", "load_many", "parse_content", "parse_html", "parse_plain", "records_jsonl"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".json", ".jsonl", ".ndjson", ".csv")


def _check_limit(max_chars: int | None) -> None:
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1):
        raise UsageError(f"max_chars must be a positive number of characters or None, not {max_chars!r}")


def _from_records(records: list[tuple[str, Any]], stem: str, path: str | None,
                  max_chars: int | None) -> list[Article]:
    single = len(records) == 1
    return [article_from_record(rec, w, stem if single else f"{stem}-{i + 1}", path, max_chars)
            for i, (w, rec) in enumerate(records)]


def parse_content(text: str, kind: str, where: str, stem: str, path: str | None = None,
                  max_chars: int | None = MAX_ARTICLE_CHARS) -> list[Article]:
    """Parse decoded content of one input of kind txt, md, html, json, jsonl or csv."""
    if not text.strip():
        raise InputError(where, "is empty (or only whitespace)")
    if kind in ("txt", "md"):
        return [parse_plain(text, where, stem, markdown=kind == "md", path=path, max_chars=max_chars)]
    if kind == "html":
        return [parse_html(text, where, stem, path=path, max_chars=max_chars)]
    if kind == "json":
        return _from_records(records_json(text, where), stem, path, max_chars)
    if kind == "jsonl":
        return _from_records(records_jsonl(text, where), stem, path, max_chars)
    if kind == "csv":
        return _from_records(records_csv(text, where), stem, path, max_chars)
    raise InputError(where, f"unknown input kind {kind!r}")


def _kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".json", ".csv"):
        return suffix[1:]
    raise InputError(str(path), f"unsupported file type {suffix!r} (supported: {', '.join(SUFFIXES)})")


def _read_whole(path: Path, kind: str, name: str, max_chars: int | None) -> bytes:
    """The bytes of a file, unless it holds one article and is far beyond the size limit."""
    if kind in ("txt", "md", "html"):
        problem = file_too_large(path.stat().st_size, "html" if kind == "html" else "text", max_chars)
        if problem:
            raise InputError(name, problem)
    return path.read_bytes()


def load_articles(source: str | os.PathLike[str], stdin: BinaryIO | None = None, *,
                  max_chars: int | None = MAX_ARTICLE_CHARS) -> list[Article]:
    """Read every article in a file (or ``-`` for standard input, or ``stdin`` if given).

    Raises InputError, naming the file and the record, at the first problem. ``max_chars``: the most
    characters (title and text) of one article, None for no limit."""
    _check_limit(max_chars)
    name = os.fspath(source)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        text = decode_bytes(stream.read(), "<stdin>")
        head = text.lstrip()[:1]
        if head == "[":
            kind = "json"
        elif head == "{":
            kind = "json" if text.strip().count("\n") == 0 or _is_json(text) else "jsonl"
        else:
            kind = "txt"
        return parse_content(text, kind, "<stdin>", "stdin", max_chars=max_chars)
    path = Path(name)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a folder, not a file (give the files inside it)")
    kind = _kind_of(path)
    try:
        data = _read_whole(path, kind, name, max_chars)
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    return parse_content(decode_bytes(data, name), kind, name, path.stem, path=name, max_chars=max_chars)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def load_article(source: str | os.PathLike[str], *, max_chars: int | None = MAX_ARTICLE_CHARS) -> Article:
    """Read a file that holds exactly one article (see :func:`load_articles`)."""
    articles = load_articles(source, max_chars=max_chars)
    if len(articles) != 1:
        raise InputError(os.fspath(source), f"holds {len(articles)} articles; expected one")
    return articles[0]


def load_many(sources: Iterable[str | os.PathLike[str]], *,
              max_chars: int | None = MAX_ARTICLE_CHARS) -> list[Article]:
    """Read the articles of several inputs, in order (see :func:`load_articles`)."""
    out: list[Article] = []
    for s in sources:
        out.extend(load_articles(s, max_chars=max_chars))
    return out


def iter_input(source: str | os.PathLike[str], *,
               max_chars: int | None = MAX_ARTICLE_CHARS) -> Iterable[Article | InputError]:
    """Every article of a file or folder, with bad records as InputError values, not exceptions.

    Used by batch runs, where one bad record must not stop the rest: a JSON
    Lines file yields one item per line, a CSV one per row (both are read line
    by line, so a large corpus is never held in memory), a JSON list one per
    element, a folder one (or more) per supported file, sorted by name. ``max_chars``: as for
    :func:`load_articles`.
    """
    _check_limit(max_chars)
    name = os.fspath(source)
    path = Path(name)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not files:
            yield InputError(name, f"folder holds no article files ({', '.join(SUFFIXES)})")
        for f in files:
            yield from iter_input(f, max_chars=max_chars)
        return
    try:
        if not path.exists():
            raise InputError(name, "no such file")
        kind = _kind_of(path)
        if kind in ("jsonl", "csv"):
            n = 0
            for where, rec in stream_records(path, kind, name):
                n += 1
                if isinstance(rec, InputError):
                    yield rec
                    continue
                try:
                    yield article_from_record(rec, where, f"{path.stem}-{n}", path=name, max_chars=max_chars)
                except InputError as exc:
                    yield exc
            if n == 0:
                yield InputError(name, "is empty: no records")
            return
        text = decode_bytes(_read_whole(path, kind, name, max_chars), name)
        if not text.strip():
            raise InputError(name, "is empty (or only whitespace)")
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(name, f"cannot be read: {exc.strerror or exc}")
        return
    if kind in ("txt", "md", "html"):
        try:
            yield from parse_content(text, kind, name, path.stem, path=name, max_chars=max_chars)
        except InputError as exc:
            yield exc
        return
    try:
        records = records_json(text, name)
    except InputError as exc:
        yield exc
        return
    single = len(records) == 1
    for i, (where, rec) in enumerate(records):
        try:
            yield article_from_record(rec, where, path.stem if single else f"{path.stem}-{i + 1}", path=name,
                                      max_chars=max_chars)
        except InputError as exc:
            yield exc
