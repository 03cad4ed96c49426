"""Stories in a corpus: which articles report the same event.

Articles are grouped by their ``story`` field when any input has one; otherwise by the topic
similarity of their titles and texts (:mod:`framing.compare.similarity`, the scale the comparison uses):
pairs at or above a threshold (by default :data:`~framing.compare.similarity.SAME_STORY`) that were
published within :data:`~framing.compare.similarity.STORY_DAYS` days of each other (where both dates
are known) are linked, and linked articles are grouped, strongest links first, as long as the two
groups' articles are on average as alike as the threshold (average linkage: no chains of articles
each like the next; the sparse similarity matrix is read a block of rows at a time so memory stays bounded).
"""
from __future__ import annotations

from typing import Any, Sequence

from ..compare.similarity import SAME_STORY, STORY_DAYS, hashed_idf, parse_date
from ..types import Article, StoryGroup

DEFAULT_THRESHOLD = SAME_STORY
_N_FEATURES = 2 ** 20
MAX_SIMILARITY_ARTICLES = 20_000  # above this, stories come only from a `story` field
_BLOCK = 256  # rows per similarity product: bounds the temporary similarity block


class TextVectors:
    """Hashed term counts of every article, kept compactly, turned into TF-IDF at the end.

    A HashingVectorizer needs no vocabulary, so texts are vectorised chunk by
    chunk and never kept; the word weights are those of news in general
    (:func:`framing.compare.similarity.hashed_idf`), so similarities are on
    the comparison's scale whatever the corpus. Each article's date is kept
    (as a day number, or None).
    """

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self._vectorizer = HashingVectorizer(stop_words="english", alternate_sign=False, norm=None,
                                             n_features=_N_FEATURES, dtype="float32")
        self._parts: list[Any] = []
        self.days: list[int | None] = []
        self.n = 0
        self.overflow = False  # past MAX_SIMILARITY_ARTICLES: vectors are dropped, memory stays bounded

    def add(self, texts: list[str], dates: Sequence[str | None] | None = None) -> None:
        """Vectorise ``texts`` (with their ``dates``, where known)."""
        for date in dates if dates is not None else [None] * len(texts):
            day = parse_date(date)
            self.days.append(None if day is None else day.toordinal())
        self.n += len(texts)
        if self.n > MAX_SIMILARITY_ARTICLES:
            self.overflow, self._parts = True, []
        elif texts:
            self._parts.append(self._vectorizer.transform(texts).tocsr())

    def add_articles(self, articles: Sequence[Article]) -> None:
        self.add([f"{a.title}\n{a.text}" for a in articles], [a.date for a in articles])

    def tfidf(self) -> Any:
        import numpy as np
        from scipy import sparse
        from sklearn.preprocessing import normalize

        if not self._parts or self.overflow:
            return None
        x = sparse.vstack(self._parts).tocsr()
        self._parts = []  # the stacked matrix is transformed in place: one copy in memory
        idf = hashed_idf(_N_FEATURES)
        np.log(x.data, out=x.data)
        x.data += 1  # sublinear tf
        x.data *= idf[x.indices]
        return normalize(x, copy=False)


def mean_pairwise_similarity(x: Any, members: list[int]) -> float:
    """The mean cosine over all pairs of ``members`` (rows of the normalised matrix ``x``), rounded."""
    sub = x[members]
    sims = (sub @ sub.T).toarray()
    n = len(members)
    total = sum(float(sims[i][j]) for i in range(n) for j in range(i + 1, n))
    return round(total / (n * (n - 1) / 2), 3)


def _groups_by_similarity(x: Any, threshold: float, days: Sequence[int | None]) -> list[StoryGroup]:
    """Groups by average linkage: the linked pairs (similarity at or above ``threshold``, dates at most
    :data:`STORY_DAYS` apart where both are known), strongest first, join their articles' groups when
    the mean similarity between the two groups' articles is itself at least ``threshold`` and their
    dated articles stay within :data:`STORY_DAYS` days of each other. Joining every linked pair
    (single linkage) chained 242 of the 1,500 AllSides articles into one "story" of mean similarity
    0.09, each article like its neighbour and the ends about nothing in common."""
    n = x.shape[0]
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs: list[tuple[float, int, int]] = []
    xt = x.T.tocsr()
    for start in range(0, n, _BLOCK):
        sims = (x[start:start + _BLOCK] @ xt).tocoo()
        for i, j, v in zip(sims.row, sims.col, sims.data):
            a, b = start + int(i), int(j)
            if a < b and v >= threshold - 1e-6:
                da, db = days[a], days[b]
                if da is not None and db is not None and abs(da - db) > STORY_DAYS:
                    continue  # too far apart in time to be one story
                pairs.append((-round(float(v), 9), a, b))
    pairs.sort()
    centroid: dict[int, Any] = {}  # root -> the sum of its members' vectors (a sparse row)

    def vector(r: int) -> Any:
        found = centroid.get(r)
        return x[r] if found is None else found

    size = [1] * n
    span: list[tuple[int | None, int | None]] = [(d, d) for d in days]  # a group's first and last dated day
    for _, a, b in pairs:
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        va, vb = vector(ra), vector(rb)
        # the mean similarity of every article of one group with every article of the other
        # (the rows are unit vectors, so it is the dot product of the sums over the product of the sizes)
        if float(va.multiply(vb).sum()) / (size[ra] * size[rb]) < threshold - 1e-6:
            continue  # the two groups, taken whole, are not one story
        dated = [d for d in (*span[ra], *span[rb]) if d is not None]
        if dated and max(dated) - min(dated) > STORY_DAYS:
            continue  # an undated article does not bridge reports weeks apart
        keep, gone = min(ra, rb), max(ra, rb)
        span[keep] = (min(dated), max(dated)) if dated else (None, None)
        parent[gone] = keep
        centroid[keep] = va + vb
        size[keep] += size[gone]
        centroid.pop(gone, None)
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(root(i), []).append(i)
    return [StoryGroup(str(r), m, "similarity", mean_pairwise_similarity(x, m))
            for r, m in sorted(comps.items()) if len(m) >= 2]


def groups_of(vectors: TextVectors, stories: Sequence[str | None], threshold: float) -> list[StoryGroup]:
    """The story groups of a corpus seen through ``vectors``, with ``stories`` its story fields."""
    x = vectors.tfidf()
    if any(stories):
        by_key: dict[str, list[int]] = {}
        for i, story in enumerate(stories):
            if story:
                by_key.setdefault(story, []).append(i)
        groups = [StoryGroup(k, v, "story field", None) for k, v in sorted(by_key.items()) if len(v) >= 2]
        for g in groups:
            g.similarity = mean_pairwise_similarity(x, g.members) if x is not None else None
    elif x is None or x.shape[0] > MAX_SIMILARITY_ARTICLES:
        groups = []
    else:
        groups = _groups_by_similarity(x, threshold, vectors.days)
    for n, g in enumerate(groups, 1):
        g.name = f"story-{n}"
    return groups


def group_stories(articles: Sequence[Article], threshold: float = DEFAULT_THRESHOLD) -> list[StoryGroup]:
    """Groups of 2+ articles on the same story: by ``story`` field if any article has one, else by similarity."""
    vectors = TextVectors()
    vectors.add_articles(articles)
    return groups_of(vectors, [a.story for a in articles], threshold)
