"""The analysis scores cue candidates as the trained cue model defines them.

The model is trained on string features (``cues.context_features`` and ``cues.speaker_features``); the
analysis scores candidates from tables of its weights (``scoring.Scorer``) and skips the speaker search
where it cannot matter. On real articles and odd text, the scores must be the very floats the string
features give, and the kept cues the same.
"""
from __future__ import annotations

import random

import pytest
from conftest import CORPORA, PL, VOV

import framing
from framing.analysis.context import Context
from framing.analysis.features.sourcing import attributions, cues, facts, grammar, scoring
from framing.analysis.models import LinearModel, sigmoid, weight_sum
from framing.types import Article

# colons, pipes (a norm that is the table's separator), quotes, passives, sentence-initial and
# imperative cues, a cue at the very start and at the very end
ODD = Article(id="odd", title="Sanders: | said | the official", text=(
    "Said the minister: we will not retreat. Sanders: “It is over,” he added | and | stated.\n"
    "It was reported that the talks failed. Expect the drama to heighten, critics warned. "
    "The plan will only be revealed later, officials said. According to a warning from a top CIA "
    "official, the test was planned. “We know,” said Lavrov. Reporters were told that nothing changed. "
    "Analysts blasted the move | claims | warns: said"))


def _articles() -> list[Article]:
    found = [framing.load_article(VOV), framing.load_article(PL), ODD]
    polnear = CORPORA / "polnear" / "articles.dev.jsonl"
    if polnear.exists():
        from framing.evaluation import load_articles_jsonl

        found += load_articles_jsonl(str(polnear))[:25]
    return found


ARTICLES = _articles()


def _model() -> LinearModel:
    model = attributions.cue_model()
    if model is None:
        pytest.skip("no cue model installed")
    return model


def _noisy(model: LinearModel) -> LinearModel:
    """The cue model with a weight for every feature the candidates of ARTICLES have (the real model lacks
    some, e.g. "sentence_has_quote"), for features with a "|" in a part, zero and negative-zero weights."""
    rng = random.Random(7)
    weights = dict(model.weights)
    for a in ARTICLES:
        for c in cues.cue_candidates(Context(a), *scoring.model_vocabulary(model)):
            for f in c.features:
                if f not in weights or rng.random() < 0.2:
                    weights[f] = rng.choice([0.0, -0.0, rng.uniform(-3, 3), rng.uniform(-1e-3, 1e-3)])
    for f in ["speaker=left", "speaker=right", "p1|cue=|||said", "cue|n1=said|||", "n1shape|cue=punct|said|x"]:
        weights[f] = rng.uniform(-2, 2)
    return LinearModel(model.name, model.version, model.intercept, weights, model.threshold, dict(model.meta))


def _string_scores(ctx: Context, model: LinearModel):
    """Every candidate with (score of its context features, of its speaker features), from the strings."""
    lists = grammar.word_lists()
    skip, words, stems = scoring.model_vocabulary(model)
    for c in cues.cue_candidates(ctx, skip, words, stems):
        in_quote = ctx.in_quote(c.doc, c.doc.starts[c.match.first])
        context = cues.context_features(c.facts, c.match, c.sentence, in_quote)
        speaker = cues.speaker_features(c.facts, c.match, c.span, lists)
        assert c.features == context + speaker
        yield c, in_quote, context, speaker


@pytest.mark.parametrize("noisy", [False, True], ids=["model", "noisy"])
def test_table_scores_are_the_string_scores(noisy):
    model = _model()
    if noisy:
        model = _noisy(model)
    sc = scoring.scorer(model)
    lists = grammar.word_lists()
    n = 0
    for a in ARTICLES:
        ctx = Context(a)
        for c, in_quote, context, speaker in _string_scores(ctx, model):
            traits = cues.cue_traits(c.facts, c.match, c.sentence, in_quote)
            assert bool(traits & cues.IMPERATIVE) == ("imperative" in context)
            assert bool(traits & cues.PASSIVE) == ("passive" in context)
            tw = sc.term(c.match.entry.term)
            fast = sc.context_weight(c.doc, c.match, tw, traits)
            assert fast == weight_sum(model.weights, context), (context, fast)
            assert sc.intercept + fast == model.intercept + weight_sum(model.weights, context)
            assert sc.speaker_weight(c.facts, c.match, tw, c.span, lists) == weight_sum(model.weights, speaker)
            n += 1
    assert n > 100


@pytest.mark.parametrize("noisy", [False, True], ids=["model", "noisy"])
def test_kept_candidates_are_those_of_the_string_features(noisy):
    """The scorer's pruning (speaker search skipped when out of reach) and tables keep exactly the
    candidates that scoring every candidate with all its string features keeps, with the same notes."""
    model = _model()
    if noisy:
        model = _noisy(model)
    kept_any = 0
    for a in ARTICLES:
        ctx = Context(a)
        expected = []
        for c, _, context, speaker in _string_scores(ctx, model):
            if "imperative" in context:
                continue
            passive_rule = "passive" in context and c.match.entry.category in ("neutral", "loaded")
            z = model.intercept + weight_sum(model.weights, context)
            z += weight_sum(model.weights, speaker)
            p = sigmoid(z)
            if p >= model.threshold:
                note = f"{model.label} p={p:.2f}"
            elif passive_rule and c.span is None:
                note = "rule: agentless passive report (was reported)"
            else:
                continue
            expected.append((c.doc.field, c.match.entry, c.match.first, c.match.stop, c.sentence, c.span, note))
        got = [(f.doc.field, m.entry, m.first, m.stop, si, span, note)
               for f, m, si, span, note in attributions.scored_candidates(facts.doc_facts(Context(a)), model)]
        assert got == expected
        kept_any += len(got)
    assert kept_any > 20

