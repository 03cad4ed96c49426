"""The highlighted text and the evidence entries, built as HTML in Python, escape every piece of article
text and keep the text whole: stripping the tags and unescaping gives the text back."""
from __future__ import annotations

import html
import re

import framing
from framing.render import article_view
from framing.render.fragments import evidence_groups, highlighted_html, segments_view
from framing.render.highlight import marks_for, segments
from framing.types import Article

EVIL = ('<script>alert(1)</script> "quoted" \'single\' & ampersand \x00 nul <img src=x onerror=alert(1)> '
        '“curly” — said Dr. <b>Evil</b>, who \x00 may resign. Officials "claimed" it\'s war & <i>chaos</i>.')
TAG = re.compile(r"<[^>]*>")


def _profiles():
    articles = [
        Article(id="a", title=f"A <title> & {EVIL[:40]}", text=f"{EVIL}\n\n“This is a disaster,” said "
                                                               f"<Mayor> O'Brien & co. {EVIL}"),
        Article(id="b", title="Plain", text="Officials said the talks were likely to fail. It's war."),
    ]
    return [framing.analyze(a) for a in articles]


def test_highlighted_text_escapes_everything_and_gives_the_text_back():
    for p in _profiles():
        evidence = [e for f in p.features.values() for e in f.evidence]
        for field, text in (("title", p.article.title), ("text", p.article.text)):
            out = str(highlighted_html(segments_view(segments(text, marks_for(evidence, field)))))
            assert "<script" not in out and "<img" not in out and "<b>" not in out
            assert html.unescape(TAG.sub("", out)) == text
            assert out.count("<mark ") == out.count("</mark>")
    hostile = [{"text": "<script>", "marks": [{"layer": '"><script>', "tip": '"onmouseover="x', "pad": 2}]}]
    out = str(highlighted_html(hostile))
    assert "<script>" not in out and 'title="&#34;onmouseover=&#34;x"' in out


def test_evidence_entries_escape_the_text_and_name_their_offsets():
    n = 0
    for p in _profiles():
        for group in evidence_groups(p):
            for e in group["entries"]:
                out = str(e["html"])
                assert "<script" not in out and "<img" not in out
                marked = re.search(r"<mark>(.*?)</mark>", out, re.S).group(1)
                assert html.unescape(marked) == e["text"]
                field, span = e["where"].split(" ")
                start, end = (int(x) for x in span.split("–"))
                source = p.article.title if field == "title" else p.article.text
                assert source[start:end] == e["text"]
                n += 1
    assert n > 20


def test_article_views_carry_the_escaped_fragments():
    p = _profiles()[0]
    _, text, _ = article_view(p, "A", 0)
    assert "&lt;script&gt;" in text["body_html"] and "<script>" not in text["body_html"]
    assert "&lt;title&gt;" in text["title_html"]
