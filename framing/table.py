"""Flat feature rows: one dict per article, for CSV/JSONL tables, source profiles and models.

Columns (documented in the README):

* ``id``, ``source``, ``title``, ``url``, ``date``;
* ``FEATURE`` (the headline value), ``FEATURE__count``, ``FEATURE__per_1000_words``;
* ``FEATURE.MEASURE`` for every sub-measure's value, and ``FEATURE.MEASURE__count``
  where the measure counts something.

Missing values are ``None`` (empty in CSV). Column order is fixed by the
feature registry, so tables from different runs line up.
"""
from __future__ import annotations

from typing import Any

from .types import Profile

META_COLUMNS = ("id", "source", "title", "url", "date")


def feature_row(profile: Profile) -> dict[str, Any]:
    """All of an article's numbers as one flat row."""
    a = profile.article
    row: dict[str, Any] = {"id": a.id, "source": a.source, "title": a.title, "url": a.url, "date": a.date}
    for name, f in profile.features.items():
        row[name] = f.value
        row[f"{name}__count"] = f.count
        row[f"{name}__per_1000_words"] = f.per_1000_words
        for m in f.measures:
            row[f"{name}.{m.name}"] = m.value
            if m.count is not None and m.per_1000_words is not None:
                row[f"{name}.{m.name}__count"] = m.count
    return row


def numeric_columns(row: dict[str, Any]) -> list[str]:
    """The columns of a row that hold numbers (all but the metadata)."""
    return [k for k in row if k not in META_COLUMNS]
