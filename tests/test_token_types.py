"""Per-token-type caches: features read what they know about a token string from its shared TokenType.

Sentiment, style, readability and loaded keep their per-token answers on ``doc.types`` instead of
looking each token up in a dictionary of their own. These tests check that the cached answers are the
ones the uncached functions give and that a changed model cannot leave a stale answer behind.
"""
from __future__ import annotations

import framing
from framing.analysis.features import loaded, phrases, readability, sentiment, style
from framing.analysis.text import tokenize
from framing.types import Article

TRICKY = ("I said the WAR is NOT good, but it’s a VERY bad idea!!! Isn't it??? A 3.5% rise in the U.S. "
          "among anti-Trump leftists and globalism. It is kind of great, at least 2,000 people said. "
          "They don’t want extremely horrible, utterly absurd deals. \u201cYou are a disgrace,\u201d "
          "he shouted. Expect the drama to heighten. US officials and NATO disagree. i x A O'Neill "
          "McCAIN Über ÉTAT naïve")

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
