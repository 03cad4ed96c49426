"""Cue candidates beyond the report-verb lexicon, the learned vocabulary and span tables (sourcing)."""
from __future__ import annotations

from conftest import profile

from framing.analysis.context import Context
from framing.analysis.features.sourcing import attributions, cues, grammar, spans
from framing.types import Article


def _candidates(text: str, words=frozenset(), stems=frozenset()) -> list[tuple[str, str]]:
    ctx = Context(Article(id="t", title="", text=text))
    return [(c.doc.text[c.doc.starts[c.match.first]:c.doc.ends[c.match.stop - 1]], c.match.entry.lexicon)
            for c in cues.cue_candidates(ctx, words=words, stems=stems) if c.doc is ctx.text]


def test_stem_groups_inflections():
    assert {grammar.stem(w) for w in ("blasted", "blasts", "blasting", "blast")} == {"blast"}
    assert grammar.stem("applied") == grammar.stem("applies") == "apply"
    assert grammar.stem("planned") == "plan"


def test_vocabulary_words_and_stems_become_candidates():
    text = "The senator chided the plan. Her aides hailed it."
    assert ("chided", cues.CUE_VOCABULARY) not in _candidates(text)
    found = _candidates(text, words=frozenset({"chided"}), stems=frozenset({"hail"}))
    assert ("chided", cues.CUE_VOCABULARY) in found
    assert ("hailed", cues.CUE_VOCABULARY) in found  # unseen inflection, by its stem


def test_colon_after_a_word_is_a_candidate_but_not_in_a_time_or_url():
    found = _candidates("Sanders: the system is rigged. See http://example.com at 5:30 p.m.")
    assert [t for t, lex in found if lex == cues.RULE] == [":"]


def test_model_cues_name_the_model_and_their_rule():
    f = profile("Lavrov said the talks had failed.").features["sourcing"]
    cues = [e for e in f.evidence if e.role == "cue"]
    assert [e.text for e in cues] == ["said"]
    assert cues[0].rule.startswith("report_verbs: said") and "model cues v1 p=" in cues[0].rule


def test_source_label_names_the_cue_word_of_an_extended_span():
    f = profile("Russia has also said it will respond.").features["sourcing"]
    cue = next(e for e in f.evidence if e.role == "cue")
    source = next(e for e in f.evidence if e.role == "source")
    assert cue.text.endswith("said") and source.text == "Russia"
    assert source.rule == "source of 'said'"


def _cue_text(text: str, term: str) -> str:
    """The span the cue model gives the report-verb match ``term`` of ``text``."""
    model = attributions.cue_model()
    assert model is not None
    ctx = Context(Article(id="t", title="", text=text))
    doc = ctx.text
    m = next(m for m in ctx.matches(doc, "report_verbs") if m.entry.term == term)
    first, stop = spans.cue_span(doc, m, model.meta["span"])
    return doc.text[doc.starts[first]:doc.ends[stop - 1]]


def test_span_model_sets_cue_boundaries():
    assert _cue_text("The mayor replied: we will see.", "replied") == "replied:"
    assert _cue_text("Critics have long argued that it fails.", "argued") == "have long argued"
    assert _cue_text("He reportedly said it.", "said") == "reportedly said"
    assert _cue_text("She said the talks failed.", "said") == "said"
    assert _cue_text("He told reporters the plan failed.", "told reporters") == "told"  # head_only
    assert _cue_text("The group said in a statement that it would sue.", "said in a statement") \
        == "said in a statement"


def test_span_model_without_extension_keeps_the_match():
    ctx = Context(Article(id="t", title="", text="Critics have long argued that it fails."))
    doc = ctx.text
    m = next(m for m in ctx.matches(doc, "report_verbs") if m.entry.term == "argued")
    assert spans.cue_span(doc, m, None) == (m.first, m.stop)
    assert spans.cue_span(doc, m, {"head_only": {}}) == (m.first, m.stop)
