"""Which computed values can be relied on: the last step of :func:`framing.analysis.analyze`.

Every feature result passes through :func:`settle`, which makes four promises hold for any text:

* every feature gives every measure the catalog lists for it (:data:`framing.catalog.MEASURES`), in
  the catalog's order: a measure the feature could not compute is there with no value and a note;
* every missing value says why (its ``note``);
* a value outside the range a real article can have (:data:`framing.catalog.PLAUSIBLE_RANGES`), a rate
  of more than one per word (:data:`framing.catalog.MAX_PER_1000_WORDS`) or a number that is not finite
  is given no value, with a note starting "out of range:", so that it never reaches a summary;
* on text that is not English (:mod:`.language`), what reads English words
  (:data:`framing.catalog.ENGLISH_ONLY`) gives no value, with a note starting "not English", and no
  evidence: an English lexicon's matches in Spanish are accidents.
"""
from __future__ import annotations

import math
from typing import Any

from ..catalog import ENGLISH_ONLY, MAX_PER_1000_WORDS, PLAUSIBLE_RANGES, feature_measures
from ..records import FeatureResult, Measure
from .language import ENGLISH

NO_VALUE = "no value: nothing in the text to measure"


def english_only(feature: str, measure: str | None) -> bool:
    """Does this feature (``measure`` None) or measure read English words?"""
    return (feature, None) in ENGLISH_ONLY or (measure is not None and (feature, measure) in ENGLISH_ONLY)


def not_english_note(language: str) -> str:
    return f"not English ({language}): this measure reads English words"


def _number(value: float) -> str:
    """A value as a note shows it: 67,500.56, 1,923,050, -3.4."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _problem(feature: str, measure: str | None, value: Any, per_1000_words: Any) -> str:
    """Why a computed value cannot be relied on ("" when it can)."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"out of range: {value} is not a number"
    bounds = PLAUSIBLE_RANGES.get((feature, measure))
    if bounds is not None and isinstance(value, (int, float)):
        low, high, why = bounds
        if not low <= value <= high:
            return f"out of range: {_number(value)} is outside {_number(low)} to {_number(high)} ({why})"
    if isinstance(per_1000_words, (int, float)) and per_1000_words > MAX_PER_1000_WORDS:
        return (f"out of range: {_number(per_1000_words)} per 1,000 words is more than one per word (marks or "
                f"quotations with no words between them, not prose)")
    return ""


def _settle_measure(feature: str, m: Measure, fallback: str, language_note: str) -> Measure:
    if language_note and english_only(feature, m.name):
        return Measure(m.name, None, m.unit, None, None, language_note)
    problem = _problem(feature, m.name, m.value, m.per_1000_words)
    if problem:
        return Measure(m.name, None, m.unit, m.count, None, problem)
    if m.value is None and not m.note:
        return Measure(m.name, None, m.unit, m.count, m.per_1000_words, fallback)
    return m


def settle(result: FeatureResult, language: str | None = None) -> FeatureResult:
    """The result as it may be reported: every catalog measure present, every missing value with a
    note, implausible values removed, and English-only measures removed on text in another language
    (``language``: an ISO 639-1 code; None or "en" is English)."""
    name = result.name
    language_note = not_english_note(language) if language and language != ENGLISH else ""
    if language_note and english_only(name, None):
        measures = tuple(Measure(m, None, "", None, None, language_note) for m in feature_measures(name))
        return FeatureResult(name, None, result.unit, None, None, (), measures, language_note, {})
    value, per_1000_words, note = result.value, result.per_1000_words, result.note
    problem = _problem(name, None, value, per_1000_words)
    if problem:
        value, per_1000_words, note = None, None, problem
    elif value is None and not note:
        note = NO_VALUE
    fallback = result.note or NO_VALUE
    by_name = {m.name: m for m in result.measures}
    measures_out: list[Measure] = []
    for m_name in feature_measures(name):
        m = by_name.pop(m_name, None)
        if m is None:
            measures_out.append(Measure(m_name, None, "", None, None, fallback))
        else:
            measures_out.append(_settle_measure(name, m, fallback, language_note))
    for m in by_name.values():  # a measure the catalog does not list yet: kept, and checked
        measures_out.append(_settle_measure(name, m, fallback, language_note))
    evidence = result.evidence
    if language_note:
        evidence = tuple(e for e in evidence if not english_only(name, e.measure))
    measures = tuple(measures_out)
    if (value is result.value and note == result.note and evidence is result.evidence
            and len(measures) == len(result.measures) and all(a is b for a, b in zip(measures, result.measures))):
        return result
    return FeatureResult(name, value, result.unit, result.count, per_1000_words, evidence, measures, note,
                         result.details)
