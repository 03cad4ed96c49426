"""Pages and files as they come from the wild: saved news pages, YAML front matter, positions back
to the file.

``tests/pages/`` holds four saved news pages, written for these tests, each with the clutter of a
real one (menus, cookie banner, share buttons, "Related" and "Read more" lists, a newsletter box,
photo captions, advertisement slots, comments, footer), and beside each, as ``NAME.body.txt``, the
article it carries (title line, then the body): the words a reader of the page would call the
article. Two use the seed articles as their text.
"""
from __future__ import annotations

import datetime
import io
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.errors import InputError
from framing.ingest import iter_input, line_and_column, load_article, load_articles
from framing.types import Article, Profile

PAGES = Path(__file__).resolve().parent / "pages"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def input_error(path: Path, *fragments: str, where: str | None = None) -> InputError:
    """load_articles(path) raises one InputError of one line that starts with ``where`` (the path, or
    the path and a line) and holds every fragment."""
    with pytest.raises(InputError) as info:
        load_articles(path)
    message = str(info.value)
    assert message.startswith(f"{where or path}: "), message
    assert "\n" not in message and "\r" not in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    return info.value


def words(text: str) -> list[str]:
    return text.split()


# --------------------------------------------------------------------------- saved news pages

# page -> (title, source, url, date, author, clutter that must not reach the body)
SAVED_PAGES = {
    "harbour-courier-jsonld": (  # JSON-LD NewsArticle; its <title> is not the headline
        "Port Ellery council approves $48 million flood barrier after five-hour debate",
        "The Harbour Courier", "https://www.harbourcourier.example/news/2024/03/14/flood-barrier-vote",
        "2024-03-14", "Maria Okonkwo",
        ["We use cookies", "Accept all cookies", "Skip to main content", "Subscribe from $1 a week",
         "Weather and tides", "Share on Facebook", "Copy link", "Email this story", "High water at the mouth",
         "Photo: Jonas Pereira", "Morning Tide newsletter", "Sign me up", "Advertisement",
         "Report a correction", "Comments (37)", "Join the conversation", "View all comments",
         "Related stories", "Library closes again", "Read more", "Harriers clinch", "All rights reserved",
         "Privacy policy", "City Hall reporter", "Flood barrier approved | Local news"]),
    "vov-opengraph": (  # Open Graph tags only; the caption is a table cell, as on the seed's site
        "Russia-US confrontation, mounting concerns", "VOV World",
        "https://vovworld.example/en-US/current-affairs/russiaus-confrontation-mounting-concerns-488123.vov",
        "2016-10-21", None,
        ["uses cookies", "Got it!", "Tiếng Việt", "Listen to VOV World radio", "Advertisement",
         "Sergei Ryabkov warned", "Photo: Sputnik/VNA", "Print this page", "Font size", "Feedback",
         "Send feedback", "Others", "ASEAN summit", "Most read", "Ca tru singing", "Copyright",
         "Friday, 21/10/2016"]),
    "wordpress-post": (  # WordPress markup, Jetpack sharing and related posts, a comment form
        "With America’s focus on Las Vegas, war drums get louder", "Personal Liberty®",
        "https://personalliberty.example/americas-focus-las-vegas-war-drums-get-louder/", "2017-10-05", None,
        ["appeared first on", "The post ", "This website uses cookies", "Accept", "Free newsletters",
         "Money and markets", "Posted on", "Wire file photo", "Advertisement", "Share this:",
         "Click to share", "Related", "Kremlin warns of retaliation", "Get our free daily newsletter",
         "Subscribe now", "Previous post", "thoughts on", "freedomfan1776", "Leave a Reply",
         "Post Comment", "Recent Posts", "Terms of Service", "All rights reserved", "Tagged"]),
    "global-wire-byline": (  # no metadata tags but a canonical link: byline, dateline, <time>
        "Drought pushes Kenyan herders to sell cattle as prices fall", "globalwire.example",
        "https://www.globalwire.example/world/africa/kenya-drought-herders-sell-cattle-2022-08-09/",
        "2022-08-09", "Daniel Reyes; Priya Natarajan",
        ["By Daniel Reyes and", "Your privacy choices", "143 partners", "I accept", "Sign in",
         "Purchase licensing rights", "Save for later", "Traders and herders at the livestock market",
         "Advertisement", "Scroll to continue", "Read more", "Somalia drought", "Africa Briefing",
         "More from Global Wire", "El Niño outlook", "Cookie settings", "All quotes delayed",
         "Updated 3 hours ago", "Trust Principles"]),
}


@pytest.mark.parametrize("name", sorted(SAVED_PAGES))
class TestSavedPages:
    def test_the_body_is_the_article_within_five_percent_of_its_words(self, name):
        page = load_article(PAGES / f"{name}.html")
        article = load_article(PAGES / f"{name}.body.txt")
        got, want = len(words(page.text)), len(words(article.text))
        assert abs(got - want) <= 0.05 * want, f"{got} words extracted, the article has {want}"
        extracted = [words(p) for p in page.text.split("\n\n")]
        for paragraph in article.text.split("\n\n"):  # every paragraph, whole and in its own block
            assert words(paragraph) in extracted, paragraph[:80]

    def test_no_clutter_reaches_the_body(self, name):
        page = load_article(PAGES / f"{name}.html")
        clutter = SAVED_PAGES[name][5]
        article = load_article(PAGES / f"{name}.body.txt")
        for text in clutter:
            assert text not in article.text, f"the fixture's article itself holds {text!r}"
            assert text not in page.text, f"{text!r} reached the body"

    def test_the_metadata_comes_from_the_page(self, name):
        page = load_article(PAGES / f"{name}.html")
        title, source, url, date, author, _ = SAVED_PAGES[name]
        assert (page.title, page.source, page.url, page.date, page.author) == (title, source, url, date, author)
        assert (page.id, page.path, page.text_line, page.story) == (name, str(PAGES / f"{name}.html"), None, None)

    def test_paragraphs_are_separated_by_blank_lines(self, name):
        page = load_article(PAGES / f"{name}.html")
        paragraphs = page.text.split("\n\n")
        assert len(paragraphs) == len(load_article(PAGES / f"{name}.body.txt").text.split("\n\n")) + (
            name == "global-wire-byline")  # + the credit line, "Reporting by ...; Editing by ..."
        assert all(p and p == " ".join(p.split()) for p in paragraphs)


def test_the_wire_page_keeps_its_dateline_and_credit_line_and_not_the_byline():
    page = load_article(PAGES / "global-wire-byline.html")
    assert page.text.startswith("NAIROBI, Kenya (Global Wire) — Herders across northern Kenya")
    assert page.text.endswith("Reporting by Daniel Reyes in Isiolo and Priya Natarajan in Nairobi; "
                              "Editing by Tom Whitfield")


def test_the_headline_is_not_repeated_as_the_first_paragraph(tmp_path):
    body = "".join(f"<p>Paragraph {i} of the story says something about the harbour and its gates.</p>"
                   for i in range(8))
    html = (f"<html><head><title>Gates | Courier</title></head><body><article><h1>Gates open early</h1>"
            f"{body}</article></body></html>")
    page = load_article(write(tmp_path, "p.html", html))
    assert page.title == "Gates open early"
    assert page.text.startswith("Paragraph 0 of the story")


def test_a_tiny_page_is_read_without_clutter_from_head_or_scripts(tmp_path):
    html = ("<html><head><title>T | Site</title><script>var x = 1;</script></head>"
            "<body><h1>Small news</h1><p>One short paragraph.</p><p>Another one.</p></body></html>")
    page = load_article(write(tmp_path, "tiny.html", html))
    assert (page.title, page.text) == ("Small news", "One short paragraph.\n\nAnother one.")


def test_when_trafilatura_finds_no_text_the_block_collector_reads_the_page(tmp_path):
    html = ("<html><head><meta property='og:site_name' content='The Site'><title>Head</title></head>"
            "<body><div>First block.</div><div>Second block.</div></body></html>")
    path = write(tmp_path, "p.html", html)
    with mock.patch("trafilatura.bare_extraction", return_value=None):
        page = load_article(path)
    assert (page.title, page.text, page.source) == ("Head", "First block.\n\nSecond block.", "The Site")


@pytest.mark.parametrize("failure", [ValueError("bad"), RuntimeError("boom"), RecursionError(), MemoryError(),
                                     TypeError("x"), KeyError("y"), AssertionError()])
def test_a_failure_inside_trafilatura_falls_back_to_the_block_collector(tmp_path, failure):
    path = write(tmp_path, "p.html", "<h1>Head</h1><p>Body text.</p>")
    with mock.patch("trafilatura.bare_extraction", side_effect=failure):
        page = load_article(path)
        assert (page.title, page.text, page.source) == ("Head", "Body text.", None)
        empty = write(tmp_path, "empty.html", "<html><body><script>x()</script></body></html>")
        input_error(empty, "HTML page has no body text")


def test_a_page_with_an_xml_declaration_keeps_its_non_ascii_text(tmp_path):
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            '<meta charset="iso-8859-1"><title>Café crème</title></head><body><h1>Café crème</h1>'
            '<p>Über naïve façades — “quoted” text, and more of it for the extractor.</p></body></html>')
    page = load_article(write(tmp_path, "x.html", html))
    assert page.title == "Café crème"
    assert "Über naïve façades — “quoted” text" in page.text


def test_references_to_nul_and_surrogates_become_valid_text(tmp_path):
    html = "<html><head><title>T&#0;x</title></head><body><h1>T&#xD800;itle</h1><p>a&#0;b &#xDC00; c</p></body></html>"
    page = load_article(write(tmp_path, "ref.html", html))
    for value in (page.title, page.text):
        value.encode("utf-8")
        assert "\x00" not in value


tags = st.sampled_from(["p", "div", "article", "main", "nav", "footer", "header", "h1", "h2", "span", "a",
                        "ul", "li", "table", "tr", "td", "figure", "figcaption", "blockquote", "br", "script",
                        "style", "aside", "section", "time", "b", "pre", "code", "title", "head", "body"])
attributes = st.sampled_from(['', ' class="byline"', ' class="caption"', ' class="entry-content"',
                              ' class="comments"', ' property="og:title" content="x"', ' datetime="2020-02-30"',
                              ' rel="author"', ' id="main"', ' type="application/ld+json"'])
texts = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)


@st.composite
def tag_soup(draw) -> str:
    """HTML made of nested, unclosed and stray tags, attributes that mean something to extractors, and
    arbitrary text (JSON-LD scripts included)."""
    out = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            out.append(f"<{draw(tags)}{draw(attributes)}>")
        elif kind == 1:
            out.append(f"</{draw(tags)}>")
        elif kind == 2:
            out.append(draw(texts))
        else:
            out.append('<script type="application/ld+json">' + draw(st.sampled_from(
                ['{"@type": "NewsArticle", "headline": ', '{"author": [', '[{"@type": "Person", "name": 1}]',
                 '{"@graph": [{"@type": "NewsArticle", "datePublished": "x"}]}'])) + draw(texts) + "</script>")
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=tag_soup())
def test_any_tag_soup_loads_or_is_one_line_error(html):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "soup.html", html)
        for item in iter_input(path):
            if isinstance(item, InputError):
                assert str(item).startswith(f"{path}: ") and "\n" not in str(item)
            else:
                assert item.title and item.text.strip()
                for value in (item.title, item.text, item.source, item.url, item.date, item.author):
                    assert value is None or (value.encode("utf-8") and "\x00" not in value)


def test_reading_plain_text_imports_neither_trafilatura_nor_yaml(tmp_path):
    page = write(tmp_path, "p.html", "<h1>T</h1><p>Body.</p>")
    code = ("import sys, framing\n"
            f"framing.load_article({str(PAGES / 'vov-opengraph.body.txt')!r})\n"
            "print('trafilatura' in sys.modules, 'yaml' in sys.modules, 'lxml' in sys.modules)\n"
            f"framing.load_article({str(page)!r})\n"
            "print('trafilatura' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False", "False", "True"]


# --------------------------------------------------------------------------- YAML front matter

FRONT = """---
title: "Council approves: the barrier"
source: The Harbour Courier
url: https://www.harbourcourier.example/news/flood-barrier
date: 2024-03-14
author: Maria Okonkwo
id: harbour-0042
story: flood-barrier
tags: [flooding, council]
layout: post
---

# A heading in the body

The council voted on Wednesday.
"""


class TestFrontMatter:
    def test_front_matter_fills_the_fields_and_the_text_follows_it(self, tmp_path):
        a = load_article(write(tmp_path, "post.md", FRONT))
        assert a == Article(id="harbour-0042", title="Council approves: the barrier",
                            text="# A heading in the body\n\nThe council voted on Wednesday.",
                            source="The Harbour Courier", url="https://www.harbourcourier.example/news/flood-barrier",
                            date="2024-03-14", path=str(tmp_path / "post.md"), story="flood-barrier",
                            author="Maria Okonkwo", text_line=13)

    def test_without_a_title_key_the_first_line_after_it_is_the_title(self, tmp_path):
        a = load_article(write(tmp_path, "t.md", "---\nauthor: A. Writer\n---\n\n## The headline\n\nBody.\n"))
        assert (a.title, a.text, a.author, a.id, a.text_line) == ("The headline", "Body.", "A. Writer", "t", 7)

    def test_a_txt_file_with_front_matter_no_longer_gets_the_title_dashes(self, tmp_path):
        a = load_article(write(tmp_path, "t.txt", "---\nsource: Wire\n---\nHeadline\nBody line.\n"))
        assert (a.title, a.text, a.source) == ("Headline", "Body line.", "Wire")

    def test_a_date_with_a_time_is_kept_as_its_day_and_a_string_date_as_written(self, tmp_path):
        a = load_article(write(tmp_path, "a.md", "---\ndate: 2024-03-14 21:40:00\n---\nT\nB\n"))
        b = load_article(write(tmp_path, "b.md", "---\ndate: March 14, 2024\n---\nT\nB\n"))
        assert (a.date, b.date) == ("2024-03-14", "March 14, 2024")

    def test_empty_and_null_values_and_unknown_keys_are_as_if_absent(self, tmp_path):
        a = load_article(write(tmp_path, "n.md", "---\nauthor:\nsource: null\nid: ''\nweird: {a: 1}\n"
                                                 "# only a comment\n---\nT\nB\n"))
        assert (a.author, a.source, a.id, a.title) == (None, None, "n", "T")

    def test_empty_front_matter_and_dots_as_the_closing_line(self, tmp_path):
        a = load_article(write(tmp_path, "e.md", "---\n---\nT\nB\n"))
        b = load_article(write(tmp_path, "d.md", "---\ntitle: Dotted\n...\nB\n"))
        assert (a.title, a.text, b.title, b.text) == ("T", "B", "Dotted", "B")

    @pytest.mark.parametrize("yaml_text, line, fragment", [
        ("title: [unclosed\n", 2, "invalid YAML"),
        ("title: x\n  bad: indent\n", 3, "invalid YAML"),
        ("title: 'x'\nsource: \"a\n", 3, "invalid YAML"),
        ("- a list\n- not a mapping\n", 2, "must be a mapping"),
        ("just a string\n", 2, "must be a mapping"),
        ("title: x\nid: 0042\n", 3, "'id' must be a string, not a number"),
        ("title: yes\n", 2, "'title' must be a string, not a boolean"),
        ("source: S\nauthor: [A, B]\n", 3, "'author' must be a string, not a list"),
        ("url: {a: 1}\n", 2, "'url' must be a string, not a mapping"),
        ("date: 2024\n", 2, "'date' must be a string, not a number"),
        ('source: x\ntitle: "a\\0b"\n', 3, "contains NUL characters"),
        ('title: "\\ud83d"\n', 2, "lone surrogate"),
    ])
    def test_bad_front_matter_is_one_line_naming_the_file_and_the_line(self, tmp_path, yaml_text, line, fragment):
        path = write(tmp_path, "bad.md", f"---\n{yaml_text}---\nTitle\nBody.\n")
        input_error(path, fragment, where=f"{path} line {line}")

    def test_a_date_that_does_not_exist_is_an_error_naming_the_file(self, tmp_path):
        path = write(tmp_path, "d.md", "---\ndate: 2024-13-45\n---\nT\nB\n")
        input_error(path, "invalid YAML")

    def test_front_matter_never_closed_is_an_error_at_line_1(self, tmp_path):
        path = write(tmp_path, "open.md", "---\ntitle: T\nBody without the closing line.\n")
        input_error(path, "no line '---' closes it", where=f"{path} line 1")

    def test_front_matter_and_nothing_after_it_is_an_error(self, tmp_path):
        input_error(write(tmp_path, "a.md", "---\nauthor: X Y\n---\n\n  \n"), "no text after its front matter")
        input_error(write(tmp_path, "b.md", "---\ntitle: T\n---\n\n"), "no body text after its front matter")

    def test_yaml_tags_that_build_objects_are_refused(self, tmp_path):
        path = write(tmp_path, "evil.md", "---\ntitle: !!python/object/apply:os.system ['true']\n---\nT\nB\n")
        input_error(path, "invalid YAML", where=f"{path} line 2")


# --------------------------------------------------------------------------- positions back to the file

class TestLineAndColumn:
    def test_front_matter_blank_lines_and_crlf_map_to_the_file(self, tmp_path):
        raw = ("---\r\ntitle: The title\r\nauthor: Someone Else\r\n---\r\n\r\n\r\n"
               "First line of the body.\r\n\r\n  Second paragraph with WORD in it.\r\n")
        path = write(tmp_path, "crlf.md", raw)
        a = load_article(path)
        assert a.text_line == 7
        offset = a.text.index("WORD")
        line, column = line_and_column(a, offset)
        assert (line, column) == (9, 25)
        assert raw.split("\r\n")[line - 1][column - 1:].startswith("WORD")
        assert line_and_column(a, 0) == (7, 1)
        assert line_and_column(a, len(a.text)) == (9, len("  Second paragraph with WORD in it.") + 1)

    def test_the_title_line_and_leading_blank_lines_are_counted(self, tmp_path):
        a = load_article(write(tmp_path, "t.txt", "\n\n  Title  \n\n\nBody starts here.\nSecond line.\n"))
        assert a.text_line == 6
        assert line_and_column(a, a.text.index("Second")) == (7, 1)

    def test_articles_whose_text_is_not_the_files_lines_have_no_position(self, tmp_path):
        page = load_article(PAGES / "vov-opengraph.html")
        record = load_article(write(tmp_path, "r.json", '{"title": "T", "text": "Body."}'))
        assert page.text_line is None and record.text_line is None
        assert line_and_column(page, 0) is None and line_and_column(record, 3) is None

    @pytest.mark.parametrize("offset", [-1, 11, 2.0, True])
    def test_an_offset_outside_the_text_is_a_value_error(self, offset):
        with pytest.raises(ValueError):
            line_and_column(Article(id="x", title="T", text="0123456789", text_line=2), offset)

    @settings(max_examples=200, deadline=None)
    @given(lines=st.lists(st.text(st.sampled_from("ab \té“"), max_size=6), min_size=1, max_size=12),
           endings=st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=12, max_size=12),
           front=st.booleans(), markdown=st.booleans())
    def test_every_character_of_the_text_is_at_its_line_and_column_in_the_file(self, lines, endings, front,
                                                                               markdown):
        head = ["---", "source: S", "---"] if front else []
        all_lines = head + ["Title"] + lines + ["last"]
        raw = "".join(line + endings[i % len(endings)] for i, line in enumerate(all_lines))
        with tempfile.TemporaryDirectory() as folder:
            a = load_article(write(Path(folder), "f.md" if markdown else "f.txt", raw))
        file_lines = raw.splitlines()
        for offset, char in enumerate(a.text):
            if char != "\n":
                line, column = line_and_column(a, offset)
                assert file_lines[line - 1][column - 1] == char


# --------------------------------------------------------------------------- the author in the output

def test_the_author_is_written_to_json_only_when_known_and_read_back():
    plain = Profile(Article(id="a", title="T", text="B"), {})
    known = Profile(Article(id="a", title="T", text="B", author="Maria Okonkwo"), {})
    assert "author" not in plain.to_dict()
    assert known.to_dict()["author"] == "Maria Okonkwo"
    assert Profile.from_dict(known.to_dict()).article.author == "Maria Okonkwo"
    assert "author" not in known.to_row()  # the table columns stay as they are


def test_stdin_text_has_a_text_line_too():
    [a] = load_articles("-", stdin=io.BytesIO(b"---\ntitle: From stdin\n---\nBody.\n"))
    assert (a.title, a.text, a.text_line) == ("From stdin", "Body.", 4)


def test_a_date_object_never_leaks_into_the_article(tmp_path):
    a = load_article(write(tmp_path, "d.md", "---\ndate: 2020-02-29\n---\nT\nB\n"))
    assert isinstance(a.date, str) and datetime.date.fromisoformat(a.date) == datetime.date(2020, 2, 29)
