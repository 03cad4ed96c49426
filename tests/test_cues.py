"""Cue candidates beyond the report-verb lexicon, the learned vocabulary and span tables (sourcing)."""
from __future__ import annotations

from conftest import profile

from framing.features import sourcing
from framing.features._base import Context
from framing.types import Article


def _candidates(text: str, words=frozenset(), stems=frozenset()) -> list[tuple[str, str]]:
    ctx = Context(Article(id="t", title="", text=text))
    return [(c.doc.text[c.doc.starts[c.match.first]:c.doc.ends[c.match.stop - 1]], c.match.entry.lexicon)
            for c in sourcing.cue_candidates(ctx, words=words, stems=stems) if c.doc is ctx.text]


def test_stem_groups_inflections():
    assert {sourcing.stem(w) for w in ("blasted", "blasts", "blasting", "blast")} == {"blast"}
    assert sourcing.stem("applied") == sourcing.stem("applies") == "apply"
    assert sourcing.stem("planned") == "plan"


def test_vocabulary_words_and_stems_become_candidates():
    text = "The senator chided the plan. Her aides hailed it."
    assert ("chided", sourcing.CUE_VOCABULARY) not in _candidates(text)
    found = _candidates(text, words=frozenset({"chided"}), stems=frozenset({"hail"}))
    assert ("chided", sourcing.CUE_VOCABULARY) in found
    assert ("hailed", sourcing.CUE_VOCABULARY) in found  # unseen inflection, by its stem


def test_colon_after_a_word_is_a_candidate_but_not_in_a_time_or_url():
    found = _candidates("Sanders: the system is rigged. See http://example.com at 5:30 p.m.")
    assert [t for t, lex in found if lex == sourcing.RULE] == [":"]


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


def test_span_tables_extend_rare_cues_by_the_next_token():
    model = sourcing._cue_model()
    assert model is not None
    tables = model.meta["span"]
    assert tables["right_any"].get(":", 0) > 0.5  # "replied:", "continued:"
