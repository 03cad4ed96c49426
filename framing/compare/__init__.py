"""compare(profiles) -> Comparison: differences, speakers, vocabulary, similarity.

* Feature rows: the headline value and key sub-measures of every feature, side
  by side, with which article is highest.
* A plain-language summary of the largest differences in rates.
* Speakers: who each article cites, and which speakers are shared (:mod:`.speakers`: one speaker however
  each article names them).
* Distinctive vocabulary: words and two-word phrases most characteristic of
  each article against the others, by the log-odds ratio with an informative
  Dirichlet prior (Monroe, Colaresi & Quinn 2008), counted with scikit-learn's
  CountVectorizer.
* Topic similarity (:mod:`.similarity`): cosine of TF-IDF vectors with word weights from news in
  general, on the one scale the story groups of ``framing batch`` use.
* Same story, different choices: the sentences the articles share and the speakers and figures only
  some carry (:mod:`.alignment`), the headlines read against their texts (:mod:`.headlines`), and
  discussion questions made from those differences (:mod:`.questions`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..catalog import ROWS, SUMMARY_PHRASES
from ..errors import UsageError
from ..types import Profile, Speaker
from ..analysis.text import tokenize
from .alignment import Alignment, align
from .headlines import Headline, read_headlines
from .numbers import find_numbers
from .questions import Question, discussion_questions
from .similarity import RELATED_TOPIC, SAME_STORY, similarity_matrix, verdict
from .speakers import SharedSpeaker, merge_speakers
from .vocabulary import distinctive_by_document

SIMILARITY_SAME = SAME_STORY  # (the names the comparison used before the scale was shared)
SIMILARITY_RELATED = RELATED_TOPIC


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
    speakers: tuple[tuple[Speaker, ...], ...]  # per article
    shared_speakers: tuple[str, ...]  # the speakers every article cites, each by its fullest name
    distinctive: tuple[tuple[Term, ...], ...]
    similarity: tuple[tuple[float, ...], ...]
    similarity_verdict: str
    labels: tuple[str, ...] = field(default=())
    speaker_groups: tuple[SharedSpeaker, ...] = field(default=())  # every named speaker, merged across articles
    alignment: Alignment = field(default_factory=Alignment)  # what they report in common, and what only some do
    headlines: tuple[Headline, ...] = field(default=())  # per article: charged words, unsupported parts
    questions: tuple[Question, ...] = field(default=())  # discussion questions, most telling first

    def is_shared(self, article: int, speaker: Speaker) -> bool:
        """Does every article cite this speaker of article ``article`` (under whatever name)?"""
        n = len(self.profiles)
        return any(len(g.articles) == n and (article, speaker.name) in g.forms for g in self.speaker_groups)


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


MIN_COUNT = 3        # a rate difference needs this many occurrences in the higher article ...
MIN_EXCESS = 3.0     # ... and this many more than the lower article would have at the same length
MIN_GRADES = 2.0     # reading grades apart
MIN_UNATTRIBUTED = 0.2  # share of claim sentences apart
MIN_TONE = 0.15      # mean sentence score apart


def is_low_confidence(note: str) -> bool:
    """Does a value's note flag it as not to be relied on (too little text, out of range)? Such a value
    is shown with its note, and never summarised."""
    return note.startswith(("low confidence", "no value", "out of range", "not English"))


def _usable(row: Row) -> list[tuple[float, int]]:
    """(value, article) of the values a summary may rest on: present and not flagged."""
    return [(v, i) for i, v in enumerate(row.values) if v is not None and not is_low_confidence(row.notes[i])]


def _summary(rows: tuple[Row, ...], labels: tuple[str, ...], n_words: tuple[int, ...]) -> tuple[str, ...]:
    """The largest differences in plain words, each resting on enough evidence to mean something: a
    rate difference needs at least :data:`MIN_COUNT` occurrences in the higher article and
    :data:`MIN_EXCESS` more than the lower article would have at the same length, and says the counts;
    a flagged (low-confidence, out-of-range) value is never used."""
    candidates: list[tuple[float, str]] = []
    for row in rows:
        phrase = SUMMARY_PHRASES.get((row.feature, row.measure))
        if phrase is None:
            continue
        vals = _usable(row)
        if len(vals) < 2:
            continue
        hi_v, hi = max(vals, key=lambda t: (t[0], -t[1]))
        lo_v, lo = min(vals, key=lambda t: (t[0], t[1]))
        if hi_v <= 0 or hi == lo:
            continue
        hi_count = row.counts[hi] or 0
        lo_count = row.counts[lo] or 0
        if hi_count < MIN_COUNT or hi_count - lo_v * n_words[hi] / 1000 < MIN_EXCESS:
            continue  # one or two occurrences, or a gap of one or two, is not a difference worth a headline
        if lo_v == 0:
            score = 3.0 + math.log(hi_count)
            text = (f"{labels[hi]} uses {hi_v:g} {phrase} per 1,000 words ({hi_count} in all); "
                    f"{labels[lo]} uses none.")
        else:
            ratio = hi_v / lo_v
            if ratio < 1.5:
                continue
            score = ratio
            text = (f"{labels[hi]} uses {_times(hi_v, lo_v)} as many {phrase} per 1,000 words as {labels[lo]} "
                    f"({hi_v:g} vs {lo_v:g}; {hi_count} and {lo_count} in all).")
        candidates.append((score, text))
    # readability, sourcing and tone differences in absolute terms
    for row in rows:
        vals = _usable(row)
        if len(vals) < 2:
            continue
        hi_v, hi = max(vals, key=lambda t: (t[0], -t[1]))
        lo_v, lo = min(vals, key=lambda t: (t[0], t[1]))
        if (row.feature, row.measure) == ("readability", None) and hi_v - lo_v >= MIN_GRADES:
            candidates.append((2.0 + (hi_v - lo_v) / 10, f"{labels[hi]} reads {hi_v - lo_v:.1f} school grades "
                                                           f"harder than {labels[lo]} ({hi_v:g} vs {lo_v:g})."))
        if (row.feature, row.measure) == ("sourcing", "unattributed_claims") and hi_v - lo_v >= MIN_UNATTRIBUTED:
            candidates.append((2.0 + hi_v - lo_v, f"{labels[hi]} leaves {hi_v:.0%} of its claim sentences "
                                                   f"unattributed, {labels[lo]} {lo_v:.0%}."))
        if (row.feature, row.measure) == ("sentiment", None) and hi_v - lo_v >= MIN_TONE:
            candidates.append((1.6 + hi_v - lo_v, f"{labels[lo]} is more negative in tone than {labels[hi]} "
                                                   f"(mean sentence score {lo_v:+.2f} vs {hi_v:+.2f})."))
    candidates.sort(key=lambda t: (-t[0], t[1]))
    return tuple(text for _, text in candidates[:6])


def _distinctive(profiles: tuple[Profile, ...], top: int) -> tuple[tuple[Term, ...], ...]:
    docs = [f"{p.article.title}\n{p.article.text}" for p in profiles]
    return tuple(tuple(Term(t, z, c) for t, z, c in terms) for terms in distinctive_by_document(docs, top))


def _similarity(profiles: tuple[Profile, ...]) -> tuple[tuple[float, ...], ...]:
    sim = similarity_matrix([f"{p.article.title}\n{p.article.text}" for p in profiles])
    return tuple(tuple(round(float(v), 3) for v in row) for row in sim)


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
    speakers = tuple(p.speakers for p in profiles)
    groups = tuple(merge_speakers(speakers))
    shared_names = tuple(sorted(g.name for g in groups if len(g.articles) == len(profiles)))
    sim = _similarity(profiles)
    n_words = tuple(p.n_words for p in profiles)
    docs = [tokenize(p.article.text) for p in profiles]  # once for the alignment and the headlines
    numbers = [find_numbers(d) for d in docs]
    alignment = align(profiles, labels, groups, docs, numbers)
    headlines = read_headlines(profiles, numbers)
    return Comparison(profiles, rows_t, _summary(rows_t, labels, n_words), speakers, shared_names,
                      _distinctive(profiles, top_terms), sim, verdict(sim, [p.article.date for p in profiles]), labels,
                      groups, alignment, headlines, discussion_questions(profiles, labels, alignment, headlines))
