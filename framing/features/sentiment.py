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

from .._offline import vader_constants, vader_lexicon
from ..text import Doc, Sentence
from ..types import Evidence, FeatureResult, Measure
from ._base import Context, count_measure, sort_evidence, span_evidence

NAME = "sentiment"
MEANING = "Mean VADER tone of the sentences, -1 (negative) to +1 (positive)."

C_INCR = 0.733
N_SCALAR = -0.74
THRESHOLD = 0.05  # VADER's usual cut-off for positive / negative
N_EXAMPLES = 3
HISTOGRAM_EDGES = (-1.0, -0.6, -0.2, 0.2, 0.6, 1.0)


def _negation(word: str, negate: frozenset[str]) -> bool:
    return word in negate or word.endswith("n't")


def score_sentence(doc: Doc, s: Sentence) -> tuple[float, list[tuple[int, float]]]:
    """VADER compound score of a sentence and the (token, valence) pairs behind it."""
    lexicon = vader_lexicon()
    boosters, negate = vader_constants()
    tokens, is_word = doc.tokens, doc.is_word
    idx = [i for i in range(s.first, s.stop) if is_word[i] and (len(tokens[i]) > 1 or tokens[i] == "I")]
    words = [doc.norms[i] for i in idx]
    upper = {k for k, i in enumerate(idx) if tokens[i].isupper() and len(tokens[i]) > 1}
    cap_diff = bool(upper) and len(upper) < len(idx)
    valences = [0.0] * len(words)
    for k in [k for k, w in enumerate(words) if w in lexicon and w not in boosters]:
        w = words[k]
        if w == "kind" and k + 1 < len(words) and words[k + 1] == "of":
            continue
        v = lexicon[w]
        if cap_diff and k in upper:
            v += C_INCR if v > 0 else -C_INCR
        for dist in (1, 2, 3):
            j = k - dist
            if j < 0:
                break
            prev = words[j]
            if prev in boosters and prev not in lexicon:
                b = boosters[prev] if v > 0 else -boosters[prev]
                if cap_diff and j in upper:
                    b += C_INCR if v > 0 else -C_INCR
                v += b * (1.0, 0.95, 0.9)[dist - 1]
            if _negation(prev, negate):
                v *= N_SCALAR
        if k > 0 and words[k - 1] == "least" and (k < 2 or words[k - 2] not in ("at", "very")):
            v *= N_SCALAR
        valences[k] = v
    if "but" in words:
        b = words.index("but")
        valences = [v * 0.5 if k < b else v * 1.5 if k > b else v for k, v in enumerate(valences)]
    total = sum(valences)
    if total:
        span = tokens[s.first:s.stop]
        bangs = min(span.count("!"), 4) * 0.292
        qmarks = span.count("?")
        amp = bangs + ((qmarks * 0.18 if qmarks <= 3 else 0.96) if qmarks > 1 else 0.0)
        total += amp if total > 0 else -amp
    compound = max(-1.0, min(1.0, total / math.sqrt(total * total + 15))) if total else 0.0
    return compound, [(idx[k], v) for k, v in enumerate(valences) if v]


def compute(ctx: Context) -> FeatureResult:
    """Mean VADER compound over the sentences of title and text."""
    scored: list[tuple[float, Doc, Sentence]] = []
    ev: list[Evidence] = []
    lexicon = vader_lexicon()
    for doc in ctx.docs:
        sentence_of = doc.sentence_of
        with_valence = {sentence_of[i] for i, nm in enumerate(doc.norms) if nm in lexicon}
        for si, s in enumerate(doc.sentences):
            compound, words = score_sentence(doc, s) if si in with_valence else (0.0, [])
            scored.append((compound, doc, s))
            for i, v in words:
                measure = "negative_words" if v < 0 else "positive_words"
                ev.append(span_evidence(NAME, measure, doc, doc.starts[i], doc.ends[i],
                                        f"VADER lexicon: {doc.norms[i]} {lexicon[doc.norms[i]]:+.1f}"))
    if not scored:
        return FeatureResult(NAME, None, "mean compound (-1..1)", 0, None, (), (), "no sentences")
    n = len(scored)
    compounds = [c for c, _, _ in scored]
    mean = round(sum(compounds) / n, 3)
    neg = [t for t in scored if t[0] <= -THRESHOLD]
    pos = [t for t in scored if t[0] >= THRESHOLD]
    order = sorted(range(n), key=lambda k: (compounds[k], k))
    for k in order[:N_EXAMPLES]:
        c, doc, s = scored[k]
        if c <= -THRESHOLD:
            ev.append(span_evidence(NAME, "most_negative", doc, s.start, s.end, f"sentence score {c:+.3f}",
                                    label=f"{c:+.3f}"))
    for k in sorted(range(n), key=lambda k: (-compounds[k], k))[:N_EXAMPLES]:
        c, doc, s = scored[k]
        if c >= THRESHOLD:
            ev.append(span_evidence(NAME, "most_positive", doc, s.start, s.end, f"sentence score {c:+.3f}",
                                    label=f"{c:+.3f}"))
    histogram = [0] * (len(HISTOGRAM_EDGES) - 1)
    for c in compounds:
        b = min(len(histogram) - 1, max(0, sum(1 for e in HISTOGRAM_EDGES[1:-1] if c >= e)))
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
