"""The routes of ``framing serve`` (Starlette): the comparison and the lesson, the review, the store.

Every page is a Jinja template of ``reports/templates`` (autoescaped) extending ``base.html``, so it
carries the reports' Content-Security-Policy; :class:`~framing.serve.security.Guard` sends it as a
header too, refuses bodies over the limit and answers only this computer's host names. Analysis runs
in Starlette's thread pool, one request's work at a time per thread; nothing a request sends is kept
after its answer.
"""
from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route

from ..analysis import analyze
from ..compare import compare
from ..errors import FramingError
from ..render import render_comparison
from ..render.environment import environment
from ..render.lesson_page import render_lesson, render_worksheet
from ..render.pdf import find_browser, write_pdf
from ..review import draft_names, review_profiles
from ..review.config import ReviewConfig
from ..review.output import format_text
from ..version import __version__
from . import inputs
from .security import CSRF_COOKIE, CSRF_FIELD, TOO_LARGE, Guard, new_token, token_ok, too_large_page

MAX_BODY = 8_000_000  # bytes in one request: a dozen long articles, or a few pages saved with their markup
MAX_FIELDS = 40
MAX_FILES = inputs.MAX_ARTICLES
VIEWS = {"comparison": "The comparison", "lesson": "The lesson", "worksheet": "Student's worksheet",
         "key": "Answer key", "pdf-lesson": "PDF of the lesson", "pdf-worksheet": "PDF of the worksheet",
         "pdf-comparison": "PDF of the comparison"}


@dataclasses.dataclass
class Settings:
    store_dir: Path | None = None
    max_body: int = MAX_BODY
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost")
    review_config: ReviewConfig = dataclasses.field(default_factory=ReviewConfig)
    tmp_dir: str | None = None  # where a PDF is printed (the server's temporary folder)


def _page(template: str, request: Request, status: int = 200, **view: Any) -> HTMLResponse:
    """A serve page, with the CSRF token its forms need (a new one set as a cookie when absent)."""
    token = request.cookies.get(CSRF_COOKIE) or ""
    fresh = len(token) < 32
    if fresh:
        token = new_token()
    settings: Settings = request.app.state.settings
    html = environment().get_template(template).render(version=__version__, csrf=token,
                                                        has_store=settings.store_dir is not None, **view)
    response = HTMLResponse(html, status_code=status)
    if fresh:
        _set_cookie(response, token)
    return response


def _set_cookie(response: Response, token: str) -> None:
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")


def message(request: Request, heading: str, text: str, status: int = 400, back: str = "/") -> HTMLResponse:
    return _page("serve_message.html", request, status, page_title=f"framing: {heading}", heading=heading,
                 message=text, back=back)


async def _form(request: Request) -> Any:
    """The checked form of a POST, or the page refusing it (403 without the CSRF token, 413 too large)."""
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
        return message(request, "Refused", "This form was sent from another web site; framing serve accepts "
                       "forms from its own pages only.", 403)
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=MAX_FIELDS,
                                  max_part_size=request.app.state.settings.max_body)
    except ClientDisconnect:
        if request.scope.get(TOO_LARGE):
            return HTMLResponse(too_large_page(request.app.state.settings.max_body), status_code=413)
        return Response(status_code=400)
    except Exception as exc:  # python-multipart's and Starlette's parse errors: a malformed form
        if request.scope.get(TOO_LARGE):
            return HTMLResponse(too_large_page(request.app.state.settings.max_body), status_code=413)
        return message(request, "That form could not be read", f"{type(exc).__name__}: {str(exc)[:200]}", 400)
    if not token_ok(request.cookies.get(CSRF_COOKIE), form.get(CSRF_FIELD)):
        await form.close()
        return message(request, "Refused", "This form has no valid security token (it may be from an old "
                       "page, or your browser does not keep cookies for this page). Open the page again and "
                       "send it from there.", 403)
    return form


async def home(request: Request) -> Response:
    return _home(request)


def _home(request: Request, problem: str = "", boxes: list[dict[str, Any]] | None = None,
          status: int = 200) -> HTMLResponse:
    boxes = boxes or [{"n": n, "text": "", "source": ""} for n in range(1, inputs.BOXES + 1)]
    return _page("serve_home.html", request, status, page_title="framing: compare articles", problem=problem,
                 boxes=boxes, max_articles=inputs.MAX_ARTICLES,
                 max_mb=f"{request.app.state.settings.max_body / 1_000_000:g}")


async def compare_post(request: Request) -> Response:
    form = await _form(request)
    if isinstance(form, Response):
        return form
    try:
        boxes = [(inputs.form_text(form.get(f"text_{n}")), inputs.form_text(form.get(f"source_{n}")))
                 for n in range(1, inputs.BOXES + 1)]
        uploads = [inputs.Upload(f.filename or "", await f.read()) for f in form.getlist("files")
                   if isinstance(f, UploadFile) and (f.filename or f.size)]
        carried = inputs.form_text(form.get("carried"))
        view = inputs.form_text(form.get("view")) or "comparison"
    finally:
        await form.close()
    if view not in VIEWS:
        view = "comparison"
    try:
        articles = inputs.gather(boxes, uploads, carried)
    except inputs.FormProblem as exc:
        kept = [{"n": n, "text": t, "source": s} for n, (t, s) in enumerate(boxes, 1)]
        return _home(request, str(exc), kept, 400)
    settings: Settings = request.app.state.settings
    try:
        return await run_in_threadpool(_compare_page, request, articles, view, settings)
    except FramingError as exc:
        return message(request, "No PDF", str(exc), 503)


def _compare_page(request: Request, articles: list[Any], view: str, settings: Settings) -> Response:
    comparison = compare([analyze(a) for a in articles])
    kind = view.removeprefix("pdf-")
    if kind == "lesson":
        html = render_lesson(comparison)
    elif kind in ("worksheet", "key"):
        html = render_worksheet(comparison, key=kind == "key")
    else:
        html = render_comparison(comparison)
    if view.startswith("pdf-"):
        return _pdf(html, kind, settings)
    token = request.cookies.get(CSRF_COOKIE) or ""
    pdf = find_browser() is not None
    views = [{"value": v, "label": label} for v, label in VIEWS.items()
             if v != view and (pdf or not v.startswith("pdf-"))]
    bar = environment().get_template("serve_toolbar.html").render(csrf=token, carried=inputs.carry(articles),
                                                                   views=views)
    if not pdf:
        bar = bar.replace("</nav>", "<span class=\"small muted\">PDFs need Chromium on this computer "
                          "(apt-get install chromium).</span></nav>", 1)
    html = html.replace("<main>", "<main>\n<style>" + _TOOLBAR_CSS + "</style>\n" + bar, 1)
    return HTMLResponse(html)


_TOOLBAR_CSS = (".serve-nav{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;font:.95rem system-ui,"
                "sans-serif;padding:.4rem 0 .8rem;border-bottom:1px solid #d7d7db;margin-bottom:1rem}"
                ".serve-nav form{display:inline;margin:0}.serve-nav button{font:600 .9rem system-ui,sans-serif;"
                "padding:.3rem .7rem;margin:.15rem .3rem .15rem 0;border:1px solid #174ea6;border-radius:4px;"
                "background:#fff;color:#174ea6;cursor:pointer}@media print{.serve-nav{display:none}}")


def _pdf(html: str, kind: str, settings: Settings) -> Response:
    with tempfile.TemporaryDirectory(prefix="framing-serve-pdf-", dir=settings.tmp_dir) as tmp:
        out = Path(tmp) / f"{kind}.pdf"
        write_pdf(html, out)
        data = out.read_bytes()
    return Response(data, media_type="application/pdf",
                    headers={"content-disposition": f'attachment; filename="framing-{kind}.pdf"'})


async def review_get(request: Request) -> Response:
    return _page("serve_review.html", request, page_title="framing: review a draft", problem="", draft="",
                 result=None)


async def review_post(request: Request) -> Response:
    form = await _form(request)
    if isinstance(form, Response):
        return form
    draft = inputs.form_text(form.get("draft"))
    await form.close()
    try:
        article = inputs.from_box(draft, "", 1)
        if article is None:
            raise inputs.FormProblem("Paste a draft first: the headline on the first line, then the text.")
    except inputs.FormProblem as exc:
        return _page("serve_review.html", request, 400, page_title="framing: review a draft", problem=str(exc),
                     draft=draft, result=None)
    article = dataclasses.replace(article, id="draft")
    config = request.app.state.settings.review_config
    result = await run_in_threadpool(_review, article, config)
    return _page("serve_review.html", request, page_title="framing: review of a draft", problem="", draft=draft,
                 result=result)


def _review(article: Any, config: ReviewConfig) -> dict[str, Any]:
    findings = review_profiles([analyze(article)], config)
    text = format_text(findings, draft_names([article]))
    return {"findings": findings, "text": text, "summary": text.rstrip("\n").rsplit("\n", 1)[-1]}


def create_app(settings: Settings | None = None) -> Any:
    """The ASGI application: Starlette's routes inside the :class:`Guard`."""
    settings = settings or Settings()
    routes: list[Any] = [Route("/", home), Route("/compare", compare_post, methods=["POST"]),
                         Route("/review", review_get), Route("/review", review_post, methods=["POST"])]
    if settings.store_dir is not None:
        from .browse import store_routes
        routes.append(Mount("/store", routes=store_routes(settings.store_dir)))
    app = Starlette(routes=routes)
    app.state.settings = settings
    return Guard(app, settings.max_body, set(settings.hosts))
