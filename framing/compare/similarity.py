"""Topic similarity: one scale for the comparison of a few articles and the story groups of a corpus.

The similarity of two texts is the cosine of their TF-IDF vectors: words (scikit-learn's tokenizer,
English stop words removed) weighted by ``1 + log(count)`` in the text and by their rarity in news in
general, ``log((1 + N) / (1 + df)) + 1`` with the document frequencies ``df`` of N news articles
counted once (``document_frequencies.txt``, written by ``python -m framing.train
document_frequencies``), not in the articles at hand. So a value means the same whether two articles
or a corpus of thousands are compared. Words those articles never used twice (typos, page clutter,
one-off names) are left out: weighting them as the rarest words separated same-story pairs from the
rest less well.

The scale was calibrated on the AllSides articles (real pages of 70 outlets, none of them in the
document frequencies): pairs on one topic published the same day, read one by one as "same story"
or not (``judgments/same-story-pairs.jsonl``, ``scripts/calibrate_similarity.py``), against all pairs
on different topics:

- :data:`SAME_STORY` (0.20): 22 of the 29 same-story pairs reach it, 3 of the 25 related-topic pairs,
  and 0.20% of the 1.08 million pairs of articles on different topics (a story group links articles
  pair by pair, so a false link costs more than a missed one);
- :data:`RELATED_TOPIC` (0.12): 28 of the 29 same-story pairs, 10 of the 25 related-topic pairs, and
  3.5% of the pairs on different topics (words on one subject overlap little when the stories differ,
  so "related topic" is the weakest of the three labels).

Dates count where both are known: articles more than :data:`STORY_DAYS` days apart are not one story
(two summits two months apart), however similar their words.
"""
from __future__ import annotations

import datetime
import functools
import math
from importlib import resources
from typing import Any, Sequence

import numpy as np

# the key of the line with the number of articles (never a word: "documents" is a word with a count of its own)
TOTAL_KEY = "<documents>"
SAME_STORY = 0.20
RELATED_TOPIC = 0.12
STORY_DAYS = 3
SCALE = (f"TF-IDF cosine with word weights from news in general: {SAME_STORY:.2f} and above \"same story\" "
         f"(and published within {STORY_DAYS} days of each other, where dates are known), {RELATED_TOPIC:.2f} "
         "and above \"related topic\", below that \"not one story\" (a related topic or different "
         "stories: most related-topic pairs read by hand score this low, so words alone cannot tell them apart)")


@functools.cache
def _document_frequencies() -> tuple[dict[str, int], int]:
    """(word -> number of news articles holding it, number of articles)."""
    text = (resources.files("framing") / "compare" / "document_frequencies.txt").read_text(encoding="utf-8")
    frequencies: dict[str, int] = {}
    documents = 0
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        term, _, count = line.partition("\t")
        if term == TOTAL_KEY:
            documents = int(count)
        else:
            frequencies[term] = int(count)
    return frequencies, documents


def idf(term: str) -> float:
    """The weight of a word: higher = rarer in news; 0.0 for a word not counted (see the module docstring)."""
    frequencies, n = _document_frequencies()
    df = frequencies.get(term)
    return 0.0 if df is None else math.log((1 + n) / (1 + df)) + 1.0


def similarity_matrix(texts: Sequence[str]) -> np.ndarray:
    """The topic similarity of every pair of ``texts`` (a symmetric matrix, 1.0 on the diagonal for any
    text with words, 0.0 for a text without). Words counted as scikit-learn's ``CountVectorizer(
    stop_words="english")`` counts them (:mod:`.terms`, without importing scikit-learn)."""
    from .terms import count_matrix

    n = len(texts)
    if n == 0:
        return np.zeros((0, 0))
    counted = count_matrix(list(texts))
    if counted is None:  # no text holds a word
        return np.zeros((n, n))
    counts, vocab = counted
    weights = np.array([idf(t) for t in vocab])
    present = counts > 0
    logged = np.zeros(counts.shape)
    logged[present] = 1.0 + np.log(counts[present])
    vectors = logged * weights
    norms = np.sqrt((vectors * vectors).sum(axis=1))
    norms[norms == 0.0] = 1.0  # a text without a weighted word stays a zero vector
    vectors = vectors / norms[:, None]
    return vectors @ vectors.T


@functools.cache
def hashed_idf(n_features: int) -> np.ndarray:
    """The word weights of :func:`idf` per column of scikit-learn's ``HashingVectorizer(n_features,
    stop_words="english", alternate_sign=False)``: the corpus-scale form of the same weighting (a column
    two known words share takes the weight of the more common one)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    frequencies, n = _document_frequencies()
    weights = np.full(n_features, np.inf, dtype="float32")
    terms = sorted(frequencies)
    columns = HashingVectorizer(n_features=n_features, alternate_sign=False, norm=None, lowercase=False,
                                token_pattern=None, tokenizer=str.split).transform(terms).tocsr()
    for term, column in zip(terms, columns.indices[columns.indptr[:-1]]):
        weights[column] = min(weights[column], idf(term))
    weights[np.isinf(weights)] = 0.0  # columns of words not counted
    return weights


def parse_date(value: str | None) -> datetime.date | None:
    """The calendar date an article's ``date`` field starts with (``2020-03-04``, ``2020-03-04T10:00Z``),
    or None."""
    if not value or len(value) < 10:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two articles' dates, or None where either is unknown."""
    da, db = parse_date(a), parse_date(b)
    return None if da is None or db is None else abs((da - db).days)


def verdict(similarities: Sequence[Sequence[float]], dates: Sequence[str | None] = ()) -> str:
    """"same story", "related topic" or "not one story" for 2..N texts: by their least similar pair,
    and never "same story" for texts published more than :data:`STORY_DAYS` days apart."""
    n = len(similarities)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    low = min(similarities[i][j] for i, j in pairs)
    far = any((days_apart(dates[i], dates[j]) or 0) > STORY_DAYS for i, j in pairs) if dates else False
    if low >= SAME_STORY and not far:
        return "same story"
    if low >= RELATED_TOPIC:
        return "related topic"
    return "not one story"  # words alone do not tell a related topic from different stories this low
