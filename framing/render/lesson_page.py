"""The teacher's pages: the lesson (``framing compare --lesson``), the student's worksheet and the
teacher's answer key (``--worksheet``).

The lesson reorders the comparison for a class: the headlines and "same story, different choices"
first, then the discussion questions, then the texts side by side with one highlight layer at a time
(radio buttons and CSS ``:has()``: no script, works with a keyboard), the numbers after, and a
glossary written for a 15-year-old (:mod:`framing.explanations`) that every label links to, each
entry with an example taken from these articles. The worksheet shows the texts unmarked with the
questions and room to answer; the key shows where the evidence for each question is.
"""
from __future__ import annotations

from typing import Any, Callable

from ..catalog import LAYERS, SHOWN_APART, SOURCES_LABELS
from ..compare import Comparison
from ..explanations import BY_KEY, EXPLANATIONS, LAYER_EXPLANATION, ROW_EXPLANATION
from ..records import Evidence
from ..types import Profile
from .compare_page import build_compare_view
from .environment import environment
from .formatting import fmt
from .fragments import highlighted_html, segments_view
from .highlight import clutter_marks, segments

CONTEXT = 60  # characters of text shown on each side of an example span


def _own_voice(e: Evidence) -> bool:
    return e.label not in SOURCES_LABELS


# explanation key -> which evidence spans make a good example of it
EXAMPLE_OF: dict[str, Callable[[Evidence], bool]] = {
    "hedging": lambda e: e.feature == "hedging" and _own_voice(e),
    "boosters": lambda e: e.feature == "boosters" and _own_voice(e),
    "alarmist": lambda e: e.feature == "alarmist" and e.measure != "exaggeration" and _own_voice(e),
    "loaded": lambda e: e.feature == "loaded" and ("loaded", e.measure) not in SHOWN_APART and _own_voice(e),
    "speculation": lambda e: e.feature == "speculation" and _own_voice(e),
    "sourcing": lambda e: e.feature == "sourcing" and e.role == "cue" and e.measure == "neutral_verbs",
    "anonymous": lambda e: e.feature == "sourcing" and e.measure == "anonymous",
    "quotations": lambda e: e.feature == "sourcing" and e.role == "quote",
    "unattributed": lambda e: e.feature == "sourcing" and e.measure == "unattributed_claims",
    "report_verbs": lambda e: e.feature == "sourcing" and e.measure == "loaded_verbs",
    "voice": lambda e: e.feature == "style" and e.measure in ("direct_address", "first_person", "imperatives")
    and _own_voice(e),
    "shouting": lambda e: e.feature == "style" and e.measure in ("exclamations", "all_caps", "rhetorical_questions")
    and _own_voice(e),
    "tone": lambda e: e.feature == "sentiment" and e.measure == "most_negative",
}


def _example(profiles: tuple[Profile, ...], labels: tuple[str, ...], key: str) -> dict[str, str] | None:
    """The first span, in article order, that shows what explanation ``key`` is about, with the text
    around it (every piece escaped by the template)."""
    wanted = EXAMPLE_OF.get(key)
    if wanted is None:
        return None
    for i, p in enumerate(profiles):
        for f in p.features.values():
            for e in f.evidence:
                if not wanted(e):
                    continue
                source = p.article.title if e.field == "title" else p.article.text
                before = source[max(0, e.start - CONTEXT):e.start]
                if e.start > CONTEXT:  # from a whole word
                    before = before.split(" ", 1)[-1]
                after = source[e.end:e.end + CONTEXT]
                if len(source) > e.end + CONTEXT:  # to a whole word
                    after = after.rsplit(" ", 1)[0]
                return {"label": labels[i], "before": " ".join(before.split()), "span": " ".join(e.text.split()),
                        "after": " ".join(after.split()),
                        "where": f"{labels[i]}, {'headline' if e.field == 'title' else 'text'} {e.start}–{e.end}"}
    return None


def _figures(comparison: Comparison, key: str) -> str:
    """For explanations without spans (readability): this lesson's own figures."""
    if key != "readability":
        return ""
    values = [p.features["readability"].value for p in comparison.profiles]
    return "In this lesson: " + "; ".join(
        f"{comparison.labels[i]} reads at grade {fmt(v)}" if v is not None else f"{comparison.labels[i]}: no grade"
        for i, v in enumerate(values)) + "."


def glossary_view(comparison: Comparison) -> list[dict[str, Any]]:
    """Every explanation, with its example from these articles (or the reason there is none)."""
    out = []
    for e in EXPLANATIONS:
        example = _example(comparison.profiles, comparison.labels, e.key)
        out.append({"key": e.key, "title": e.title, "what": e.what, "why": e.why, "caveat": e.caveat,
                    "signals": [{"who": who, "name": name} for who, name in e.signals],
                    "example": example, "figures": _figures(comparison, e.key),
                    "no_example": "" if example or e.key in ("readability", "choices", "headlines")
                    else "None of these articles has one in the writer's own words."})
    return out


def _plain_text(p: Profile) -> str:
    """The body with clutter greyed but no highlight: the student's copy (escaped)."""
    return highlighted_html(segments_view(segments(p.article.text, clutter_marks(p.cleaning, "text"))), {})


def build_lesson_view(comparison: Comparison) -> dict[str, Any]:
    """The lesson page's view-model: the comparison's, with the glossary, the layer switches and the
    links from every label to its explanation."""
    view = build_compare_view(comparison)
    for row, r in zip(view["rows"], comparison.rows):
        row["explain"] = ROW_EXPLANATION.get((r.feature, r.measure), "")
    for entry in view["legend"]:
        key = LAYER_EXPLANATION.get(entry["layer"], "")
        entry["explain"] = key
        entry["why"] = BY_KEY[key].why if key else ""
    view["glossary"] = glossary_view(comparison)
    view["layers"] = [name for name, _, _ in LAYERS]
    view["page_title"] = "Lesson: " + view["page_title"].removeprefix("framing: ")
    return view


def build_worksheet_view(comparison: Comparison, key: bool) -> dict[str, Any]:
    """The student's worksheet (``key`` False: texts unmarked, questions, room to answer) or the
    teacher's key (``key`` True: each question with the evidence it rests on, and the texts highlighted)."""
    view = build_lesson_view(comparison)
    if not key:
        for t, p in zip(view["texts"], comparison.profiles):
            t["body_html"] = _plain_text(p)
    view["is_key"] = key
    prefix = "Answer key: " if key else "Worksheet: "
    view["page_title"] = prefix + view["page_title"].removeprefix("Lesson: ")
    return view


def render_lesson(comparison: Comparison) -> str:
    """The lesson as one self-contained HTML page."""
    return environment().get_template("lesson.html").render(**build_lesson_view(comparison))


def render_worksheet(comparison: Comparison, key: bool = False) -> str:
    """The student's worksheet, or with ``key`` the teacher's answer key, as one HTML page."""
    return environment().get_template("worksheet.html").render(**build_worksheet_view(comparison, key))
