"""``framing serve``, run as a user runs it (a real uvicorn server in a second process on a free port
of 127.0.0.1) and driven by a headless Chromium through Playwright: paste two articles and read the
summary, upload files, review a draft, browse a batch store; a hostile article renders escaped and runs
no script; forms without the CSRF token and bodies over the limit are refused with a clear message;
axe-core finds no serious accessibility problem on the serve pages. A bounded load test (1,000
requests, 8 at a time, from another process) reports the median and 95th-percentile latency and holds
the server's memory flat.

The texts are written for these tests (no corpus text is copied).
"""
from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

ARTICLE_1 = ("Council delays vote on river plan\n\nThe city council postponed its vote on the river restoration "
             "plan on Tuesday, officials said. \"We need another month to read the engineers' report,\" said "
             "council member Ana Ruiz. Critics argue the delay could cost the city a state grant, according to a "
             "letter from the state water agency. The plan would remove two old weirs and replant the banks.\n")
ARTICLE_2 = ("River plan SHELVED as council caves to pressure\n\nIn a stunning blow, the council slammed the brakes "
             "on the river plan, a disastrous move that will surely doom the grant. Sources say members "
             "panicked. Everyone knows the plan was the city's last chance to save the dying river, and now "
             "it is gone.\n")
DRAFT = ("Mayor's budget will certainly fail\n\nExperts say the mayor's budget is a catastrophe. The plan may "
         "possibly perhaps raise taxes next year. Officials claimed the numbers were fine.\n")
XSS = [
    "<script>window.pwned = 1</script>",
    "<img src=x onerror=\"window.pwned = 2\">",
    "\"><svg onload=\"window.pwned = 3\">",
    "javascript:window.pwned=4",
    "</textarea><script>window.pwned = 5</script>",
    "{{ 7*7 }}<style>body{display:none}</style>",
]


def _skip_or_fail(why: str) -> None:
    if os.environ.get("CI"):  # in CI the browser tests are part of the suite (.ci/run installs what they need)
        pytest.fail(why, pytrace=False)
    pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, store: Path | None, cwd: Path, tmpdir: Path | None = None) -> None:
        pytest.importorskip("starlette", reason="framing serve needs the [serve] extra (Starlette, uvicorn)")
        self.port = _free_port()
        args = [sys.executable, "-m", "framing", "serve", "--port", str(self.port)] + ([str(store)] if store else [])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        if tmpdir is not None:
            env["TMPDIR"] = str(tmpdir)
        self.proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"framing serve exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            self.stop()
            raise AssertionError("framing serve did not start within 60 s")
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
                ) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            conn.close()

    def token(self) -> tuple[str, str]:
        """(cookie, form token) of a fresh visit to the start page."""
        status, headers, page = self.request("GET", "/")
        assert status == 200
        cookie = headers["set-cookie"].split(";", 1)[0]
        return cookie, re.search(rb'name="csrf" value="([^"]+)"', page).group(1).decode()


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("serve")


@pytest.fixture(scope="module")
def server(work):
    s = Server(None, work)
    yield s
    s.stop()


STORY_A = ("Council delays vote on river plan", "The city council postponed its vote on the river restoration plan, "
           "officials said. \"We need another month,\" said council member Ana Ruiz. Critics argue the delay could "
           "cost the city a state grant.")
STORY_B = ("Heatwave strains the power grid", "Record temperatures pushed demand for electricity to a new high on "
           "Monday, the grid operator said. Engineers warned that outages may follow if the heat persists, "
           "according to a statement.")
LOUD = " Panic spread as the terrifying crisis spiralled into chaos and disaster, a catastrophe that will surely get worse."


def _store_articles():
    """Twelve articles written for the tests: three sources, two stories, dates over two months, and one
    hostile article with script in every field."""
    from framing.types import Article

    out = []
    for i in range(12):
        title, text = (STORY_A, STORY_B)[i % 2]
        source = ("The Valley Times", "Daily Shout", "Metro Wire")[i % 3]
        out.append(Article(f"a{i:02d}", f"{title} ({source})", text + (LOUD if source == "Daily Shout" else ""),
                           source=source, date=f"2024-0{5 + i % 2}-{10 + i:02d}", story=("river", "heat")[i % 2]))
    vectors = " ".join(XSS)
    out.append(Article("evil" + XSS[2], "Headline " + vectors, "Officials said the plan works. " + vectors,
                       source=XSS[1], url=XSS[3], date="2024-05-01", story="river", author=XSS[4]))
    return out


def _batch_store(folder: Path) -> Path:
    """The store framing batch writes for the test articles (no static pages), in ``folder``/out."""
    from framing.corpus.batch import run_batch

    corpus = folder / "articles.jsonl"
    corpus.write_text("".join(json.dumps({"id": a.id, "title": a.title, "text": a.text, "source": a.source,
                                          "url": a.url, "date": a.date, "story": a.story, "author": a.author}) + "\n"
                              for a in _store_articles()), encoding="utf-8")
    out = folder / "out"
    run_batch([corpus], out, jobs=1, quiet=True, pages=False)
    return out


def _page_name(article_id: str) -> str:
    """An article's page name in a batch's store (its URL: /store/articles/NAME.html)."""
    from framing.corpus.batch import safe_names

    return safe_names([article_id])[0]


# the story groups of the test articles, by their story field ("heat" < "river")
HEAT, RIVER = "story-1", "story-2"


@pytest.fixture(scope="module")
def store_server(tmp_path_factory):
    folder = _batch_store(tmp_path_factory.mktemp("store"))
    s = Server(folder, folder)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _skip_or_fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("Playwright's Python package is missing (pip install 'framing[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM))
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()


def _axe(browser, url: str, method: str = "GET", setup=None) -> list[dict]:
    """Serious or critical WCAG 2.1 AA violations of a serve page (axe-core injected past the CSP)."""
    if not AXE.exists():
        _skip_or_fail(f"{AXE} is missing: run `npm ci` in the checkout")
    context = browser.new_context(viewport={"width": 1200, "height": 900}, bypass_csp=True)
    try:
        pg = context.new_page()
        pg.goto(url)
        if setup:
            setup(pg)
        pg.add_script_tag(path=str(AXE))
        result = pg.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                             WCAG_AA)
    finally:
        context.close()
    return [{"rule": v["id"], "help": v["help"], "where": [n["target"] for n in v["nodes"][:3]]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


# -- the browser: what a teacher or an editor does --------------------------------------------------------

def test_paste_two_articles_and_read_the_summary(server, page):
    page.goto(server.url + "/")
    page.fill("#text_1", ARTICLE_1)
    page.fill("#source_1", "The Valley Times")
    page.fill("#text_2", ARTICLE_2)
    page.click("button[value=comparison]")
    page.wait_for_load_state()
    summary = page.locator("section.summary").inner_text()
    assert "Largest differences" in page.content() and summary.strip()
    body = page.inner_text("body")
    assert "Council delays vote on river plan" in body and "River plan SHELVED" in body
    assert "The Valley Times" in body
    # the page's own buttons re-send the articles: the student's worksheet, then the lesson
    page.click("button[value=worksheet]")
    page.wait_for_load_state()
    assert "Council delays vote on river plan" in page.inner_text("body")
    assert page.locator("button[value=lesson]").count() == 1
    assert not page.dialogs


def test_upload_files_and_read_the_lesson(server, page, work):
    txt = work / "council.txt"
    txt.write_text(ARTICLE_1, encoding="utf-8")
    saved = work / "river.html"  # a page saved from a browser: markup, a menu, the article
    title, body = ARTICLE_2.split("\n\n", 1)
    saved.write_text(f"<!DOCTYPE html><html><head><title>{title} | The Daily Shout</title>"
                     f"<meta property=\"og:site_name\" content=\"The Daily Shout\"></head><body>"
                     f"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>{title}</h1>"
                     + "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
                     + "</article><footer>Subscribe now</footer></body></html>", encoding="utf-8")
    page.goto(server.url + "/")
    page.set_input_files("#files", [str(txt), str(saved)])
    page.click("button[value=lesson]")
    page.wait_for_load_state()
    text = page.inner_text("body")
    assert "Council delays vote on river plan" in text and "SHELVED" in text
    assert page.locator("button[value=worksheet]").count() == 1 and page.locator("button[value=key]").count() == 1


def test_one_article_is_not_enough_and_the_form_says_so(server, page):
    page.goto(server.url + "/")
    page.fill("#text_1", ARTICLE_1)
    page.click("button[value=comparison]")
    assert "at least 2 articles" in page.inner_text(".problem")
    assert page.input_value("#text_1") == ARTICLE_1  # what was pasted is still there


def test_review_a_draft_line_by_line(server, page):
    page.goto(server.url + "/review")
    page.fill("#draft", DRAFT)
    page.click("form.serve button[type=submit]")
    page.wait_for_load_state()
    heading = page.inner_text("#findings")
    assert re.search(r"\d+ errors?, \d+ warnings? and \d+ suggestions? in 1 file\.", heading), heading
    wheres = page.locator(".finding .where").all_inner_texts()
    assert wheres and all(re.match(r"Line \d+, column \d+", w) for w in wheres)
    assert any(m in ("catastrophe", "Experts say", "certainly") for m in page.locator(".finding mark").all_inner_texts())
    # the same lines as `framing review` prints
    assert "draft:" in page.locator("pre.review-text").text_content()


def test_a_hostile_article_renders_escaped_and_runs_no_script(server, page, work):
    vectors = " ".join(XSS)
    hostile = {"id": "x" + XSS[2], "title": "Headline " + vectors, "text": "Officials said the plan works. " + vectors
               + " The council agreed, said Ana Ruiz.", "source": XSS[1], "url": XSS[3], "date": XSS[0],
               "author": XSS[4], "story": XSS[5]}
    path = work / "hostile.jsonl"
    path.write_text(json.dumps(hostile) + "\n" + json.dumps({**hostile, "id": "y", "source": XSS[0]}) + "\n",
                    encoding="utf-8")
    page.goto(server.url + "/")
    page.fill("#text_1", "Title " + XSS[0] + "\n\n" + vectors + " Officials said so.")
    page.fill("#source_1", XSS[2])
    page.set_input_files("#files", str(path))
    for view in ("comparison", "lesson", "worksheet", "key"):
        if view == "comparison":
            page.click("button[value=comparison]")
        else:
            page.click(f"button[value={view}]")
        page.wait_for_load_state()
        assert page.evaluate("window.pwned") is None, view
        assert page.locator("script").count() == 0, view
        assert page.locator("img[onerror], svg[onload], [onload], [onerror]").count() == 0, view
        assert page.locator("a[href^='javascript']").count() == 0, view
        assert "<script>window.pwned = 1</script>" in page.inner_text("body"), view
    # the review shows the draft and its findings escaped too
    page.goto(server.url + "/review")
    page.fill("#draft", "Title " + vectors + "\n\nExperts say " + vectors)
    page.click("form.serve button[type=submit]")
    page.wait_for_load_state()
    assert page.evaluate("window.pwned") is None and page.locator("script").count() == 0
    assert page.input_value("#draft").startswith("Title <script>")
    assert not page.dialogs


def test_a_file_over_the_limit_gets_a_clear_message_in_the_browser(server, page, work):
    big = work / "big.txt"
    big.write_text("A long title\n\n" + "word " * 1_800_000, encoding="utf-8")  # 9 MB
    page.goto(server.url + "/")
    page.fill("#text_1", ARTICLE_1)
    page.set_input_files("#files", str(big))
    page.click("button[value=comparison]")
    page.wait_for_load_state()
    assert "That is too much text at once" in page.inner_text("h1")
    assert "8.0 MB" in page.inner_text("body")


def test_a_form_sent_without_its_token_is_refused_in_the_browser(server, page):
    page.goto(server.url + "/review")
    page.evaluate("document.querySelector('input[name=csrf]').value = 'forged'")  # a form forged elsewhere
    page.fill("#draft", DRAFT)
    page.click("form.serve button[type=submit]")
    assert "no valid security token" in page.inner_text(".problem")


def test_serve_pages_have_no_serious_accessibility_violation(server, browser):
    def paste(pg):
        pg.fill("#text_1", ARTICLE_1)
        pg.fill("#text_2", ARTICLE_2)
        pg.click("button[value=comparison]")
        pg.wait_for_load_state()

    def review(pg):
        pg.fill("#draft", DRAFT)
        pg.click("form.serve button[type=submit]")
        pg.wait_for_load_state()

    found = {"start": _axe(browser, server.url + "/"), "review": _axe(browser, server.url + "/review", setup=review),
             "comparison": _axe(browser, server.url + "/", setup=paste)}
    assert not any(found.values()), json.dumps(found, indent=1)


@pytest.mark.parametrize("path", ["/", "/review"])
def test_serve_pages_do_not_scroll_sideways_on_a_phone(server, browser, path):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        pg = context.new_page()
        pg.goto(server.url + path)
        width = pg.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert width <= 390, f"{path} is {width} px wide on a 390 px screen"


# -- the store -------------------------------------------------------------------------------------------

def test_open_a_store_search_filter_and_open_an_article_and_a_story(store_server, page):
    page.goto(store_server.url + "/")
    page.click("text=The corpus")
    assert "13 articles" in page.inner_text("h1")
    page.fill("#q", "heatwave")
    page.click("form.filters button")
    assert page.inner_text("#count").startswith("6 articles found")
    page.select_option("#source", "Daily Shout")
    page.click("form.filters button")
    assert page.inner_text("#count").startswith("2 articles found")
    titles = page.locator("tbody tr td:first-child a").all_inner_texts()
    assert titles and all("Heatwave" in t and "Daily Shout" in t for t in titles)
    # sorted by a feature, highest first: the loud outlet's articles lead the whole list
    page.goto(store_server.url + "/store/?sort=feature&order=desc&feature=alarmist")
    first = page.locator("tbody tr td:first-child a").first.inner_text()
    assert "Daily Shout" in first, first
    page.goto(store_server.url + "/store/?from=2024-06&to=2024-06")
    assert page.inner_text("#count").startswith("6 articles found")
    page.click("tbody tr td:first-child a >> nth=0")
    page.wait_for_load_state()
    assert "/store/articles/" in page.url and page.locator("#features").count() == 1
    page.goto(store_server.url + f"/store/?story={HEAT}")
    page.click("tbody tr td:nth-child(4) a >> nth=0")
    page.wait_for_load_state()
    assert f"/store/stories/{HEAT}.html" in page.url
    assert "Largest differences" in page.content() and "Heatwave" in page.inner_text("body")
    page.goto(store_server.url + "/store/")
    page.click("text=Source profiles")
    page.wait_for_load_state()
    assert "Metro Wire" in page.inner_text("body")


def test_the_store_pages_show_a_hostile_article_escaped(store_server, page):
    for path in ("/store/?q=officials", f"/store/?story={RIVER}",
                 "/store/articles/" + urllib.parse.quote(_page_name("evil" + XSS[2]), safe="") + ".html",
                 f"/store/stories/{RIVER}.html", "/store/sources.html"):
        page.goto(store_server.url + path)
        assert page.evaluate("window.pwned") is None, path
        assert page.locator("script").count() == 0, path
        assert page.locator("[onerror], [onload], a[href^='javascript']").count() == 0, path
    page.goto(store_server.url + "/store/?q=" + urllib.parse.quote('"officials" OR text:* NEAR('))
    assert page.inner_text("#count")  # FTS syntax in the box is taken as words, not as a query
    assert not page.dialogs


def test_the_store_list_answers_bad_parameters_plainly(store_server):
    for query in ("page=-3", "page=abc", "sort=rowid;drop", "feature=nope", "min=abc", "from=yesterday", "order=sideways"):
        status, _, body = store_server.request("GET", "/store/?" + query)
        assert status == 200, query
    status, _, body = store_server.request("GET", "/store/?min=abc")
    assert b"takes a number" in body
    status, _, _ = store_server.request("GET", "/store/articles/nope.html")
    assert status == 404


def test_the_whole_list_sorted_by_a_feature_reads_the_index_and_agrees_with_the_general_query(tmp_path, monkeypatch):
    from framing.serve import reader as reader_module

    monkeypatch.setattr(reader_module, "PAGE_SIZE", 4)  # pages of 4: the valued and the unvalued cross a page
    reader = reader_module.open_reader(_batch_store(tmp_path))
    for feature in ("alarmist", "sourcing.quoted_share", "readability"):
        for order in ("asc", "desc"):
            for minimum in ("", "0.5"):
                for page in range(1, 6):
                    f = reader_module.Filters(feature=feature, order=order, min=minimum, page=page)
                    fast, general = reader.search(f), reader.search(f, general=True)
                    assert (fast.n, fast.rows) == (general.n, general.rows), (feature, order, minimum, page)
    # and with filters, and sorted otherwise (the shown values then come from the stored rows)
    for q, source, story in (("heatwave", "", ""), ("", "Daily Shout", ""), ("river officials", "", RIVER),
                             ("", "", HEAT), ("", "", "")):
        for sort in ("feature", "date", "words", "title", "source"):
            for minimum in ("", "0.5"):
                for page in (1, 2, 3):
                    f = reader_module.Filters(q=q, source=source, story=story, feature="alarmist", sort=sort,
                                              min=minimum, page=page)
                    fast, general = reader.search(f), reader.search(f, general=True)
                    assert (fast.n, fast.rows) == (general.n, general.rows), (q, source, story, sort, minimum, page)
                    assert fast.n > 0 or minimum, (q, source, story)


def test_store_pages_have_no_serious_accessibility_violation(store_server, browser):
    found = {p: _axe(browser, store_server.url + p) for p in ("/store/", "/store/?q=river&source=Metro+Wire")}
    assert not any(found.values()), json.dumps(found, indent=1)


def test_a_missing_store_is_named_at_start(tmp_path):
    out = subprocess.run([sys.executable, "-m", "framing", "serve", str(tmp_path), "--port", str(_free_port())],
                         cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])})
    assert out.returncode == 1 and "no store here" in out.stderr


# -- the HTTP rules, without a browser --------------------------------------------------------------------

def _form(fields: dict[str, str]) -> bytes:
    return urllib.parse.urlencode(fields).encode()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_posts_without_the_token_or_from_another_site_are_refused(server):
    cookie, token = server.token()
    fields = {"text_1": ARTICLE_1, "text_2": ARTICLE_2}
    status, _, page = server.request("POST", "/compare", _form(fields), {**FORM, "Cookie": cookie})
    assert status == 403 and b"no valid security token" in page
    status, _, _ = server.request("POST", "/compare", _form({**fields, "csrf": token}), FORM)  # no cookie
    assert status == 403
    other, _ = server.token()
    status, _, _ = server.request("POST", "/review", _form({"draft": DRAFT, "csrf": token}), {**FORM, "Cookie": other})
    assert status == 403  # another browser's cookie
    status, _, page = server.request("POST", "/review", _form({"draft": DRAFT, "csrf": token}),
                                     {**FORM, "Cookie": cookie, "Origin": "http://evil.example"})
    assert status == 403 and b"another web site" in page
    status, _, page = server.request("POST", "/review", _form({"draft": DRAFT, "csrf": token}), {**FORM, "Cookie": cookie})
    assert status == 200 and b'id="findings"' in page


def test_the_token_cookie_is_http_only_and_same_site_strict(server):
    _, headers, _ = server.request("GET", "/")
    cookie = headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_every_page_sends_the_reports_csp_as_a_header(server):
    cookie, token = server.token()
    pages = [server.request("GET", "/"), server.request("GET", "/review"),
             server.request("POST", "/compare", _form({"text_1": ARTICLE_1, "text_2": ARTICLE_2, "csrf": token}),
                            {**FORM, "Cookie": cookie})]
    for status, headers, body in pages:
        assert status == 200
        meta = re.search(rb'http-equiv="Content-Security-Policy" content="([^"]*)"', body).group(1).decode()
        assert headers["content-security-policy"].startswith(meta.replace("&#39;", "'") + ";")
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_a_body_over_the_limit_is_refused_with_a_clear_message(server):
    cookie, token = server.token()
    big = _form({"csrf": token, "text_1": "Title\n\n" + "word " * 1_700_000, "text_2": ARTICLE_2})
    assert len(big) > 8_000_000
    status, _, page = server.request("POST", "/compare", big, {**FORM, "Cookie": cookie})
    assert status == 413 and b"too much text" in page and b"8.0 MB" in page


def test_a_streamed_body_is_cut_at_the_limit(server):
    """No Content-Length (chunked): the server counts as it reads and answers 413 past the limit."""
    cookie, token = server.token()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        def chunks():
            yield f"csrf={token}&text_1=".encode()
            for _ in range(100):
                yield b"a" * 100_000

        conn.request("POST", "/compare", body=chunks(), headers={**FORM, "Cookie": cookie},
                     encode_chunked=True)
        r = conn.getresponse()
        assert r.status == 413 and b"too much text" in r.read()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server closed the connection after its answer, before the client finished sending
    finally:
        conn.close()


def test_an_article_over_the_per_article_limit_is_named(server):
    cookie, token = server.token()
    long_text = "Title\n\n" + "A sentence of a long article. " * 7_000
    status, _, page = server.request("POST", "/compare", _form({"csrf": token, "text_1": long_text,
                                                                "text_2": ARTICLE_2}), {**FORM, "Cookie": cookie})
    assert status == 400 and b"box 1" in page and b"over the limit" in page


def test_requests_for_another_host_are_refused(server):
    status, _, _ = server.request("GET", "/", headers={"Host": "attacker.example"})
    assert status == 400


def test_the_other_commands_never_import_the_web_framework(tmp_path):
    """Starlette and uvicorn are imported by `framing serve` only: a fresh `framing analyze` pays nothing."""
    code = ("import sys\nfrom framing.cli import main\nmain(['analyze', sys.argv[1], '-o', sys.argv[2]])\n"
            "print(sorted(m for m in ('starlette', 'uvicorn', 'multipart', 'python_multipart', 'framing.serve') "
            "if m in sys.modules))")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    out = subprocess.run([sys.executable, "-c", code, str(seed), str(tmp_path / "a.txt")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def _load(server, store_paths=(), n=1000) -> dict:
    code = ("import json, sys\nfrom framing.serve.loadtest import run_load\n"
            "print(json.dumps(run_load(int(sys.argv[1]), n=int(sys.argv[2]), concurrency=8, server_pid=int(sys.argv[3]), "
            "store_paths=json.loads(sys.argv[4]), warmup=200)))")
    out = subprocess.run([sys.executable, "-c", code, str(server.port), str(n), str(server.proc.pid),
                          json.dumps(list(store_paths))], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout)


STORE_PATHS = ["/store/", "/store/?q=river&source=Metro+Wire", "/store/?sort=feature&feature=alarmist&order=desc",
               f"/store/articles/{_page_name('a01')}.html", f"/store/stories/{HEAT}.html"]


def test_a_thousand_mixed_requests_eight_at_a_time_leave_no_error_and_no_growth(store_server, record_property):
    """From a second process: the start page, reviews, comparisons, and the store's list, searches, an
    article and a story (1,000 requests after 200 of warm-up). The figures are printed (pytest -s) and
    recorded in the JUnit properties."""
    figures = _load(store_server, STORE_PATHS)
    record_property("serve_load", figures)
    print("\nframing serve load:", json.dumps({k: v for k, v in figures.items() if k != "errors"}))
    assert figures["requests"] == 1000 and not figures["errors"], figures["errors"][:10]
    growth = (figures["rss_after_kb"] - figures["rss_before_kb"]) / 1024
    assert growth < 8, f"the server grew by {growth:.1f} MB over 1,000 requests"


def test_nothing_is_written_outside_its_temporary_folder_nor_kept_after_it_stops(tmp_path):
    """The server's folder and the system's temporary folder are as empty after comparisons, a review and
    a PDF as before; while it runs its only trace is its own framing-serve-* folder."""
    home = tmp_path / "home"
    home.mkdir()
    # a short path: Chromium's sockets (in its profile folder, inside the server's) have a 108-byte limit
    tmp = Path(tempfile.mkdtemp(prefix="fs-"))
    s = Server(None, home, tmp)
    try:
        cookie, token = s.token()
        h = {**FORM, "Cookie": cookie}
        for view in ("comparison", "lesson", "key"):
            status, _, _ = s.request("POST", "/compare", _form({"csrf": token, "text_1": ARTICLE_1, "text_2": ARTICLE_2,
                                                                "view": view}), h)
            assert status == 200
        status, _, _ = s.request("POST", "/review", _form({"csrf": token, "draft": DRAFT}), h)
        assert status == 200
        if CHROMIUM.exists():
            status, headers, pdf = s.request("POST", "/compare", _form({"csrf": token, "text_1": ARTICLE_1,
                                                                        "text_2": ARTICLE_2, "view": "pdf-lesson"}), h)
            assert status == 200 and headers["content-type"] == "application/pdf" and pdf.startswith(b"%PDF")
        running = [p.name for p in tmp.iterdir()]
        assert len(running) == 1 and running[0].startswith("framing-serve-"), running
        assert not any(p for p in tmp.rglob("*") if p.is_file()), "a request left a file behind"
    finally:
        s.stop()
    try:
        assert list(home.iterdir()) == [] and list(tmp.iterdir()) == []
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
