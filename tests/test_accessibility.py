"""Every kind of page framing writes, opened in a real browser: WCAG 2.1 AA by axe-core, no sideways
scrolling on a phone, and screenshots for a person to look at.

The browser is a headless Chromium (Debian's ``chromium``; Playwright's Python package drives it, no
browser is downloaded); axe-core is the npm package (``npm ci`` puts it in ``node_modules``), injected
into each page as it is. `.ci/run` installs both. The pages are made from the seeds and from real
articles of the AllSides dev slice (clutter included), by the same commands a user runs.

Screenshots of every page at 1400 and 390 px are written to ``reports/out/screenshots/`` (the whole
page; ``*-top.png``, the first three phone screens at 390 px).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPORA, ROOT, SEEDS
from framing.cli import main

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "reports" / "out" / "screenshots"
ALLSIDES = CORPORA / "allsides" / "articles.dev.jsonl"
WIDE, PHONE = 1400, 390
PHONE_SCREEN = 844  # a 390 x 844 phone
# axe-core's rule tags for WCAG 2.0 and 2.1, levels A and AA
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _need(path: Path, how: str) -> None:
    if not path.exists():  # not a skip: the browser tests are part of the suite (`.ci/run` installs both)
        pytest.fail(f"{path} is missing: {how}", pytrace=False)


@pytest.fixture(scope="module")
def browser():
    _need(CHROMIUM, "install Debian's chromium (apt-get install chromium)")
    _need(AXE, "run `npm ci` in the checkout (axe-core from package.json)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM))
        yield b
        b.close()


def _allsides_slice(folder: Path, n: int) -> Path:
    """The first ``n`` AllSides dev articles and three pairs read as "same story"
    (judgments/same-story-pairs.jsonl), as a JSONL file: real pages' text, clutter included."""
    _need(ALLSIDES, "../shared/corpora is beside the checkout in CI")
    pairs = [json.loads(line) for line in (ROOT / "judgments" / "same-story-pairs.jsonl").open(encoding="utf-8")]
    same = [p for p in pairs[1:] if p["verdict"] == "same story"][:3]
    wanted = {p[k] for p in same for k in ("a", "b")}
    with ALLSIDES.open(encoding="utf-8") as f:
        lines = [line for i, line in enumerate(f) if i < n or json.loads(line)["id"] in wanted]
    path = folder / "allsides.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """One page of each kind framing writes, made by its commands."""
    folder = tmp_path_factory.mktemp("pages")
    made: dict[str, Path] = {}
    seeds = [str(s) for s in sorted(SEEDS.glob("*.txt"))]
    assert main(["compare", *seeds, "-o", str(folder / "compare.html")]) == 0
    made["comparison"] = folder / "compare.html"
    assert main(["compare", *seeds, "-o", str(folder / "lesson.html"), "--lesson", "--worksheet"]) == 0
    made["lesson"] = folder / "lesson.html"
    made["worksheet"] = folder / "lesson-worksheet.html"
    made["key"] = folder / "lesson-key.html"
    corpus = _allsides_slice(folder, 40)
    assert main(["batch", str(corpus), "--out", str(folder / "batch"), "--quiet", "--jobs", "1"]) == 0
    made["index"] = folder / "batch" / "index.html"
    made["article"] = sorted((folder / "batch").glob("articles/*.html"))[0]
    stories = sorted((folder / "batch").glob("stories/*.html"))
    if stories:
        made["story"] = stories[0]
    assert main(["sources", str(corpus), "--out", str(folder / "sources"), "--quiet", "--jobs", "1"]) == 0
    made["sources"] = folder / "sources" / "sources.html"
    for kind, path in made.items():
        assert path.is_file(), (kind, path)
    return made


def _open(browser, path: Path, width: int):
    # the pages forbid every script by their Content-Security-Policy; axe-core is injected past it
    context = browser.new_context(viewport={"width": width, "height": PHONE_SCREEN if width == PHONE else 900},
                                  bypass_csp=True)
    page = context.new_page()
    page.goto(path.resolve().as_uri())
    return context, page


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})""", WCAG_AA)
    return result["violations"]


def _shoot(page, name: str, width: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    if width == PHONE:
        page.screenshot(path=str(SHOTS / f"{name}-{width}-top.png"),
                        clip={"x": 0, "y": 0, "width": PHONE, "height": 3 * PHONE_SCREEN}, full_page=True)


KINDS = ["comparison", "lesson", "worksheet", "key", "index", "article", "story", "sources"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_kind_has_no_serious_accessibility_violation(browser, pages, kind):
    if kind not in pages:
        pytest.fail(f"the batch of the AllSides slice wrote no {kind} page", pytrace=False)
    for width in (WIDE, PHONE):
        context, page = _open(browser, pages[kind], width)
        try:
            violations = _axe(page)
            _shoot(page, kind, width)
        finally:
            context.close()
        serious = [{"rule": v["id"], "impact": v["impact"], "help": v["help"],
                    "where": [n["target"] for n in v["nodes"][:3]]}
                   for v in violations if v["impact"] in ("serious", "critical")]
        assert not serious, json.dumps(serious, indent=1)


@pytest.mark.parametrize("kind", KINDS)
def test_no_page_scrolls_sideways_on_a_phone(browser, pages, kind):
    context, page = _open(browser, pages[kind], PHONE)
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert width <= PHONE, f"{kind}: the page is {width} px wide on a {PHONE} px screen"


def test_axe_finds_a_violation_it_should(browser, tmp_path):
    """The harness itself: a page with an image without alt text and grey-on-grey text fails."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>'
                   '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
                   '<p style="color:#bbb;background:#ccc">faint</p></main></body></html>', encoding="utf-8")
    context, page = _open(browser, bad, WIDE)
    try:
        found = {v["id"] for v in _axe(page)}
    finally:
        context.close()
    assert {"image-alt", "color-contrast"} <= found


@pytest.mark.parametrize("kind", ["comparison", "sources"])
def test_charts_are_drawn_for_the_phone_not_shrunk(browser, pages, kind):
    """At 390 px the chart shown is the narrow one, drawn at (nearly) its own size: its 12 px text stays
    readable (the wide chart scaled into a phone's column would print it at about 7 px)."""
    context, page = _open(browser, pages[kind], PHONE)
    try:
        scales = page.evaluate("""() => Array.from(document.querySelectorAll('svg.chart'))
            .filter(s => s.getBoundingClientRect().width > 0)
            .map(s => s.getBoundingClientRect().width / s.viewBox.baseVal.width)""")
    finally:
        context.close()
    assert scales and min(scales) >= 0.95, scales
