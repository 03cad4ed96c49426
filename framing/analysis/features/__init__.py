"""The feature registry: one module per feature family, in report order.

Each module has ``NAME`` and ``compute(ctx) -> FeatureResult``. What a feature means to a reader (its
title, meaning, layer, summary phrase, columns) lives in :mod:`framing.catalog`. Adding a feature = one
module, its lexicon, its catalog entries, its tests and one line here (the registry test checks the
catalog and the README document it).
"""
from __future__ import annotations

from . import (alarmist, boosters, hedging, loaded, readability, sentiment, sourcing, speculation,
               style)

FEATURES = (style, readability, hedging, boosters, alarmist, loaded, sentiment, sourcing, speculation)
FEATURE_NAMES = tuple(m.NAME for m in FEATURES)
