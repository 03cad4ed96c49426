"""Ingest: files, standard input, HTML pages and annotated corpora, read into :class:`~framing.types.Article`.

:data:`MAX_ARTICLE_CHARS` is the default limit on an article's size (characters of title and text);
every loader takes ``max_chars`` to change it (None: no limit). :func:`line_and_column` maps an offset
in the text of a plain text or Markdown article back to the line and column of its file."""
from __future__ import annotations

from .files import iter_input, line_and_column, load_article, load_articles, load_many
from .text import MAX_ARTICLE_CHARS

__all__ = ["MAX_ARTICLE_CHARS", "iter_input", "line_and_column", "load_article", "load_articles", "load_many"]
