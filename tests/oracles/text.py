"""Quotations and paragraphs as regular expressions find them.

Why these stay: the scanners in ``framing.analysis.context`` and ``framing.analysis.text`` look for each
mark with ``str.find`` and merge the results, which is fast and easy to get subtly wrong (marks that
share characters, the order of two marks at one place); one pattern over the whole text is the plain
definition they must match.
"""
from __future__ import annotations

import re

from framing.analysis.context import pair_quotation_marks

_MARKS = re.compile(r"''|``|[“”«»\"\n]")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\n")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Direct quotations (see ``framing.analysis.context.quotation_spans``), the marks found by one pattern
    and paired by the same rules."""
    return pair_quotation_marks(text, [(m.start(), m.group()) for m in _MARKS.finditer(text)])


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines (or lines, when there is no blank line), stripped."""
    breaks = [m.span() for m in _BLANK_LINE.finditer(text)] or [m.span() for m in _LINE_BREAK.finditer(text)]
    spans, start = [], 0
    for a, b in breaks + [(len(text), len(text))]:
        block = text[start:a]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            spans.append((start + lead, start + lead + len(block.strip())))
        start = b
    return spans
