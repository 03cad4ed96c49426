"""Distinctive vocabulary: the words and two-word phrases most characteristic of one text, or one
source, against the others.

One method for both: the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
2008, "Fightin' Words"). The prior of a term is its corpus frequency times ``prior_scale ·
sqrt(vocabulary size)``; a term's z-score is the difference of its log-odds in the group and in all the
others, over its standard deviation. Terms are counted with scikit-learn's CountVectorizer (words and
two-word phrases, English stop words removed); a word already covered by a listed two-word phrase with
the same count is not listed again.

The comparison of a few articles and the profiles of many sources call it with different settings, and
those settings are kept so that both give exactly what they gave before they shared this module: the
comparison counts every term (:data:`ARTICLE_TOKENS`, terms used twice or more by the article) and ranks
by the z-score rounded to three decimals; the sources count terms used in two articles or more of the
corpus (:data:`SOURCE_TOKENS`), also ask that a source of several articles use a term in two of them,
and rank by the exact z-score.
"""
from __future__ import annotations

import math
import threading
from typing import Any, Sequence

# words of letters (with inner apostrophes or hyphens) or of two letters or more
ARTICLE_TOKENS = r"(?u)\b[^\W\d_][\w'’-]*[^\W_]\b|\b[^\W\d_]{2,}\b"
SOURCE_TOKENS = r"(?u)\b[^\W\d_]{2,}(?:['’-][^\W\d_]+)*\b"
PRIOR_SCALE = 10.0

_VECTORIZERS = threading.local()  # per thread and setting: one CountVectorizer, refitted on each call


def _vectorizer(token_pattern: str, min_df: int) -> Any:
    """The vectorizer for a setting, made once per thread: a vectorizer checks its stop-word list
    against its tokenizer on its first fit only, which took longer than the fit itself on two articles."""
    made = getattr(_VECTORIZERS, "made", None)
    if made is None:
        made = _VECTORIZERS.made = {}
    found = made.get((token_pattern, min_df))
    if found is None:
        from sklearn.feature_extraction.text import CountVectorizer

        found = made[(token_pattern, min_df)] = CountVectorizer(
            ngram_range=(1, 2), stop_words="english", lowercase=True, token_pattern=token_pattern, min_df=min_df)
    return found


def term_counts(docs: Sequence[str], token_pattern: str, min_df: int = 1) -> tuple[Any, list[str]] | None:
    """(sparse document-term counts, vocabulary), or None when the documents hold no term."""
    import sklearn

    vec = _vectorizer(token_pattern, min_df)
    try:
        with sklearn.config_context(skip_parameter_validation=True):  # fixed, valid parameters
            x = vec.fit_transform(docs)
    except ValueError:  # empty vocabulary
        return None
    return x.tocsr(), vec.get_feature_names_out().tolist()


def ranked_terms(counts: Any, vocab: Sequence[str], top: int, *, doc_freq: Any = None, n_docs: Any = None,
                 prior_scale: float = PRIOR_SCALE, rank_rounded: bool = False) -> list[list[tuple[str, float, int]]]:
    """Per group (a row of the dense ``counts``, groups x terms): up to ``top`` (term, z rounded to three
    decimals, count) with z > 0 and a count of two or more, best first (ties by term). With
    ``doc_freq`` (groups x terms: documents of the group using the term) and ``n_docs`` (documents per
    group), a group of several documents must use a term in two of them."""
    import numpy as np

    totals = counts.sum(axis=0).astype(float)
    grand = totals.sum()
    alpha0 = prior_scale * math.sqrt(len(vocab))
    prior = alpha0 * totals / grand
    out = []
    for i in range(counts.shape[0]):
        y_i = counts[i].astype(float)
        y_j = totals - y_i
        n_i, n_j = y_i.sum(), y_j.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((y_i + prior) / (n_i + alpha0 - y_i - prior)) - \
                np.log((y_j + prior) / (n_j + alpha0 - y_j - prior))
            z = delta / np.sqrt(1.0 / (y_i + prior) + 1.0 / (y_j + prior))
        ok = (y_i >= 2) & np.isfinite(z) & (z > 0)
        if doc_freq is not None:
            ok &= doc_freq[i] >= min(2, n_docs[i])
        z_list = z.tolist()
        if rank_rounded:
            cand = sorted(np.flatnonzero(ok).tolist(), key=lambda k: (-round(z_list[k], 3), vocab[k]))
        else:
            cand = sorted(np.flatnonzero(ok).tolist(), key=lambda k: (-z_list[k], vocab[k]))
        kept: list[tuple[str, float, int]] = []
        phrases: list[tuple[set[str], int]] = []
        for k in cand:
            term, count = str(vocab[k]), int(y_i[k])
            if " " not in term and any(term in words and c == count for words, c in phrases):
                continue
            if " " in term:
                phrases.append((set(term.split()), count))
            kept.append((term, round(z_list[k], 3), count))
            if len(kept) == top:
                break
        out.append(kept)
    return out


def distinctive_by_document(docs: Sequence[str], top: int) -> list[list[tuple[str, float, int]]]:
    """Each document's distinctive terms against the others (the comparison of 2..N articles)."""
    from .terms import count_matrix

    counted = count_matrix(docs, ARTICLE_TOKENS, max_n=2)  # as term_counts, without scikit-learn
    if counted is None:
        return [[] for _ in docs]
    x, vocab = counted
    return ranked_terms(x, vocab, top, rank_rounded=True)


def distinctive_by_group(docs: Sequence[str], groups: Sequence[str], top: int,
                         prior_scale: float = PRIOR_SCALE) -> dict[str, list[dict[str, Any]]]:
    """Each group's (source's) distinctive terms against all the other groups, as ``{"term", "z",
    "count"}``; terms must occur in two documents of the corpus (one when it has two documents).
    Vectorised over the vocabulary (sparse counts), so it scales to hundreds of groups."""
    import numpy as np
    from scipy import sparse

    names = sorted(set(groups))
    if len(names) < 2 or not docs:
        return {g: [] for g in names}
    counted = term_counts(docs, SOURCE_TOKENS, min_df=2 if len(docs) > 2 else 1)
    if counted is None:
        return {g: [] for g in names}
    x, vocab = counted
    gi = {g: i for i, g in enumerate(names)}
    member = sparse.csr_matrix((np.ones(len(docs)), ([gi[g] for g in groups], np.arange(len(docs)))),
                               shape=(len(names), len(docs)))
    counts = (member @ x).toarray()
    doc_freq = (member @ (x > 0).astype(np.int64)).toarray()
    n_docs = np.asarray(member.sum(axis=1)).ravel()
    ranked = ranked_terms(counts, vocab, top, doc_freq=doc_freq, n_docs=n_docs, prior_scale=prior_scale)
    return {g: [{"term": t, "z": z, "count": c} for t, z, c in ranked[gi[g]]] for g in names}
