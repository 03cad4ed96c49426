"""The alarmist model's decision over evaluative candidates, and the evidence it leaves.

The packaged model ``models/alarmist.json`` (a logistic regression over the word, its shape, its
source and its phrase, trained on the Propaganda Techniques Corpus by ``python -m framing.train
alarmist``) keeps the model-gated candidates it finds likely loaded language or name calling, and may
veto weak lexicon matches. :func:`to_evidence` merges the kept candidates whose phrases overlap into
one piece of evidence, whose rule names the model and its probability (``... · model alarmist v1
p=0.74``).
"""
from __future__ import annotations

from typing import Any, Final

from ...types import Evidence
from ..evidence import QUOTED, REPORTED, span_evidence
from ..reported_naming import named_by_another
from ..models import LinearModel, packaged_model, sigmoid, weight_sum
from ..text import Doc
from .phrases import VALENCE_MIN, Candidate

MODEL: Final = "alarmist"


def model() -> LinearModel | None:
    """The packaged filter model (None if it is not installed)."""
    return packaged_model(MODEL)


def _never_adjective(w: str) -> bool:
    """"never-ending", "never-married", "never-before-seen": an adjective of a participle, not a faction's label
    ("Never-Trump", "never-Trumpers")."""
    return w.endswith(("ing", "ed")) or "-before" in w


def _shape(word: str) -> str:
    w = word.lower()
    if w.startswith("anti-"):
        return "anti"
    if w.endswith(("ists", "ist")) and len(w) > 5:
        return "ist"
    if w.endswith("ism") and len(w) > 5:
        return "ism"
    if w.endswith("-haters") or w.endswith("-hater") or (w.startswith("never-") and not _never_adjective(w)):
        return "hater"
    return ""


_WORDS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {}


def word_info(norm: str) -> tuple[str, tuple[str, ...]]:
    """Per word, memoized: its kind ("strong", a label shape, or "") and its model features."""
    got = _WORDS.get(norm)
    if got is None:
        from ..language_data import vader_lexicon

        v = vader_lexicon().get(norm, 0.0)
        shape = _shape(norm) if len(norm) > 5 else ""
        kind = "strong" if abs(v) >= VALENCE_MIN and norm.isalpha() else shape
        feats = [f"w={norm}", f"suf={norm[-3:]}"]
        if v:
            feats.append(f"v={'-' if v < 0 else '+'}{min(int(abs(v)), 3)}")
        if shape:
            feats.append(f"shape={shape}")
        got = (kind, tuple(feats))
        if len(_WORDS) < 200_000:
            _WORDS[norm] = got
    return got


def features(c: Candidate) -> list[str]:
    """String features of a candidate, for the model."""
    doc, h = c.doc, c.head
    tok = doc.tokens[h]
    out = list(word_info(doc.norms[h])[1])
    out += (f"src={c.source}", f"m={c.measure}", f"len={min(c.stop - c.first, 4)}")
    if c.head_stop - c.head > 1:
        out.append("multi")
    if c.stop > c.head_stop:
        out.append("ext_right")
    if c.first < c.head:
        out.append("ext_left")
    if c.quoted:
        out.append("quoted")
    if tok[:1].isupper():
        sent_start = h == 0 or not doc.is_word[h - 1] and doc.tokens[h - 1] in ".!?\n\"“"
        out.append("cap_start" if sent_start else "cap")
    out += neighbours(doc, h, c.head_stop)
    return out


def neighbours(doc: Doc, h: int, stop: int) -> list[str]:
    """The words right before and after the matched word, as features ("p=police" in "police brutality",
    "n=oil" in "crude oil"): the collocation tells a term or a plain use from a judgement."""
    out = []
    if h > 0 and doc.is_word[h - 1]:
        out.append("p=" + doc.norms[h - 1])
    if stop < len(doc.norms) and doc.is_word[stop]:
        out.append("n=" + doc.norms[stop])
    return out


# Strong alarm and loaded words the model may not veto: readers of news pages missed them when it did
# ("massacre", "gunned down"; the PTC annotators rarely mark "massacre", which news writers choose over
# "shooting" or "killings").
NEVER_VETOED: Final = frozenset({"massacre", "massacres", "massacred", "gunned", "mowed", "slaughter", "slaughtered", "bloodbath",
                                 "carnage", "atrocity", "atrocities", "apocalypse", "armageddon", "annihilation",
                                 "bloodshed", "butchery", "butchered"})


def vetoable(c: Candidate) -> bool:
    """May the model drop this lexicon match? Not idioms and war declarations, nor the strong alarm
    words of ``NEVER_VETOED`` (always kept)."""
    return not c.gated and c.measure not in ("war", "idiom") and c.doc.norms[c.head] not in NEVER_VETOED


class _Scorer:
    """A model's weights arranged to score candidates without building their feature strings.

    ``probability(c)`` is ``linear_probability(weights, intercept, features(c))``:
    the weights of the features :func:`features` lists are added in the same
    order (the word's own features first, then source, measure, length, multi,
    ext_right, ext_left, quoted, cap), skipping those the model lacks, so the
    float is the same. The word's part is a left fold from 0.0, the first
    steps of that same sum, kept per word. Made per model object (``model``
    is kept, so a reloaded model gets a new scorer).
    """

    __slots__ = ("model", "weights", "intercept", "threshold", "veto", "by_source", "by_measure", "by_len",
                 "multi", "ext_right", "ext_left", "quoted", "cap", "cap_start", "word_sums")

    def __init__(self, m: Any) -> None:  # a framing.analysis.models.LinearModel
        weights: dict[str, float] = m.weights
        self.model: object = m
        self.weights = weights
        self.intercept = float(m.intercept)
        self.threshold = float(m.threshold)
        self.veto = float(m.meta.get("veto", 0.0))
        self.by_source: dict[str, float] = {}   # c.source -> weight of "src=..." (0.0: none)
        self.by_measure: dict[str, float] = {}  # c.measure -> weight of "m=..."
        self.by_len = [self._w(f"len={k}") for k in range(5)]
        self.multi = self._w("multi")
        self.ext_right = self._w("ext_right")
        self.ext_left = self._w("ext_left")
        self.quoted = self._w("quoted")
        self.cap = self._w("cap")
        self.cap_start = self._w("cap_start")
        self.word_sums: dict[str, float] = {}  # norm -> the sum of its word features' weights

    def _w(self, feature: str) -> float:
        w = self.weights.get(feature)
        return w if w else 0.0

    def probability(self, c: Candidate) -> float:
        doc, h = c.doc, c.head
        norm = doc.norms[h]
        got = self.word_sums.get(norm)
        if got is None:
            got = weight_sum(self.weights, list(word_info(norm)[1]))
            if len(self.word_sums) < 200_000:
                self.word_sums[norm] = got
        total: float = got
        w = self.by_source.get(c.source)
        if w is None:
            w = self.by_source[c.source] = self._w(f"src={c.source}")
        if w:
            total += w
        w = self.by_measure.get(c.measure)
        if w is None:
            w = self.by_measure[c.measure] = self._w(f"m={c.measure}")
        if w:
            total += w
        w = self.by_len[min(c.stop - c.first, 4)]
        if w:
            total += w
        if c.head_stop - h > 1 and self.multi:
            total += self.multi
        if c.stop > c.head_stop and self.ext_right:
            total += self.ext_right
        if c.first < h and self.ext_left:
            total += self.ext_left
        if c.quoted and self.quoted:
            total += self.quoted
        if doc.tokens[h][:1].isupper():
            sent_start = h == 0 or not doc.is_word[h - 1] and doc.tokens[h - 1] in ".!?\n\"“"
            w = self.cap_start if sent_start else self.cap
            if w:
                total += w
        weights = self.weights
        if h > 0 and doc.is_word[h - 1]:
            w = weights.get("p=" + doc.norms[h - 1])
            if w:
                total += w
        stop = c.head_stop
        if stop < len(doc.norms) and doc.is_word[stop]:
            w = weights.get("n=" + doc.norms[stop])
            if w:
                total += w
        return sigmoid(self.intercept + total)


_SCORERS: Final[list[_Scorer]] = []  # the scorer of the current model


def _scorer(m: object) -> _Scorer:
    if not _SCORERS or _SCORERS[0].model is not m:
        _SCORERS[:] = [_Scorer(m)]
    return _SCORERS[0]


def decide(cands: list[Candidate]) -> list[Candidate]:
    """Keep rule candidates (unless the model vetoes them); keep gated ones the model accepts."""
    m = model()
    kept = []
    if m is None:
        return [c for c in cands if not c.gated]
    sc = _scorer(m)
    veto = sc.veto
    for c in cands:
        if c.gated:
            p = sc.probability(c)
            if not p >= sc.threshold:
                continue
            c.p = p
        elif veto > 0 and vetoable(c):
            p = sc.probability(c)
            if p < veto:
                continue
            c.p = p
        kept.append(c)
    return kept


def to_evidence(feature: str, cands: list[Candidate]) -> list[Evidence]:
    """One piece of evidence per phrase: candidates whose phrases overlap are merged."""
    m = model()
    out: list[Evidence] = []
    by_doc: dict[str, list[Candidate]] = {}
    for c in cands:
        by_doc.setdefault(c.doc.field, []).append(c)
    for group in by_doc.values():
        group.sort(key=lambda c: (c.first, c.stop))
        merged: list[list[Candidate]] = []
        stop = -1
        for c in group:
            if merged and c.first < stop:
                merged[-1].append(c)
                stop = max(stop, c.stop)
            else:
                merged.append([c])
                stop = c.stop
        label = ""  # the model's label (a property of the model), looked up once
        for grp in merged:
            head = grp[0]
            doc = head.doc
            first = head.first  # the group is sorted by first
            last = head.stop
            phrase = False
            p_max: float | None = None  # max() of the candidates' probabilities: the first largest
            for c in grp:
                if c.stop > last:
                    last = c.stop
                if c.first < c.head or c.stop > c.head_stop:
                    phrase = True
                p = c.p
                if p is not None and (p_max is None or p > p_max):
                    p_max = p
            rule = head.rule if len(grp) == 1 else " + ".join(dict.fromkeys(c.rule for c in grp))
            if phrase:
                rule += " · phrase"
            if p_max is not None and m is not None:
                if not label:
                    label = m.label
                rule += f" · {label} p={p_max:.2f}"
            # a phrase with a judging word in it counts as judging wording, even when a merely
            # valenced word comes first ("bloody, brutal regime")
            measure = head.measure
            for c in grp:
                if c.measure != "valenced":
                    measure = c.measure
                    break
            # the sources' words: inside a quotation, or a name a source gave someone, reported ("called
            # them liars"; .reported_naming), counted apart from the writer's own voice
            voice = QUOTED if head.quoted else REPORTED if named_by_another(doc, head.head) else None
            out.append(span_evidence(feature, measure, doc, doc.starts[first], doc.ends[last - 1], rule,
                                     label=voice))
    return out


