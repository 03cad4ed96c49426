"""Sourcing scoring: the cue model's weights as tables, so a candidate is scored without its strings.

``Scorer`` arranges the weights by what each feature depends on (the cue's term,
the words and shapes around it, its traits, its speaker) and adds them in the
order ``weight_sum`` adds them over the string features, so the score is the
same float (a test checks it on real articles). Candidates the speaker
features cannot lift to the threshold are dropped before the speaker search.
"""
from __future__ import annotations

import math
from typing import Final

from ...lexicons import Entry, Match
from ...models import LinearModel
from ...text import Doc
from .cues import (EARLIER_CUES, EARLIER_SHIFT, HAS_QUOTE, HAS_STEM, IMPERATIVE, IN_QUOTE, INITIAL, MODAL_PASSIVE,
                   NOUN_USE, PASSIVE, SHAPE_NAMES, SUFFIXES, THAT_AFTER, shape_id, source_kind, suffix_id)
from .facts import DocFacts
from .grammar import WordLists, stem
from .spans import unpack_span_model
from .speakers import speaker_kind


def _family(weights: dict[str, float], prefix: str) -> dict[str, float]:
    """``{v: weight}`` for the model's features ``prefix + v``: ``table.get(v, 0.0)`` is the weight the
    string feature ``prefix + v`` adds (a feature the model lacks adds nothing, as adding 0.0 does)."""
    n = len(prefix)
    return {k[n:]: v for k, v in weights.items() if k.startswith(prefix)}


def _pairs(weights: dict[str, float], prefix: str, swap: bool = False) -> dict[str, dict[str, float]]:
    """``{a: {b: weight}}`` for the model's features ``prefix + a + "|" + b`` (with ``swap``, ``{b: {a: ...}}``).

    A feature is entered under every split at a "|" (a norm may be "|" itself): the string
    ``prefix + a + "|" + b`` a candidate would build is a feature of the model exactly when ``(a, b)`` is
    one of its splits, so the table gives the same weight as looking the string up."""
    out: dict[str, dict[str, float]] = {}
    n = len(prefix)
    for k, v in weights.items():
        if not k.startswith(prefix):
            continue
        rest = k[n:]
        at = rest.find("|")
        while at >= 0:
            a, b = rest[:at], rest[at + 1:]
            if swap:
                a, b = b, a
            inner = out.get(a)
            if inner is None:
                inner = out[a] = {}
            inner[b] = v
            at = rest.find("|", at + 1)
    return out


def _by_shape(table: dict[str, float] | None) -> list[float]:
    """A ``{shape: weight}`` table as a list indexed by shape id (see ``SHAPE_NAMES``)."""
    return [table.get(s, 0.0) if table is not None else 0.0 for s in SHAPE_NAMES]


_NO_WEIGHTS: Final[dict[str, float]] = {}


class _WordWeights:
    """The cue model's weights for one norm as the word before the cue (``p1``: ``p1=NORM``), two before
    it (``p2``: ``p2=NORM``), right after it (``n1``: ``n1=NORM``) and after that (``n2``: ``n2=NORM``),
    0.0 where the model has none."""

    __slots__ = ("p1", "p2", "n1", "n2")

    def __init__(self, p1: float, p2: float, n1: float, n2: float) -> None:
        self.p1 = p1
        self.p2 = p2
        self.n1 = n1
        self.n2 = n2


_NO_WORD_WEIGHTS: Final = _WordWeights(0.0, 0.0, 0.0, 0.0)


def _word_weights(weights: dict[str, float]) -> dict[str, _WordWeights]:
    """``{norm: _WordWeights}`` for every norm the model has a ``p1=``, ``p2=``, ``n1=`` or ``n2=`` feature
    for (any other norm: ``_NO_WORD_WEIGHTS``)."""
    p1, p2 = _family(weights, "p1="), _family(weights, "p2=")
    n1, n2 = _family(weights, "n1="), _family(weights, "n2=")
    out: dict[str, _WordWeights] = {}
    for norm in [*p1, *p2, *n1, *n2]:
        out[norm] = _WordWeights(p1.get(norm, 0.0), p2.get(norm, 0.0), n1.get(norm, 0.0), n2.get(norm, 0.0))
    return out


class _TermWeights:
    """The cue model's weights for the features that name one term (0.0 where the model has none):
    ``cue``: ``cue=TERM``; ``initial``: ``sentence_initial|cue=TERM``; ``n1``: ``{N1: weight of
    cue|n1=TERM|N1}``; ``p1``: ``{P1: weight of p1|cue=P1|TERM}``; ``p1shape`` and ``n1shape``: the
    weights of ``p1shape|cue=S|TERM`` and ``n1shape|cue=S|TERM`` by shape id; ``left``/``right``:
    ``speaker|cue=left|TERM``/``speaker|cue=right|TERM``; ``bound``: the most the speaker features can
    add to the score of a candidate with this term.

    It also remembers, for the candidates of the term met last, their entry and that entry's
    ``source=KIND|CATEGORY`` weight (``entry``, ``source``), and their last word with its suffix id and
    ``stem=`` weight (``word``, ``suffix``, ``stem``): a term nearly always comes with one entry and one
    word form, so these are checked by identity and worked out again only when they differ."""

    __slots__ = ("cue", "initial", "n1", "p1", "p1shape", "n1shape", "left", "right", "bound",
                 "entry", "source", "word", "suffix", "stem")

    def __init__(self, sc: Scorer, term: str) -> None:
        self.cue = sc.cue.get(term, 0.0)
        self.initial = sc.initial_cue.get(term, 0.0)
        self.n1 = sc.cue_n1.get(term, _NO_WEIGHTS)
        self.p1 = sc.p1_cue.get(term, _NO_WEIGHTS)
        self.p1shape = _by_shape(sc.p1shape_cue.get(term))
        self.n1shape = _by_shape(sc.n1shape_cue.get(term))
        self.left = sc.left_cue.get(term, 0.0)
        self.right = sc.right_cue.get(term, 0.0)
        best_side = max(sc.left + self.left, sc.right + self.right)
        self.bound = max(sc.no_speaker, best_side + sc.best_kind)
        self.entry: Entry | None = None
        self.source = 0.0
        self.word: str | None = None
        self.suffix = 0
        self.stem = 0.0


class Scorer:
    """The cue model prepared for scoring: its vocabulary, its weights as tables by what each feature
    depends on (so that a candidate is scored without building its string features), and, to skip the
    speaker search for candidates that cannot reach the threshold, the largest contribution the speaker
    features can add (:attr:`_TermWeights.bound`).

    :meth:`context_weight` and :meth:`speaker_weight` add the weights of a candidate's features in the
    order :func:`weight_sum` adds them over :func:`context_features` and :func:`speaker_features`, so
    the score is the same float (a feature the model lacks adds 0.0 here and is skipped there, which
    comes to the same: the running sum starts at 0.0 and so is never -0.0)."""

    def __init__(self, model: LinearModel) -> None:
        w = model.weights
        self.model = model
        self.weights = w
        self.intercept = model.intercept
        self.threshold = model.threshold
        t = min(max(model.threshold, 1e-9), 1 - 1e-9)
        self.logit = math.log(t / (1 - t))  # the threshold as a score
        self.note_prefix = f"{model.label} p="
        span = model.meta.get("span")
        self.span_model = unpack_span_model(span) if span else None
        self.skip, self.words, self.stems = model_vocabulary(model)
        # speaker features
        self.no_speaker = w.get("no_speaker", 0.0)
        self.kind = _family(w, "speaker_kind=")
        self.best_kind = max(list(self.kind.values()) + [0.0])
        self.left = w.get("speaker=left", 0.0)
        self.right = w.get("speaker=right", 0.0)
        speaker_cue = _pairs(w, "speaker|cue=")
        self.left_cue = speaker_cue.get("left", _NO_WEIGHTS)
        self.right_cue = speaker_cue.get("right", _NO_WEIGHTS)
        # context features: by the candidate's term (gathered per term in a _TermWeights) ...
        self.cue = _family(w, "cue=")
        self.initial_cue = _family(w, "sentence_initial|cue=")
        self.cue_n1 = _pairs(w, "cue|n1=")
        self.p1_cue = _pairs(w, "p1|cue=", swap=True)
        self.p1shape_cue = _pairs(w, "p1shape|cue=", swap=True)
        self.n1shape_cue = _pairs(w, "n1shape|cue=", swap=True)
        self.terms: dict[str, _TermWeights] = {}
        # ... by the words and shapes around it ...
        self.words_around = _word_weights(w)
        self.p1shape = _by_shape(_family(w, "p1shape="))
        self.p2shape = _by_shape(_family(w, "p2shape="))
        self.n1shape = _by_shape(_family(w, "n1shape="))
        self.suffix = [w.get("suffix=" + s, 0.0) for s in SUFFIXES]
        suffix_shape = _pairs(w, "suffix|p1shape=")
        self.suffix_shape = [_by_shape(suffix_shape.get(s)) for s in SUFFIXES]
        self.source = _pairs(w, "source=")
        self.stem = _family(w, "stem=")
        # ... and by its traits (see cue_traits)
        self.sentence_initial = w.get("sentence_initial", 0.0)
        self.imperative = w.get("imperative", 0.0)
        self.in_quote = w.get("in_quote", 0.0)
        self.noun_use = w.get("noun_use", 0.0)
        self.passive = w.get("passive", 0.0)
        self.modal_passive = w.get("modal_passive", 0.0)
        self.has_quote = w.get("sentence_has_quote", 0.0)
        self.that_after = w.get("that_after_object", 0.0)
        self.earlier = [w.get(f, 0.0) for f in EARLIER_CUES]

    def term(self, term: str) -> _TermWeights:
        """The weights for ``term`` (kept per term, bounded like the per-word caches)."""
        found = self.terms.get(term)
        if found is None:
            found = _TermWeights(self, term)
            if len(self.terms) < 100_000:
                self.terms[term] = found
        return found

    def context_weight(self, doc: Doc, m: Match, tw: _TermWeights, traits: int) -> float:
        """``weight_sum(weights, context_features(doc, m, si, in_quote))`` from the tables (``tw``: the
        weights of ``m``'s term; ``traits``: :func:`cue_traits` of the candidate)."""
        i, j = m.first, m.stop
        norms = doc.norms
        n = len(norms)
        p1 = norms[i - 1] if i >= 1 else "<edge>"
        p2 = norms[i - 2] if i >= 2 else "<edge>"
        n1 = norms[j] if j < n else "<edge>"
        n2 = norms[j + 1] if j + 1 < n else "<edge>"
        s1 = shape_id(doc, i - 1)
        t1 = shape_id(doc, j)
        words_around = self.words_around
        total = 0.0
        total += tw.cue
        total += words_around.get(p1, _NO_WORD_WEIGHTS).p1
        total += words_around.get(p2, _NO_WORD_WEIGHTS).p2
        total += words_around.get(n1, _NO_WORD_WEIGHTS).n1
        total += words_around.get(n2, _NO_WORD_WEIGHTS).n2
        w = tw.n1.get(n1)  # (no default: a float default would be boxed on every call)
        if w is not None:
            total += w
        w = tw.p1.get(p1)
        if w is not None:
            total += w
        total += self.p1shape[s1]
        total += self.p2shape[shape_id(doc, i - 2)]
        total += self.n1shape[t1]
        total += tw.p1shape[s1]
        total += tw.n1shape[t1]
        if traits & INITIAL:
            total += self.sentence_initial
            total += tw.initial
            if traits & IMPERATIVE:
                total += self.imperative
        if traits & IN_QUOTE:
            total += self.in_quote
        if traits & NOUN_USE:
            total += self.noun_use
        if traits & PASSIVE:
            total += self.passive
        if traits & MODAL_PASSIVE:
            total += self.modal_passive
        if traits & HAS_QUOTE:
            total += self.has_quote
        word = norms[j - 1]
        if tw.word is not word:
            tw.word = word
            tw.suffix = suffix_id(word)
            w = self.stem.get(stem(word))
            tw.stem = w if w is not None else 0.0
        suffix = tw.suffix
        total += self.suffix[suffix]
        total += self.suffix_shape[suffix][s1]
        entry = m.entry
        if tw.entry is not entry:
            tw.entry = entry
            w = self.source.get(source_kind(entry.lexicon), _NO_WEIGHTS).get(entry.category)
            tw.source = w if w is not None else 0.0
        total += tw.source
        if traits & HAS_STEM:
            total += tw.stem
        total += self.earlier[traits >> EARLIER_SHIFT]
        if traits & THAT_AFTER:
            total += self.that_after
        return total

    def speaker_weight(self, facts: DocFacts, m: Match, tw: _TermWeights, span: tuple[int, int] | None,
                       lists: WordLists) -> float:
        """``weight_sum(weights, speaker_features(facts, m, span, lists))`` from the tables."""
        if span is None:
            return self.no_speaker
        kind = self.kind.get(speaker_kind(facts, span, lists))
        kind_weight = kind if kind is not None else 0.0
        if span[1] <= m.first:
            return (self.left + kind_weight) + tw.left
        return (self.right + kind_weight) + tw.right


_SCORERS: Final[dict[int, Scorer]] = {}


def scorer(model: LinearModel) -> Scorer:
    found = _SCORERS.get(id(model))
    if found is not None and found.model is model:
        return found
    found = _SCORERS[id(model)] = Scorer(model)
    return found


_VOCABULARIES: Final[dict[int, tuple]] = {}


def model_vocabulary(model) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(skip terms, vocabulary words, vocabulary stems) of the cue model (kept per model object)."""
    found = _VOCABULARIES.get(id(model))
    if found is not None and found[0] is model:
        return found[1]
    meta = model.meta
    vocabulary = (frozenset(meta.get("skip_terms", ())), frozenset(meta.get("vocabulary_words", ())),
                  frozenset(meta.get("vocabulary_stems", ())))
    _VOCABULARIES[id(model)] = (model, vocabulary)
    return vocabulary
