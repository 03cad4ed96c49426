"""The highlighted text and the evidence entries are built as HTML in Python (report.py), not in
template macros: they must be exactly what the macros made, with every piece escaped."""
from __future__ import annotations

import jinja2

import framing
from framing.render import _evidence_groups, _segments_view, article_view, highlighted_html
from framing.render.highlight import marks_for, segments
from framing.types import Article

# the macros the Python code replaces, as they were in reports/templates/macros.html
OLD_HIGHLIGHTED = (
    '{% for seg in segments %}{% for m in seg["marks"] %}<mark class="hl hl-{{ m["layer"] }}" tabindex="0" '
    'title="{{ m["tip"] }}" data-tip="{{ m["tip"] }}" style="padding-bottom: {{ m["pad"] }}px">{% endfor %}'
    '{{ seg["text"] }}{% for m in seg["marks"] %}</mark>{% endfor %}{% endfor %}')
OLD_ENTRY = (
    '<li><span class="muted">{{ e["before"] }}</span><mark>{{ e["text"] }}</mark><span class="muted">'
    '{{ e["after"] }}</span><br><span class="rule">{{ e["measure"] }} · {{ e["rule"] }}{% if e["role"] %} · '
    '{{ e["role"] }}{% endif %}{% if e["label"] %} · {{ e["label"] }}{% endif %} · {{ e["where"] }}</span></li>')

EVIL = ('<script>alert(1)</script> "quoted" \'single\' & ampersand \x00 nul <img src=x onerror=alert(1)> '
        '“curly” — said Dr. <b>Evil</b>, who \x00 may resign. Officials "claimed" it\'s war & <i>chaos</i>.')


def _env() -> jinja2.Environment:
    return jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)


def _profiles():
    articles = [
        Article(id="a", title=f"A <title> & {EVIL[:40]}", text=f"{EVIL}\n\n“This is a disaster,” said "
                                                               f"<Mayor> O'Brien & co. {EVIL}"),
        Article(id="b", title="Plain", text="Officials said the talks were likely to fail. It's war."),
    ]
    return [framing.analyze(a) for a in articles]


def test_highlighted_text_is_what_the_macro_made():
    tpl = _env().from_string(OLD_HIGHLIGHTED)
    for p in _profiles():
        evidence = [e for f in p.features.values() for e in f.evidence]
        for field, text in (("title", p.article.title), ("text", p.article.text)):
            view = _segments_view(segments(text, marks_for(evidence, field)))
            assert str(highlighted_html(view)) == tpl.render(segments=view)
    assert "<script>" not in str(highlighted_html([{"text": "<script>", "marks": [
        {"layer": '"><script>', "tip": '"onmouseover="x', "pad": 2}]}]))


def test_evidence_entries_are_what_the_macro_made():
    tpl = _env().from_string(OLD_ENTRY)
    n = 0
    for p in _profiles():
        for group in _evidence_groups(p):
            for e in group["entries"]:
                assert str(e["html"]) == tpl.render(e=e)
                n += 1
    assert n > 20


def test_article_views_carry_the_fragments():
    p = _profiles()[0]
    _, text, _ = article_view(p, "A", 0)
    assert "&lt;script&gt;" in text["body_html"] and "<script>" not in text["body_html"]
    assert "&lt;title&gt;" in text["title_html"]
