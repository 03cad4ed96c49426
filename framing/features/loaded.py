"""Loaded wording: evaluative and pejorative words that judge while they report.

Lexicon ``loaded.txt`` (bias-inducing words after Recasens et al. 2013, strong
subjective clues after Wilson et al. 2005, loaded language and name calling
after Da San Martino et al. 2019). Categories: ``pejorative``, ``verb``,
``adjective``, ``adverb``. Words inside quotations are counted and labelled
``quoted``; ``outside_quotes`` counts the outlet's own wording.

Higher value: more loaded words per 1,000 words.
"""
from __future__ import annotations

from ..types import FeatureResult
from ._base import Context, rate_result
from .lexical import category_measures, collect

NAME = "loaded"
MEANING = "Evaluative or pejorative wording (slammed, regime, absurd): higher = more judgement."


def compute(ctx: Context) -> FeatureResult:
    """Loaded words per 1,000 words (title and text)."""
    evidence = collect(ctx, NAME, "loaded")
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "loaded", evidence))
