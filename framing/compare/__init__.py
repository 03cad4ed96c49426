"""compare(profiles) -> Comparison: differences, speakers, vocabulary, similarity.

* Feature rows: the headline value and key sub-measures of every feature, side
  by side, with which article is highest.
* A plain-language summary of the largest differences in rates. The measures of how the outlet
  writes compare the writer's own voice (words outside quotation marks); what the people an article
  quotes say is described as their words ("B quotes people using 5 direct addresses ..."), after the
  writer's-voice differences and only when it passes the same thresholds.
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

from ..catalog import OWN_VOICE_FEATURES, QUOTED_MEASURES, ROWS, SUMMARY_PHRASES
from ..errors import UsageError
from ..types import Profile, Speaker, notebook_html
from .alignment import Alignment, align, measured_text
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
    # a writer's-voice row: the same thing inside quotations (the sources' words), per article; empty otherwise
    quoted_values: tuple[float | None, ...] = ()
    quoted_counts: tuple[int | None, ...] = ()


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

    def _repr_html_(self) -> str | None:
        """The report in a Jupyter notebook (without the page chrome)."""
        return notebook_html("comparison", self)

    def is_shared(self, article: int, speaker: Speaker) -> bool:
        """Does every article cite this speaker of article ``article`` (under whatever name)?"""
        n = len(self.profiles)
        return any(len(g.articles) == n and (article, speaker.name) in g.forms for g in self.speaker_groups)


def _value(profile: Profile, feature: str, measure: str | None) -> tuple[float | None, int | None, str]:
    f = profile.features.get(feature)
    if f is None:
        return None, None, "no value: not measured"
    if measure is None:
        return f.value, f.count, f.note
    try:
        m = f.measure(measure)
    except KeyError:  # a profile from before the measure existed (a cache, a hand-made profile)
        return None, None, f.note or "no value: not measured"
    return m.value, m.count, m.note


def _quoted_words(profile: Profile) -> int | None:
    """Words inside direct quotations (None for a profile read from an older cache)."""
    for m in profile.features["style"].measures:
        if m.name == "quoted_words":
            return m.count
    return None


def _has_measure(profile: Profile, feature: str, measure: str) -> bool:
    """Does the profile report this measure (a profile read from an older cache may not)?"""
    return any(m.name == measure for m in profile.features[feature].measures)


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
QUOTED_SCORE = 1.0   # the sources' words rank after every difference in the writers' own voices ...
MAX_QUOTED_BULLETS = 1  # ... and take at most one bullet: the summary is about how the outlets write
MIN_QUOTED_WORDS = 50   # both articles quote at least this many words (else it is how much they quote that differs)
# how the quoted counterpart of a row is named in the summary, where the row's phrase does not fit
QUOTED_PHRASES: dict[tuple[str, str | None], str] = {("style", "rhetorical_questions"): "questions"}


def is_low_confidence(note: str) -> bool:
    """Does a value's note flag it as not to be relied on (too little text, out of range)? Such a value
    is shown with its note, and never summarised."""
    return note.startswith(("low confidence", "no value", "out of range", "not English"))


def _usable(row: Row) -> list[tuple[float, int]]:
    """(value, article) of the values a summary may rest on: present and not flagged."""
    return [(v, i) for i, v in enumerate(row.values) if v is not None and not is_low_confidence(row.notes[i])]


def _summary(rows: tuple[Row, ...], labels: tuple[str, ...], quoted_words: tuple[int | None, ...] = ()
             ) -> tuple[str, ...]:
    """The largest differences in plain words, each resting on enough evidence to mean something: a
    rate difference needs at least :data:`MIN_COUNT` occurrences in the higher article and
    :data:`MIN_EXCESS` more than the lower article would have at the same length, and says the counts;
    a flagged (low-confidence, out-of-range) value is never used. A row of how the outlet writes counts
    the writer's own voice only (its values and counts are the spans outside quotations); its quoted
    counterpart is said as the sources' words, under the same thresholds, when every article quotes at
    least :data:`MIN_QUOTED_WORDS` words, ranked after the rest, at most :data:`MAX_QUOTED_BULLETS`."""
    candidates: list[tuple[float, str]] = []
    quoted: list[tuple[float, str]] = []
    compare_quotes = bool(quoted_words) and all((w or 0) >= MIN_QUOTED_WORDS for w in quoted_words)
    for row in rows:
        phrase = SUMMARY_PHRASES.get((row.feature, row.measure))
        if phrase is None:
            continue
        per = "per 1,000 words in its own voice" if _is_voice(row) else "per 1,000 words"
        found = _rate_difference(_usable(row), row.counts)
        if found is not None:
            score, hi, lo, hi_v, lo_v, hi_count, lo_count = found
            if lo_v == 0:
                text = (f"{labels[hi]} uses {hi_v:g} {phrase} {per} ({hi_count} in all); "
                        f"{labels[lo]} uses none.")
            else:
                text = (f"{labels[hi]} uses {_times(hi_v, lo_v)} as many {phrase} {per} as "
                        f"{labels[lo]} ({hi_v:g} vs {lo_v:g}; {hi_count} and {lo_count} in all).")
            candidates.append((score, text))
        if row.quoted_counts and compare_quotes:
            found = _rate_difference(_quoted_usable(row), row.quoted_counts)
            if found is not None:
                score, hi, lo, hi_v, lo_v, hi_count, lo_count = found
                said = QUOTED_PHRASES.get((row.feature, row.measure), phrase)
                if lo_v == 0:
                    text = (f"{labels[hi]} quotes people using {hi_count} {said}, {hi_v:g} per 1,000 quoted "
                            f"words; {labels[lo]} quotes none.")
                else:
                    text = (f"{labels[hi]} quotes people using {_times(hi_v, lo_v)} as many {said} per 1,000 "
                            f"quoted words as {labels[lo]} ({hi_v:g} vs {lo_v:g}; {hi_count} and {lo_count} "
                            f"in all).")
                quoted.append((QUOTED_SCORE + min(score, 10.0) / 100, text))
    quoted.sort(key=lambda t: (-t[0], t[1]))
    candidates += quoted[:MAX_QUOTED_BULLETS]
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
            candidates.append((1.6 + hi_v - lo_v, f"{labels[lo]} is {_tone_comparison(lo_v, hi_v)} in tone than "
                                                   f"{labels[hi]} (mean sentence score {lo_v:+.2f} vs {hi_v:+.2f})."))
    candidates.sort(key=lambda t: (-t[0], t[1]))
    return tuple(text for _, text in candidates[:6])


def _tone_comparison(low: float, high: float) -> str:
    """How the lower of two mean tones compares: two positive tones differ in how positive they are
    ("less positive"), not in negativity, which "more negative" would claim of an upbeat article."""
    return "less positive" if low >= 0 else "more negative"


def _is_voice(row: Row) -> bool:
    """Does the row measure how the outlet writes (counted in the writer's own voice)?"""
    return row.feature in OWN_VOICE_FEATURES or (row.feature, row.measure) in QUOTED_MEASURES


def _rate_difference(vals: list[tuple[float, int]], counts: tuple[int | None, ...]
                     ) -> tuple[float, int, int, float, float, int, int] | None:
    """(score, higher article, lower article, their rates, their counts) of a rate difference worth a
    bullet, or None: at least :data:`MIN_COUNT` occurrences in the higher article, :data:`MIN_EXCESS`
    more than the lower article's rate would give over the same words (the higher count times one minus
    the rates' ratio: the same for any denominator), and a ratio of 1.5 or more unless the lower is 0."""
    if len(vals) < 2:
        return None
    hi_v, hi = max(vals, key=lambda t: (t[0], -t[1]))
    lo_v, lo = min(vals, key=lambda t: (t[0], t[1]))
    if hi_v <= 0 or hi == lo:
        return None
    hi_count = counts[hi] or 0
    lo_count = counts[lo] or 0
    if hi_count < MIN_COUNT or hi_count * (1 - lo_v / hi_v) < MIN_EXCESS:
        return None  # one or two occurrences, or a gap of one or two, is not a difference worth a headline
    if lo_v == 0:
        return 3.0 + math.log(hi_count), hi, lo, hi_v, lo_v, hi_count, lo_count
    ratio = hi_v / lo_v
    if ratio < 1.5:
        return None
    return ratio, hi, lo, hi_v, lo_v, hi_count, lo_count


def _quoted_usable(row: Row) -> list[tuple[float, int]]:
    """(value, article) of a row's quoted counterpart: an article that quotes no one counts as quoting
    none of it (rate 0), one with a flagged value is left out."""
    out = []
    for i, v in enumerate(row.quoted_values):
        if v is None and (row.quoted_counts[i] or 0) == 0:
            out.append((0.0, i))
        elif v is not None:
            out.append((v, i))
    return out


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
        quoted_vals: tuple = ()
        quoted_counts: tuple = ()
        quoted = QUOTED_MEASURES.get((feature, measure))
        if quoted is not None and all(_has_measure(p, feature, quoted) for p in profiles):
            quoted_vals, quoted_counts, _ = zip(*(_value(p, feature, quoted) for p in profiles))
        rows.append(Row(feature, measure, label, meaning, kind, tuple(vals), tuple(counts), tuple(notes),
                        _highest(tuple(vals)), tuple(quoted_vals), tuple(quoted_counts)))
    rows_t = tuple(rows)
    speakers = tuple(p.speakers for p in profiles)
    groups = tuple(merge_speakers(speakers))
    shared_names = tuple(sorted(g.name for g in groups if len(g.articles) == len(profiles)))
    sim = _similarity(profiles)
    quoted_words = tuple(_quoted_words(p) for p in profiles)
    docs = [measured_text(p) for p in profiles]  # once for the alignment and the headlines
    numbers = [find_numbers(d) for d in docs]
    alignment = align(profiles, labels, groups, docs, numbers)
    headlines = read_headlines(profiles, numbers)
    return Comparison(profiles, rows_t, _summary(rows_t, labels, quoted_words), speakers, shared_names,
                      _distinctive(profiles, top_terms), sim, verdict(sim, [p.article.date for p in profiles]), labels,
                      groups, alignment, headlines, discussion_questions(profiles, labels, alignment, headlines))
