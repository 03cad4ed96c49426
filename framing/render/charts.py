"""The geometry of the horizontal bar charts (the comparison's rates, the sources' means with intervals).

Each row of the chart is one measure and holds one bar per article or source, scaled to the row's
largest extent (a bar's value or the top of its interval), so a row's bars can be compared at a glance;
every coordinate is computed here and the templates only draw them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

BAR_HEIGHT = 14
ROW_GAP = 10
LABEL_WIDTH = 150
PLOT_WIDTH = 380
TOP = 24  # room for the legend above the first row


@dataclass(frozen=True, slots=True)
class Bar:
    value: float | None  # None is drawn as an empty bar
    label: str           # the bar's full description (its tooltip)
    short: str = ""      # the text printed after the bar
    low: float | None = None   # the interval, drawn as a whisker where known
    high: float | None = None


def bar_rows(rows: Sequence[tuple[str, Sequence[Bar]]]) -> dict[str, Any]:
    """Rows of bars -> the chart's coordinates: ``rows`` (label, y, bars), ``height``, ``axis_x``,
    ``axis_y2``. Bar ``i`` of every row has the colour class ``a{i % 6}``."""
    out = []
    y = TOP
    for label, bars in rows:
        n = len(bars)
        top = max([max(b.value or 0.0, b.high or 0.0) for b in bars] + [0.0]) or 1.0
        drawn = []
        for i, b in enumerate(bars):
            v = max(b.value or 0.0, 0.0)
            w = round(PLOT_WIDTH * v / top, 1)
            by = y + i * BAR_HEIGHT
            whisker = None
            if b.low is not None and b.high is not None:
                x1 = round(LABEL_WIDTH + PLOT_WIDTH * max(b.low, 0.0) / top, 1)
                x2 = round(LABEL_WIDTH + PLOT_WIDTH * max(b.high, 0.0) / top, 1)
                whisker = {"x1": x1, "x2": x2, "y": by + (BAR_HEIGHT - 2) / 2, "y1": by + 2,
                           "y2": by + BAR_HEIGHT - 4}
            drawn.append({"x": LABEL_WIDTH, "y": by, "w": w, "h": BAR_HEIGHT - 2, "cls": f"a{i % 6}",
                          "label": b.label, "short": b.short,
                          "tx": max(LABEL_WIDTH + w, whisker["x2"] if whisker else 0) + 4,
                          "ty": by + BAR_HEIGHT - 4, "whisker": whisker})
        out.append({"label": label, "y": y + (n * BAR_HEIGHT) / 2 + 4, "bars": drawn})
        y += n * BAR_HEIGHT + ROW_GAP
    return {"rows": out, "height": y + 4, "axis_x": LABEL_WIDTH, "axis_y2": y - ROW_GAP + 2}
