"""Per-token-type caches: features read what they know about a token string from its shared TokenType.

Sentiment, style, readability and loaded keep their per-token answers on ``doc.types`` instead of
looking each token up in a dictionary of their own. These tests check that the cached answers are the
ones the uncached functions give, that a changed model cannot leave a stale answer behind, and that
the one-pass rewrites (top-k selection, sentence scoring without bisection, the candidate scorer)
give exactly what the straightforward code gives.
"""
from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.analysis.language_data import vader_constants, vader_lexicon
from framing.analysis.features import evaluative_model, loaded, phrases, readability, sentiment, style
from framing.analysis.context import Context
from framing.analysis.models import linear_probability
from framing.analysis.evidence import lowest_indices
from framing.analysis.text import Doc, Sentence, tokenize
from framing.types import Article

TRICKY = ("I said the WAR is NOT good, but it’s a VERY bad idea!!! Isn't it??? A 3.5% rise in the U.S. "
          "among anti-Trump leftists and globalism. It is kind of great, at least 2,000 people said. "
          "They don’t want extremely horrible, utterly absurd deals. \u201cYou are a disgrace,\u201d "
          "he shouted. Expect the drama to heighten. US officials and NATO disagree. i x A O'Neill "
          "McCAIN Über ÉTAT naïve")

# Words that exercise VADER's rules (boosters, negations, capitals, "but", "least", "kind of") and the
# other features, mixed with punctuation and line breaks.
VOCAB = ["good", "GOOD", "bad", "BAD", "very", "VERY", "extremely", "not", "isn't", "don’t", "never",
         "but", "BUT", "least", "at", "very", "kind", "of", "I", "i", "a", "A", "the", "war", "WAR",
         "great", "horrible", "absurd", "utterly", "love", "hate", "kill", "!", "?", ",", ".", "\n",
         "\u201c", "\u201d", "it's", "it’s", "U.S.", "3.5", "anti-Trump", "leftists", "corrupt", "regime",
         "sort", "slightly", "Expect", "you"]
texts = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=40).map(" ".join)


def _analyze(text: str, title: str = "Headline") -> None:
    framing.analyze(Article(id="t", title=title, text=text))


# ------------------------------------------------------------------ sharing

def test_the_same_token_in_two_docs_shares_one_type():
    a = tokenize("Bad news: the war goes on.")
    b = tokenize("The war is bad.")
    war_a = a.types[a.tokens.index("war")]
    war_b = b.types[b.tokens.index("war")]
    assert war_a is war_b
    assert war_a.token == "war" and war_a.norm == "war" and war_a.is_word
    # different strings with the same norm are different types
    assert a.types[a.tokens.index("Bad")] is not b.types[b.tokens.index("bad")]
    assert a.types[a.tokens.index("Bad")].norm == "bad"


def test_types_follow_the_tokens():
    doc = tokenize(TRICKY)
    assert [t.token for t in doc.types] == doc.tokens
    assert [t.norm for t in doc.types] == doc.norms
    assert [t.is_word for t in doc.types] == doc.is_word


# ------------------------------------------------------------------ cached answers = uncached functions

def test_cached_answers_equal_the_uncached_functions():
    _analyze(TRICKY, title="WAR! Isn't it BAD?")
    doc = tokenize(TRICKY)
    checked = {"vader": 0, "upper": 0, "readability": 0, "loaded": 0}
    gen = loaded._generation(loaded._viable())
    for t in doc.types:
        if t.vader >= 0:
            checked["vader"] += 1
            assert t.vader == sentiment._flags(t.token, t.norm), t
        if t.upper >= 0:
            checked["upper"] += 1
            assert t.upper == (1 if t.token.isupper() else 0), t
            assert style._upper(t) == t.token.isupper()
        if t.readability is not None:
            checked["readability"] += 1
            kept = readability._WORDS.pop(t.norm, None)  # work it out afresh
            try:
                assert t.readability == readability.word_info(t.norm), t
            finally:
                if kept is not None:
                    readability._WORDS[t.norm] = kept
        if t.loaded >= 0:
            checked["loaded"] += 1
            assert t.loaded >> 2 == gen, t
            assert t.loaded & 3 == loaded._kind(t.norm, loaded._viable()), t
    assert checked["vader"] > 50 and checked["readability"] > 40 and checked["loaded"] > 50
    assert checked["upper"] > 0


def test_vader_flags_of_tricky_tokens():
    f = sentiment._flags
    assert f("I", "i") & sentiment._WORD and f("I", "i") & sentiment._CAPS
    assert not f("I", "i") & sentiment._UPPER  # one letter: not counted as a word in capitals
    assert not f("a", "a") & sentiment._WORD
    assert f("WAR", "war") & sentiment._UPPER and f("WAR", "war") & sentiment._CAPS
    assert f("But", "but") & sentiment._BUT
    assert f("very", "very") & sentiment._BOOSTER and not f("very", "very") & sentiment._VALENCED
    assert f("don’t", "don't") & sentiment._NEGATION
    assert f("!", "!") == sentiment._BANG and f("?", "?") == sentiment._QMARK
    assert f("3.5", "3.5") == sentiment._WORD


def test_readability_info_is_per_norm():
    _analyze("The enormous government. the enormous government.")
    doc = tokenize("The enormous government. the enormous government.")
    by_token = {t.token: t for t in doc.types}
    assert by_token["The"] is not by_token["the"]
    assert by_token["The"].readability == by_token["the"].readability == readability.word_info("the")


def test_capitalised_is_isupper_of_the_first_character():
    for token in ["McCain", "mccain", "Über", "über", "ÉTAT", "3rd", "İstanbul", "ǅemal", "ß", "A", "z", "_x"]:
        assert readability._capitalised(token) == token[:1].isupper(), token


# ------------------------------------------------------------------ loaded: no stale kinds

def test_loaded_kinds_follow_the_viable_set():
    doc = tokenize("They made horrible, disgusting claims about leftists.")
    i = doc.tokens.index("horrible")
    viable = loaded._viable()
    assert "horrible" in phrases.strong_words()
    idx, kinds = loaded._kinds(doc, False, viable)
    expected = [(j, loaded._kind(doc.norms[j], viable)) for j in range(len(doc.tokens))
                if loaded._kind(doc.norms[j], viable)]
    assert list(zip(idx, kinds)) == expected
    # another viable set (as after reloading the model): the kinds kept on the types are not reused
    idx, kinds = loaded._kinds(doc, False, frozenset())
    assert i not in idx
    assert list(zip(idx, kinds)) == [(j, loaded._kind(doc.norms[j], frozenset())) for j in range(len(doc.tokens))
                                     if loaded._kind(doc.norms[j], frozenset())]
    # and back
    idx, kinds = loaded._kinds(doc, False, viable)
    assert list(zip(idx, kinds)) == expected


def test_training_kinds_do_not_touch_the_types():
    doc = tokenize("A truly hideous, nasty scheme.")
    before = [t.loaded for t in doc.types]
    idx, kinds = loaded._kinds(doc, True, phrases.strong_words())
    assert [t.loaded for t in doc.types] == before
    assert list(zip(idx, kinds)) == [(j, loaded._kind(doc.norms[j], phrases.strong_words()))
                                     for j in range(len(doc.tokens)) if loaded._kind(doc.norms[j], phrases.strong_words())]


def test_scorer_gives_the_models_probability(vov, pl):
    m = evaluative_model.model()
    assert m is not None
    sc = evaluative_model._scorer(m)
    n = 0
    for p in (vov, pl):
        ctx = Context(p.article)
        for c in loaded.candidates(ctx):
            for quoted in (False, True):
                c.quoted = quoted
                assert sc.probability(c) == linear_probability(m.weights, m.intercept, evaluative_model.features(c))
                assert sc.probability(c) == m.probability(evaluative_model.features(c))
                n += 1
    assert n > 20
    assert evaluative_model._scorer(m) is sc


def _to_evidence_reference(feature, cands):
    """The merging of ``evaluative_model.to_evidence`` written plainly (min/max/join over each group)."""
    m = evaluative_model.model()
    out = []
    by_doc = {}
    for c in cands:
        by_doc.setdefault(c.doc.field, []).append(c)
    for group in by_doc.values():
        group.sort(key=lambda c: (c.first, c.stop))
        merged, stop = [], -1
        for c in group:
            if merged and c.first < stop:
                merged[-1].append(c)
                stop = max(stop, c.stop)
            else:
                merged.append([c])
                stop = c.stop
        for grp in merged:
            doc = grp[0].doc
            first = min(c.first for c in grp)
            last = max(c.stop for c in grp)
            rule = " + ".join(dict.fromkeys(c.rule for c in grp))
            if any(c.first < c.head or c.stop > c.head_stop for c in grp):
                rule += " · phrase"
            ps = [c.p for c in grp if c.p is not None]
            if ps and m is not None:
                rule += f" · {m.label} p={max(ps):.2f}"
            out.append((feature, grp[0].measure, doc.field, doc.starts[first], doc.ends[last - 1], rule,
                        "quoted" if grp[0].quoted else None))
    return out


def test_to_evidence_merges_like_the_plain_code(vov, pl):
    from framing.analysis.features import alarmist

    for p in (vov, pl):
        for name, cands in (("loaded", loaded.candidates), ("alarmist", alarmist.candidates)):
            kept = evaluative_model.decide(cands(Context(p.article)))
            got = [(e.feature, e.measure, e.field, e.start, e.end, e.rule, e.label)
                   for e in evaluative_model.to_evidence(name, kept)]
            assert got == _to_evidence_reference(name, evaluative_model.decide(cands(Context(p.article))))


# ------------------------------------------------------------------ sentiment without bisection

def _reference_score(doc: Doc, s: Sentence) -> tuple[float, list[tuple[int, float]]]:
    """VADER as sentiment.py applied it with a list of the sentence's words (the pre-TokenType code)."""
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
            v += sentiment.C_INCR if v > 0 else -sentiment.C_INCR
        for dist in (1, 2, 3):
            j = k - dist
            if j < 0:
                break
            prev = norms[words[j]]
            if prev in boosters and prev not in lexicon:
                b = boosters[prev] if v > 0 else -boosters[prev]
                if cap_diff and tokens[words[j]].isupper():
                    b += sentiment.C_INCR if v > 0 else -sentiment.C_INCR
                v += b * (1.0, 0.95, 0.9)[dist - 1]
            if prev in negate or prev.endswith("n't"):
                v *= sentiment.N_SCALAR
        if k > 0 and norms[words[k - 1]] == "least" and (k < 2 or norms[words[k - 2]] not in ("at", "very")):
            v *= sentiment.N_SCALAR
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


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_sentence_scores_equal_the_word_list_reference(text):
    doc = tokenize(text)
    for s in doc.sentences:
        assert sentiment.score_sentence(doc, s) == _reference_score(doc, s)


RULE_CASES = ["It was at least good.", "It was very least good.", "It was the least good.", "Least good.",
              "It is kind of good.", "It is kind, of course.", "It is a kind good man.", "Not very GOOD at all!",
              "GOOD but bad!!!!!", "good BUT BAD???", "good but bad??", "I LOVE it", "i love it", "I HATE WAR",
              "It isn't extremely bad", "never, ever, good", "The good, the bad and the ugly?!",
              "a b c good", "x good", "EXTREMELY good and bad", "extremely GOOD", "don’t love it"]


def test_sentence_scores_on_tricky_text():
    doc = tokenize(TRICKY + "\n\n" + "\n\n".join(RULE_CASES))
    assert len(doc.sentences) > 20
    nonzero = 0
    for s in doc.sentences:
        got = sentiment.score_sentence(doc, s)
        assert got == _reference_score(doc, s), doc.text[s.start:s.end]
        nonzero += got[0] != 0.0
    assert nonzero >= 15


# ------------------------------------------------------------------ top-k selection

values = st.lists(st.integers(min_value=-3, max_value=3).map(float) | st.floats(-2, 2, allow_nan=False),
                  max_size=30)


@settings(max_examples=300, deadline=None)
@given(vals=values, k=st.integers(min_value=0, max_value=5))
def test_highest_by_negation_is_sorted_top_k_with_ties_in_order(vals, k):
    # readability picks its longest and hardest sentences this way
    assert lowest_indices([-v for v in vals], k) == sorted(range(len(vals)), key=lambda i: (-vals[i], i))[:k]


@settings(max_examples=300, deadline=None)
@given(vals=values, k=st.integers(min_value=0, max_value=5))
def test_lowest_is_sorted_bottom_k_with_ties_in_order(vals, k):
    assert lowest_indices(vals, k) == sorted(range(len(vals)), key=lambda i: (vals[i], i))[:k]


def test_readability_examples_are_the_sorted_ones():
    p = framing.analyze(Article(id="t", title="T", text=TRICKY + " " + TRICKY.lower()))
    ev = p.features["readability"].evidence
    ctx = Context(Article(id="t", title="T", text=TRICKY + " " + TRICKY.lower()))
    per = []
    for s in ctx.text.sentences:
        w = sum(1 for i in range(s.first, s.stop) if ctx.text.is_word[i])
        if w:
            y = sum(readability.word_info(ctx.text.norms[i])[0] for i in range(s.first, s.stop)
                    if ctx.text.is_word[i])
            per.append((w, readability._fk_grade(w, 1, y), s.start, s.end))
    longest = sorted(per, key=lambda t: (-t[0], t[2]))[:readability.N_EXAMPLES]
    hardest = sorted((t for t in per if t[0] >= 8), key=lambda t: (-t[1], t[2]))[:readability.N_EXAMPLES]
    assert [(e.start, e.end) for e in ev if e.measure == "longest_sentences"] == [(t[2], t[3]) for t in longest]
    assert [(e.start, e.end) for e in ev if e.measure == "hardest_sentences"] == [(t[2], t[3]) for t in hardest]


def test_sentiment_histogram_bins_like_bisect():
    from bisect import bisect_right

    p = framing.analyze(Article(id="t", title="T", text=TRICKY))
    f = p.features["sentiment"]
    ctx = Context(Article(id="t", title="T", text=TRICKY))
    inner = sentiment.HISTOGRAM_EDGES[1:-1]
    counts = [0] * (len(sentiment.HISTOGRAM_EDGES) - 1)
    for doc in ctx.docs:
        for s in doc.sentences:
            counts[bisect_right(inner, sentiment.score_sentence(doc, s)[0])] += 1
    assert f.details["histogram"]["counts"] == counts
