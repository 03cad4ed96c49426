"""The reliability model's columns, read off a Profile.

Every table column of :meth:`framing.types.Profile.to_row` (every feature's headline value, count and
rate, and every sub-measure) plus the derived columns of :data:`framing.catalog.DERIVED_MEANINGS`: the
headline's own measures (``title.*``: evidence of each feature found in the title, its length,
question/exclamation/quotation marks, colon, Title Case share, ALL-CAPS words, digits), the shares of
strongly negative/positive/neutral sentences, the number of distinct speakers and the most-cited one's
share, sentences per paragraph, and the share of loaded/booster/hedge/alarmist/speculative spans in the
outlet's own voice (outside quotations). :func:`design_matrix` lays rows out as a float matrix, with
NaN where a value is missing.
"""
from __future__ import annotations

import math
import re
from typing import Any, Sequence

import numpy as np

from ..catalog import DERIVED_COLUMNS, DERIVED_MEANINGS, OWN_VOICE_FEATURES, TITLE_FEATURES
from ..types import Profile

# sentence picks and whole-text measures: evidence of them in the title is not a count of the title's words
_NOT_TITLE_COUNTS = frozenset({"most_negative", "most_positive", "longest_sentences", "hardest_sentences",
                               "unattributed_claims"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DOUBLE_QUOTE = re.compile(r"[\"“”„«»]")


def _share(part: float | None, whole: float | None) -> float | None:
    return None if part is None or not whole else float(part) / float(whole)


def derived_columns(profile: Profile) -> dict[str, Any]:
    """The model's columns beyond :meth:`Profile.to_row`, read off the Profile (see
    :data:`DERIVED_MEANINGS`); ``None`` where a value cannot be computed."""
    features = profile.features
    out: dict[str, Any] = {c: None for c in DERIVED_COLUMNS}
    title = profile.article.title or ""
    words = _WORD.findall(title)
    lettered = [w for w in words if w[:1].isalpha()]  # numbers have no case
    out.update({
        "title.words": len(words),
        "title.question": float("?" in title),
        "title.exclamation": float("!" in title),
        "title.quote": float(bool(_DOUBLE_QUOTE.search(title))),
        "title.colon": float(":" in title),
        "title.capitalised_share": _share(sum(1 for w in lettered if w[:1].isupper()), len(lettered)),
        "title.all_caps_words": sum(1 for w in words if len(w) > 1 and w.isupper()),
        "title.digits": float(any(ch.isdigit() for ch in title)),
    })
    for name in TITLE_FEATURES:
        f = features.get(name)
        if f is not None:
            out[f"title.{name}"] = sum(1 for e in f.evidence
                                       if e.field == "title" and e.measure not in _NOT_TITLE_COUNTS)
    sentiment = features.get("sentiment")
    hist = ((sentiment.details or {}).get("histogram") or {}) if sentiment is not None else {}
    counts = hist.get("counts")
    if isinstance(counts, (list, tuple)) and len(counts) == 5 and sum(counts):
        n = sum(counts)
        out["sentiment.strongly_negative_sentences"] = counts[0] / n
        out["sentiment.strongly_positive_sentences"] = counts[4] / n
        out["sentiment.extreme_sentences"] = (counts[0] + counts[4]) / n
        out["sentiment.neutral_sentences"] = counts[2] / n
    sourcing = features.get("sourcing")
    if sourcing is not None and isinstance((sourcing.details or {}).get("speakers"), list):
        cited = [s.count for s in profile.speakers]
        out["sourcing.speakers"] = len(cited)
        out["sourcing.top_speaker_share"] = _share(max(cited, default=0), sum(cited))
    style = features.get("style")
    if style is not None:
        values = {m.name: m.value for m in style.measures}
        out["style.sentences_per_paragraph"] = _share(values.get("sentences"), values.get("paragraphs"))
    for name in OWN_VOICE_FEATURES:
        f = features.get(name)
        if f is not None:
            quoted = next((m.count for m in f.measures if m.name == "quoted"), None)  # the headline counts own voice
            out[f"{name}.own_voice_share"] = _share(f.count, None if quoted is None or f.count is None
                                                    else f.count + quoted)
    return out


def model_row(profile: Profile) -> dict[str, Any]:
    """:meth:`Profile.to_row` plus :func:`derived_columns`: every column a model may use
    (a table column of the same name wins)."""
    row = profile.to_row()
    for k, v in derived_columns(profile).items():
        row.setdefault(k, v)
    return row


def signed_log1p(x: np.ndarray) -> np.ndarray:
    return np.sign(x) * np.log1p(np.abs(x))


def design_matrix(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> np.ndarray:
    """Table rows -> a float matrix (NaN where a value is missing or not a number)."""
    out = np.full((len(rows), len(columns)), np.nan)
    for i, row in enumerate(rows):
        for j, c in enumerate(columns):
            v = row.get(c)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
                out[i, j] = float(v)
    return out


def design_matrix_subset(raw: np.ndarray, columns: Sequence[str], wanted: Sequence[str]) -> np.ndarray:
    """The columns ``wanted`` (a model's) out of a raw matrix laid out as ``columns``."""
    index = {c: j for j, c in enumerate(columns)}
    out = np.full((raw.shape[0], len(wanted)), np.nan)
    for k, c in enumerate(wanted):
        if c in index:
            out[:, k] = raw[:, index[c]]
    return out


def known_column(column: str) -> bool:
    """Whether :func:`model_row` can produce ``column`` (a derived column, or FEATURE[.MEASURE][__KIND]
    of a registered feature)."""
    from ..analysis.features import FEATURE_NAMES

    if column in DERIVED_MEANINGS:
        return True
    base, _, suffix = column.partition("__")
    return base.partition(".")[0] in FEATURE_NAMES and suffix in ("", "count", "per_1000_words")
