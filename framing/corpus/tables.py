"""The feature tables of a corpus run: ``features.csv``, ``features.jsonl`` and optionally
``features.parquet``, one row per article (:meth:`framing.types.Profile.to_row`), written row by row
to temporary files that replace the old tables only when the run completes.

CSV cells are neutralised against formula injection as OWASP's "CSV Injection" guidance says: a text
cell (an id, title, source, url, date, label ...) that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return gets a single quote in front (``=HYPERLINK(...)`` becomes ``'=HYPERLINK(...)``), so a
spreadsheet shows it as text instead of running it. Numbers are written as numbers. JSON Lines and
Parquet keep every value exactly as it is.
"""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from ..atomic import temporary_path, write_atomic
from ..errors import FramingError
from ..types import META_COLUMNS


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: ``None`` empty, text that a spreadsheet would run as a formula quoted
    with a leading ``'`` (see the module docstring), anything else unchanged."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


STORY_COLUMN = "story"  # a batch's tables: the article's story group ("story-3"), after the metadata


def with_story(row: dict[str, Any], story: str) -> dict[str, Any]:
    """A table row with its ``story`` column after the metadata columns (:data:`META_COLUMNS`)."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if k not in META_COLUMNS and STORY_COLUMN not in out:
            out[STORY_COLUMN] = story or None
        out[k] = v
    if STORY_COLUMN not in out:
        out[STORY_COLUMN] = story or None
    return out


class TableWriter:
    """Rows in, tables out: the first row fixes the columns (the feature registry's order)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.columns: list[str] | None = None
        self._csv_path = temporary_path(out / "features.csv")
        self._jsonl_path = temporary_path(out / "features.jsonl")
        self._csv = self._csv_path.open("w", encoding="utf-8", newline="")
        self._jsonl = self._jsonl_path.open("w", encoding="utf-8")
        self._writer: Any = None
        self.rows = 0

    def add(self, row: dict[str, Any]) -> None:
        if self._writer is None:
            self.columns = list(row)
            self._writer = csv.DictWriter(self._csv, fieldnames=self.columns, extrasaction="ignore",
                                          lineterminator="\n")
            self._writer.writeheader()
        self._writer.writerow({k: csv_cell(row.get(k)) for k in self.columns or ()})
        self._jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows += 1

    def close(self, parquet: bool) -> None:
        """Finish the tables and move them into place (``parquet``: also ``features.parquet``)."""
        if self._writer is None:
            self._csv.write(",".join((*META_COLUMNS, STORY_COLUMN)) + "\n")
        self._csv.close()
        self._jsonl.close()
        if parquet:
            try:
                import pyarrow as pa
                import pyarrow.json as pajson
                import pyarrow.parquet as pq
            except ImportError:
                raise FramingError("--parquet needs pyarrow: pip install pyarrow") from None
            # from the JSON Lines (exact values), not the CSV (whose text cells may be neutralised)
            meta = pa.schema([(c, pa.string()) for c in (*META_COLUMNS, STORY_COLUMN)])
            table = pajson.read_json(self._jsonl_path, parse_options=pajson.ParseOptions(
                explicit_schema=meta, unexpected_field_behavior="infer")) if self.rows else meta.empty_table()
            buf = io.BytesIO()
            pq.write_table(table, buf)
            write_atomic(self.out / "features.parquet", buf.getvalue())
        os.replace(self._csv_path, self.out / "features.csv")
        os.replace(self._jsonl_path, self.out / "features.jsonl")

    def abandon(self) -> None:
        """Drop the temporary tables (a run that failed): the old tables stay as they were."""
        for fh, path in ((self._csv, self._csv_path), (self._jsonl, self._jsonl_path)):
            fh.close()
            if path.exists():
                path.unlink()


def profiles_to_frame(profiles: Any) -> Any:
    """A pandas DataFrame with one row per profile and the columns of ``features.csv`` (exact values, as
    in ``features.jsonl``), indexed by article id. Needs pandas (``pip install 'framing[notebook]'``)."""
    try:
        import pandas as pd
    except ImportError:
        raise FramingError("profiles_to_frame needs pandas: pip install pandas") from None
    rows = [p.to_row() for p in profiles]
    frame = pd.DataFrame.from_records(rows, columns=list(rows[0]) if rows else list(META_COLUMNS))
    return frame.set_index("id", drop=False)
