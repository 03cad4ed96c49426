"""Sentence scores follow VADER's rules exactly as they read over a sentence's list of words.

The sentiment feature scores a sentence in one pass over its tokens; the oracle
(``oracles.vader``) applies the rules over the list of the sentence's words. The floats must be the
very same, on random word salads and on sentences made for each rule (boosters, negations,
capitals, "but", "least", "kind of", exclamation and question marks).
"""
from __future__ import annotations

from bisect import bisect_right

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from oracles.vader import sentence_score

import framing
from framing.analysis.context import Context
from framing.analysis.features import sentiment
from framing.analysis.text import tokenize
from framing.types import Article

TRICKY = ("I said the WAR is NOT good, but it’s a VERY bad idea!!! Isn't it??? A 3.5% rise in the U.S. "
          "among anti-Trump leftists and globalism. It is kind of great, at least 2,000 people said. "
          "They don’t want extremely horrible, utterly absurd deals. \u201cYou are a disgrace,\u201d "
          "he shouted. Expect the drama to heighten. US officials and NATO disagree. i x A O'Neill "
          "McCAIN Über ÉTAT naïve")

# Words that exercise VADER's rules (boosters, negations, capitals, "but", "least", "kind of"), mixed
# with punctuation and line breaks.
VOCAB = ["good", "GOOD", "bad", "BAD", "very", "VERY", "extremely", "not", "isn't", "don’t", "never",
         "but", "BUT", "least", "at", "very", "kind", "of", "I", "i", "a", "A", "the", "war", "WAR",
         "great", "horrible", "absurd", "utterly", "love", "hate", "kill", "!", "?", ",", ".", "\n",
         "\u201c", "\u201d", "it's", "it’s", "U.S.", "3.5", "anti-Trump", "leftists", "corrupt", "regime",
         "sort", "slightly", "Expect", "you"]
texts = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=40).map(" ".join)

RULE_CASES = ["It was at least good.", "It was very least good.", "It was the least good.", "Least good.",
              "It is kind of good.", "It is kind, of course.", "It is a kind good man.", "Not very GOOD at all!",
              "GOOD but bad!!!!!", "good BUT BAD???", "good but bad??", "I LOVE it", "i love it", "I HATE WAR",
              "It isn't extremely bad", "never, ever, good", "The good, the bad and the ugly?!",
              "a b c good", "x good", "EXTREMELY good and bad", "extremely GOOD", "don’t love it"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_sentence_scores_equal_the_word_list_rules(text):
    doc = tokenize(text)
    for s in doc.sentences:
        assert sentiment.score_sentence(doc, s) == sentence_score(doc, s)


def test_sentence_scores_on_sentences_made_for_each_rule():
    doc = tokenize(TRICKY + "\n\n" + "\n\n".join(RULE_CASES))
    assert len(doc.sentences) > 20
    nonzero = 0
    for s in doc.sentences:
        got = sentiment.score_sentence(doc, s)
        assert got == sentence_score(doc, s), doc.text[s.start:s.end]
        nonzero += got[0] != 0.0
    assert nonzero >= 15


def test_the_feature_reports_the_sentence_scores():
    text = TRICKY + "\n\n" + "\n\n".join(RULE_CASES)
    f = framing.analyze(Article(id="t", title="WAR! Isn't it BAD?", text=text)).features["sentiment"]
    ctx = Context(Article(id="t", title="WAR! Isn't it BAD?", text=text))
    scores = [sentence_score(doc, s)[0] for doc in ctx.docs for s in doc.sentences]
    assert f.value == round(sum(scores) / len(scores), 3)
    words = sorted((doc.field, doc.starts[i], v < 0) for doc in ctx.docs for s in doc.sentences
                   for i, v in sentence_score(doc, s)[1])
    assert sorted((e.field, e.start, e.measure == "negative_words") for e in f.evidence
                  if e.measure in ("negative_words", "positive_words")) == words


def test_sentiment_histogram_bins_like_bisect():
    p = framing.analyze(Article(id="t", title="T", text=TRICKY))
    f = p.features["sentiment"]
    ctx = Context(Article(id="t", title="T", text=TRICKY))
    inner = sentiment.HISTOGRAM_EDGES[1:-1]
    counts = [0] * (len(sentiment.HISTOGRAM_EDGES) - 1)
    for doc in ctx.docs:
        for s in doc.sentences:
            counts[bisect_right(inner, sentiment.score_sentence(doc, s)[0])] += 1
    assert f.details["histogram"]["counts"] == counts
