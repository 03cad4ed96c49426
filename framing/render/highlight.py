"""Turn evidence spans into non-overlapping segments for highlighting.

Spans may overlap (a hedge inside a quotation inside an attribution sentence).
``segments`` cuts the text at every span boundary; each segment carries the
marks that cover it, outermost (longest) first, so a template can nest one
element per mark and the segments always join back to the original text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..catalog import LAYER_FEATURES, LAYER_NAMES, SHOWN_APART, SOURCING_LAYERS, TIP_TITLES, label_text
from ..types import Cleaning, Evidence

CLUTTER_LAYER = "clutter"  # a mark for text set aside before measuring (shown greyed, not highlighted)

@dataclass(frozen=True, slots=True)
class Mark:
    layer: str
    tip: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marks: tuple[Mark, ...]


def layer_of(e: Evidence) -> str | None:
    """The highlight layer of an evidence span, or None if it is not highlighted in the text."""
    if e.feature in LAYER_FEATURES:
        return None if (e.feature, e.measure) in SHOWN_APART else e.feature
    if e.feature == "sourcing" and e.role is not None:
        return SOURCING_LAYERS.get(e.role)
    return None


def tip_of(e: Evidence) -> str:
    """The hover/focus text of a mark: feature, rule and detail (a span inside a quotation is said to be
    the source's words)."""
    title = TIP_TITLES.get(e.feature, e.feature)
    parts = [f"{title}: {e.rule}"]
    if e.role:
        parts.append(e.role)
    if e.label:
        parts.append(label_text(e.label))
    return " · ".join(parts)


def marks_for(evidence: Iterable[Evidence], field: str) -> list[Mark]:
    out = []
    for e in evidence:
        if e.field != field or e.end <= e.start:
            continue
        layer = layer_of(e)
        if layer is not None:
            out.append(Mark(layer, tip_of(e), e.start, e.end))
    return out


def clutter_marks(cleaning: Cleaning, field: str) -> list[Mark]:
    """Marks for the clutter spans of one field, each tipped with the rule that set it aside."""
    return [Mark(CLUTTER_LAYER, f"Set aside as clutter: {s.rule}", s.start, s.end)
            for s in cleaning.spans if s.field == field and s.end > s.start]


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` into segments; ``"".join(s.text for s in result) == text``."""
    marks = sorted(set(marks), key=lambda m: (m.start, -(m.end - m.start), LAYER_NAMES.index(m.layer)
                                              if m.layer in LAYER_NAMES else 99, m.tip))
    bounds = {0, len(text)}
    for m in marks:
        bounds.add(max(0, min(m.start, len(text))))
        bounds.add(max(0, min(m.end, len(text))))
    cuts = sorted(bounds)
    out: list[Segment] = []
    active_from = 0
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        found = []
        for k in range(active_from, len(marks)):  # marks are sorted by start: none after one that starts past a
            m = marks[k]
            if m.start > a:
                break
            if m.end >= b:
                found.append(m)
        while active_from < len(marks) and marks[active_from].end <= a:
            active_from += 1
        covering = tuple(sorted(found, key=lambda m: (-(m.end - m.start), m.start,
                                                         LAYER_NAMES.index(m.layer)
                                                         if m.layer in LAYER_NAMES else 99, m.tip)))
        out.append(Segment(text[a:b], covering))
    return out
