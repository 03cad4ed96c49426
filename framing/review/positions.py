"""Where a finding is: the line and column of its span, in the draft's file or in its extracted text.

* Plain text and Markdown drafts keep their lines (``Article.text_line``): a span of the body is placed
  by :func:`framing.ingest.line_and_column`, a span of the headline on the file's title line (found by
  reading the lines before the body again; front matter ``title:`` lines included).
* Drafts whose text was extracted (an HTML page, a JSON or CSV record) have no lines of their own:
  their positions are in the extracted text, laid out as a ``.txt`` draft would be: the headline on
  line 1, a blank line, the body from line 3. ``Place.in_file`` is then False, and the outputs say so.

Lines and columns are 1-based and count characters (Unicode code points, as Python strings do; a tab
is one column). The end is exclusive: ``end_column`` is the column just after the span's last
character, as in SARIF's regions.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..ingest import line_and_column
from ..types import Article

__all__ = ["Place", "Locator"]

EXTRACTED_BODY_LINE = 3  # the body's first line in the layout of an extracted text


class Place(NamedTuple):
    """A span's start and (exclusive) end as 1-based lines and columns; ``in_file`` is False when they
    are positions in the extracted text rather than in the file."""

    line: int
    column: int
    end_line: int
    end_column: int
    in_file: bool


def _line_column(text: str, first_line: int, offset: int) -> tuple[int, int]:
    line = first_line + text.count("\n", 0, offset)
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class Locator:
    """Places spans of one article (its title line, when it has a file, is looked up once)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.in_file = article.text_line is not None
        # None: not found in the file (or no file), so the title is placed as in an extracted text
        self._title = self._find_title() if self.in_file else None

    def _find_title(self) -> tuple[int, int] | None:
        """(line, column) of the title's first character in the file, or None when it cannot be found
        (standard input, a file changed since it was read)."""
        a = self.article
        if not a.path or a.text_line is None:
            return None
        try:
            raw = Path(a.path).read_text(encoding="utf-8-sig", errors="replace")
        except (OSError, ValueError):
            return None
        lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:a.text_line - 1]
        for k in range(len(lines) - 1, -1, -1):
            i = lines[k].find(a.title)
            if i >= 0 and a.title:
                return k + 1, i + 1
        return None

    def place(self, field: str, start: int, end: int) -> Place:
        """The place of ``article.<field>[start:end]``."""
        a = self.article
        if field == "title":
            if self._title is not None:
                line, column = self._title
                return Place(line, column + start, line, column + end, True)
            return Place(1, start + 1, 1, end + 1, False)
        if self.in_file:
            first = line_and_column(a, start)
            last = line_and_column(a, end)
            if first is not None and last is not None:
                return Place(first[0], first[1], last[0], last[1], True)
        line, column = _line_column(a.text, EXTRACTED_BODY_LINE, start)
        end_line, end_column = _line_column(a.text, EXTRACTED_BODY_LINE, end)
        return Place(line, column, end_line, end_column, False)
