"""Annotated corpora (``../shared/corpora``): JSON Lines of articles and of their labels.

Articles have ``id``, ``title`` (may be null) and ``text`` (kept verbatim: the labels' offsets index
it); labels have ``id`` and ``label`` and, for spans, ``start``/``end`` into the article's ``text``
(Python string indices, end exclusive). Used by ``framing evaluate``, the trainers and the benchmark.

Labels are checked as they are read (:func:`load_labels`): ``start`` and ``end`` come together, are
integers (a JSON integer, or a string or float holding one), not negative, and ``end`` is not before
``start``. :func:`load_labels_for` checks them against the articles too: every label's id names an
article, and every span lies inside that article's text. Each problem is one InputError naming the
labels file and line.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from ..types import Article
from .paths import display_name, open_regular
from .records import article_from_record, records_jsonl
from .text import decode_bytes


def _read_jsonl(path: str) -> list[tuple[str, Any]]:
    where = display_name(os.fspath(path))
    fh, _ = open_regular(Path(path), where)
    with fh:
        return records_jsonl(decode_bytes(fh.read(), where), where)


def load_articles_jsonl(path: str) -> list[Article]:
    """Articles of an evaluation corpus (``title`` may be null; ``text`` is kept verbatim)."""
    articles = []
    for where, rec in _read_jsonl(path):
        if isinstance(rec, dict) and "title" not in rec:
            rec = {**rec, "title": None}
        articles.append(article_from_record(rec, where, default_id=where))
    return articles


def _offset(rec: dict[str, Any], key: str, where: str) -> int:
    value = rec[key]
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(where, f"label {key!r} must be an integer offset, not {value!r}"[:200])
    try:
        number = int(value) if not isinstance(value, float) or value.is_integer() else None
    except ValueError:
        number = None
    if number is None:
        raise InputError(where, f"label {key!r} must be an integer offset, not {value!r}"[:200])
    if number < 0:
        raise InputError(where, f"label {key!r} is negative ({number}): offsets count from 0")
    return number


def span_of(rec: dict[str, Any], where: str) -> tuple[int, int] | None:
    """(start, end) of a label read by :func:`load_labels`, or None if it has no span."""
    if "start" not in rec and "end" not in rec:
        return None
    missing = [k for k in ("start", "end") if k not in rec]
    if missing:
        raise InputError(where, f"a span label needs 'start' and 'end'; {missing[0]!r} is missing")
    start, end = _offset(rec, "start", where), _offset(rec, "end", where)
    if end < start:
        raise InputError(where, f"label 'end' ({end}) is before 'start' ({start})")
    return start, end


def _label_records(path: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for where, rec in _read_jsonl(path):
        if not isinstance(rec, dict) or "id" not in rec or "label" not in rec:
            raise InputError(where, "a label needs 'id' and 'label'")
        span_of(rec, where)
        out.append((where, rec))
    return out


def load_labels(path: str) -> list[dict[str, Any]]:
    """The labels of a JSON Lines file, each checked (see the module docstring), as they are written."""
    return [rec for _, rec in _label_records(path)]


def load_labels_for(path: str, articles: Sequence[Article], spans: bool = False) -> list[dict[str, Any]]:
    """:func:`load_labels`, and each label checked against the articles it annotates: its id (as a
    string) names one of them, and its span lies inside that article's text. With ``spans``, every
    label must have a span (the span tasks of ``framing evaluate``)."""
    lengths = {a.id: len(a.text) for a in articles}
    labels = []
    for where, rec in _label_records(path):
        key = str(rec["id"])
        if key not in lengths:
            raise InputError(where, f"label id {key[:80]!r} matches no article id of the articles file")
        span = span_of(rec, where)
        if span is None and spans:
            raise InputError(where, "a span label needs 'start' and 'end' (offsets into the article's text)")
        if span is not None and span[1] > lengths[key]:
            raise InputError(where, f"span {span[0]}-{span[1]} runs past the end of article {key[:80]!r} "
                                    f"({lengths[key]} characters)")
        labels.append(rec)
    return labels
