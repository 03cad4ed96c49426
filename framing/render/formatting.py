"""Numbers and links as a page shows them."""
from __future__ import annotations

import math


def fmt(value: float | int | None, kind: str = "value") -> str:
    """Format a number for display: thousands separators, few decimals, shares as %."""
    if value is None:
        return "n/a"
    if kind == "share":
        return f"{value:.0%}"
    if kind == "count":
        return f"{int(round(value)):,}"
    v = float(value)
    if v.is_integer() and abs(v) < 1e9:
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    if abs(v) >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def fmt_similarity(value: float | None) -> str:
    """A topic similarity to two decimals, cut rather than rounded, so that the shown value and the
    scale's labels agree (0.195 shows as 0.19, below the 0.20 of "same story", not as 0.20)."""
    if value is None:
        return "n/a"
    return f"{math.floor(value * 100 + 1e-9) / 100:.2f}"


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is shown as text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
