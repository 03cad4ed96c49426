"""Sourcing spans: where a kept cue begins and ends, as the cue model's span part sets it.

A table cuts some phrases to their first word ("told reporters" -> "told"), and a
second small logistic regression decides, word by word out from the cue, whether
the annotators' span would take one more ("has also said", "said:", "said in a
statement"); each side takes its most probable extent.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...models import linear_probability
from ...text import Doc
from .cues import shape_of


MAX_LEFT: Final = 3    # the extension model adds at most this many words before a cue ...


MAX_RIGHT: Final = 8   # ... and this many tokens after it


def extend_left_features(doc: Doc, term: str, j: int, step: int) -> list[str]:
    """Features of adding word ``j`` (the ``step``-th word before the cue ``term``) to the cue's span."""
    t = doc.norms[j]
    return ["L", f"L:t={t}", f"L:cue|t={term}|{t}", f"L:t|next={t}|{doc.norms[j + 1]}",
            _STEPS[0][step if step < 3 else 3], "L:ly" if t.endswith("ly") else "L:-",
            "L:cap" if doc.tokens[j][:1].isupper() else "L:low"]


def extend_right_features(doc: Doc, term: str, k: int, step: int) -> list[str]:
    """Features of adding token ``k`` (the ``step``-th token after the cue ``term``) to the cue's span."""
    norms = doc.norms
    t = norms[k]
    t1 = norms[k + 1] if k + 1 < len(norms) else "<edge>"
    return ["R", f"R:t={t}", f"R:cue|t={term}|{t}", f"R:t|t1={t}|{t1}", f"R:cue|t|t1={term}|{t}|{t1}",
            _STEPS[1][step if step < 3 else 3],
            f"R:shape={shape_of(doc, k)}|{'att' if doc.starts[k] == doc.ends[k - 1] else 'sp'}"]


_STEPS: Final = (("L:step=0", "L:step=1", "L:step=2", "L:step=3"), ("R:step=0", "R:step=1", "R:step=2", "R:step=3"))


_EXTENSION_MEMOS: Final[dict[int, tuple[dict, dict[tuple, float]]]] = {}


def _extension_memo(ext: dict) -> dict[tuple, float]:
    """Probabilities of the extension model ``ext`` by what its features depend on (kept per model)."""
    found = _EXTENSION_MEMOS.get(id(ext))
    if found is None or found[0] is not ext:
        found = _EXTENSION_MEMOS[id(ext)] = (ext, {})
    return found[1]


class SpanModel:
    """The span part of a cue model (its ``"span"``), unpacked once: ``head_only``, ``extend`` (is there an
    extension model?) and that model's ``weights``, ``intercept`` and probability ``memo``."""

    __slots__ = ("span", "head_only", "extend", "weights", "intercept", "memo")

    def __init__(self, span: dict) -> None:
        self.span = span
        self.head_only = span.get("head_only", {})
        ext = span.get("extend")
        self.extend = bool(ext)
        self.weights: dict[str, float] = ext["weights"] if ext else {}
        self.intercept: float = ext["intercept"] if ext else 0.0
        self.memo: dict[tuple, float] = _extension_memo(ext) if ext else {}


_SPAN_MODELS: Final[dict[int, SpanModel]] = {}


def unpack_span_model(span: dict) -> SpanModel:
    """The :class:`SpanModel` of a model's ``"span"`` (kept per span object)."""
    found = _SPAN_MODELS.get(id(span))
    if found is None or found.span is not span:
        found = _SPAN_MODELS[id(span)] = SpanModel(span)
    return found


def cue_span(doc: Doc, m: Match, span: dict | None) -> tuple[int, int]:
    """Token range of a cue, as the cue model's span part sets it.

    ``span`` (the model's ``"span"``): ``head_only``, multiword terms annotators cut to their first word
    ("told reporters" -> "told"), and ``extend``, a logistic regression giving, word by word, the
    probability that the span goes on one more word to the left ("has also said") or token to the right
    ("said in a statement", "replied:"). Each side takes its most probable extent: the chain of
    "go on" probabilities times the "stop here" one.
    """
    if not span:
        return m.first, m.stop
    return cue_extent(doc, m, unpack_span_model(span))


def cue_extent(doc: Doc, m: Match, sm: SpanModel) -> tuple[int, int]:
    """:func:`cue_span` with the span part unpacked."""
    first, stop = m.first, m.stop
    term = m.entry.term
    if len(m.entry.words) > 1 and term in sm.head_only:
        stop = first + 1
    if not sm.extend:
        return first, stop
    weights, intercept, memo = sm.weights, sm.intercept, sm.memo
    starts, ends, is_word, norms, tokens = doc.starts, doc.ends, doc.is_word, doc.norms, doc.tokens
    # left: words only, separated by white space
    run, best, best_at, j = 1.0, -1.0, first, first - 1
    while True:
        if j < 0 or first - j > MAX_LEFT or not is_word[j] or not doc.cut(ends[j], starts[j + 1]).isspace():
            if run > best:
                best_at = j + 1
            break
        step = first - 1 - j
        key: tuple = (term, norms[j], norms[j + 1], step, tokens[j][:1].isupper())  # what the left features use
        p = memo.get(key)
        if p is None:
            p = linear_probability(weights, intercept, extend_left_features(doc, term, j, step))
            if len(memo) < 200_000:  # bounded, like the other per-word caches
                memo[key] = p
        if run * (1 - p) > best:
            best, best_at = run * (1 - p), j + 1
        run *= p
        if run <= best:
            break
        j -= 1
    new_first = best_at
    run, best, best_at, k = 1.0, -1.0, stop, stop
    n = len(tokens)
    while True:
        if k >= n or k - stop >= MAX_RIGHT:
            if run > best:
                best_at = k
            break
        step = k - stop
        key = (term, tokens[k], norms[k + 1] if k + 1 < n else "", step, starts[k] == ends[k - 1])
        p = memo.get(key)
        if p is None:
            p = linear_probability(weights, intercept, extend_right_features(doc, term, k, step))
            if len(memo) < 200_000:
                memo[key] = p
        if run * (1 - p) > best:
            best, best_at = run * (1 - p), k
        run *= p
        if run <= best:
            break
        k += 1
    if best_at > stop and best_at - 1 > first and norms[best_at - 1] in _ADVERBIAL_OPENERS and norms[best_at - 2] in _NO_COMPLEMENT:
        best_at -= 1  # "also said over [the weekend]", "denied on [the campaign trail]": a preposition cut off its object
    return new_first, best_at


# a preposition the right extension may not end on after a verb of saying that takes no prepositional
# complement with it: it opens a time or place ("said over the weekend", "promised on the campaign trail",
# "saying on CBS Sunday") whose object the extension left out. After other verbs the preposition is the
# verb's own ("warned of", "pushed back on", "worried about", PolNeAR's cue spans) and stays; the
# lexicon's phrases ("according to") are the match itself and are never cut.
_ADVERBIAL_OPENERS: Final = frozenset({"over", "during", "on", "in", "at", "after", "before", "since", "from"})
_NO_COMPLEMENT: Final = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "telling", "deny",
                                   "denies", "denied", "denying", "promise", "promises", "promised", "promising",
                                   "discuss", "discusses", "discussed", "discussing", "add", "adds", "added",
                                   "note", "notes", "noted", "state", "states", "stated", "write", "writes",
                                   "wrote", "announce", "announces", "announced", "acknowledge", "acknowledged",
                                   "predicted", "warned", "explained"})
