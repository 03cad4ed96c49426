"""compare(profiles) -> Comparison: differences, speakers, vocabulary, similarity.

* Feature rows: the headline value and key sub-measures of every feature, side
  by side, with which article is highest.
* A plain-language summary of the largest differences in rates.
* Speakers: who each article cites, and which speakers are shared.
* Distinctive vocabulary: words and two-word phrases most characteristic of
  each article against the others, by the log-odds ratio with an informative
  Dirichlet prior (Monroe, Colaresi & Quinn 2008), counted with scikit-learn's
  CountVectorizer.
* Topic similarity: cosine of TF-IDF vectors (scikit-learn) of the texts.
"""
from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import Any

from ..errors import UsageError
from ..analysis.features import MEANINGS
from ..types import Profile

# (feature, measure or None for the headline value, label, meaning, kind)
# kind "rate" rows take part in the plain-language summary.
ROWS: tuple[tuple[str, str | None, str, str, str], ...] = (
    ("style", "words", "Words", "Length of title and text.", "count"),
    ("style", "mean_sentence_length", "Mean sentence length", "Words per sentence in the body.", "value"),
    ("style", "exclamations", "Exclamation marks", "Per 1,000 words.", "rate"),
    ("style", "questions", "Questions", "Per 1,000 words; rhetorical ones are in the writer's voice.", "rate"),
    ("style", "rhetorical_questions", "Rhetorical questions", "Questions outside quotations, per 1,000 words.", "rate"),
    ("style", "all_caps", "Words in capitals", "Shouted words (not acronyms), per 1,000 words.", "rate"),
    ("style", "direct_address", "Direct address", "You/your and imperatives, per 1,000 words.", "rate"),
    ("style", "first_person", "First person", "I/we/our, per 1,000 words.", "rate"),
    ("readability", None, "Reading grade", MEANINGS["readability"], "value"),
    ("readability", "flesch_reading_ease", "Flesch reading ease", "0-100: higher = easier to read.", "value"),
    ("hedging", None, "Hedging", MEANINGS["hedging"], "rate"),
    ("boosters", None, "Boosters", MEANINGS["boosters"], "rate"),
    ("alarmist", None, "Alarmist terms", MEANINGS["alarmist"], "rate"),
    ("alarmist", "war", "\"It's war\" phrases", "War declarations and threats, per 1,000 words.", "rate"),
    ("loaded", None, "Loaded words", MEANINGS["loaded"], "rate"),
    ("sentiment", None, "Tone (VADER)", MEANINGS["sentiment"], "value"),
    ("sentiment", "share_negative", "Negative sentences", "Share of sentences with a negative tone.", "share"),
    ("sourcing", None, "Attributions", MEANINGS["sourcing"], "value"),
    ("sourcing", "anonymous", "Anonymous or vague sources", "Per 1,000 words (officials, observers, some ...).", "rate"),
    ("sourcing", "loaded_verbs", "Loaded report verbs", "claimed, admitted, accused ... per 1,000 words.", "rate"),
    ("sourcing", "quoted_share", "Text in quotation marks", "Share of the body inside direct quotations.", "share"),
    ("sourcing", "unattributed_claims", "Unattributed claims", "Share of claim sentences with no source.", "share"),
    ("speculation", None, "Speculation", MEANINGS["speculation"], "rate"),
)

# Rows summarised in plain language: (feature, measure, phrase for "uses N x as many ...")
SUMMARY_PHRASES = {
    ("alarmist", None): "alarmist terms",
    ("alarmist", "war"): "\"it's war\"-type phrases",
    ("hedging", None): "hedges",
    ("boosters", None): "boosters (words of certainty)",
    ("loaded", None): "loaded words",
    ("speculation", None): "forecasts and if-then predictions",
    ("sourcing", "anonymous"): "anonymous or vague sources",
    ("sourcing", "loaded_verbs"): "loaded report verbs",
    ("style", "direct_address"): "direct addresses to the reader",
    ("style", "exclamations"): "exclamation marks",
    ("style", "rhetorical_questions"): "rhetorical questions",
    ("style", "all_caps"): "words in capitals",
}
SIMILARITY_SAME = 0.30
SIMILARITY_RELATED = 0.12


@dataclass(frozen=True, slots=True)
class Row:
    feature: str
    measure: str | None
    label: str
    meaning: str
    kind: str
    values: tuple[float | None, ...]
    counts: tuple[int | None, ...]
    notes: tuple[str, ...]
    highest: int | None  # index of the highest article, None on a tie or without values


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    z: float
    count: int


@dataclass(frozen=True)
class Comparison:
    profiles: tuple[Profile, ...]
    rows: tuple[Row, ...]
    summary: tuple[str, ...]
    speakers: tuple[tuple[dict[str, Any], ...], ...]  # per article
    shared_speakers: tuple[str, ...]
    distinctive: tuple[tuple[Term, ...], ...]
    similarity: tuple[tuple[float, ...], ...]
    similarity_verdict: str
    labels: tuple[str, ...] = field(default=())


def _value(profile: Profile, feature: str, measure: str | None) -> tuple[float | None, int | None, str]:
    f = profile.features[feature]
    if measure is None:
        return f.value, f.count, f.note
    m = f.measure(measure)
    return m.value, m.count, m.note


def _highest(values: tuple[float | None, ...]) -> int | None:
    present = [(v, i) for i, v in enumerate(values) if v is not None]
    if len(present) < 2:
        return None
    best = max(v for v, _ in present)
    winners = [i for v, i in present if v == best]
    return winners[0] if len(winners) == 1 else None


def article_labels(n: int) -> tuple[str, ...]:
    """A, B, C ... Z, AA, AB ..."""
    out = []
    for i in range(n):
        s = ""
        k = i
        while True:
            s = chr(ord("A") + k % 26) + s
            k = k // 26 - 1
            if k < 0:
                break
        out.append(s)
    return tuple(out)


def _times(a: float, b: float) -> str:
    r = a / b
    return f"{r:.0f}x" if r >= 10 else f"{r:.1f}x".replace(".0x", "x")


def _summary(rows: tuple[Row, ...], labels: tuple[str, ...]) -> tuple[str, ...]:
    candidates: list[tuple[float, str]] = []
    for row in rows:
        phrase = SUMMARY_PHRASES.get((row.feature, row.measure))
        if phrase is None:
            continue
        vals = [(v, i) for i, v in enumerate(row.values) if v is not None]
        if len(vals) < 2:
            continue
        hi_v, hi = max(vals, key=lambda t: (t[0], -t[1]))
        lo_v, lo = min(vals, key=lambda t: (t[0], t[1]))
        if hi_v <= 0 or hi == lo:
            continue
        hi_count = row.counts[hi] or 0
        if hi_count < 2:
            continue  # one occurrence is not a difference worth a headline
        if lo_v == 0:
            score = 3.0 + math.log(hi_count)
            text = (f"{labels[hi]} uses {hi_v:g} {phrase} per 1,000 words ({hi_count} in all); "
                    f"{labels[lo]} uses none.")
        else:
            ratio = hi_v / lo_v
            if ratio < 1.5:
                continue
            score = ratio
            text = f"{labels[hi]} uses {_times(hi_v, lo_v)} as many {phrase} per 1,000 words as {labels[lo]}" \
                   f" ({hi_v:g} vs {lo_v:g})."
        candidates.append((score, text))
    # readability and sourcing differences in absolute terms
    for row in rows:
        vals = [(v, i) for i, v in enumerate(row.values) if v is not None]
        if len(vals) < 2:
            continue
        hi_v, hi = max(vals, key=lambda t: (t[0], -t[1]))
        lo_v, lo = min(vals, key=lambda t: (t[0], t[1]))
        if (row.feature, row.measure) == ("readability", None) and hi_v - lo_v >= 2:
            candidates.append((2.0 + (hi_v - lo_v) / 10, f"{labels[hi]} reads {hi_v - lo_v:.1f} school grades "
                                                           f"harder than {labels[lo]} ({hi_v:g} vs {lo_v:g})."))
        if (row.feature, row.measure) == ("sourcing", "unattributed_claims") and hi_v - lo_v >= 0.2:
            candidates.append((2.0 + hi_v - lo_v, f"{labels[hi]} leaves {hi_v:.0%} of its claim sentences "
                                                   f"unattributed, {labels[lo]} {lo_v:.0%}."))
        if (row.feature, row.measure) == ("sentiment", None) and hi_v - lo_v >= 0.15:
            candidates.append((1.6 + hi_v - lo_v, f"{labels[lo]} is more negative in tone than {labels[hi]} "
                                                   f"(mean sentence score {lo_v:+.2f} vs {hi_v:+.2f})."))
    candidates.sort(key=lambda t: (-t[0], t[1]))
    return tuple(text for _, text in candidates[:6])


_VECTORIZERS = threading.local()  # per thread: (CountVectorizer, TfidfVectorizer), refitted on each call


def _vectorizers():
    """The two vectorizers, made once per thread: a vectorizer checks its stop-word list against its
    tokenizer on its first fit only, which took longer than the fit itself on two articles."""
    found = getattr(_VECTORIZERS, "pair", None)
    if found is None:
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

        found = _VECTORIZERS.pair = (
            CountVectorizer(ngram_range=(1, 2), stop_words="english", lowercase=True,
                            token_pattern=r"(?u)\b[^\W\d_][\w'’-]*[^\W_]\b|\b[^\W\d_]{2,}\b"),
            TfidfVectorizer(stop_words="english", sublinear_tf=True))
    return found


def _distinctive(profiles: tuple[Profile, ...], top: int) -> tuple[tuple[Term, ...], ...]:
    import sklearn

    docs = [f"{p.article.title}\n{p.article.text}" for p in profiles]
    vec = _vectorizers()[0]
    try:
        with sklearn.config_context(skip_parameter_validation=True):  # fixed, valid parameters
            counts = vec.fit_transform(docs).toarray()
    except ValueError:
        return tuple(() for _ in profiles)
    vocab = vec.get_feature_names_out().tolist()
    totals_array = counts.sum(axis=0)
    grand = totals_array.sum()
    alpha0 = 10.0 * len(vocab) ** 0.5  # prior strength, scaled with vocabulary size
    prior = (alpha0 * totals_array / grand).tolist()
    totals = totals_array.tolist()  # plain Python numbers: the same float64 arithmetic, without numpy's
    rows = counts.tolist()          # per-element overhead
    out = []
    for i in range(len(profiles)):
        y_i = rows[i]
        n_i = sum(y_i)
        n_j = sum(totals) - n_i
        terms = []
        for k, y in enumerate(y_i):
            if y < 2:
                continue
            a = prior[k]
            y_other = totals[k] - y
            delta = math.log((y + a) / (n_i + alpha0 - y - a)) - \
                math.log((y_other + a) / (n_j + alpha0 - y_other - a))
            z = delta / math.sqrt(1.0 / (y + a) + 1.0 / (y_other + a))
            if z > 0:
                terms.append(Term(str(vocab[k]), round(z, 3), int(y)))
        terms.sort(key=lambda t: (-t.z, t.term))
        # drop unigrams already covered by a listed bigram of the same count
        kept: list[Term] = []
        for t in terms:
            if " " not in t.term and any(t.term in k.term.split() and k.count == t.count for k in kept):
                continue
            kept.append(t)
            if len(kept) == top:
                break
        out.append(tuple(kept))
    return tuple(out)


def _similarity(profiles: tuple[Profile, ...]) -> tuple[tuple[float, ...], ...]:
    import sklearn
    from sklearn.metrics.pairwise import cosine_similarity

    docs = [f"{p.article.title}\n{p.article.text}" for p in profiles]
    try:
        with sklearn.config_context(skip_parameter_validation=True):  # fixed, valid parameters
            tfidf = _vectorizers()[1].fit_transform(docs)
    except ValueError:
        return tuple(tuple(0.0 for _ in profiles) for _ in profiles)
    sim = cosine_similarity(tfidf)
    return tuple(tuple(round(float(v), 3) for v in row) for row in sim)


def _verdict(sim: tuple[tuple[float, ...], ...]) -> str:
    n = len(sim)
    pairs = [sim[i][j] for i in range(n) for j in range(i + 1, n)]
    low = min(pairs)
    if low >= SIMILARITY_SAME:
        return "same story"
    if low >= SIMILARITY_RELATED:
        return "related topic"
    return "different stories"


def compare(profiles: list[Profile] | tuple[Profile, ...], top_terms: int = 12) -> Comparison:
    """Compare 2..N analyzed articles. Raises UsageError for fewer than two."""
    profiles = tuple(profiles)
    if len(profiles) < 2:
        raise UsageError(f"compare needs at least 2 articles, got {len(profiles)}")
    labels = article_labels(len(profiles))
    rows = []
    for feature, measure, label, meaning, kind in ROWS:
        vals, counts, notes = zip(*(_value(p, feature, measure) for p in profiles))
        rows.append(Row(feature, measure, label, meaning, kind, tuple(vals), tuple(counts), tuple(notes),
                        _highest(tuple(vals))))
    rows_t = tuple(rows)
    speakers = tuple(tuple(p.features["sourcing"].details.get("speakers", ())) for p in profiles)
    key_sets = [{_speaker_key(s) for s in sp} for sp in speakers]
    shared = set.intersection(*key_sets) if key_sets else set()
    shared_names = tuple(sorted({s["name"] for sp in speakers for s in sp if _speaker_key(s) in shared}))
    sim = _similarity(profiles)
    return Comparison(profiles, rows_t, _summary(rows_t, labels), speakers, shared_names,
                      _distinctive(profiles, top_terms), sim, _verdict(sim), labels)


def _speaker_key(s: dict[str, Any]) -> str:
    """Persons match on surname (Sergei/Sergey Lavrov); others on their lower-cased name."""
    name = s["name"]
    if s["kind"] == "person":
        return "person:" + name.split()[-1].lower().replace("’", "'")
    text = name.lower()
    for prefix in ("the ",):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return f"{s['kind']}:{text}"
