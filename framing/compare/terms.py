"""Words and two-word phrases counted per document, as scikit-learn's ``CountVectorizer`` counts them,
without importing scikit-learn (about half a second of a fresh process: SciPy's statistics come with
it) for the few documents of a comparison.

The same steps and the same results as ``CountVectorizer(lowercase=True, token_pattern=PATTERN,
stop_words="english", ngram_range=(1, N), min_df=M)``: the text lower-cased; its tokens found with the
pattern; the English stop words (:data:`STOP_WORDS`, scikit-learn's list, kept as data in
``stop_words.txt``) dropped; then the n-grams of the remaining tokens, shortest first; the vocabulary
sorted; terms used by fewer than ``min_df`` documents left out. ``tests/test_terms.py`` checks the
counts equal scikit-learn's on real articles. The corpus-scale counts of ``framing sources`` still use
scikit-learn's sparse vectorizer (:mod:`.vocabulary`); this module is for a handful of documents.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources
from typing import Any, Sequence

# scikit-learn's default token pattern: words of two or more word characters
WORDS = r"(?u)\b\w\w+\b"


@functools.cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (``stop_words.txt``; see its header)."""
    text = resources.files("framing.compare").joinpath("stop_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def _pattern(token_pattern: str) -> re.Pattern[str]:
    return re.compile(token_pattern)


def terms(text: str, token_pattern: str = WORDS, max_n: int = 1) -> list[str]:
    """The terms of one document in order: tokens (lower-cased, stop words dropped), then, for
    ``max_n`` 2, the two-word phrases of consecutive remaining tokens."""
    stop = stop_words()
    tokens = [t for t in _pattern(token_pattern).findall(text.lower()) if t not in stop]
    out = list(tokens)
    for n in range(2, max_n + 1):
        out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


def count_matrix(docs: Sequence[str], token_pattern: str = WORDS, max_n: int = 1,
                 min_df: int = 1) -> tuple[Any, list[str]] | None:
    """(dense documents x terms counts as a NumPy int64 array, the sorted vocabulary), or None when no
    term is left (where scikit-learn raises ValueError)."""
    import numpy as np

    counted = [Counter(terms(d, token_pattern, max_n)) for d in docs]
    df: Counter[str] = Counter()
    for c in counted:
        df.update(c.keys())
    vocab = sorted(t for t, n in df.items() if n >= min_df)
    if not vocab:
        return None
    column = {t: j for j, t in enumerate(vocab)}
    matrix = np.zeros((len(docs), len(vocab)), dtype=np.int64)
    for i, c in enumerate(counted):
        for t, n in c.items():
            j = column.get(t)
            if j is not None:
                matrix[i, j] = n
    return matrix, vocab
