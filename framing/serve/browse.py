"""The batch store's pages: the corpus list (search, filters, sort), each article's page and each
story's comparison rendered on demand, and the source profiles.

The URLs mirror the folder a batch with ``--pages`` writes (``index.html``, ``articles/ID.html``,
``stories/NAME.html``, ``sources.html``) so that the pages' own relative links work unchanged. The
store is opened read-only (one SQLite connection per thread); what a query may sort or filter by is
chosen from the store's own columns, never spliced in from the request. The search box's words are
each quoted for FTS5 (all must occur), so no query syntax reaches SQLite from a visitor.
"""
from __future__ import annotations

import math
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import FramingError
from ..render.batch_pages import render_article_page
from ..render.formatting import fmt
from .reader import PAGE_SIZE, Filters, StoreReader, open_reader

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_store(folder: Path) -> Path:
    """The store's database file of a batch folder (or the file itself); FramingError if there is none."""
    return open_reader(folder).path


def _filters(request: Request, reader: StoreReader) -> tuple[Filters, str]:
    q = request.query_params
    problem = ""
    f = Filters(q=q.get("q", "")[:200].strip(), source=q.get("source", "")[:200], story=q.get("story", "")[:200],
                date_from=q.get("from", "")[:10].strip(), date_to=q.get("to", "")[:10].strip(),
                feature=q.get("feature", ""), min=q.get("min", "")[:20].strip(), sort=q.get("sort", ""),
                order="asc" if q.get("order") == "asc" else "desc", page=1)
    try:
        f.page = max(1, min(int(q.get("page", "1")), 1_000_000))
    except ValueError:
        f.page = 1
    columns = reader.feature_columns()
    if f.feature not in columns:
        f.feature = reader.default_feature()
    if f.sort not in reader.sort_keys():
        f.sort = "feature"
    for name in ("date_from", "date_to"):
        if getattr(f, name) and not DATE.match(getattr(f, name)):
            problem = f"Dates are written 2024, 2024-05 or 2024-05-31 (not {getattr(f, name)!r})."
            setattr(f, name, "")
    if f.min:
        try:
            value = float(f.min)
            if not math.isfinite(value):
                raise ValueError
        except ValueError:
            problem = f"\"at least\" takes a number (not {f.min!r})."
            f.min = ""
    return f, problem


def _link(request: Request, f: Filters, page: int) -> str:
    params = {"q": f.q, "source": f.source, "story": f.story, "from": f.date_from, "to": f.date_to,
              "feature": f.feature, "min": f.min, "sort": f.sort, "order": f.order, "page": str(page)}
    return "./?" + urllib.parse.urlencode({k: v for k, v in params.items() if v})


def store_routes(path: Path) -> list[Any]:
    reader = open_reader(path)

    async def index(request: Request) -> Response:
        from .app import _page

        f, problem = _filters(request, reader)
        found = await run_in_threadpool(reader.search, f)
        columns = reader.feature_columns()
        rows = [{**r, "value": fmt(r["value"]), "words": f"{r['words']:,}" if r["words"] is not None else ""}
                for r in found.rows]
        first = (f.page - 1) * PAGE_SIZE + 1
        return _page("serve_store.html", request, page_title=f"framing: the corpus ({reader.n_articles()} articles)",
                     n_total=f"{reader.n_articles():,}", store_name=reader.path.parent.name or str(reader.path),
                     run=reader.run_note(), n_stories=reader.n_stories(), f=f, problem=problem,
                     sources=reader.sources(), stories=reader.stories(),
                     features=[{"key": k, "label": v} for k, v in columns.items()],
                     sorts=[{"key": k, "label": v} for k, v in reader.sort_keys().items()],
                     feature_label=columns[f.feature], rows=rows, n_found=found.n, first=first,
                     last=first + len(rows) - 1, page_size=PAGE_SIZE,
                     prev=_link(request, f, f.page - 1) if f.page > 1 else "",
                     next=_link(request, f, f.page + 1) if first + len(rows) - 1 < found.n else "")

    async def article(request: Request) -> Response:
        key = request.path_params["key"]
        profile = await run_in_threadpool(reader.profile, key)
        if profile is None:
            return _missing(request, "No such article in this store.")
        return HTMLResponse(await run_in_threadpool(render_article_page, profile))

    async def story(request: Request) -> Response:
        key = request.path_params["key"]
        html = await run_in_threadpool(reader.story_page, key)
        if html is None:
            return _missing(request, "No such story in this store.")
        return HTMLResponse(html)

    async def sources(request: Request) -> Response:
        return HTMLResponse(await run_in_threadpool(reader.sources_page))

    async def to_index(request: Request) -> Response:
        return RedirectResponse("./", status_code=302)

    return [Route("/", index), Route("/index.html", to_index), Route("/articles/{key}.html", article),
            Route("/stories/{key}.html", story), Route("/sources.html", sources)]


def _missing(request: Request, text: str) -> Response:
    from .app import message

    return message(request, "Not found", text, 404, back="/store/")


__all__ = ["FramingError", "check_store", "store_routes"]
