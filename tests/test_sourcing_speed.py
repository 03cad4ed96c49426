"""The sourcing feature scores cue candidates from tables (``_Scorer``) instead of building their string
features: the scores must be the very floats the string features give, and the kept cues the same."""
from __future__ import annotations

import random

import pytest
from conftest import CORPORA, PL, VOV

import framing
from framing.analysis.features import sourcing
from framing.analysis.context import Context
from framing.analysis.models import sigmoid, weight_sum
from framing.analysis.models import LinearModel
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
    model = sourcing._cue_model()
    if model is None:
        pytest.skip("no cue model installed")
    return model


def _noisy(model: LinearModel) -> LinearModel:
    """The cue model with a weight for every feature the candidates of ARTICLES have (the real model lacks
    some, e.g. "sentence_has_quote"), for features with a "|" in a part, zero and negative-zero weights."""
    rng = random.Random(7)
    weights = dict(model.weights)
    for a in ARTICLES:
        for c in sourcing.cue_candidates(Context(a), *sourcing._model_vocabulary(model)):
            for f in c.features:
                if f not in weights or rng.random() < 0.2:
                    weights[f] = rng.choice([0.0, -0.0, rng.uniform(-3, 3), rng.uniform(-1e-3, 1e-3)])
    for f in ["speaker=left", "speaker=right", "p1|cue=|||said", "cue|n1=said|||", "n1shape|cue=punct|said|x"]:
        weights[f] = rng.uniform(-2, 2)
    return LinearModel(model.name, model.version, model.intercept, weights, model.threshold, dict(model.meta))


def _string_scores(ctx: Context, model: LinearModel):
    """Every candidate with (score of its context features, of its speaker features), from the strings."""
    lists = sourcing._lists()
    skip, words, stems = sourcing._model_vocabulary(model)
    for c in sourcing.cue_candidates(ctx, skip, words, stems):
        in_quote = ctx.in_quote(c.doc, c.doc.starts[c.match.first])
        context = sourcing._context_features(c.doc, c.match, c.sentence, in_quote)
        speaker = sourcing._speaker_features(c.doc, c.match, c.span, lists)
        assert c.features == context + speaker
        yield c, in_quote, context, speaker


@pytest.mark.parametrize("noisy", [False, True], ids=["model", "noisy"])
def test_table_scores_are_the_string_scores(noisy):
    model = _model()
    if noisy:
        model = _noisy(model)
    sc = sourcing._scorer(model)
    lists = sourcing._lists()
    n = 0
    for a in ARTICLES:
        ctx = Context(a)
        for c, in_quote, context, speaker in _string_scores(ctx, model):
            traits = sourcing._traits(c.doc, c.match, c.sentence, in_quote)
            assert bool(traits & sourcing._IMPERATIVE) == ("imperative" in context)
            assert bool(traits & sourcing._PASSIVE) == ("passive" in context)
            tw = sc.term(c.match.entry.term)
            fast = sc.context_weight(c.doc, c.match, tw, traits)
            assert fast == weight_sum(model.weights, context), (context, fast)
            assert sc.intercept + fast == model.intercept + weight_sum(model.weights, context)
            assert sc.speaker_weight(c.doc, c.match, tw, c.span, lists) == weight_sum(model.weights, speaker)
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
        got = [(doc.field, m.entry, m.first, m.stop, si, span, note)
               for doc, m, si, span, note in sourcing._scored_candidates(Context(a), model)]
        assert got == expected
        kept_any += len(got)
    assert kept_any > 20


def test_token_type_memo_follows_the_vocabulary():
    """_extra_matches keeps its answer on the shared TokenType; another vocabulary must not reuse it."""
    doc = Context(Article(id="x", title="", text="Critics zorbled the plan: it zorbles everything.")).text
    lexicon = sourcing.find(doc, "report_verbs")
    a = sourcing._extra_matches(doc, lexicon, frozenset({"zorbled"}), frozenset())
    b = sourcing._extra_matches(doc, lexicon, frozenset(), frozenset({"zorbl"}))
    c = sourcing._extra_matches(doc, lexicon, frozenset({"zorbled"}), frozenset())
    assert [doc.norms[m.first] for m in a] == ["zorbled", ":"] == [doc.norms[m.first] for m in c]
    assert [doc.norms[m.first] for m in b] == ["zorbled", ":", "zorbles"]


def _reference_shape(doc, i: int) -> str:
    """The token shape as the string features were first defined."""
    if i < 0 or i >= len(doc.tokens):
        return "edge"
    tok = doc.tokens[i]
    if not doc.is_word[i]:
        return sourcing._PUNCT_SHAPES.get(tok, "punct")
    if doc.norms[i] in sourcing._PRONOUN_SHAPES:
        return "pron"
    if tok[:1].isupper():
        return "cap"
    if tok[:1].isdigit():
        return "num"
    return "low"


def _reference_suffix(word: str) -> str:
    if word.endswith("ed"):
        return "ed"
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ly"):
        return "ly"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "-"


def test_shapes_and_suffixes_by_id_are_the_strings():
    for a in ARTICLES[:3]:
        for doc in Context(a).docs:
            for i in range(-2, len(doc.tokens) + 2):
                assert sourcing._shape(doc, i) == _reference_shape(doc, i)
                assert sourcing._SHAPE_NAMES[sourcing._shape_id(doc, i)] == _reference_shape(doc, i)
            for w in doc.norms:
                assert sourcing._SUFFIXES[sourcing._suffix_id(w)] == _reference_suffix(w) == sourcing._suffix(w)
