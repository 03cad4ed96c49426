"""Same story, different choices: what 2..N articles on one story report in common, and what only
some of them carry.

:func:`align` matches sentences across articles and names what is left out:

* **Sentences.** Every sentence of at least :data:`MIN_WORDS` words is a vector of its words (counted as
  scikit-learn's CountVectorizer counts them, English stop words removed: :mod:`.terms`, checked against
  scikit-learn in the tests), weighted ``1 + log(count)`` and by the word's rarity in
  news in general (the document frequencies of :mod:`.similarity`, so that "said" and "Tuesday" count
  for little and "Kislyak" for much; a word news in general never used twice, typically a name, takes
  the weight of the rarest word counted). Two sentences of two articles are aligned when their cosine
  is at least :data:`LINK`, or at least :data:`LINK_ANCHORED` and they share a figure or a named person
  exactly (an outlet is no anchor: "the AP reported" ends sentences on anything); they share at least
  :data:`MIN_SHARED` content words, one of them not a name (two sentences citing "Capt. Ron Johnson"
  on different facts share only his name); and one is the other's most similar sentence in its article (either way round, so one
  article's long sentence can align with two short ones of another). Aligned sentences of 2..N
  articles form groups (connected components). The thresholds were read off real same-story pairs
  of AllSides articles (``judgments/same-story-pairs.jsonl``): of the pairs a sentence's best match
  forms, 10 of 20 read as the same fact between cosines 0.30 and 0.45, 17 of 25 at 0.45 and above, and
  the shared-words rule took out mostly wrong ones (pairs sharing only a name or one word). With these
  thresholds 23 of 32 aligned pairs read as the same event, fact, figure or quote
  (``judgments/alignment-precision.jsonl``, drawn by ``scripts/alignment_precision.py``, seed 14).
  Two rules came after, from two AllSides trios (``judgments/trios.jsonl``): headings (:func:`in_heading`)
  are not aligned, and a sentence takes several of another article only when they are shorter than it
  (the best match of each, the other way round, is not enough); of those 32 judged pairs, 25 stay
  aligned and 21 of them read as the same (72 aligned pairs on the same-story pairs become 57).
* **Figures** (:mod:`.numbers`) are matched exactly: the same value after normalisation ("69,000",
  "69K", "69 thousand"), the same kind (money, percent, quantity) and, under 10, the same unit.
* **Speakers** are the named persons, organisations and outlets of the sourcing feature, merged
  across articles by :func:`.speakers.merge_speakers` (one speaker however each article names them).

Omissions are named: a notable figure (digits with a unit, money, a percentage) or a named speaker that
some articles carry and others do not ("Only A reports 49 artillery attacks."; "B does not quote Sergey
Lavrov, whom A and C quote."). Every record keeps spans that slice its article's text exactly.

Cost: one tokenization per article and one sparse product per pair of articles; two 5 KB articles
align in about 15 ms warm, tokenization included (``tests/test_benchmark.py``,
``test_bench_align_two_articles``).
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from ..analysis.cleaning import blank_ranges
from ..analysis.text import Doc, tokenize
from ..types import Evidence, Profile, Speaker
from .numbers import NumberMention, find_numbers, is_notable, same_figure
from .similarity import _document_frequencies
from .speakers import SharedSpeaker, merge_speakers, speaker_key
from .terms import count_matrix, stop_words

MIN_WORDS = 5         # shorter sentences (headings, captions, "Feedback") are not aligned
LINK = 0.45           # cosine at which two sentences are aligned on their words alone
LINK_ANCHORED = 0.30  # ... or at which they are, when they also share a figure or a named speaker
MIN_SHARED = 2        # content words two aligned sentences must share, at least one of them not a name
REPORT_WORDS = frozenset("said says say saying told tells according added adding".split())
NAMED_KINDS = ("person", "organization", "outlet")
_RESOLVED = re.compile(r"\(([^()=]+) = ([^()]+)\)$")


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of one article: ``article`` (its position), ``field`` ("title" or "text") and
    ``text == article.<field>[start:end]``."""

    article: int
    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class AlignedGroup:
    """Sentences of two or more articles that report the same thing: the sentences (in article order,
    then text order), the cosine of its strongest link (higher = closer wording), and the figures and
    named speakers they share exactly (as the first article writes them)."""

    passages: tuple[Passage, ...]
    similarity: float
    numbers: tuple[str, ...]
    speakers: tuple[str, ...]
    links: tuple[tuple[int, int, float], ...] = ()  # (passage, passage, cosine): the aligned pairs themselves

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({p.article for p in self.passages}))


@dataclass(frozen=True, slots=True)
class Omission:
    """Something some articles carry and others leave out: ``kind`` "speaker" or "number", ``what`` (the
    speaker's name or the figure as written), the articles that have it and those that do not, the
    verb ("quotes", "cites", "reports"), a sentence saying it, and the evidence: the spans in the
    articles that carry it."""

    kind: str
    what: str
    present: tuple[int, ...]
    absent: tuple[int, ...]
    verb: str
    sentence: str
    evidence: tuple[Passage, ...]
    category: str = ""  # a speaker's kind (person, organization, outlet) or a figure's (quantity, money, percent)


@dataclass(frozen=True)
class Alignment:
    """The result of :func:`align`: aligned groups (in the order of the first article's text),
    per article the sentences no other article matches, the omissions, and per article the number of
    sentences considered."""

    groups: tuple[AlignedGroup, ...] = ()
    unmatched: tuple[tuple[Passage, ...], ...] = ()
    omissions: tuple[Omission, ...] = ()
    n_sentences: tuple[int, ...] = ()


def _join(labels: Sequence[str]) -> str:
    labels = list(labels)
    if len(labels) <= 2:
        return " and ".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def omission_sentence(verb: str, what: str, present: Sequence[str], absent: Sequence[str], person: bool) -> str:
    """"Only A reports 31 arrests." / "B does not quote Ron Johnson, whom A and C quote." /
    "A and B quote X; C and D do not."."""
    plural = len(present) > 1
    if len(present) == 1:
        return f"Only {present[0]} {verb} {what}."
    if len(absent) == 1:
        base = {"quotes": "quote", "cites": "cite", "reports": "report"}[verb]
        who = "whom" if person else "which"
        return f"{absent[0]} does not {base} {what}, {who} {_join(present)} {base if plural else verb}."
    base = {"quotes": "quote", "cites": "cite", "reports": "report"}[verb]
    return f"{_join(present)} {base} {what}; {_join(absent)} do not."


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the sentences worth aligning."""
    out = []
    is_word = doc.is_word
    for s in doc.sentences:
        if sum(1 for k in range(s.first, s.stop) if is_word[k]) >= MIN_WORDS and not in_heading(doc.text, s.start):
            out.append((s.start, s.end))
    return out


HEADING_WORDS = 12  # a line of at most this many words with no closing punctuation is a heading
_CLOSED = re.compile(r"[.!?:;…][\"”’')\]]*\s*$|[\"”’)\]]\s*$")
_LAST_STOP = re.compile(r".*[.!?][\"”’]?\s+(?=\S)", re.S)


def in_heading(text: str, pos: int) -> bool:
    """Is character ``pos`` in a heading: the end of a line with no closing punctuation, after the line's
    last full stop, of at most :data:`HEADING_WORDS` words ("Biden and Sanders make different
    electability arguments"; "... said. Terror suspect: 5 legal questions", a kicker after a caption)?
    Headings summarise or announce; they are not the sentences an article reports in."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    m = _LAST_STOP.match(text, start, pos)
    tail = text[m.end() if m else start:end]
    return bool(tail.strip()) and not _CLOSED.search(tail) and len(tail.split()) <= HEADING_WORDS


def _vectors(texts: list[str]) -> Any:
    """Row-normalised TF-IDF vectors of ``texts`` as a dense NumPy array (see the module docstring), or
    None without words. The counts are scikit-learn's ``CountVectorizer(stop_words="english")``'s,
    computed by :func:`.terms.count_matrix` (``tests/test_terms.py`` checks them against
    scikit-learn), so that a comparison never imports scikit-learn and SciPy (most of a second)."""
    counted = count_matrix(texts)
    if counted is None:
        return None
    counts, vocabulary = counted
    weights = np.array([_weight(t) for t in vocabulary])
    present = counts > 0
    vectors = np.zeros(counts.shape, dtype=float)
    vectors[present] = 1.0 + np.log(counts[present])
    vectors *= weights
    norms = np.sqrt((vectors * vectors).sum(axis=1))
    norms[norms == 0.0] = 1.0  # a row without words stays zero (as sklearn.preprocessing.normalize leaves it)
    return vectors / norms[:, None]


def measured_text(profile: Profile) -> Doc:
    """The article's body as it was measured: tokenized with its clutter blanked out (offsets and
    excerpts are those of the text as given)."""
    text = profile.article.text
    clutter = [(s.start, s.end) for s in profile.cleaning.spans if s.field == "text"]
    return tokenize(blank_ranges(text, clutter), "text", text)


@functools.cache
def _weight(term: str) -> float:
    """A word's weight in a sentence vector: ``log((1 + N) / (1 + df)) + 1`` with the document frequency
    in news in general (higher = rarer); a word counted in fewer than two articles takes the weight of
    one counted in two (names, mostly)."""
    frequencies, n = _document_frequencies()
    df = frequencies.get(term, 2)
    return math.log((1 + n) / (1 + df)) + 1.0


_WORD = re.compile(r"(?u)\b\w\w+\b")


def _content_words(text: str) -> dict[str, bool]:
    """The sentence's content words (lower-cased, English stop words and reporting verbs left out), each
    with whether it occurs at least once in lower case, that is, not as a name."""
    stop = stop_words()
    out: dict[str, bool] = {}
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.lower()
        if low in stop or low in REPORT_WORDS:
            continue
        out[low] = out.get(low, False) or w[0].islower()
    return out


def _share_words(a: dict[str, bool], b: dict[str, bool]) -> bool:
    """Do two sentences share :data:`MIN_SHARED` content words, one of them in lower case in both (not
    only a name: two sentences citing "Capt. Ron Johnson" on different facts share only his name)?"""
    shared = a.keys() & b.keys()
    return len(shared) >= MIN_SHARED and any(a[w] and b[w] for w in shared)


def _mention_speaker(e: Evidence) -> Speaker | None:
    """The speaker a sourcing "source" span names (a pronoun resolved through its label)."""
    if e.role != "source" or e.measure not in NAMED_KINDS:
        return None
    name = e.text
    m = _RESOLVED.search(e.label or "")
    if m:
        name = m.group(2)
    return Speaker(name, e.measure, 1, 0, "", e.field, e.start, e.end)


def _speaker_index(groups: Sequence[SharedSpeaker]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for gi, g in enumerate(groups):
        for _, form in g.forms:
            key = speaker_key(Speaker(form, g.kind, 1, 0, "", "text", 0, 0))
            if key is not None and gi not in index.setdefault(key, []):
                index[key].append(gi)
    return index


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def align(profiles: Sequence[Profile], labels: Sequence[str] | None = None,
          speaker_groups: Sequence[SharedSpeaker] | None = None, docs: Sequence[Doc] | None = None,
          numbers: Sequence[Sequence[NumberMention]] | None = None) -> Alignment:
    """Align 2..N analyzed articles (see the module docstring). ``labels`` name the articles in the
    omission sentences (A, B, ... by default); ``speaker_groups`` are the merged speakers, ``docs`` the
    tokenized texts and ``numbers`` their figures, when the caller has them already. Never raises on
    valid profiles; one article or none gives an empty result."""
    n = len(profiles)
    if labels is None:
        from . import article_labels
        labels = article_labels(n)
    if n < 2:
        return Alignment(n_sentences=tuple(0 for _ in profiles))
    if docs is None:
        docs = [measured_text(p) for p in profiles]
    spans = [_sentences(d) for d in docs]
    starts = [[s for s, _ in sp] for sp in spans]
    if numbers is None:
        numbers = [find_numbers(d) for d in docs]
    if speaker_groups is None:
        speaker_groups = merge_speakers([p.speakers for p in profiles])
    index = _speaker_index(speaker_groups)

    def sentence_of(i: int, pos: int) -> int | None:
        k = bisect.bisect_right(starts[i], pos) - 1
        return k if k >= 0 and pos < spans[i][k][1] else None

    # per article and sentence: its figures and named speakers (group positions)
    sent_numbers: list[list[list[NumberMention]]] = [[[] for _ in sp] for sp in spans]
    for i in range(n):
        for m in numbers[i]:
            k = sentence_of(i, m.start)
            if k is not None and m.kind != "year":
                sent_numbers[i][k].append(m)
    sent_speakers: list[list[set[int]]] = [[set() for _ in sp] for sp in spans]
    sent_persons: list[list[set[int]]] = [[set() for _ in sp] for sp in spans]  # the anchors among them
    for i, p in enumerate(profiles):
        sourcing = p.features.get("sourcing")
        for e in (sourcing.evidence if sourcing is not None else ()):
            sp = _mention_speaker(e) if e.field == "text" else None
            key = speaker_key(sp) if sp is not None else None
            if key is None or key not in index:
                continue
            k = sentence_of(i, e.start)
            if k is not None:
                sent_speakers[i][k].update(index[key])
                if sp is not None and sp.kind == "person":
                    sent_persons[i][k].update(index[key])

    offsets = [0]
    for sp in spans:
        offsets.append(offsets[-1] + len(sp))
    texts = [p.article.text[s:e] for p, sp in zip(profiles, spans) for s, e in sp]
    vectors = _vectors(texts) if texts else None
    words: dict[int, dict[str, bool]] = {}  # content words, worked out for the candidate pairs only

    def content(node: int) -> dict[str, bool]:
        found = words.get(node)
        if found is None:
            found = words[node] = _content_words(texts[node])
        return found
    union = _UnionFind(offsets[-1])
    strength: dict[int, float] = {}
    linked: set[int] = set()
    pair_links: list[tuple[int, int, float]] = []
    if vectors is not None:
        for i in range(n):
            for j in range(i + 1, n):
                if not spans[i] or not spans[j]:
                    continue
                sim = vectors[offsets[i]:offsets[i + 1]] @ vectors[offsets[j]:offsets[j + 1]].T
                best_row = sim.argmax(axis=1)
                best_col = sim.argmax(axis=0)
                rows, cols = np.nonzero(sim >= LINK_ANCHORED)
                for s, t in zip(rows.tolist(), cols.tolist()):
                    if best_row[s] != t and best_col[t] != s:
                        continue
                    # one way round only: a long sentence may take several short ones, not the reverse
                    # (a short "suspect in custody" is the best match of three long sentences on other facts)
                    len_s, len_t = spans[i][s][1] - spans[i][s][0], spans[j][t][1] - spans[j][t][0]
                    if (best_row[s] != t and len_t >= len_s) or (best_col[t] != s and len_s >= len_t):
                        continue
                    value = float(sim[s, t])
                    if not _share_words(content(offsets[i] + s), content(offsets[j] + t)):
                        continue
                    if value < LINK:
                        anchored = bool(sent_persons[i][s] & sent_persons[j][t]) or any(
                            same_figure(a, b) for a in sent_numbers[i][s] for b in sent_numbers[j][t])
                        if not anchored:
                            continue
                    a, b = offsets[i] + s, offsets[j] + t
                    union.union(a, b)
                    linked.update((a, b))
                    pair_links.append((a, b, round(value, 3)))
                    strength[a] = max(strength.get(a, 0.0), value)
                    strength[b] = max(strength.get(b, 0.0), value)

    def passage(node: int) -> Passage:
        i = bisect.bisect_right(offsets, node) - 1
        s, e = spans[i][node - offsets[i]]
        return Passage(i, "text", s, e, profiles[i].article.text[s:e])

    components: dict[int, list[int]] = {}
    for node in sorted(linked):
        components.setdefault(union.find(node), []).append(node)
    groups = []
    for nodes in components.values():
        members = [passage(x) for x in nodes]
        by_article: dict[int, list[tuple[int, int]]] = {}
        for x in nodes:
            i = bisect.bisect_right(offsets, x) - 1
            by_article.setdefault(i, []).append((i, x - offsets[i]))
        shared_numbers: list[str] = []
        first_article = min(by_article)
        for i, k in by_article[first_article]:
            for m in sent_numbers[i][k]:
                if m.text not in shared_numbers and any(
                        same_figure(m, o) for j, sents in by_article.items() if j != i
                        for _, t in sents for o in sent_numbers[j][t]):
                    shared_numbers.append(m.text)
        speaker_sets = [set().union(*(sent_speakers[i][k] for i, k in sents)) for sents in by_article.values()]
        common = set.intersection(*speaker_sets) if speaker_sets else set()
        shared_speakers = tuple(speaker_groups[g].name for g in sorted(common)
                                if _is_proper_name(speaker_groups[g].name))
        position = {x: k for k, x in enumerate(nodes)}
        links = tuple(sorted((position[a], position[b], v) for a, b, v in pair_links if a in position))
        groups.append(AlignedGroup(tuple(members), round(max(strength[x] for x in nodes), 3),
                                   tuple(shared_numbers), shared_speakers, links))
    groups.sort(key=lambda g: (g.passages[0].article, g.passages[0].start))
    unmatched = tuple(tuple(passage(offsets[i] + k) for k in range(len(spans[i])) if offsets[i] + k not in linked)
                      for i in range(n))
    omissions = _speaker_omissions(profiles, labels, speaker_groups, docs) + _number_omissions(numbers, labels, docs)
    return Alignment(tuple(groups), unmatched, tuple(omissions), tuple(len(sp) for sp in spans))


def _speaker_omissions(profiles: Sequence[Profile], labels: Sequence[str],
                       groups: Sequence[SharedSpeaker], docs: Sequence[Doc]) -> list[Omission]:
    """Named speakers some articles cite and others do not: persons first, then by how often cited.
    An article counts as citing a speaker only where :func:`_reported_mentions` finds them reporting
    something; an article never cites its own outlet ("( Also on POLITICO: ...)" in a POLITICO story)."""
    n = len(profiles)
    by_name = [{s.name: s for s in p.speakers} for p in profiles]
    texts = [_plain_text(f"{p.article.title}\n{p.article.text}") for p in profiles]
    index = _speaker_index(groups)
    reported = [_reported_mentions(p, d, index) for p, d in zip(profiles, docs)]
    found = []
    for gi, g in enumerate(groups):
        if g.kind not in NAMED_KINDS or not _is_proper_name(g.name):
            continue
        if any(_is_own_outlet(g, profiles[a].article.source) for a in g.articles):
            continue
        if g.kind == "person" and _only_inside_longer_names(g, [p.article.text for p in profiles]):
            continue  # "Things" of the programme "All Things Considered"
        rows = [(a, by_name[a][form]) for a, form in g.forms if form in by_name[a] and gi in reported[a]]
        present = tuple(sorted({a for a, _ in rows}))
        if not present or len(present) == n:
            continue
        named = _naming_words(g)
        if any(_mentions(texts[i], named) for i in range(n) if i not in present):
            continue  # the other article names them, only not as a source: nothing left out
        quoting = {a for a, s in rows if s.quotes}
        verb = "quotes" if quoting == set(present) else "cites"
        absent = tuple(i for i in range(n) if i not in present)
        evidence = []
        for a in present:
            text = profiles[a].article.text
            sents = reported[a][gi]  # the first that quotes them, for "quotes"
            s, e = next((t for t in sents if _QUOTE_MARK.search(text, *t)), sents[0]) if verb == "quotes" else sents[0]
            evidence.append(Passage(a, "text", s, e, profiles[a].article.text[s:e]))
        quotes = sum(s.quotes for _, s in rows)
        count = sum(s.count for _, s in rows)
        sentence = omission_sentence(verb, g.name, [labels[i] for i in present], [labels[i] for i in absent],
                                     g.kind == "person")
        found.append((g.kind != "person", -quotes, -count, Omission("speaker", g.name, present, absent, verb,
                                                                   sentence, tuple(evidence), g.kind)))
    found.sort(key=lambda t: t[:3])
    return [o for *_, o in found]


REPORTING_CUES = ("neutral_verbs", "loaded_verbs")  # said, told, according to ... / claimed, admitted ...


def _reported_mentions(profile: Profile, doc: Doc, index: dict[str, list[int]]) -> dict[int, list[tuple[int, int]]]:
    """Per speaker group the article cites, the sentences where it does, in text order: a sourcing mention of
    the speaker whose nearest cue in its sentence is a reporting cue (a said-verb or "according to"; not
    a stance verb such as "endorsed" or "showed": "Beto O'Rourke ... also endorsed Biden" cites no one), outside a
    paragraph wholly in parentheses (a link to another story: "( Also on POLITICO: Obama praises ...)")."""
    sourcing = profile.features.get("sourcing")
    if sourcing is None:
        return {}
    text = profile.article.text
    promos = [(b, e) for b, e in doc.paragraphs if text[b:e].strip().startswith("(")
              and text[b:e].strip().endswith(")")]
    cues = [e for e in sourcing.evidence if e.role == "cue" and e.field == "text"]
    out: dict[int, list[tuple[int, int]]] = {}
    for e in sourcing.evidence:
        sp = _mention_speaker(e) if e.field == "text" else None
        key = speaker_key(sp) if sp is not None else None
        if key is None or key not in index or any(b <= e.start < t for b, t in promos):
            continue
        sent = next(((s.start, s.end) for s in doc.sentences if s.start <= e.start < s.end), None)
        near = [c for c in cues if sent is not None and sent[0] <= c.start < sent[1]]
        if sent is None or not near:
            continue
        cue = min(near, key=lambda c: max(c.start - e.end, e.start - c.end, 0))  # the mention's own cue
        if cue.measure not in REPORTING_CUES:
            continue
        for gi in index[key]:
            if sent not in out.setdefault(gi, []):
                out[gi].append(sent)
    return out


_QUOTE_MARK = re.compile("[\"“”]")


def _is_own_outlet(g: SharedSpeaker, source: str | None) -> bool:
    """Is the speaker the outlet that published the article ("POLITICO" in a Politico story)?"""
    if g.kind != "outlet" or not source:
        return False
    src = source.casefold()
    return any(src == form.casefold() or src.startswith(form.casefold() + " ") for _, form in g.forms)


def _only_inside_longer_names(g: SharedSpeaker, texts: Sequence[str]) -> bool:
    """Is a one-word name only ever written between two capitalised words (a piece of a longer name
    or title: "All Things Considered")?"""
    if " " in g.name.strip():
        return False
    name = re.escape(g.name.strip())
    seen = False
    for text in texts:
        for m in re.finditer(rf"(?<![\w'’]){name}(?![\w'’])", text):
            seen = True
            before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 40):m.start()])
            after = re.match(r"\s+(\w+)", text[m.end():m.end() + 40])
            if not (before and after and before.group(1)[0].isupper() and after.group(1)[0].isupper()):
                return False
    return seen


GENERIC_SOURCES = frozenset("""police cops authorities officials officers investigators prosecutors protesters
residents witnesses experts analysts critics observers reports report sources lawmakers leaders
government administration""".split())


def _is_proper_name(name: str) -> bool:
    """Is a speaker's name a proper name (capitalised and not a generic noun: "Authorities", "Cops")?"""
    words = [w for w in re.findall(r"[^\W\d_]+", name)]
    if not words or not any(w[0].isupper() for w in words):
        return False
    return not (len(words) == 1 and words[0].lower() in GENERIC_SOURCES)


_INITIALISM = re.compile(r"\b([^\W\d_])\.(?=[^\W\d_]\b)")


def _plain_text(text: str) -> str:
    """Lower-case words separated by single spaces, with a space at each end; "U.S." reads "us"."""
    text = _INITIALISM.sub(r"\1", text)
    return " " + " ".join(re.findall(r"[^\W_]+", text.lower().replace("’", "'"))) + " "


def _naming_words(g: SharedSpeaker) -> list[str]:
    """The words by which another article would name the speaker: a person's surname, an
    organisation's full name (each as the article cited it)."""
    if g.kind == "person":
        surnames = set()
        for _, form in g.forms:
            words = [w for w in re.findall(r"[^\W\d_]+", form) if w[0].isupper()]
            if words:
                surnames.add(words[-1].lower())
        return sorted(surnames)
    return sorted({_plain_text(form).strip() for _, form in g.forms} - {""})


def _mentions(plain_text: str, names: Sequence[str]) -> bool:
    return any(f" {name} " in plain_text for name in names)


def _number_omissions(numbers: Sequence[Sequence[NumberMention]], labels: Sequence[str],
                      docs: Sequence[Doc] | None = None) -> list[Omission]:
    """Notable figures some articles report and others do not, in the order of the articles' texts. A
    figure only in headings (:func:`in_heading`: the headline repeated in the text, "2-Man Race") is
    not one the article reports; the headline reading looks at headlines."""
    n = len(numbers)
    out = []
    done: list[NumberMention] = []
    if docs is not None:
        numbers = [[m for m in ms if not in_heading(d.text, m.start)] for ms, d in zip(numbers, docs)]
    for i in range(n):
        for m in numbers[i]:
            if not is_notable(m) or any(same_figure(m, d) for d in done):
                continue
            done.append(m)
            present = [j for j in range(n) if j == i or any(same_figure(m, o) for o in numbers[j])]
            if len(present) == n:
                continue
            absent = [j for j in range(n) if j not in present]
            evidence = [Passage(i, "text", m.start, m.end, m.text)]
            for j in present[1:] if present[0] == i else present:
                if j == i:
                    continue
                o = next(o for o in numbers[j] if same_figure(m, o))
                evidence.append(Passage(j, "text", o.start, o.end, o.text))
            evidence.sort(key=lambda p: p.article)
            sentence = omission_sentence("reports", f"“{m.text}”", [labels[j] for j in present],
                                         [labels[j] for j in absent], False)
            out.append(Omission("number", m.text, tuple(present), tuple(absent), "reports", sentence,
                                tuple(evidence), m.kind))
    return out
