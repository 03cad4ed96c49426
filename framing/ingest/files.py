"""Read articles from files or stdin into :class:`Article` objects.

Formats: ``.txt`` and ``.md`` (first non-empty line is the title, the rest the
body), ``.html``/``.htm`` (``<title>`` or first ``<h1>``; paragraphs of the
body), ``.json`` (one object or a list), ``.jsonl`` and ``.csv`` (fields
``title`` and ``text``, optional ``id``, ``source``, ``url``, ``date``).
``-`` reads standard input (JSON/JSON Lines when it starts with ``{`` or ``[``,
otherwise text).

Every problem raises :class:`InputError` whose message names the file (and
record) and the problem in one line. Text is decoded as UTF-8 (with or without
BOM) or UTF-16 with a BOM; anything else is an error, never silently replaced.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, Iterable

from ..errors import InputError
from ..types import Article

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".json", ".jsonl", ".ndjson", ".csv")
OPTIONAL_FIELDS = ("id", "source", "url", "date", "story")


def decode_bytes(data: bytes, where: str) -> str:
    """Decode UTF-8 (optional BOM) or UTF-16 with BOM; raise InputError otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not {encoding.upper()} text (undecodable byte at offset {exc.start}); "
                                "save it as UTF-8 or UTF-16 with a BOM") from None
    if "\x00" in text:
        raise InputError(where, "contains NUL characters: this looks like a binary file, not text")
    return text


def _clean_field(value: Any, where: str, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(where, f"field {name!r} must be a string, not {type(value).__name__}")
    value = str(value).strip()
    return value or None


def article_from_record(record: Any, where: str, default_id: str, path: str | None = None) -> Article:
    """Build an Article from a JSON/CSV record; ``where`` names it in errors."""
    if not isinstance(record, dict):
        raise InputError(where, f"expected an object with 'title' and 'text', got {type(record).__name__}")
    missing = [k for k in ("title", "text") if k not in record]
    if missing:
        raise InputError(where, f"missing field{'s' if len(missing) > 1 else ''} "
                                f"{' and '.join(repr(m) for m in missing)} (needed: 'title' and 'text')")
    text = record["text"]
    if text is None or not isinstance(text, str):
        raise InputError(where, "field 'text' must be a string")
    if not text.strip():
        raise InputError(where, "field 'text' is empty: the article has no body")
    title = record["title"]
    if title is not None and not isinstance(title, str):
        raise InputError(where, "field 'title' must be a string or null")
    meta = {k: _clean_field(record.get(k), where, k) for k in OPTIONAL_FIELDS}
    return Article(
        id=meta["id"] or default_id,
        title=(title or "").strip(),
        text=text,
        source=meta["source"],
        url=meta["url"],
        date=meta["date"],
        path=path,
        story=meta["story"],
    )


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_plain(text: str, where: str, default_id: str, markdown: bool = False,
                path: str | None = None) -> Article:
    """First non-empty line is the title, the rest is the body."""
    text = _normalize_newlines(text)
    if not text.strip():
        raise InputError(where, "is empty (or only whitespace)")
    lines = text.split("\n")
    k = next(i for i, line in enumerate(lines) if line.strip())
    title = lines[k].strip()
    if markdown:
        title = title.lstrip("#").strip()
    body = "\n".join(lines[k + 1:]).strip("\n")
    if not body.strip():
        raise InputError(where, "has a title line but no body text after it")
    return Article(id=default_id, title=title, text=body, path=path)


class _HTMLText(HTMLParser):
    """Collects <title>, the first <h1> and block-level text of an HTML page."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "section", "article", "tr", "pre", "header", "footer", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.parts: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        if tag == "h1" and not self.h1:
            self._in_h1 = True
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skip:
            return
        if self._in_h1:
            self.h1 += data
            return
        self.parts.append(data)


def parse_html(text: str, where: str, default_id: str, path: str | None = None) -> Article:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    paragraphs = [" ".join(p.split()) for p in "".join(parser.parts).split("\n\n")]
    body = "\n\n".join(p for p in paragraphs if p)
    title = " ".join((parser.h1 or parser.title).split())
    if not body:
        raise InputError(where, "HTML page has no body text")
    if not title:
        title, _, body = body.partition("\n\n")
        if not body:
            raise InputError(where, "HTML page has no title and only one paragraph")
    return Article(id=default_id, title=title, text=body, path=path)


def _records_json(text: str, where: str) -> list[tuple[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if isinstance(data, dict):
        return [(where, data)]
    if isinstance(data, list):
        if not data:
            raise InputError(where, "JSON list is empty: no articles")
        return [(f"{where}[{i}]", rec) for i, rec in enumerate(data)]
    raise InputError(where, "JSON must be an object or a list of objects")


def records_jsonl(text: str, where: str) -> list[tuple[str, Any]]:
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((f"{where} line {lineno}", json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"{where} line {lineno}", f"invalid JSON: {exc.msg}") from None
    if not out:
        raise InputError(where, "is empty: no JSON lines")
    return out


def _records_csv(text: str, where: str) -> list[tuple[str, Any]]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fields = reader.fieldnames or []
        missing = [k for k in ("title", "text") if k not in fields]
        if missing:
            raise InputError(where, f"CSV header lacks {' and '.join(repr(m) for m in missing)} "
                                    f"(found: {', '.join(repr(f) for f in fields) or 'no header'})")
        rows = [(f"{where} row {i}", row) for i, row in enumerate(reader, 2)]
    except csv.Error as exc:
        raise InputError(where, f"invalid CSV: {exc}") from None
    if not rows:
        raise InputError(where, "CSV has a header but no rows")
    return rows


def _from_records(records: list[tuple[str, Any]], stem: str, path: str | None) -> list[Article]:
    single = len(records) == 1
    return [article_from_record(rec, w, stem if single else f"{stem}-{i + 1}", path)
            for i, (w, rec) in enumerate(records)]


def parse_content(text: str, kind: str, where: str, stem: str, path: str | None = None) -> list[Article]:
    """Parse decoded content of one input of kind txt, md, html, json, jsonl or csv."""
    if not text.strip():
        raise InputError(where, "is empty (or only whitespace)")
    if kind in ("txt", "md"):
        return [parse_plain(text, where, stem, markdown=kind == "md", path=path)]
    if kind == "html":
        return [parse_html(text, where, stem, path=path)]
    if kind == "json":
        return _from_records(_records_json(text, where), stem, path)
    if kind == "jsonl":
        return _from_records(records_jsonl(text, where), stem, path)
    if kind == "csv":
        return _from_records(_records_csv(text, where), stem, path)
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


def load_articles(source: str | os.PathLike[str], stdin: BinaryIO | None = None) -> list[Article]:
    """Read every article in a file (or ``-`` for standard input)."""
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
        return parse_content(text, kind, "<stdin>", "stdin")
    path = Path(name)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a folder, not a file (give the files inside it)")
    kind = _kind_of(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    return parse_content(decode_bytes(data, name), kind, name, path.stem, path=name)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def load_article(source: str | os.PathLike[str]) -> Article:
    """Read a file that holds exactly one article."""
    articles = load_articles(source)
    if len(articles) != 1:
        raise InputError(os.fspath(source), f"holds {len(articles)} articles; expected one")
    return articles[0]


def load_many(sources: Iterable[str | os.PathLike[str]]) -> list[Article]:
    """Read the articles of several inputs, in order."""
    out: list[Article] = []
    for s in sources:
        out.extend(load_articles(s))
    return out


def _stream_encoding(path: Path) -> tuple[str, int]:
    """(codec, bytes to skip) for streaming a file: UTF-8 (optional BOM) or UTF-16 with BOM."""
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    return "utf-8", 0


def _stream_records(path: Path, kind: str, name: str) -> Iterable[tuple[str, Any]]:
    """(where, record or InputError) of a JSON Lines or CSV file, read line by line."""
    encoding, skip = _stream_encoding(path)
    with path.open("rb") as raw:
        raw.seek(skip)
        fh = io.TextIOWrapper(raw, encoding=encoding, newline="")
        try:
            if kind == "jsonl":
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    where = f"{name} line {lineno}"
                    if "\x00" in line:
                        yield where, InputError(where, "contains NUL characters (binary data)")
                        continue
                    try:
                        yield where, json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield where, InputError(where, f"invalid JSON: {exc.msg}")
            else:
                reader = csv.DictReader(fh)
                fields = reader.fieldnames or []
                missing = [k for k in ("title", "text") if k not in fields]
                if missing:
                    yield name, InputError(name, f"CSV header lacks {' and '.join(repr(m) for m in missing)} "
                                                 f"(found: {', '.join(repr(f) for f in fields) or 'no header'})")
                    return
                for i, row in enumerate(reader, 2):
                    yield f"{name} row {i}", row
        except UnicodeDecodeError as exc:
            yield name, InputError(name, f"not {encoding.upper()} text (undecodable byte at offset {exc.start} "
                                         "of a line); the rest of the file was not read")
        except csv.Error as exc:
            yield name, InputError(name, f"invalid CSV: {exc}; the rest of the file was not read")


def iter_input(source: str | os.PathLike[str]) -> Iterable[Article | InputError]:
    """Every article of a file or folder, with bad records as InputError values, not exceptions.

    Used by batch runs, where one bad record must not stop the rest: a JSON
    Lines file yields one item per line, a CSV one per row (both are read line
    by line, so a large corpus is never held in memory), a JSON list one per
    element, a folder one (or more) per supported file, sorted by name.
    """
    name = os.fspath(source)
    path = Path(name)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not files:
            yield InputError(name, f"folder holds no article files ({', '.join(SUFFIXES)})")
        for f in files:
            yield from iter_input(f)
        return
    try:
        if not path.exists():
            raise InputError(name, "no such file")
        kind = _kind_of(path)
        if kind in ("jsonl", "csv"):
            n = 0
            for where, rec in _stream_records(path, kind, name):
                n += 1
                if isinstance(rec, InputError):
                    yield rec
                    continue
                try:
                    yield article_from_record(rec, where, f"{path.stem}-{n}", path=name)
                except InputError as exc:
                    yield exc
            if n == 0:
                yield InputError(name, "is empty: no records")
            return
        text = decode_bytes(path.read_bytes(), name)
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
            yield from parse_content(text, kind, name, path.stem, path=name)
        except InputError as exc:
            yield exc
        return
    try:
        records = _records_json(text, name)
    except InputError as exc:
        yield exc
        return
    single = len(records) == 1
    for i, (where, rec) in enumerate(records):
        try:
            yield article_from_record(rec, where, path.stem if single else f"{path.stem}-{i + 1}", path=name)
        except InputError as exc:
            yield exc
