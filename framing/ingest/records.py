"""Records of JSON, JSON Lines and CSV inputs, and the Article each one makes.

A record needs ``title`` (a string, or null) and ``text`` (a non-empty string) and may have ``id``,
``source``, ``url``, ``date`` and ``story``. Each is checked by :func:`article_from_record`: no NUL
characters and no lone surrogates in the fields kept (see :mod:`framing.ingest.text`), at most
``max_chars`` characters of title and text.

JSON that cannot be read is an :class:`InputError` naming the file (and line or record): invalid
syntax, arrays or objects nested too deeply to read (``[[[[...]]]]``, where Python's parser would
run out of stack), numbers too long for Python. JSON Lines end at ``\\n``, ``\\r\\n`` or ``\\r``; a
record's strings may hold any other line separator (U+2028 ...).

Whole texts are parsed by :func:`records_json`, :func:`records_jsonl` and :func:`records_csv`;
:func:`stream_records` reads a JSON Lines or CSV file line by line (:mod:`framing.ingest.lines`) and
gives each bad line or row as an InputError value in its place, so that a batch loses nothing else.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from typing import Any, BinaryIO, Iterator

from ..errors import InputError
from ..types import Article
from .lines import decoded_lines
from .text import MAX_ARTICLE_CHARS, check_size, check_string

OPTIONAL_FIELDS = ("id", "source", "url", "date", "story")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# the csv module refuses fields over 131,072 characters by default; articles may be longer (the
# article size limit applies instead), so the reader's limit is raised to the largest it takes
_CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def parse_json(text: str, where: str, positions: bool = False) -> Any:
    """The JSON value of ``text``; InputError naming ``where`` if it cannot be read (with the line
    and column of a syntax error when ``positions``)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f" at line {exc.lineno} column {exc.colno}" if positions else ""
        raise InputError(where, f"invalid JSON{at}: {exc.msg}") from None
    except RecursionError:
        raise InputError(where, "invalid JSON: nested too deeply to read (arrays or objects inside "
                                "each other thousands of times)") from None
    except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
        raise InputError(where, "invalid JSON: a number too long to read") from None


def _clean_field(value: Any, where: str, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(where, f"field {name!r} must be a string, not {type(value).__name__}")
    value = str(value).strip()
    return value or None


def article_from_record(record: Any, where: str, default_id: str, path: str | None = None,
                        max_chars: int | None = MAX_ARTICLE_CHARS) -> Article:
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
    title = (title or "").strip()
    meta = {k: _clean_field(record.get(k), where, k) for k in OPTIONAL_FIELDS}
    for name, value in (("title", title), ("text", text), *meta.items()):
        if value:
            check_string(value, where, name)
    check_size(len(title) + len(text), where, max_chars)
    return Article(
        id=meta["id"] or default_id,
        title=title,
        text=text,
        source=meta["source"],
        url=meta["url"],
        date=meta["date"],
        path=path,
        story=meta["story"],
    )


def records_json(text: str, where: str) -> list[tuple[str, Any]]:
    """(where, record) of a JSON document: one object, or a list (``where[i]``)."""
    data = parse_json(text, where, positions=True)
    if isinstance(data, dict):
        return [(where, data)]
    if isinstance(data, list):
        if not data:
            raise InputError(where, "JSON list is empty: no articles")
        return [(f"{where}[{i}]", rec) for i, rec in enumerate(data)]
    raise InputError(where, "JSON must be an object or a list of objects")


def records_jsonl(text: str, where: str) -> list[tuple[str, Any]]:
    """(``where line N``, record) of every non-blank line of a JSON Lines text; InputError at the first
    bad line."""
    out = []
    for lineno, line in enumerate(_LINE_BREAK.split(text), 1):
        if not line.strip():
            continue
        out.append((f"{where} line {lineno}", parse_json(line, f"{where} line {lineno}")))
    if not out:
        raise InputError(where, "is empty: no JSON lines")
    return out


def _header_problem(fields: list[str], where: str) -> InputError | None:
    missing = [k for k in ("title", "text") if k not in fields]
    if not missing:
        return None
    return InputError(where, f"CSV header lacks {' and '.join(repr(m) for m in missing)} "
                             f"(found: {', '.join(repr(f) for f in fields) or 'no header'})")


def records_csv(text: str, where: str) -> list[tuple[str, Any]]:
    """(``where row N``, row as a dict) of a CSV text with a header (row 1)."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        problem = _header_problem(reader.fieldnames or [], where)
        if problem:
            raise problem
        rows = [(f"{where} row {i}", row) for i, row in enumerate(reader, 2)]
    except csv.Error as exc:
        raise InputError(where, f"invalid CSV: {exc}") from None
    if not rows:
        raise InputError(where, "CSV has a header but no rows")
    return rows


def stream_records(fh: BinaryIO, kind: str, name: str,
                   max_chars: int | None = MAX_ARTICLE_CHARS) -> Iterator[tuple[str, Any]]:
    """(where, record or InputError) of a JSON Lines (``kind`` ``jsonl``) or CSV file, read line by line.

    Every non-blank line of a JSON Lines file gives one item, every row of a CSV file one item (a
    bad header: one error for the file, and nothing else). Raises InputError(name) only when no line
    of the file can be read (UTF-16 without a BOM). Lines too long for an article of ``max_chars``
    characters are not read (:func:`~framing.ingest.lines.decoded_lines`)."""
    lines = decoded_lines(fh, name, max_chars)
    if kind == "jsonl":
        for line in lines:
            where = f"{name} line {line.number}"
            if line.problem:
                yield where, InputError(where, line.problem)
            elif line.text.strip():
                try:
                    yield where, parse_json(line.text, where)
                except InputError as exc:
                    yield where, exc
        return
    yield from _stream_csv(lines, name)


def _stream_csv(lines: Iterator[Any], name: str) -> Iterator[tuple[str, Any]]:
    problems: list[tuple[int, str]] = []  # of the lines read since the last row

    def texts() -> Iterator[str]:
        for line in lines:
            if line.problem:
                problems.append((line.number, line.problem))
            yield line.text

    csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.DictReader(texts())
    row_number = 1
    try:
        fields = reader.fieldnames or []
        if problems:
            number, problem = problems[0]
            yield name, InputError(name, f"CSV header (line {number}): {problem}")
            return
        header = _header_problem(fields, name)
        if header:
            yield name, header
            return
        for row_number, row in enumerate(reader, 2):
            where = f"{name} row {row_number}"
            if problems:
                number, problem = problems[0]
                problems.clear()
                if number != row_number:
                    where = f"{where} (line {number})"
                yield where, InputError(where, problem)
            else:
                yield where, row
    except csv.Error as exc:
        where = f"{name} row {row_number + 1}"
        yield where, InputError(where, f"invalid CSV: {exc}; the rest of the file was not read")
