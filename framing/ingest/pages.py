"""One article from the decoded text of a plain text, Markdown or HTML file, and positions in its
text mapped back to the file.

* ``.txt``: the first non-empty line is the title, the rest (blank lines around it dropped) the
  body. Line breaks are normalised to ``\\n``.
* ``.md``: the same, with the title's heading marks (``#``) removed; a heading line with no text
  (``###`` or ``# ``) is not a title, so the first line with text after the marks is.
* Either may start with YAML front matter (a ``---`` line, YAML, a ``---`` line): its ``title``,
  ``source``, ``url``, ``date``, ``author``, ``id`` and ``story`` fill the article's fields, other
  keys are ignored (:mod:`~framing.ingest.frontmatter`). The text after it is read as above, except
  that with a ``title`` in the front matter all of it (blank lines around it dropped) is the body.
* ``.html``: the main text and metadata of the page (:mod:`~framing.ingest.webpage`).

**Positions.** The body of a plain text or Markdown file is the file's own lines, unchanged but for
line breaks (``\\r\\n`` and a lone ``\\r`` become ``\\n``, so each counts as one line break) and the
blank lines dropped around it. ``Article.text_line`` is the line of the file (1-based) where the body
begins, and :func:`line_and_column` turns an offset in the body (an evidence span's ``start``) into
the line and column of the file. For HTML pages ``text_line`` is None: their text is extracted, so
its positions are in that text only.

Each raises :class:`InputError` naming the file when no article can be made, and checks the
article's size (:func:`framing.ingest.text.check_size`).
"""
from __future__ import annotations

from ..errors import InputError
from ..types import Article
from .frontmatter import has_front_matter, read_front_matter
from .text import MAX_ARTICLE_CHARS, check_size
from .webpage import parse_html

__all__ = ["line_and_column", "normalize_newlines", "parse_html", "parse_plain"]


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` as ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _title_of(line: str, markdown: bool) -> str:
    title = line.strip()
    return title.lstrip("#").strip() if markdown else title


def parse_plain(text: str, where: str, default_id: str, markdown: bool = False,
                path: str | None = None, max_chars: int | None = MAX_ARTICLE_CHARS) -> Article:
    """First line with text is the title (for Markdown, without its ``#`` marks), the rest is the body;
    front matter, where the file starts with it, gives the metadata (and the title, if it has one)."""
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError(where, "is empty (or only whitespace)")
    lines = text.split("\n")
    meta: dict[str, str] = {}
    start = 0
    if has_front_matter(lines):
        front = read_front_matter(lines, where)
        meta, start = front.fields, front.body_line
    if "title" in meta:
        title, first = meta["title"], start
    else:
        k = next((i for i in range(start, len(lines)) if _title_of(lines[i], markdown)), None)
        if k is None:
            raise InputError(where, "has no text after its front matter" if start else
                             "has no text, only empty headings")
        title, first = _title_of(lines[k], markdown), k + 1
    while first < len(lines) and not lines[first]:  # the blank lines before the body
        first += 1
    body = "\n".join(lines[first:]).rstrip("\n")
    if not body.strip():
        raise InputError(where, "has a title but no body text after its front matter" if "title" in meta
                         else "has a title line but no body text after it")
    check_size(len(title) + len(body), where, max_chars)
    return Article(id=meta.get("id") or default_id, title=title, text=body, source=meta.get("source"),
                   url=meta.get("url"), date=meta.get("date"), path=path, story=meta.get("story"),
                   author=meta.get("author"), text_line=first + 1)


def line_and_column(article: Article, offset: int) -> tuple[int, int] | None:
    """The (line, column) of the file where character ``offset`` of ``article.text`` is, both
    1-based (columns count characters; a tab is one); None when the text is not the file's own lines
    (``text_line`` is None: an HTML page, a JSON record, a CSV row).

    ``offset`` may be ``len(article.text)`` (the end of the text); beyond it, or negative, is a
    ValueError."""
    if article.text_line is None:
        return None
    text = article.text
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset!r} is not a position in the text (0..{len(text)})")
    line = article.text_line + text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
