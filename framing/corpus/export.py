"""What a batch writes from its store once the articles are in: the index page (:func:`write_index`),
and later, on demand, the static pages (``framing export-pages OUT``: :func:`export_batch_pages`)."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..atomic import atomic_writer
from ..errors import FramingError
from .pages import export_pages
from .store import open_store, settings, story_groups, stored_errors, stored_rows


def write_index(con: sqlite3.Connection, out: Path, errors: Sequence[dict[str, str]], pages: bool,
                out_name: str) -> None:
    """``out/index.html`` from the store: every article (in input order), group and error."""
    from ..compare.similarity import SAME_STORY
    from ..render.batch_pages import render_index

    titles: list[str] = []
    has_predictions = False
    not_english: dict[str, int] = {}
    for _, _, _, _, s in stored_rows(con):
        titles.append(s["title"])
        has_predictions = has_predictions or bool(s.get("prediction"))
        if s.get("language"):
            not_english[s["language"]] = not_english.get(s["language"], 0) + 1
    threshold = float(json.loads(settings(con).get("threshold", "null")) or SAME_STORY)

    def rows() -> Iterable[dict[str, Any]]:
        for _, name, _, _, summary in stored_rows(con):
            yield {"name": name, **summary}

    with atomic_writer(out / "index.html") as fh:
        for piece in render_index(rows(), len(titles), titles, story_groups(con), errors, threshold, has_predictions,
                                  not_english, pages=pages, out_name=out_name):
            fh.write(piece)


def export_batch_pages(folder: str, quiet: bool = False) -> tuple[int, list[dict[str, str]]]:
    """Write the static pages of the batch folder ``folder`` from its store, and its index linking them;
    returns (articles, errors)."""
    out = Path(folder)
    if not out.is_dir():
        raise FramingError(f"{folder}: no such folder (give the --out folder of a framing batch run)")
    con = open_store(out)
    try:
        if settings(con).get("finished") != "yes":
            raise FramingError(f"{folder}: its batch run did not finish; run framing batch again first")
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm
            bar = tqdm(total=n, unit="page", file=sys.stderr, dynamic_ncols=True)
        errors = export_pages(con, out, bar.update if bar else lambda k: None)
        if bar:
            bar.close()
        write_index(con, out, stored_errors(con) + errors, True, folder)
        return n, errors
    finally:
        con.close()
