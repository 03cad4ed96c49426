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
# the narrow variant (phones): each row's label above its bars, which start at the left edge
NARROW_PLOT_WIDTH = 240
NARROW_LABEL_HEIGHT = 14
NARROW_WIDTH = NARROW_PLOT_WIDTH + 90  # room for the value printed after the longest bar


@dataclass(frozen=True, slots=True)
class Bar:
    value: float | None  # None is drawn as an empty bar
    label: str           # the bar's full description (its tooltip)
    short: str = ""      # the text printed after the bar
    low: float | None = None   # the interval, drawn as a whisker where known
    high: float | None = None


def bar_rows(rows: Sequence[tuple[str, Sequence[Bar]]], narrow: bool = False, top: int = TOP) -> dict[str, Any]:
    """Rows of bars -> the chart's coordinates: ``rows`` (label, y, bars), ``height``, ``axis_x``,
    ``axis_y2``, ``label_x`` and ``label_anchor`` (where the row labels go). Bar ``i`` of every row has
    the colour class ``a{i % 6}``. ``narrow``: the phone layout, labels above the bars, so that the
    chart fits a 360 px column without being scaled down. ``top``: the room left above the first row
    (for the legend)."""
    label_width = 0 if narrow else LABEL_WIDTH
    plot_width = NARROW_PLOT_WIDTH if narrow else PLOT_WIDTH
    out = []
    y = top
    for label, bars in rows:
        label_y = y + NARROW_LABEL_HEIGHT - 3
        if narrow:
            y += NARROW_LABEL_HEIGHT
        n = len(bars)
        extent = max([max(b.value or 0.0, b.high or 0.0) for b in bars] + [0.0]) or 1.0
        drawn = []
        for i, b in enumerate(bars):
            v = max(b.value or 0.0, 0.0)
            w = round(plot_width * v / extent, 1)
            by = y + i * BAR_HEIGHT
            whisker = None
            if b.low is not None and b.high is not None:
                x1 = round(label_width + plot_width * max(b.low, 0.0) / extent, 1)
                x2 = round(label_width + plot_width * max(b.high, 0.0) / extent, 1)
                whisker = {"x1": x1, "x2": x2, "y": by + (BAR_HEIGHT - 2) / 2, "y1": by + 2,
                           "y2": by + BAR_HEIGHT - 4}
            drawn.append({"x": label_width, "y": by, "w": w, "h": BAR_HEIGHT - 2, "cls": f"a{i % 6}",
                          "label": b.label, "short": b.short,
                          "tx": max(label_width + w, whisker["x2"] if whisker else 0) + 4,
                          "ty": by + BAR_HEIGHT - 4, "whisker": whisker})
        out.append({"label": label, "y": label_y if narrow else y + (n * BAR_HEIGHT) / 2 + 4, "bars": drawn})
        y += n * BAR_HEIGHT + ROW_GAP
    return {"rows": out, "height": y + 4, "axis_x": label_width, "axis_y2": y - ROW_GAP + 2,
            "label_x": 0 if narrow else label_width - 6, "label_anchor": "start" if narrow else "end"}
