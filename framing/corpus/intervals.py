"""Confidence intervals of a mean that never leave the possible range of the values.

A source's mean of a share (0..1), a rate or a count (0 and up) must not get an interval below zero,
as Student's t gives for skewed values near a bound. framing uses the percentile bootstrap (Efron &
Tibshirani 1993, ch. 13): the mean is recomputed over :data:`RESAMPLES` resamples of the articles
(drawn with replacement), and the interval is the 2.5th and 97.5th percentiles of those means. Every
resampled mean lies between the smallest and the largest value, so the interval stays within the
values' own range. The resampling is seeded from the group's name, so a run is repeatable and does
not depend on the order of the groups. Below :data:`MIN_VALUES` values there is no interval (a
bootstrap of two or three values says nothing).
"""
from __future__ import annotations

import hashlib
import math
from typing import Any, Sequence

import numpy as np

RESAMPLES = 2000
MIN_VALUES = 5
LEVEL = 0.95
DESCRIPTION = (f"{LEVEL:.0%} percentile bootstrap interval of the mean ({RESAMPLES:,} resamples of the articles, "
               f"seeded by the source's name); null below {MIN_VALUES} values")


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest()[:8],
                                                "little"))


def bootstrap_means(matrix: np.ndarray, name: str, resamples: int = RESAMPLES,
                    level: float = LEVEL) -> list[dict[str, Any]]:
    """Per column of ``matrix`` (rows: the group's articles; NaN: no value): ``n`` (values), ``mean`` and
    the percentile bootstrap interval ``ci_low``/``ci_high`` (None below :data:`MIN_VALUES` values)."""
    rows, columns = matrix.shape
    out: list[dict[str, Any]] = [{"n": 0, "mean": None, "ci_low": None, "ci_high": None} for _ in range(columns)]
    present = ~np.isnan(matrix)
    # columns with the same articles present are resampled together
    patterns: dict[bytes, list[int]] = {}
    for c in range(columns):
        patterns.setdefault(np.packbits(present[:, c]).tobytes(), []).append(c)
    rng = _rng(name)
    lo_q, hi_q = 100 * (1 - level) / 2, 100 * (1 + level) / 2
    for cols in patterns.values():
        keep = present[:, cols[0]]
        n = int(keep.sum())
        if n == 0:
            continue
        values = matrix[np.ix_(keep, cols)]
        # the exact sum over n, kept within the values' range (dividing can step one unit in the last
        # place past it: six values of 0.9014274576114836 give 0.9014274576114835)
        means = [min(max(math.fsum(values[:, k]) / n, float(values[:, k].min())), float(values[:, k].max()))
                 for k in range(len(cols))]
        for k, c in enumerate(cols):
            out[c].update(n=n, mean=means[k])
        if n < MIN_VALUES:
            continue
        weights = rng.multinomial(n, np.full(n, 1.0 / n), size=resamples)  # how often each value is drawn
        boot = weights @ values / n  # (resamples, columns): one mean per resample
        low, high = np.percentile(boot, [lo_q, hi_q], axis=0)
        for k, c in enumerate(cols):
            # within the values' range by construction; min/max guard the last digit of the arithmetic
            top, bottom = float(values[:, k].max()), float(values[:, k].min())
            out[c].update(ci_low=min(max(float(low[k]), bottom), means[k]),
                          ci_high=max(min(float(high[k]), top), means[k]))
    return out


def mean_ci(values: Sequence[float], name: str = "", level: float = LEVEL) -> dict[str, Any]:
    """n, mean and the percentile bootstrap interval of the mean of one list of values (see the module
    docstring); ci_low/ci_high are None below :data:`MIN_VALUES` values."""
    matrix = np.asarray(list(values), dtype=float).reshape(-1, 1)
    if matrix.size == 0:
        return {"n": 0, "mean": None, "ci_low": None, "ci_high": None}
    return bootstrap_means(matrix, name, level=level)[0]
