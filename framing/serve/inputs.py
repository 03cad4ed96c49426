"""The articles of a form: pasted boxes and uploaded files, read as ``framing compare`` reads files.

A pasted box is read like a ``.txt`` file (its first line with text is the headline; front matter
allowed); its optional "source" field names the outlet. An uploaded file is read by its name's
suffix (``.txt``, ``.md``, ``.html``/``.htm`` saved from a browser, ``.json``, ``.jsonl``, ``.csv``)
with the same parsers and limits as the command line. Nothing is written anywhere: uploads are read
from memory (the server's temporary folder holds any part spooled by the form parser). Every problem
is one sentence naming the box or the file.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Any, Sequence

from ..errors import InputError
from ..ingest.files import parse_content
from ..ingest.text import decode_bytes
from ..types import Article

BOXES = 4          # pasted boxes on the form
MAX_ARTICLES = 12  # articles compared at once
MAX_ARTICLE_CHARS = 200_000  # per article: a long feature is 60,000 characters
KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
         ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
RECORD_FIELDS = ("id", "title", "text", "source", "url", "date", "author")


class FormProblem(Exception):
    """What is wrong with what was sent, in one sentence for the person at the form."""


@dataclasses.dataclass(frozen=True)
class Upload:
    name: str   # the file's name as the browser sent it (only its suffix is used, and its name shown)
    data: bytes


def _label(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base[:80] or "the file"


def _kind(name: str) -> str:
    dot = name.rfind(".")
    kind = KINDS.get(name[dot:].lower()) if dot >= 0 else None
    if kind is None:
        raise FormProblem(f"{_label(name)}: framing reads .txt, .md, .html (a page saved from a browser), "
                          ".json, .jsonl and .csv files")
    return kind


def from_box(text: str, source: str, n: int) -> Article | None:
    """The article of pasted box ``n`` (1-based), or None when the box is empty."""
    if not text.strip():
        return None
    try:
        a = parse_content(text, "txt", f"box {n}", f"article-{n}", max_chars=MAX_ARTICLE_CHARS)[0]
    except InputError as exc:
        raise FormProblem(str(exc)) from None
    source = " ".join(source.split())[:200]
    return dataclasses.replace(a, source=source) if source and not a.source else a


def from_upload(upload: Upload) -> list[Article]:
    label = _label(upload.name)
    kind = _kind(upload.name)
    stem = label.rsplit(".", 1)[0] or "upload"
    try:
        text = decode_bytes(upload.data, label)
        articles = parse_content(text, kind, label, stem, max_chars=MAX_ARTICLE_CHARS)
    except InputError as exc:
        raise FormProblem(str(exc)) from None
    return [dataclasses.replace(a, path=None) for a in articles]


def gather(boxes: Sequence[tuple[str, str]], uploads: Sequence[Upload], carried: str = "",
           least: int = 2) -> list[Article]:
    """The articles of a form, in order: the pasted boxes ``(text, source)``, the files, and ``carried``
    (the articles of a page re-sent by its buttons, as JSON). At least ``least``, at most MAX_ARTICLES."""
    articles: list[Article] = []
    if carried:
        articles.extend(from_carried(carried))
    for n, (text, source) in enumerate(boxes, 1):
        a = from_box(text, source, n)
        if a is not None:
            articles.append(a)
    for u in uploads:
        if u.name or u.data:
            articles.extend(from_upload(u))
    if len(articles) < least:
        raise FormProblem(f"Paste or upload at least {least} article{'s' if least > 1 else ''} "
                          f"(this form held {len(articles)}).")
    if len(articles) > MAX_ARTICLES:
        raise FormProblem(f"framing serve compares at most {MAX_ARTICLES} articles at once (this form held "
                          f"{len(articles)}); run framing batch for a corpus.")
    ids: dict[str, int] = {}
    unique = []
    for a in articles:  # two boxes called article-1 (a carried one and a new one) get distinct ids
        k = ids.get(a.id, 0)
        ids[a.id] = k + 1
        unique.append(a if not k else dataclasses.replace(a, id=f"{a.id}-{k + 1}"))
    return unique


def carry(articles: Sequence[Article]) -> str:
    """The articles as JSON, for a hidden field of the result page's buttons (worksheet, key, PDF)."""
    return json.dumps([{k: getattr(a, k) for k in RECORD_FIELDS if getattr(a, k) is not None} for a in articles],
                      ensure_ascii=False)


def from_carried(data: str) -> list[Article]:
    try:
        return parse_content(data, "json", "the page's articles", "article", max_chars=MAX_ARTICLE_CHARS)
    except InputError as exc:
        raise FormProblem(str(exc)) from None


def form_text(value: Any) -> str:
    """A form field as text ('' for a missing field or a file where text was expected)."""
    return value if isinstance(value, str) else ""
