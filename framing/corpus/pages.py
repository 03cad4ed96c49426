"""Static pages of a batch, written from its store: a report page per article (``articles/NAME.html``)
and a comparison page per story group (``stories/story-N.html``).

``framing batch --pages`` writes them at the end of a run (and, by default, for a corpus of at most
:data:`AUTO_PAGES_LIMIT` articles); ``framing export-pages OUT`` writes them later from ``OUT``'s store.
A corpus of 1,500 articles takes about 190 KB of pages per article; ``framing serve OUT`` renders the
same pages on demand instead.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from ..atomic import write_atomic
from ..compare import compare
from .store import load_profile, story_groups

AUTO_PAGES_LIMIT = 1_000  # articles: below this, batch writes static pages unless told not to
MAX_GROUP_PAGE = 6  # articles shown side by side on one story page


def export_pages(con: sqlite3.Connection, out: Path, update: Callable[[int], None] = lambda n: None) -> list[dict[str, str]]:
    """Write every article's page and every story's page of the store ``con`` into ``out``; returns the
    errors (a story that cannot be compared is an error row, not the end of the run)."""
    from ..render.batch_pages import render_article_page, render_group_page

    names: dict[int, str] = {}
    titles: dict[int, str] = {}
    for seq, name, title in con.execute("SELECT seq, name, title FROM articles ORDER BY seq"):
        names[seq], titles[seq] = name, title or "(untitled)"
        write_atomic(out / "articles" / f"{name}.html", render_article_page(load_profile(con, seq)))
        update(1)
    errors: list[dict[str, str]] = []
    for g in story_groups(con):
        shown = g.members[:MAX_GROUP_PAGE]
        extra = [(titles[i], names[i]) for i in g.members[MAX_GROUP_PAGE:]]
        try:
            page = render_group_page(compare([load_profile(con, i) for i in shown]), g, [names[i] for i in shown],
                                     extra)
        except Exception as exc:  # a story page that cannot be made is an error row, not the end of the run
            errors.append({"input": f"story {g.name}", "error": f"could not be compared ({type(exc).__name__}: {exc})"})
            continue
        write_atomic(out / "stories" / f"{g.name}.html", page)
    return errors
