"""Annotated corpora (``../shared/corpora``): JSON Lines of articles and of their labels.

Articles have ``id``, ``title`` (may be null) and ``text`` (kept verbatim: the labels' offsets index
it); labels have ``id`` and ``label`` and, for spans, ``start``/``end`` into the article's ``text``.
Used by ``framing evaluate``, the trainers and the benchmark.
"""
from __future__ import annotations

import os
from typing import Any

from ..errors import InputError
from ..types import Article
from .records import article_from_record, records_jsonl
from .text import decode_bytes


def _read_jsonl(path: str) -> list[tuple[str, dict[str, Any]]]:
    if not os.path.isfile(path):
        raise InputError(path, "no such file")
    with open(path, "rb") as fh:
        return records_jsonl(decode_bytes(fh.read(), path), path)


def load_articles_jsonl(path: str) -> list[Article]:
    """Articles of an evaluation corpus (``title`` may be null; ``text`` is kept verbatim)."""
    articles = []
    for where, rec in _read_jsonl(path):
        if isinstance(rec, dict) and "title" not in rec:
            rec = {**rec, "title": None}
        articles.append(article_from_record(rec, where, default_id=where))
    return articles


def load_labels(path: str) -> list[dict[str, Any]]:
    labels = []
    for where, rec in _read_jsonl(path):
        if not isinstance(rec, dict) or "id" not in rec or "label" not in rec:
            raise InputError(where, "a label needs 'id' and 'label'")
        labels.append(rec)
    return labels
