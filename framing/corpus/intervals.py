"""Confidence intervals of a mean: Student's t, mean ± t(0.5 + level/2, n-1)·sd/√n."""
from __future__ import annotations

import functools
import math
from typing import Any, Sequence


@functools.lru_cache(maxsize=None)
def t_quantile(q: float, df: int) -> float:
    """The ``q`` quantile of Student's t with ``df`` degrees of freedom (SciPy)."""
    from scipy.stats import t

    return float(t.ppf(q, df))


def mean_ci(values: Sequence[float], level: float = 0.95) -> dict[str, Any]:
    """n, mean and the t-interval of the mean; ci_low/ci_high are None for n < 2."""
    n = len(values)
    if n == 0:
        return {"n": 0, "mean": None, "ci_low": None, "ci_high": None}
    mean = math.fsum(values) / n
    if n < 2:
        return {"n": 1, "mean": mean, "ci_low": None, "ci_high": None}
    sd = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))
    half = t_quantile(0.5 + level / 2, n - 1) * sd / math.sqrt(n)
    return {"n": n, "mean": mean, "ci_low": mean - half, "ci_high": mean + half}
