"""VADER's rules applied to a sentence's list of words, the way sentiment first applied them.

Why this stays: ``framing.analysis.features.sentiment`` scores a sentence in one pass over its tokens
with per-type flags, looking back for boosters and negations without building the word list; this
is the rules stated over that list (the vaderSentiment package cannot serve: it tokenizes
differently and adds rules framing leaves out), so a test can check the floats are the very same.
"""
from __future__ import annotations

import math

from framing.analysis.features.sentiment import C_INCR, N_SCALAR
from framing.analysis.language_data import vader_constants, vader_lexicon
from framing.analysis.text import Doc, Sentence


def sentence_score(doc: Doc, s: Sentence) -> tuple[float, list[tuple[int, float]]]:
    """The compound score of sentence ``s`` and its (token, valence) pairs."""
    lexicon = vader_lexicon()
    boosters, negate = vader_constants()
    norms, tokens = doc.norms, doc.tokens
    words = [i for i in range(s.first, s.stop) if doc.is_word[i] and (len(tokens[i]) > 1 or tokens[i] == "I")]
    n_upper = sum(1 for i in words if len(tokens[i]) > 1 and tokens[i].isupper())
    cap_diff = 0 < n_upper < len(words)
    scored = []
    for k, i in enumerate(words):
        w = norms[i]
        if w not in lexicon or w in boosters:
            continue
        if w == "kind" and k + 1 < len(words) and norms[words[k + 1]] == "of":
            continue
        v = lexicon[w]
        if cap_diff and tokens[i].isupper():
            v += C_INCR if v > 0 else -C_INCR
        for dist in (1, 2, 3):
            j = k - dist
            if j < 0:
                break
            prev = norms[words[j]]
            if prev in boosters and prev not in lexicon:
                b = boosters[prev] if v > 0 else -boosters[prev]
                if cap_diff and tokens[words[j]].isupper():
                    b += C_INCR if v > 0 else -C_INCR
                v += b * (1.0, 0.95, 0.9)[dist - 1]
            if prev in negate or prev.endswith("n't"):
                v *= N_SCALAR
        if k > 0 and norms[words[k - 1]] == "least" and (k < 2 or norms[words[k - 2]] not in ("at", "very")):
            v *= N_SCALAR
        if v:
            scored.append((i, v))
    buts = [i for i in words if norms[i] == "but"]
    if buts:
        scored = [(i, v * 0.5 if i < buts[0] else v * 1.5) for i, v in scored]
    total = sum(v for _, v in scored)
    if total:
        span = doc.text[s.start:s.end]
        bangs = min(span.count("!"), 4) * 0.292
        qmarks = span.count("?")
        amp = bangs + ((qmarks * 0.18 if qmarks <= 3 else 0.96) if qmarks > 1 else 0.0)
        total += amp if total > 0 else -amp
    compound = max(-1.0, min(1.0, total / math.sqrt(total * total + 15))) if total else 0.0
    return compound, scored
