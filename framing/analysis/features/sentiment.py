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
from typing import Final

from ..language_data import vader_constants, vader_lexicon
from ..text import Doc, Sentence, TokenType
from ..token_memos import TokenMemo
from ...types import Evidence, FeatureResult, Measure
from ..context import Context
from ..evidence import count_measure, lowest_indices, sort_evidence, span_evidence

NAME: Final = "sentiment"

C_INCR: Final = 0.733
N_SCALAR: Final = -0.74
THRESHOLD: Final = 0.05  # VADER's usual cut-off for positive / negative
N_EXAMPLES: Final = 3
HISTOGRAM_EDGES: Final = (-1.0, -0.6, -0.2, 0.2, 0.6, 1.0)


_WORD: Final = 1      # a word VADER scores: 2+ characters, or "I"
_VALENCED: Final = 2  # in the VADER lexicon and not a booster word
_UPPER: Final = 4     # a word of 2+ characters in capitals (counted for the capitals rule)
_BUT: Final = 8       # "but"
_CAPS: Final = 16     # token.isupper() (for a word: written in capitals, "I" included)
_BOOSTER: Final = 32  # a booster/dampener word that is not in the lexicon itself
_NEGATION: Final = 64  # a negation word, or ends in "n't"
_BANG: Final = 128    # "!" (always a token of its own)
_QMARK: Final = 256   # "?" (always a token of its own)


def _flags(lexicon: dict[str, float], t: TokenType) -> int:
    """What VADER needs to know about a token type, as bits (a function of the token string and the
    VADER lexicon; the booster and negation lists are fixed for the process)."""
    token, norm = t.token, t.norm
    boosters, negate = vader_constants()
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
    elif token == "!":
        flags |= _BANG
    elif token == "?":
        flags |= _QMARK
    if token.isupper():
        flags |= _CAPS
    if norm in lexicon and norm not in boosters:
        flags |= _VALENCED
    if norm in boosters and norm not in lexicon:
        flags |= _BOOSTER
    if norm in negate or norm.endswith("n't"):
        flags |= _NEGATION
    return flags


_FLAGS: Final = TokenMemo("sentiment: VADER flags (for the VADER lexicon)", _flags)


def score_sentence(doc: Doc, s: Sentence) -> tuple[float, list[tuple[int, float]]]:
    """VADER compound score of a sentence and the (token, valence) pairs behind it."""
    lexicon = vader_lexicon()
    boosters, _ = vader_constants()
    return _score(doc, s, lexicon, boosters, _FLAGS.kept(lexicon))


def _score(doc: Doc, s: Sentence, lexicon: dict[str, float], boosters: dict[str, float],
           kept: list[int | None]) -> tuple[float, list[tuple[int, float]]]:
    """:func:`score_sentence` with the lexicon, the booster weights and the kept flags passed in.

    VADER's words are the sentence's tokens with the ``_WORD`` flag; the flags
    of each token type are worked out once per process (``kept``, by type
    serial), so no per-token dictionary lookup. One pass over the sentence counts
    its words and words in capitals and finds its first "but" and its
    valenced words; then each valenced word looks back over the tokens for up
    to three preceding VADER words (booster, negation and "least" rules) and
    forward for the next one ("kind of"). Those are exactly the neighbours
    the per-document word list gave, and the arithmetic is done in the same
    order, so the floats are the same.
    """
    types = doc.types
    first, stop = s.first, s.stop
    n_words = n_upper = n_bangs = n_qmarks = 0
    but = -1
    valenced: list[int] = []  # the valenced words (VADER words in its lexicon)
    for i in range(first, stop):
        t = types[i]
        f = kept[t.serial]
        if f is None:
            f = _FLAGS.answer(kept, t, lexicon)
        if f & _WORD:
            n_words += 1
            if f & (_UPPER | _BUT | _VALENCED):  # most words have none of these: one test
                if f & _UPPER:
                    n_upper += 1
                if f & _BUT and but < 0:
                    but = i
                if f & _VALENCED:
                    valenced.append(i)
        elif f & _BANG:
            n_bangs += 1
        elif f & _QMARK:
            n_qmarks += 1
    scored: list[tuple[int, float]] = []  # (token, valence)
    if not valenced:
        return 0.0, scored
    norms = doc.norms
    cap_diff = 0 < n_upper < n_words  # some words in capitals, not all
    total = 0.0
    for i in valenced:
        f = _FLAGS.answer(kept, types[i], lexicon)
        w = norms[i]
        if w == "kind":
            j = i + 1  # the next VADER word
            while j < stop and not _FLAGS.answer(kept, types[j], lexicon) & _WORD:
                j += 1
            if j < stop and norms[j] == "of":
                continue
        v = lexicon[w]
        if cap_diff and f & _CAPS:
            v += C_INCR if v > 0 else -C_INCR
        # the up to three VADER words before it in the sentence, nearest first
        prev1 = prev2 = -1
        dist = 0
        j = i - 1
        while j >= first and dist < 3:
            g = _FLAGS.answer(kept, types[j], lexicon)
            if g & _WORD:
                dist += 1
                if dist == 1:
                    prev1 = j
                elif dist == 2:
                    prev2 = j
                if g & _BOOSTER:
                    prev = norms[j]
                    b = boosters[prev] if v > 0 else -boosters[prev]
                    if cap_diff and g & _CAPS:
                        b += C_INCR if v > 0 else -C_INCR
                    v += b * (1.0 if dist == 1 else 0.95 if dist == 2 else 0.9)
                if g & _NEGATION:
                    v *= N_SCALAR
            j -= 1
        if prev1 >= 0 and norms[prev1] == "least" and (prev2 < 0 or norms[prev2] not in ("at", "very")):
            v *= N_SCALAR
        if v:
            if but >= 0:  # before the first "but" x0.5, after it x1.5
                v = v * 0.5 if i < but else v * 1.5
            scored.append((i, v))
            total += v
    if total:
        bangs = min(n_bangs, 4) * 0.292
        qmarks = n_qmarks
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


def compute(ctx: Context) -> FeatureResult:
    """Mean VADER compound over the sentences of title and text."""
    scored: list[tuple[float, Doc, Sentence]] = []
    ev: list[Evidence] = []
    lexicon = vader_lexicon()
    boosters, _ = vader_constants()
    kept = _FLAGS.kept(lexicon)
    for doc in ctx.docs:
        starts, ends, norms = doc.starts, doc.ends, doc.norms
        for s in doc.sentences:
            compound, words = _score(doc, s, lexicon, boosters, kept)
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
    for k in lowest_indices(compounds, N_EXAMPLES):
        c, doc, s = scored[k]
        if c <= -THRESHOLD:
            score = f"{c:+.3f}"
            ev.append(span_evidence(NAME, "most_negative", doc, s.start, s.end, f"sentence score {score}",
                                    label=score))
    for k in lowest_indices([-c for c in compounds], N_EXAMPLES):
        c, doc, s = scored[k]
        if c >= THRESHOLD:
            score = f"{c:+.3f}"
            ev.append(span_evidence(NAME, "most_positive", doc, s.start, s.end, f"sentence score {score}",
                                    label=score))
    histogram = [0] * (len(HISTOGRAM_EDGES) - 1)
    inner: list[float] = list(HISTOGRAM_EDGES[1:-1])
    n_inner = len(inner)
    for c in compounds:  # bin b holds edges[b] <= c < edges[b + 1]; the last bin includes 1.0
        b = 0  # bisect_right(inner, c): the number of inner edges <= c
        while b < n_inner and inner[b] <= c:
            b += 1
        histogram[b] += 1
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
