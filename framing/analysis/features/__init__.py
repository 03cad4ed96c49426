"""The feature registry: one module per feature family, in report order.

Each module has ``NAME``, a one-line ``MEANING`` and ``compute(ctx) ->
FeatureResult``. Adding a feature = one module, its lexicon, its tests and one
line here (the registry test checks the README documents it).
"""
from __future__ import annotations

from . import (alarmist, boosters, hedging, loaded, readability, sentiment, sourcing, speculation,
               style)

FEATURES = (style, readability, hedging, boosters, alarmist, loaded, sentiment, sourcing, speculation)
FEATURE_NAMES = tuple(m.NAME for m in FEATURES)
MEANINGS = {m.NAME: m.MEANING for m in FEATURES}
