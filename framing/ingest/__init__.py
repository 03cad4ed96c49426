"""Ingest: files, standard input, HTML pages and annotated corpora, read into :class:`~framing.types.Article`."""
from __future__ import annotations

from .files import iter_input, load_article, load_articles, load_many

__all__ = ["iter_input", "load_article", "load_articles", "load_many"]
