"""HTML fragments built in Python: the highlighted text and the evidence lists.

A page has thousands of these pieces, so they are built here rather than in template macros. Every
piece of text is escaped with markupsafe, as the templates' autoescaping does; no article data is
ever marked safe unescaped.
"""
from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ..catalog import FEATURE_TITLES, SHOWN_APART, SOURCES_LABELS, label_text
from ..types import Evidence, Profile
from .highlight import Segment

MAX_EVIDENCE_SHOWN = 400
CONTEXT_CHARS = 60


def segments_view(segs: list[Segment]) -> list[dict[str, Any]]:
    out = []
    for seg in segs:
        marks = []
        n = len(seg.marks)
        for depth, m in enumerate(seg.marks):
            innermost = depth == n - 1
            tip = "\n".join(x.tip for x in seg.marks) if innermost else m.tip
            marks.append({"layer": m.layer, "tip": tip, "pad": 2 + 4 * (n - 1 - depth)})
        out.append({"text": seg.text, "marks": marks})
    return out


def escaped_text(value: str, memo: dict[str, str]) -> str:
    """``escape(value)`` as text, remembered in ``memo`` (rules, measures and tips repeat within a page)."""
    found = memo.get(value)
    if found is None:
        found = memo[value] = str(escape(value))
    return found


def highlighted_html(segments_view: list[dict[str, Any]], memo: dict[str, str] | None = None) -> Markup:
    """The text with its highlight marks as HTML (built here rather than in a template macro: a page
    has thousands of such pieces). Every piece of text is escaped with markupsafe, as the templates'
    autoescaping does."""
    memo = {} if memo is None else memo
    out: list[str] = []
    for seg in segments_view:
        marks = seg["marks"]
        closing = []
        for m in marks:
            tip = escaped_text(m["tip"], memo)
            if m["layer"] == "clutter":  # set aside, not evidence: greyed, with the rule as its title
                out.append(f'<span class="clutter" tabindex="0" title="{tip}" data-tip="{tip}">')
                closing.append("</span>")
                continue
            out.append(f'<mark class="hl hl-{escaped_text(m["layer"], memo)}" tabindex="0" title="{tip}" '
                       f'data-tip="{tip}" style="padding-bottom: {int(m["pad"])}px">')
            closing.append("</mark>")
        out.append(str(escape(seg["text"])))
        out.append("".join(reversed(closing)))
    return Markup("".join(out))


def evidence_item(profile: Profile, e: Evidence, memo: dict[str, str] | None = None) -> dict[str, Any]:
    source = profile.article.title if e.field == "title" else profile.article.text
    before = source[max(0, e.start - CONTEXT_CHARS):e.start]
    after = source[e.end:e.end + CONTEXT_CHARS]
    if e.start - CONTEXT_CHARS > 0:
        before = "…" + before.lstrip()
    if e.end + CONTEXT_CHARS < len(source):
        after = after.rstrip() + "…"
    item = {
        "before": " ".join(before.split("\n")), "text": e.text, "after": " ".join(after.split("\n")),
        "rule": e.rule, "role": e.role or "",
        # a measure listed apart (SHOWN_APART) is not part of the feature's value: the line says so
        "measure": e.measure.replace("_", " ") + (" (listed apart, not counted)" if (e.feature, e.measure) in SHOWN_APART
                                                  else ""),
        "label": label_text(e.label), "where": f"{e.field} {e.start}–{e.end}",
    }
    memo = {} if memo is None else memo
    # the list entry as HTML (every piece escaped with markupsafe, as the templates' autoescaping does)
    rule = f'{escaped_text(item["measure"], memo)} · {escaped_text(item["rule"], memo)}'
    if item["role"]:
        rule += f' · {escaped_text(item["role"], memo)}'
    if item["label"]:
        rule += f' · {escaped_text(item["label"], memo)}'
    joined = f'{item["before"]}\x00{item["text"]}\x00{item["after"]}'
    if joined.count("\x00") == 2:  # one call escapes the three (escaping leaves "\x00" alone)
        before_html, text_html, after_html = str(escape(joined)).split("\x00")
    else:
        before_html, text_html, after_html = (str(escape(item[k])) for k in ("before", "text", "after"))
    where = f"{escaped_text(e.field, memo)} {e.start}–{e.end}"  # as item["where"], escaped
    # the sources' words set apart; a direct quotation marked as such (it is shown in the text itself)
    classes = " ".join(c for c, on in (("quoted", e.label in SOURCES_LABELS), ("quotation", e.role == "quote")) if on)
    opening = f'<li class="{classes}">' if classes else "<li>"
    item["html"] = Markup(f'{opening}<span class="muted">{before_html}</span><mark>{text_html}</mark>'
                          f'<span class="muted">{after_html}</span><br><span class="rule">{rule} · {where}</span></li>')
    return item


def evidence_groups(profile: Profile, memo: dict[str, str] | None = None) -> list[dict[str, Any]]:
    memo = {} if memo is None else memo
    groups = []
    for name, f in profile.features.items():
        items = [evidence_item(profile, e, memo) for e in f.evidence[:MAX_EVIDENCE_SHOWN]]
        more = max(0, len(f.evidence) - MAX_EVIDENCE_SHOWN)
        groups.append({"feature": FEATURE_TITLES.get(name, name), "name": name, "n": len(f.evidence),
                       "entries": items, "more": more, "note": f.note})
    return groups
