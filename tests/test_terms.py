"""The comparison's term counts (framing.compare.terms) are scikit-learn's CountVectorizer counts, made
without importing scikit-learn: checked against scikit-learn itself on real articles."""
from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
from sklearn.preprocessing import normalize

from conftest import CORPORA, SEEDS
from framing.compare.similarity import idf, similarity_matrix
from framing.compare.terms import WORDS, count_matrix, stop_words
from framing.compare.vocabulary import ARTICLE_TOKENS, SOURCE_TOKENS


def _texts(n: int = 40) -> list[str]:
    path = CORPORA / "allsides" / "articles.dev.jsonl"
    if not path.exists():
        pytest.fail(f"corpus not found: {path} (../shared/corpora, see its README, is needed by these tests)",
                    pytrace=False)
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(next(f)) for _ in range(n)]
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [f"{r['title']}\n{r['text']}" for r in rows] + seeds + ["", "a an the", "U.S. 9/11 — “quoted” don't e-mail"]


def test_the_stop_words_are_scikit_learns():
    assert stop_words() == ENGLISH_STOP_WORDS


@pytest.mark.parametrize("pattern,max_n,min_df", [(WORDS, 1, 1), (ARTICLE_TOKENS, 2, 1), (SOURCE_TOKENS, 2, 2)])
def test_counts_equal_count_vectorizer(pattern, max_n, min_df):
    texts = _texts()
    for group in (texts[:2], texts[2:5], texts):
        vec = CountVectorizer(lowercase=True, token_pattern=pattern, stop_words="english",
                              ngram_range=(1, max_n), min_df=min_df)
        expected = vec.fit_transform(group).toarray()
        counts, vocab = count_matrix(group, pattern, max_n, min_df)
        assert vocab == vec.get_feature_names_out().tolist()
        assert np.array_equal(counts, expected)


def test_no_term_is_none_where_scikit_learn_raises():
    assert count_matrix(["", "the of and"]) is None
    with pytest.raises(ValueError):
        CountVectorizer(stop_words="english").fit_transform(["", "the of and"])


def test_similarity_equals_the_scikit_learn_computation():
    texts = _texts(12)
    vec = CountVectorizer(stop_words="english")
    counts = vec.fit_transform(texts).astype(float).tocsr()
    weights = np.array([idf(t) for t in vec.get_feature_names_out()])
    counts.data = 1.0 + np.log(counts.data)
    vectors = normalize(counts.multiply(weights).tocsr())
    expected = (vectors @ vectors.T).toarray()
    assert np.allclose(similarity_matrix(texts), expected, atol=1e-12)


def test_alignment_vectors_equal_the_scikit_learn_computation():
    """The same-story alignment's sentence vectors (framing.compare.alignment._vectors): CountVectorizer
    counts, 1 + log(count), the word's weight, rows normalised; the sentences of real articles."""
    from framing.compare.alignment import _vectors, _weight

    sentences = [s for t in _texts(6) for s in t.replace("\n", " ").split(". ") if s.strip()]
    sentences += ["", "the of and"]  # a sentence of stop words only is a row of zeros, as in scikit-learn
    vec = CountVectorizer(stop_words="english")
    counts = vec.fit_transform(sentences).astype(float).tocsr()
    counts.data = 1.0 + np.log(counts.data)
    weights = np.array([_weight(t) for t in vec.get_feature_names_out()])
    expected = normalize(counts.multiply(weights).tocsr()).toarray()
    got = _vectors(sentences)
    assert got.shape == expected.shape and len(sentences) > 100
    assert np.allclose(got, expected, atol=1e-12)
    assert _vectors(["", "the of and"]) is None
