"""The plain-text summary of one article (``framing analyze``'s default output)."""
from __future__ import annotations

from ..catalog import SHOWN_APART, clutter_summary
from ..types import Profile

__all__ = ["format_text"]

_NO_EXAMPLES = ("sentiment", "readability")  # their evidence is whole sentences, not short phrases


def format_text(profile: Profile) -> str:
    """A human-readable summary of one article's features."""
    a = profile.article
    source = f"  source: {a.source}" if a.source else ""
    if profile.inferred_source:
        source = f"  source: {profile.inferred_source} (inferred from the text)"
    lines = [f"{a.title or '(untitled)'}", f"  id: {a.id}" + source
             + ("" if profile.is_english else f"  language: {profile.language} (not English)")]
    set_aside = clutter_summary(profile.cleaning.counts)
    if set_aside:
        lines.append(f"  set aside {set_aside} ({profile.cleaning.n_chars:,} characters, not measured)")
    for name, f in profile.features.items():
        value = "n/a" if f.value is None else f"{f.value:g}"
        extra = f"  ({f.count} found)" if f.count is not None and f.unit.startswith("per 1,000") else ""
        lines.append(f"  {name:<12} {value} {f.unit}{extra}" + (f"  [{f.note}]" if f.note else ""))
        shown = [m for m in f.measures if m.value not in (None, 0, 0.0) and (name, m.name) not in SHOWN_APART]
        apart = [m for m in f.measures if m.value not in (None, 0, 0.0) and (name, m.name) in SHOWN_APART]
        if shown or apart:  # counts for rate measures, values for the others
            lines.append("      " + "; ".join(part for part in (
                ", ".join(_count(m) for m in shown),
                "listed apart, not counted: " + ", ".join(_count(m) for m in apart) if apart else "") if part))
        examples = [e for e in f.evidence if e.role not in ("quote", "scare_quote")
                    and (name, e.measure) not in SHOWN_APART][:4]
        if examples and name not in _NO_EXAMPLES:
            lines.append("      e.g. " + "; ".join(_short(e.text) for e in examples))
    speakers = profile.speakers
    if speakers:
        lines.append("  speakers: " + "; ".join(f"{s.name} ({s.kind}, {s.count})" for s in speakers))
    return "\n".join(lines) + "\n"


def _count(m) -> str:
    return f"{m.name}={m.count if m.per_1000_words is not None else m.value:g}"


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")
