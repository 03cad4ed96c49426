"""Sentiment per sentence with the VADER method (Hutto & Gilbert 2014).

VADER's valence lexicon and its booster and negation word lists are read from
the installed ``vaderSentiment`` package; the scoring rules of the paper are
applied here to framing's own tokens, so each score can point at the words that
carried it (vaderSentiment itself returns scores without positions) and each
article is tokenized once. Rules applied: lexicon valence; +/-0.733 for a word
in capitals in a mixed-case sentence; booster/dampener words up to three words
before (x1, x0.95, x0.9); negation up to three words before (x -0.74); "but"
(before x0.5, after x1.5); exclamation marks (+0.292 each, up to 4) and
repeated question marks; compound = s / sqrt(s^2 + 15). Idioms and emoticons
of the original are not handled.

Value: the mean compound score of the sentences, from -1 (very negative) to +1
(very positive). Evidence: the words that carry valence and the most negative
and most positive sentences.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from typing import Final

from .._offline import vader_constants, vader_lexicon
from ..text import Doc, Sentence, first_at_or_after
from ..types import Evidence, FeatureResult, Measure
from ._base import Context, count_measure, sort_evidence, span_evidence

NAME: Final = "sentiment"
MEANING: Final = "Mean VADER tone of the sentences, -1 (negative) to +1 (positive)."

C_INCR: Final = 0.733
N_SCALAR: Final = -0.74
THRESHOLD: Final = 0.05  # VADER's usual cut-off for positive / negative
N_EXAMPLES: Final = 3
HISTOGRAM_EDGES: Final = (-1.0, -0.6, -0.2, 0.2, 0.6, 1.0)


class _DocTables:
    """Per-Doc lookups shared by its sentences, built in one pass over the tokens.

    ``words``: token indices VADER scores (words of 2+ characters, and "I"),
    ``valenced``: those in the VADER lexicon and not booster words,
    ``upper``: word tokens written in capitals (2+ characters), ``buts``: "but".
    All are sorted, so a sentence's share of each is found by bisection.
    """

    __slots__ = ("words", "valenced", "upper", "buts")

    def __init__(self, doc: Doc) -> None:
        tokens = doc.tokens
        words: list[int] = []
        valenced: list[int] = []
        upper: list[int] = []
        buts: list[int] = []
        known = _FLAGS
        for i in range(len(tokens)):
            token = tokens[i]
            flags = known.get(token)
            if flags is None:
                flags = _flags(token, doc.norms[i])
            if flags:
                if flags & _WORD:
                    words.append(i)
                if flags & _VALENCED:
                    valenced.append(i)
                if flags & _UPPER:
                    upper.append(i)
                if flags & _BUT:
                    buts.append(i)
        self.words = words
        self.valenced = valenced
        self.upper = upper
        self.buts = buts


_WORD: Final = 1      # a word VADER scores: 2+ characters, or "I"
_VALENCED: Final = 2  # in the VADER lexicon and not a booster word
_UPPER: Final = 4     # a word of 2+ characters in capitals
_BUT: Final = 8       # "but"
_FLAGS: Final[dict[str, int]] = {}  # token -> its flags, per process (a token's norm follows from it)


def _flags(token: str, norm: str) -> int:
    lexicon = vader_lexicon()
    boosters, _ = vader_constants()
    flags = 0
    if token[0].isalnum():  # a word token (as Doc.is_word)
        if len(token) > 1:
            flags |= _WORD
            if token.isupper():
                flags |= _UPPER
        elif token == "I":
            flags |= _WORD
        if norm == "but":
            flags |= _BUT
    if norm in lexicon and norm not in boosters:
        flags |= _VALENCED
    if len(_FLAGS) < 1_000_000:
        _FLAGS[token] = flags
    return flags


def _tables(doc: Doc) -> _DocTables:
    got = doc.cache.get("vader")
    if got is None:
        got = doc.cache["vader"] = _DocTables(doc)
    return got  # type: ignore[return-value]


def score_sentence(doc: Doc, s: Sentence) -> tuple[float, list[tuple[int, float]]]:
    """VADER compound score of a sentence and the (token, valence) pairs behind it.

    Positions ``k`` below index the doc's VADER words (``_DocTables.words``);
    the sentence's words are those from ``a`` to ``z``.
    """
    tables = _tables(doc)
    valenced = tables.valenced
    lo = first_at_or_after(valenced, s.first)
    hi = first_at_or_after(valenced, s.stop, lo)
    if lo == hi:
        return 0.0, []
    lexicon = vader_lexicon()
    boosters, negate = vader_constants()
    words = tables.words
    norms = doc.norms
    a = first_at_or_after(words, s.first)
    z = first_at_or_after(words, s.stop, a)
    upper = tables.upper
    u0 = first_at_or_after(upper, s.first)
    n_upper = first_at_or_after(upper, s.stop, u0) - u0
    cap_diff = 0 < n_upper < z - a  # some words in capitals, not all
    scored: list[tuple[int, float]] = []  # (token, valence)
    for i in valenced[lo:hi]:
        k = first_at_or_after(words, i, a, z)
        if k == z or words[k] != i:  # a one-letter word VADER does not score
            continue
        w = norms[i]
        if w == "kind" and k + 1 < z and norms[words[k + 1]] == "of":
            continue
        v = lexicon[w]
        if cap_diff and doc.tokens[i].isupper():
            v += C_INCR if v > 0 else -C_INCR
        for dist in (1, 2, 3):
            j = k - dist
            if j < a:
                break
            prev = norms[words[j]]
            if prev in boosters and prev not in lexicon:
                b = boosters[prev] if v > 0 else -boosters[prev]
                if cap_diff and doc.tokens[words[j]].isupper():
                    b += C_INCR if v > 0 else -C_INCR
                v += b * (1.0, 0.95, 0.9)[dist - 1]
            if prev in negate or prev.endswith("n't"):
                v *= N_SCALAR
        if k > a and norms[words[k - 1]] == "least" and (k < a + 2 or norms[words[k - 2]] not in ("at", "very")):
            v *= N_SCALAR
        if v:
            scored.append((i, v))
    buts = tables.buts
    b0 = first_at_or_after(buts, s.first)
    if b0 < len(buts) and buts[b0] < s.stop:  # before the first "but" x0.5, after it x1.5
        but = buts[b0]
        scored = [(i, v * 0.5 if i < but else v * 1.5) for i, v in scored]
    total = sum(v for _, v in scored)
    if total:
        span = doc.text[s.start:s.end]  # "!" and "?" are always tokens of their own
        bangs = min(span.count("!"), 4) * 0.292
        qmarks = span.count("?")
        amp = bangs + ((qmarks * 0.18 if qmarks <= 3 else 0.96) if qmarks > 1 else 0.0)
        total += amp if total > 0 else -amp
    compound = max(-1.0, min(1.0, total / math.sqrt(total * total + 15))) if total else 0.0
    return compound, scored


_RULES: Final[dict[str, str]] = {}


def _rule(norm: str) -> str:
    rule = _RULES.get(norm)
    if rule is None:
        rule = f"VADER lexicon: {norm} {vader_lexicon()[norm]:+.1f}"
        if len(_RULES) < 100_000:
            _RULES[norm] = rule
    return rule


def _lowest(values: list[float], k: int) -> list[int]:
    """Indices of the ``k`` lowest values, lowest first, ties in index order (as ``sorted(range(n),
    key=lambda i: (values[i], i))[:k]``, in one pass)."""
    best: list[int] = []
    for i in range(len(values)):
        v = values[i]
        if len(best) == k and not v < values[best[-1]]:
            continue
        j = len(best)
        while j > 0 and v < values[best[j - 1]]:
            j -= 1
        best.insert(j, i)
        if len(best) > k:
            best.pop()
    return best


def compute(ctx: Context) -> FeatureResult:
    """Mean VADER compound over the sentences of title and text."""
    scored: list[tuple[float, Doc, Sentence]] = []
    ev: list[Evidence] = []
    for doc in ctx.docs:
        starts, ends, norms = doc.starts, doc.ends, doc.norms
        for s in doc.sentences:
            compound, words = score_sentence(doc, s)
            scored.append((compound, doc, s))
            for i, v in words:
                ev.append(span_evidence(NAME, "negative_words" if v < 0 else "positive_words", doc,
                                        starts[i], ends[i], _rule(norms[i])))
    if not scored:
        return FeatureResult(NAME, None, "mean compound (-1..1)", 0, None, (), (), "no sentences")
    n = len(scored)
    compounds = [c for c, _, _ in scored]
    mean = round(sum(compounds) / n, 3)
    neg = [c for c in compounds if c <= -THRESHOLD]
    pos = [c for c in compounds if c >= THRESHOLD]
    for k in _lowest(compounds, N_EXAMPLES):
        c, doc, s = scored[k]
        if c <= -THRESHOLD:
            ev.append(span_evidence(NAME, "most_negative", doc, s.start, s.end, f"sentence score {c:+.3f}",
                                    label=f"{c:+.3f}"))
    for k in _lowest([-c for c in compounds], N_EXAMPLES):
        c, doc, s = scored[k]
        if c >= THRESHOLD:
            ev.append(span_evidence(NAME, "most_positive", doc, s.start, s.end, f"sentence score {c:+.3f}",
                                    label=f"{c:+.3f}"))
    histogram = [0] * (len(HISTOGRAM_EDGES) - 1)
    inner = HISTOGRAM_EDGES[1:-1]
    for c in compounds:  # bin b holds edges[b] <= c < edges[b + 1]; the last bin includes 1.0
        histogram[bisect_right(inner, c)] += 1
    n_neg_words = sum(1 for e in ev if e.measure == "negative_words")
    n_pos_words = sum(1 for e in ev if e.measure == "positive_words")
    measures = (
        Measure("mean_compound", mean, "mean compound (-1..1)", n),
        Measure("share_negative", round(len(neg) / n, 3), "share of sentences", len(neg)),
        Measure("share_positive", round(len(pos) / n, 3), "share of sentences", len(pos)),
        Measure("share_neutral", round((n - len(neg) - len(pos)) / n, 3), "share of sentences",
                n - len(neg) - len(pos)),
        Measure("most_negative", round(min(compounds), 3), "compound"),
        Measure("most_positive", round(max(compounds), 3), "compound"),
        count_measure("negative_words", n_neg_words, ctx.n_words),
        count_measure("positive_words", n_pos_words, ctx.n_words),
    )
    details = {"histogram": {"edges": list(HISTOGRAM_EDGES), "counts": histogram}}
    return FeatureResult(NAME, mean, "mean compound (-1..1)", n, None, sort_evidence(ev), measures, "",
                         details)
