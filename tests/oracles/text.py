"""Quotations and paragraphs as regular expressions find them.

Why these stay: the scanners in ``framing.analysis.context`` and ``framing.analysis.text`` look for each
mark with ``str.find`` and merge the results, which is fast and easy to get subtly wrong (marks that
share characters, the order of two marks at one place); one pattern over the whole text is the plain
definition they must match.
"""
from __future__ import annotations

import re

_MARKS = re.compile(r"''|``|[“”«»\"\n]")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\n")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Direct quotations (see ``framing.analysis.context.quotation_spans``), the marks found by one pattern."""
    spans, start, straight = [], -1, False
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "``":
            ch = "“"
        elif ch == "''":
            ch = '"'
            if start >= 0 and not straight:
                spans.append((start, m.end()))
                start = -1
                continue
        if ch in "“«":
            if start < 0:
                start = i
        elif ch in "”»":
            if start >= 0 and not straight:
                spans.append((start, i + 1))
                start = -1
        elif ch == '"':
            if start < 0:
                start, straight = i, True
            elif straight:
                spans.append((start, m.end()))
                start, straight = -1, False
        elif start >= 0:
            if i > start + 1:
                spans.append((start, i))
            start, straight = -1, False
    if start >= 0 and len(text.rstrip()) > start + 1:
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s + 1]


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
