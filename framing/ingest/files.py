"""Read articles from files, folders or standard input into :class:`Article` objects.

Formats: ``.txt`` and ``.md`` (first line with text is the title, the rest the body; YAML front
matter may give the title and metadata), ``.html``/``.htm`` (the page's main text and metadata, read
with trafilatura), ``.json`` (one object or a list), ``.jsonl`` and ``.csv`` (fields ``title`` and
``text``, optional ``id``, ``source``, ``url``, ``date``, ``story``). ``-`` reads standard input
(JSON/JSON Lines when it starts with ``{`` or ``[``, otherwise text). See
:mod:`~framing.ingest.pages`, :mod:`~framing.ingest.frontmatter`, :mod:`~framing.ingest.webpage`
and :mod:`~framing.ingest.records`.

Every problem is an :class:`InputError` whose message names the file (and line, row or record) and
the problem in one line; nothing else escapes, whatever the bytes. :func:`load_articles` raises it;
:func:`iter_input` (batch runs) yields it in place of the bad record and goes on. The rules, each in
its module:

* Text is UTF-8 (with or without BOM) or UTF-16 with a BOM, never silently replaced; UTF-16 without
  a BOM is named as such. **NUL characters are never accepted**: a raw NUL byte makes the file (or,
  read line by line, the line or row) an error, and so does a ``\\u0000`` escape in a JSON string
  (the record); both say "contains NUL characters". A JSON escape of a lone surrogate makes the
  record an error ("holds a lone surrogate"). See :mod:`~framing.ingest.text`.
* An article holds at most ``max_chars`` characters of title and text (default
  :data:`MAX_ARTICLE_CHARS`, 2,000,000; None for no limit); a ``.txt``/``.md`` file of more than 4
  bytes per allowed character, or an HTML page of more than 16, is refused before it is read.
* Only regular files are read, after following links; FIFOs, sockets and devices are refused, not
  waited on. See :mod:`~framing.ingest.paths` for folders.
* JSON Lines and CSV files are streamed by :func:`iter_input` one line at a time, each line decoded
  alone (:mod:`~framing.ingest.lines`): a bad byte costs its own line or row. UTF-16 files (with a
  BOM) stream the same way. A line of more than 16 bytes per allowed character is skipped unread.
* Standard input is read whole, by both functions.
"""
from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Sequence

from ..errors import InputError, UsageError
from ..types import Article
from .pages import line_and_column, parse_html, parse_plain
from .paths import display_name, folder_entries, is_skipped, open_regular, resolved, stat_input
from .records import (OPTIONAL_FIELDS, article_from_record, parse_json, records_csv, records_json,
                      records_jsonl, stream_records)
from .text import MAX_ARTICLE_CHARS, bom_encoding, decode_bytes, file_too_large

__all__ = ["MAX_ARTICLE_CHARS", "OPTIONAL_FIELDS", "SUFFIXES", "article_from_record", "decode_bytes",
           "iter_input", "line_and_column", "load_article", "load_articles", "load_many", "parse_content",
           "parse_html", "parse_plain", "records_jsonl"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".json", ".jsonl", ".ndjson", ".csv")
STDIN = "<stdin>"


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


def _kind_of(path: Path, where: str) -> str:
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
    raise InputError(where, f"unsupported file type {display_name(suffix)!r} (supported: {', '.join(SUFFIXES)})")


def _open_input(path: Path, where: str) -> tuple[str, BinaryIO, int]:
    """(kind, open binary file, size) of a file to read; InputError if it is missing, a folder, not a
    regular file or of an unsupported type."""
    fh, size = open_regular(path, where)
    try:
        return _kind_of(path, where), fh, size
    except InputError:
        fh.close()
        raise


def _read_whole(fh: BinaryIO, kind: str, size: int, where: str, max_chars: int | None) -> bytes:
    """The bytes of an open file, unless it holds one article and is far beyond the size limit."""
    if kind in ("txt", "md", "html"):
        problem = file_too_large(size, "html" if kind == "html" else "text", max_chars)
        if problem:
            raise InputError(where, problem)
    try:
        return fh.read()
    except OSError as exc:
        raise InputError(where, f"cannot be read: {exc.strerror or exc}") from None


def _read_stdin(stdin: BinaryIO | None) -> bytes:
    """All of standard input (or of ``stdin``); InputError when there is none or it cannot be read."""
    if stdin is None:
        if sys.stdin is None:
            raise InputError(STDIN, "there is no standard input (it is closed)")
        stdin = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        data = stdin.read()
    except ValueError:  # "I/O operation on closed file"
        raise InputError(STDIN, "standard input is closed") from None
    except OSError as exc:
        raise InputError(STDIN, f"standard input cannot be read: {exc.strerror or exc}") from None
    if isinstance(data, str):  # a text stream without a binary buffer
        data = data.encode("utf-8", "surrogateescape")
    return data or b""


def _is_json(text: str) -> bool:
    try:
        parse_json(text, STDIN)
    except InputError:
        return False
    return True


def _stdin_kind(text: str) -> str:
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        return "json" if text.strip().count("\n") == 0 or _is_json(text) else "jsonl"
    return "txt"


def load_articles(source: str | os.PathLike[str], stdin: BinaryIO | None = None, *,
                  max_chars: int | None = MAX_ARTICLE_CHARS) -> list[Article]:
    """Read every article in a file (or ``-`` for standard input, or ``stdin`` if given).

    Raises InputError, naming the file and the record, at the first problem. ``max_chars``: the most
    characters (title and text) of one article, None for no limit."""
    _check_limit(max_chars)
    name = os.fspath(source)
    if name == "-":
        text = decode_bytes(_read_stdin(stdin), STDIN)
        return parse_content(text, _stdin_kind(text), STDIN, "stdin", max_chars=max_chars)
    path = Path(name)
    where = display_name(name)
    kind, fh, size = _open_input(path, where)
    with fh:
        data = _read_whole(fh, kind, size, where, max_chars)
    return parse_content(decode_bytes(data, where), kind, where, display_name(path.stem), path=where,
                         max_chars=max_chars)


def load_article(source: str | os.PathLike[str], *, max_chars: int | None = MAX_ARTICLE_CHARS) -> Article:
    """Read a file that holds exactly one article (see :func:`load_articles`)."""
    articles = load_articles(source, max_chars=max_chars)
    if len(articles) != 1:
        raise InputError(display_name(os.fspath(source)), f"holds {len(articles)} articles; expected one")
    return articles[0]


def load_many(sources: Iterable[str | os.PathLike[str]], *,
              max_chars: int | None = MAX_ARTICLE_CHARS) -> list[Article]:
    """Read the articles of several inputs, in order (see :func:`load_articles`)."""
    out: list[Article] = []
    for s in sources:
        out.extend(load_articles(s, max_chars=max_chars))
    return out


def iter_input(source: str | os.PathLike[str], *, skip: Sequence[str | os.PathLike[str]] = (),
               max_chars: int | None = MAX_ARTICLE_CHARS,
               stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Every article of a file, folder or standard input (``-``), with bad records as InputError
    values, not exceptions; it never raises InputError.

    Used by batch runs, where one bad record must not stop the rest: a JSON Lines file yields one
    item per non-blank line, a CSV one per row (both read line by line, so a large corpus is never
    held in memory), a JSON list one per element, a folder one (or more) per file and per entry that
    cannot be read, sorted by name (see :mod:`framing.ingest.paths`). ``skip``: folders not to read
    (the batch's own output folder); a folder that is one of them, or inside one, is one error.
    ``max_chars``: as for :func:`load_articles`. ``stdin``: read instead of standard input.
    """
    _check_limit(max_chars)
    name = os.fspath(source)
    if name == "-":
        yield from _iter_stdin(stdin, max_chars)
        return
    path = Path(name)
    where = display_name(name)
    try:
        mode = stat_input(path, where).st_mode
    except InputError as exc:
        yield exc
        return
    if not stat.S_ISDIR(mode):
        yield from _iter_file(path, where, max_chars)
        return
    if is_skipped(path, resolved(skip)):
        yield InputError(where, "is a folder to skip (such as the batch's output folder): nothing in it is read")
        return
    for entry in folder_entries(path, where, SUFFIXES):
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from _iter_file(entry, display_name(str(entry)), max_chars)


def _iter_file(path: Path, where: str, max_chars: int | None) -> Iterator[Article | InputError]:
    stem = display_name(path.stem)
    try:
        kind, fh, size = _open_input(path, where)
    except InputError as exc:
        yield exc
        return
    with fh:
        if kind in ("jsonl", "csv"):
            yield from _iter_records(stream_records(fh, kind, where, max_chars), where, stem,
                                     where, max_chars)
            return
        try:
            text = decode_bytes(_read_whole(fh, kind, size, where, max_chars), where)
        except InputError as exc:
            yield exc
            return
    yield from _iter_parsed(text, kind, where, stem, where, max_chars)


def _iter_parsed(text: str, kind: str, where: str, stem: str, path: str | None,
                 max_chars: int | None) -> Iterator[Article | InputError]:
    """The articles of a whole decoded text (txt, md, html or json), one error per bad record."""
    try:
        if not text.strip():
            raise InputError(where, "is empty (or only whitespace)")
        if kind != "json":
            yield from parse_content(text, kind, where, stem, path=path, max_chars=max_chars)
            return
        records = records_json(text, where)
    except InputError as exc:
        yield exc
        return
    single = len(records) == 1
    for i, (rec_where, rec) in enumerate(records):
        try:
            yield article_from_record(rec, rec_where, stem if single else f"{stem}-{i + 1}", path, max_chars)
        except InputError as exc:
            yield exc


def _iter_records(records: Iterator[tuple[str, Any]], where: str, stem: str, path: str | None,
                  max_chars: int | None) -> Iterator[Article | InputError]:
    """The articles of streamed records (:func:`stream_records`): ids ``stem-N`` by position."""
    n = 0
    try:
        for rec_where, rec in records:
            n += 1
            if isinstance(rec, InputError):
                yield rec
                continue
            try:
                yield article_from_record(rec, rec_where, f"{stem}-{n}", path=path, max_chars=max_chars)
            except InputError as exc:
                yield exc
    except InputError as exc:  # no line of the file could be read
        yield exc
        return
    except OSError as exc:
        yield InputError(where, f"cannot be read: {exc.strerror or exc}")
        return
    if n == 0:
        yield InputError(where, "is empty: no records")


def _iter_stdin(stdin: BinaryIO | None, max_chars: int | None) -> Iterator[Article | InputError]:
    """Standard input, read whole, as :func:`load_articles` reads it; JSON Lines one line at a time, so
    that a bad line (even an undecodable one) is one error and the others are read."""
    try:
        data = _read_stdin(stdin)
    except InputError as exc:
        yield exc
        return
    try:
        text = decode_bytes(data, STDIN)
        kind = _stdin_kind(text)
    except InputError as exc:
        codec, skip = bom_encoding(data[:4])
        if data[skip:].decode(codec, "replace").lstrip()[:1] != "{":
            yield exc
            return
        kind = "jsonl"  # some lines cannot be decoded: read the others
    if kind == "jsonl":
        yield from _iter_records(stream_records(io.BytesIO(data), "jsonl", STDIN, max_chars),
                                 STDIN, "stdin", None, max_chars)
        return
    yield from _iter_parsed(text, kind, STDIN, "stdin", None, max_chars)
