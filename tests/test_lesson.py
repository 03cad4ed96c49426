"""The teacher's lesson, the student's worksheet and the answer key (`framing compare --lesson
--worksheet --pdf`): what they show, that it rests on the texts, and that it works in a browser and on
paper."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

import framing
from conftest import ROOT, SEEDS
from framing.cli import main
from framing.compare import compare
from framing.explanations import BY_KEY, EXPLANATIONS, ROW_EXPLANATION
from framing.render.lesson_page import build_lesson_view, glossary_view, render_lesson, render_worksheet
from framing.types import Article

CHROMIUM = Path("/usr/bin/chromium")
SEED_FILES = [str(p) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def seeds_comparison(vov, pl):
    return compare([vov, pl])


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.marks_in_texts = 0
        self._in_body = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag == "div" and a.get("class") == "body":
            self._in_body += 1
        elif self._in_body and tag == "div":
            self._in_body += 1
        if self._in_body and tag == "mark" and "hl" in (a.get("class") or "").split():
            self.marks_in_texts += 1

    def handle_endtag(self, tag):
        if tag == "div" and self._in_body:
            self._in_body -= 1


def _parse(html: str) -> _Anchors:
    p = _Anchors()
    p.feed(html)
    return p


def test_every_comparison_row_and_layer_has_a_plain_explanation_with_a_signal_or_a_reason(seeds_comparison):
    for r in seeds_comparison.rows:
        assert (r.feature, r.measure) in ROW_EXPLANATION, (r.feature, r.measure)
    for e in EXPLANATIONS:
        assert e.what and e.why and e.caveat, e.key
        # a named signal, or the explanation says it is none
        assert e.signals or "not a credibility signal" in e.caveat.lower(), e.key
        for who, name in e.signals:
            assert who in ("Trust Project indicator", "NewsGuard criterion") and name


def test_every_link_of_the_lesson_reaches_an_anchor_and_every_label_links_to_its_explanation(seeds_comparison):
    html = render_lesson(seeds_comparison)
    page = _parse(html)
    missing = [link for link in page.links if link not in page.ids]
    assert not missing, missing
    for r in seeds_comparison.rows:
        key = ROW_EXPLANATION[(r.feature, r.measure)]
        assert f'href="#explain-{key}">{escape(r.label)}</a>' in html, r.label
    assert "#explain-headlines" in html and "#explain-choices" in html and "#explain-sourcing" in html


def test_the_lesson_puts_headlines_choices_and_questions_before_the_texts_and_the_numbers_after(seeds_comparison):
    html = render_lesson(seeds_comparison)
    order = [html.index(marker) for marker in ('id="choices-title"', 'id="questions"', 'id="texts"',
                                               'id="numbers"', 'id="glossary"')]
    assert order == sorted(order)


def test_glossary_examples_are_spans_of_these_articles_in_the_writers_own_voice(seeds_comparison):
    profiles = seeds_comparison.profiles
    glossary = glossary_view(seeds_comparison)
    examples = [g for g in glossary if g["example"]]
    assert len(examples) >= 8  # the seeds have hedges, alarm, loaded words, predictions, quotes, sources ...
    for g in examples:
        ex = g["example"]
        label, field, span = re.fullmatch(r"([A-Z]), (headline|text) (\d+–\d+)", ex["where"]).groups()
        start, end = map(int, span.split("–"))
        article = profiles[seeds_comparison.labels.index(label)].article
        source = article.title if field == "headline" else article.text
        assert " ".join(source[start:end].split()) == ex["span"]
    by_key = {g["key"]: g for g in glossary}
    # read in the seeds: VOV's "It's war" style alarm is absent, Personal Liberty's "hanging by a thread" is there
    assert by_key["alarmist"]["example"]["label"] == "B"
    assert by_key["readability"]["figures"].startswith("In this lesson: A reads at grade ")


def test_the_worksheet_has_unmarked_texts_every_question_and_room_to_answer(seeds_comparison):
    sheet = render_worksheet(seeds_comparison)
    key = render_worksheet(seeds_comparison, key=True)
    questions = seeds_comparison.questions
    assert questions
    assert _parse(sheet).marks_in_texts == 0
    assert _parse(key).marks_in_texts > 0
    assert sheet.count('class="answer"') == len(questions) + 1  # one per question, one for the student's own
    assert key.count("Where to look:") == len(questions)
    for q in questions:
        assert str(escape(q.text)) in sheet and str(escape(q.text)) in key
    # the key points at each question's evidence by its place in the article
    for q in questions:
        for e in q.evidence:
            assert f"{e.start}–{e.end}" in key


def test_article_text_is_escaped_on_every_teacher_page():
    hostile = Article("x", "<script>alert(1)</script> Officials warn", "<img src=x onerror=alert(1)> Officials "
                      "said the storm may hit on Monday. \"It's war,\" he said.", source="<b>Evil</b>")
    calm = Article("y", "Storm due Monday", "Officials said the storm could reach the coast on Monday.")
    c = compare([framing.analyze(hostile), framing.analyze(calm)])
    for html in (render_lesson(c), render_worksheet(c), render_worksheet(c, key=True)):
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Evil" not in html
        assert "&lt;script&gt;" in html


def test_compare_writes_the_lesson_worksheet_and_key(tmp_path):
    out = tmp_path / "lesson.html"
    assert main(["compare", *SEED_FILES, "-o", str(out), "--lesson", "--worksheet"]) == 0
    assert "Lesson: how do these 2 articles" in out.read_text(encoding="utf-8")
    assert "Worksheet:" in (tmp_path / "lesson-worksheet.html").read_text(encoding="utf-8")
    assert "Answer key:" in (tmp_path / "lesson-key.html").read_text(encoding="utf-8")


def test_pdf_without_a_browser_is_one_clear_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FRAMING_CHROMIUM", str(tmp_path / "no-such-browser"))
    code = main(["compare", *SEED_FILES, "-o", str(tmp_path / "l.html"), "--lesson", "--pdf"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and "Traceback" not in "\n".join(err)
    assert "needs a headless Chromium" in err[-1] and (tmp_path / "l.html").is_file()


def test_worksheet_and_pdf_refuse_standard_output(capsys):
    assert main(["compare", *SEED_FILES, "-o", "-", "--worksheet"]) != 0
    assert "give -o a file name" in capsys.readouterr().err


def _pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_seeds_lesson_prints_in_at_most_four_pages(tmp_path, paper):
    assert CHROMIUM.exists(), "install Debian's chromium (apt-get install chromium)"
    out = tmp_path / "lesson.html"
    assert main(["compare", *SEED_FILES, "-o", str(out), "--lesson", "--worksheet", "--pdf", "--paper", paper]) == 0
    pages = _pdf_pages(tmp_path / "lesson.pdf")
    assert 2 <= pages <= 4, pages
    for name in ("lesson-worksheet.pdf", "lesson-key.pdf"):
        assert _pdf_pages(tmp_path / name) >= 1
    shots = ROOT / "reports" / "out" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    (shots / f"lesson-{paper}.pdf").write_bytes((tmp_path / "lesson.pdf").read_bytes())


def test_one_layer_at_a_time_by_keyboard_without_script(tmp_path):
    assert CHROMIUM.exists(), "install Debian's chromium (apt-get install chromium)"
    from playwright.sync_api import sync_playwright

    out = tmp_path / "lesson.html"
    assert main(["compare", *SEED_FILES, "-o", str(out), "--lesson"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and "script-src" not in html  # no script may run on the page
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(out.resolve().as_uri())
        styled = "(sel) => getComputedStyle(document.querySelector('.texts ' + sel)).backgroundColor"
        plain = "rgba(0, 0, 0, 0)"
        assert page.evaluate(styled, ".hl-alarmist") != plain and page.evaluate(styled, ".hl-hedging") != plain
        page.focus("#show-all")
        page.keyboard.press("ArrowRight")  # the next radio button: hedging
        assert page.evaluate("document.querySelector('#show-hedging').checked")
        assert page.evaluate(styled, ".hl-hedging") != plain
        assert page.evaluate(styled, ".hl-alarmist") == plain
        assert page.is_visible("#about-hedging") and not page.is_visible("#about-alarmist")
        page.click("label[for=show-none]")
        assert page.evaluate(styled, ".hl-hedging") == plain
        # a highlight explains itself on keyboard focus (and on tap, which focuses it)
        page.click("label[for=show-all]")
        page.focus(".texts .hl-alarmist")
        tip = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
        assert "Alarmist" in tip
        browser.close()


def test_lesson_view_counts_match_the_comparison(seeds_comparison):
    view = build_lesson_view(seeds_comparison)
    assert [r["label"] for r in view["rows"]] == [r.label for r in seeds_comparison.rows]
    assert {g["key"] for g in view["glossary"]} == set(BY_KEY)
