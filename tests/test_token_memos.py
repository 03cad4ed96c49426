"""Token types and the memos features keep about them.

Every Doc of the process shares one TokenType per distinct token string. Features ask questions of
every token (VADER flags, capitals, word facts, lexicon buckets, candidate kinds, cue vocabulary) and
keep the answers per type in a registered TokenMemo: a kept answer must be the one the memo's
function gives, each answer is worked out once per type and owner, and a new owner (a reloaded
model, another vocabulary) must never read the answers kept for the one before.
"""
from __future__ import annotations

from collections import Counter

import framing
from framing.analysis.context import Context
from framing.analysis.features import loaded
from framing.analysis.features.phrases import strong_words
from framing.analysis.features.sourcing import cues
from framing.analysis.text import tokenize
from framing.analysis.token_memos import TokenMemo, registered
from framing.types import Article

TRICKY = ("I said the WAR is NOT good, but it’s a VERY bad idea!!! Isn't it??? A 3.5% rise in the U.S. "
          "among anti-Trump leftists and globalism. It is kind of great, at least 2,000 people said. "
          "They don’t want extremely horrible, utterly absurd deals. \u201cYou are a disgrace,\u201d "
          "he shouted. Expect the drama to heighten. US officials and NATO disagree. i x A O'Neill "
          "McCAIN Über ÉTAT naïve")
TITLE = "WAR! Isn't it BAD? Critics: leftists blasted"


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
    assert [t.terminal for t in doc.types] == [tok in ".!?" for tok in doc.tokens]


def test_each_type_has_its_own_serial():
    doc = tokenize(TRICKY + " " + TRICKY.lower())
    serial_of = {t.token: t.serial for t in doc.types}
    assert all(serial_of[t.token] == t.serial for t in doc.types)
    assert len(set(serial_of.values())) == len(serial_of)
    assert 0 not in serial_of.values()


# ------------------------------------------------------------------ kept answers

def test_every_feature_keeps_its_answers_in_a_registered_memo():
    framing.analyze(Article(id="t", title=TITLE, text=TRICKY))
    features = Counter(m.name.split(":")[0] for m in registered())
    assert set(features) >= {"sentiment", "style", "readability", "loaded", "lexicons", "sourcing"}


def test_kept_answers_are_what_the_memo_functions_give():
    ctx = Context(Article(id="t", title=TITLE, text=TRICKY))
    framing.analyze(ctx.article)  # fills every memo for these token types
    checked = 0
    for memo in registered():
        owner = memo.owner
        for doc in ctx.docs:
            kept = memo.of(doc, owner)
            assert kept == [memo.compute(owner, t) for t in doc.types], memo.name
            checked += len(kept)
    assert checked > 6 * len(ctx.text.types)


def test_an_answer_is_worked_out_once_per_type_and_owner():
    calls: list[tuple[str, str]] = []

    def tagged(owner: str, t) -> str:
        calls.append((owner, t.token))
        return f"{owner}:{t.token}"

    memo = TokenMemo("test: tagged tokens", tagged)
    doc = tokenize("the cat and the hat and the bat")
    first = memo.of(doc, "a")
    assert first == [f"a:{tok}" for tok in doc.tokens]
    assert memo.of(doc, "a") == first
    assert sorted(calls) == sorted(("a", tok) for tok in set(doc.tokens))  # once per distinct type
    calls.clear()
    # another owner: its own answers, none of the first owner's
    assert memo.of(doc, "b") == [f"b:{tok}" for tok in doc.tokens]
    assert len(calls) == len(set(doc.tokens))
    calls.clear()
    # and back: the first owner's answers were dropped, so they are worked out again (never stale)
    assert memo.of(doc, "a") == first
    assert len(calls) == len(set(doc.tokens))
    # a type first seen after the memo answered is answered too
    later = tokenize("the zyzzyva and the cat")
    assert memo.of(later, "a") == [f"a:{tok}" for tok in later.tokens]
    assert memo in registered()


# ------------------------------------------------------------------ no stale answers across owners

def _spans(cands) -> list[tuple[str, int, int, str]]:
    return [(c.doc.field, c.first, c.stop, c.source) for c in cands]


def test_loaded_candidates_follow_the_words_they_are_asked_for():
    """The kinds kept for the model's viable words and those for training (every strong word) are for
    different owners: asking for one never reads the other's."""
    # strongly valenced words outside the lexicons, some the model could keep ("abused", "abhor", "aching")
    # and some it never would ("arrested", "banned", "confident", "esteemed")
    ctx = Context(Article(id="t", title="Arrested and banned",
                          text="The esteemed admiral was arrested and banned. The confident team felt aching "
                               "sadness, and abused workers abhor the plan. Leftists were banned."))
    with_model = _spans(loaded.valenced_candidates(ctx))
    training = _spans(loaded.valenced_candidates(ctx, training=True))
    assert set(with_model) <= set(training)
    assert _spans(loaded.valenced_candidates(ctx)) == with_model
    # (the model's neighbour features can lift any strong word, so its viable set may be every strong
    # word): two owners that do differ, asked in turn, each get their own kinds, never the other's
    strong = strong_words()
    fewer = frozenset(strong - {"arrested", "banned", "confident", "esteemed"})
    doc = ctx.text
    for owner in (fewer, strong, fewer):
        kinds = loaded._KINDS.of(doc, owner)
        assert kinds == [loaded._type_kind(owner, t) for t in doc.types]
        banned = [k for k, tok in zip(kinds, doc.tokens) if tok == "banned"]
        assert banned and all(bool(k) == (owner is strong) for k in banned)
    assert _spans(loaded.valenced_candidates(ctx, training=True)) == training
    # and a fresh Context (new docs, the same shared types) gets the same
    fresh = Context(ctx.article)
    assert _spans(loaded.valenced_candidates(fresh)) == with_model


def test_cue_vocabulary_answers_follow_the_vocabulary():
    ctx = Context(Article(id="x", title="", text="Critics zorbled the plan: it zorbles everything."))
    doc = ctx.text
    lexicon = ctx.matches(doc, "report_verbs")
    a = cues.extra_matches(doc, lexicon, frozenset({"zorbled"}), frozenset())
    b = cues.extra_matches(doc, lexicon, frozenset(), frozenset({"zorbl"}))
    c = cues.extra_matches(doc, lexicon, frozenset({"zorbled"}), frozenset())
    assert [doc.norms[m.first] for m in a] == ["zorbled", ":"] == [doc.norms[m.first] for m in c]
    assert [doc.norms[m.first] for m in b] == ["zorbled", ":", "zorbles"]
