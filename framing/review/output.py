"""The review as plain text (for a terminal or a CI log) and as JSON.

Text, in the prose linters' manner (Vale's ``--output=line``, proselint): one line per finding,
``FILE:LINE:COL  severity  rule  message``, then the excerpt on its line with carets under the span,
then the suggestion; a summary line at the end (``2 errors, 5 warnings and 1 suggestion in 1 file.``).
Drafts whose positions are in their extracted text (HTML pages, records) get a ``note`` line saying so.

Plain text is not HTML: nothing is escaped but control characters (and the bidirectional-text controls
that can make a terminal show text in another order than it is), which are shown as ``\\xNN`` /
``\\uNNNN`` so that a draft cannot drive the terminal that shows its review.
"""
from __future__ import annotations

import json
import re
from typing import Any, Final, Sequence

from ..version import __version__
from . import CONTEXT_CHARS, Finding, counts

__all__ = ["format_text", "format_json", "printable"]

INDENT = "    "


# C0 and C1 controls (Unicode category Cc) and the bidirectional embedding, override and isolate marks
_UNPRINTABLE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in "\t\n\r":
        return " "
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def printable(text: str) -> str:
    """``text`` with control and bidirectional-control characters shown as escapes, tabs and line breaks
    as spaces; everything else as it is."""
    return _UNPRINTABLE.sub(_escape, text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(findings: Sequence[Finding], n_files: int) -> str:
    c = counts(findings)
    return (f"{_plural(c['error'], 'error')}, {_plural(c['warning'], 'warning')} and "
            f"{_plural(c['suggestion'], 'suggestion')} in {_plural(n_files, 'file')}.")


def _excerpt(f: Finding, width: int = 100) -> list[str]:
    """The span on its line with up to 40 characters each side (… where the line goes on), at most about
    ``width`` characters in all (a longer span is cut, and shown alone), and carets under the span."""
    before, span, after = printable(f.before), printable(f.excerpt), printable(f.after)
    room = max(width - len(span), 0) // 2
    cut_before, cut_after = len(f.before) >= CONTEXT_CHARS or len(before) > room, \
        len(f.after) >= CONTEXT_CHARS or len(after) > room
    before, after = before[len(before) - min(len(before), room):], after[:room]
    if len(span) > width:
        span = span[:width - 1] + "…"
    lead = "…" if cut_before and before else ""
    tail = "…" if cut_after and after else ""
    marks = " " * len(before) + "^" * max(len(span), 1)
    return [INDENT + lead + before + span + after + tail, INDENT + " " * len(lead) + marks]


def format_text(findings: Sequence[Finding], names: Sequence[str]) -> str:
    """The review as text; ``names``: every draft reviewed (for the summary and the notes), in order."""
    lines: list[str] = []
    extracted = {f.path for f in findings if not f.in_file and f.field == "text"}
    headline = {f.path for f in findings if not f.in_file and f.field == "title"}
    for name in names:
        if name in extracted:
            lines.append(f"{printable(name)}: note: positions are in the text extracted from the file "
                         "(headline on line 1, body from line 3)")
        elif name in headline:
            lines.append(f"{printable(name)}: note: the headline was not found on a line of the file: its "
                         "positions are counted in the headline alone, as line 1")
    for f in findings:
        lines.append(f"{printable(f.path)}:{f.line}:{f.column}  {f.severity}  {f.rule}  {printable(f.message)}")
        lines.extend(_excerpt(f))
        lines.append(f"{INDENT}suggestion: {f.suggestion}")
    if findings:
        lines.append("")
    lines.append(_summary(findings, len(names)))
    return "\n".join(lines) + "\n"


def format_json(findings: Sequence[Finding], names: Sequence[str]) -> str:
    """The review as one JSON object: framing's version, the drafts, the counts and every finding."""
    data: dict[str, Any] = {"framing_version": __version__, "files": list(names), "counts": counts(findings),
                            "findings": [f.to_dict() for f in findings]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
