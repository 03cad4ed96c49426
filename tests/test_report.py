"""The comparison report: gold file, self-containment, escaping, structure.

Refresh the gold file after an intended change with
``FRAMING_REFRESH_GOLD=1 .venv/bin/python -m pytest tests/test_report.py`` and
review the diff before committing it.
"""
from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import framing
from framing.render import environment, template_dir
from framing.types import Article

from conftest import PL, VOV

GOLD = Path(__file__).parent / "gold" / "seeds.html"
PAYLOADS = ('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)")


class Collector(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    return c


@pytest.fixture(scope="module")
def seeds_html() -> str:
    profiles = [framing.analyze(framing.load_article(p)) for p in (VOV, PL)]
    return framing.render_comparison(framing.compare(profiles))


def test_gold_file(seeds_html):
    if os.environ.get("FRAMING_REFRESH_GOLD"):
        GOLD.parent.mkdir(exist_ok=True)
        GOLD.write_text(seeds_html, encoding="utf-8")
    assert seeds_html == GOLD.read_text(encoding="utf-8"), \
        "report changed: review it, then refresh with FRAMING_REFRESH_GOLD=1"


def test_same_input_gives_identical_output(seeds_html):
    profiles = [framing.analyze(framing.load_article(p)) for p in (VOV, PL)]
    assert framing.render_comparison(framing.compare(profiles)) == seeds_html


def test_self_contained(seeds_html):
    doc = parse(seeds_html)
    names = [t for t, _ in doc.tags]
    assert "script" not in names and "link" not in names and "iframe" not in names and "img" not in names
    for tag, attrs in doc.tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            assert value is None or not value.startswith(("http:", "https:", "//")), (tag, attrs)
    assert "<style>" in seeds_html
    assert "Content-Security-Policy" in seeds_html and "default-src 'none'" in seeds_html
    assert not re.search(r"url\((?!#)", seeds_html)  # CSS fetches nothing (only SVG pattern fills)


def test_report_sections(seeds_html):
    for anchor in ("features", "profile", "texts", "sources", "vocabulary"):
        assert f'id="{anchor}"' in seeds_html
    assert "<svg" in seeds_html
    text = "".join(parse(seeds_html).text)
    assert "Russia-US confrontation, mounting concerns" in text
    assert "With America’s focus on Las Vegas, war drums get louder" in text
    assert "B uses" in text and "per 1,000 words" in text


def test_every_layer_is_highlighted_with_rule_tips(seeds_html):
    doc = parse(seeds_html)
    marks = [a for t, a in doc.tags if t == "mark" and "hl" in (a.get("class") or "").split()]
    layers = {c for a in marks for c in (a["class"] or "").split() if c.startswith("hl-")}
    assert layers == {"hl-hedging", "hl-boosters", "hl-alarmist", "hl-loaded", "hl-attribution", "hl-quote",
                      "hl-speculation"}
    in_text = [a for a in marks if a.get("data-tip")]
    assert in_text and all(a.get("tabindex") == "0" and a.get("title") for a in in_text)
    assert any("alarmist: it's war [war]" in a["data-tip"] for a in in_text)


def test_layers_differ_without_colour():
    """Each layer has its own line style, so a grayscale print tells them apart."""
    css = (template_dir() / "parts" / "base.css").read_text(encoding="utf-8")
    styles = {}
    for layer in ("hedging", "boosters", "alarmist", "loaded", "attribution", "quote", "speculation"):
        rule = re.search(r"\.hl-%s \{([^}]*)\}" % layer, css).group(1)
        styles[layer] = re.sub(r"#[0-9a-f]{3,6}|background:[^;]+;", "", rule).strip()
    assert len(set(styles.values())) == len(styles), styles


def test_narrow_screens_and_print_stack_the_columns():
    css = (template_dir() / "parts" / "base.css").read_text(encoding="utf-8")
    assert ".texts { display: grid; grid-template-columns: 1fr;" in css
    assert "@media (min-width: 900px)" in css
    assert re.search(r"@media print \{[^@]*grid-template-columns: 1fr", css)


def test_untrusted_text_is_escaped():
    evil = " ".join(PAYLOADS)
    articles = [
        Article(id="x", title=f"Title {evil}", text=f"Body {evil}. The minister may resign, officials said.",
                source=f"Source {evil}", url="javascript:alert(1)"),
        Article(id="y", title="Plain", text="Officials said the talks were likely to fail. It's war.",
                source="\"><img src=x onerror=alert(1)>", url="https://example.org/a?b=1&c=<2>"),
    ]
    html = framing.render_comparison(framing.compare([framing.analyze(a) for a in articles]))
    doc = parse(html)
    names = [t for t, _ in doc.tags]
    assert "script" not in names and "img" not in names
    for tag, attrs in doc.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert not (attrs.get("href") or "").lower().startswith("javascript"), (tag, attrs)
        assert not (attrs.get("src") or "")
    text = "".join(doc.text)
    for payload in PAYLOADS:  # shown to the reader as text, intact
        assert payload in text
    assert '<a href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in html


def test_templates_never_mark_data_safe():
    env = environment()
    assert env.autoescape is True
    for path in template_dir().glob("*.html"):
        assert "|safe" not in path.read_text(encoding="utf-8").replace(" ", ""), path
        assert "autoescape false" not in path.read_text(encoding="utf-8"), path


def test_three_articles():
    articles = [framing.load_article(VOV), framing.load_article(PL),
                Article(id="c", title="Third", text="Officials said the talks may fail. Experts disagree.")]
    c = framing.compare([framing.analyze(a) for a in articles])
    html = framing.render_comparison(c)
    assert c.labels == ("A", "B", "C")
    assert html.count('class="col a2"') >= 1
    assert "A–C" in html and "B–C" in html


def test_compare_needs_two():
    with pytest.raises(framing.UsageError, match="at least 2"):
        framing.compare([framing.analyze(framing.load_article(VOV))])
