"""Alarmist and loaded wording: the phrase rules, the model gate, and a PTC slice.

The slice test reads the Propaganda Techniques Corpus from ../shared/corpora at
run time (never copied here) and skips when it is absent.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import found, profile
from framing.evaluation import PTC_TECHNIQUES, load_articles_jsonl, load_labels, semeval_si_prf
from framing.analysis.features import evaluative_model
from framing.analysis.models import packaged_model

PTC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ptc"


# ------------------------------------------------------------------ phrase rule

@pytest.mark.parametrize("text, phrase", [
    ("They launched personal, petty, inhuman and craven attacks on him.", "inhuman and craven attacks"),
    ("The plan was utterly absurd and everyone knew it.", "utterly absurd"),
    ("He signed several phony deals with the firm.", "phony deals"),
    ("It was a massive international military conflict.", "massive international military conflict"),
])
def test_evaluative_words_widen_to_their_phrase(text, phrase):
    texts = found(profile(text), "loaded") + found(profile(text), "alarmist")
    assert any(phrase in t for t in texts), texts


def test_widened_evidence_names_its_entries_and_the_phrase_rule():
    p = profile("He signed several phony deals with the firm.")
    ev = [e for e in p.features["loaded"].evidence if e.text == "phony deals"]
    assert ev and "loaded: phony [adjective]" in ev[0].rule and "· phrase" in ev[0].rule


@pytest.mark.parametrize("text, word", [
    ("He offered pathetic excuses for the delay.", "pathetic excuses"),  # adjective + noun
    ("The regime's thugs attacked protesters.", "thugs"),            # a possessive noun is not a modifier
])
def test_phrase_boundaries(text, word):
    assert word in found(profile(text), "loaded")


def test_phrase_stops_at_punctuation_and_function_words():
    texts = found(profile("The claims were absurd. The committee then met."), "loaded")
    assert "absurd" in texts
    assert all("committee" not in t for t in texts)


def test_negated_and_technical_uses_are_not_loaded():
    assert found(profile("The sanctions regime was extended by the council."), "loaded") == []
    assert found(profile("The minister said the plan was not absurd."), "loaded") == []


def test_war_declarations_are_never_widened_or_vetoed():
    p = profile("If they strike our ships, it's war. The talks are hanging by a thread.")
    assert found(p, "alarmist", "war") == ["it's war"]
    assert "hanging by a thread" in found(p, "alarmist")


# ------------------------------------------------------------------ model gate

def test_model_is_packaged_and_names_itself():
    m = packaged_model("alarmist")
    assert m.name == "alarmist" and 0 < m.threshold < 1 and m.meta["metrics"]["cv_f1"] > m.meta["metrics"][
        "rules_only_f1"]


def test_valenced_word_kept_by_the_model_names_it():
    p = profile("Critics called the scheme a disgusting and pathetic farce, full of vile nonsense.")
    rules = [e.rule for e in p.features["loaded"].evidence]
    assert rules and all(" · model alarmist v" in r and " p=" in r for r in rules if r.startswith("vader:"))


def test_a_merely_valenced_word_is_listed_apart_not_counted_or_highlighted():
    # "bloody" describing clashes is strong, not a judgement: evidence of the measure valenced only
    from framing.compare import compare
    from framing.render import render_comparison
    from framing.render.highlight import layer_of

    p = profile("The bloody clashes left dozens of people injured in the old town on Sunday night.")
    loaded = p.features["loaded"]
    assert [(e.measure, e.text) for e in loaded.evidence] == [("valenced", "bloody")]
    assert loaded.value == 0 and loaded.count == 0 and loaded.measure("valenced").count == 1
    assert layer_of(loaded.evidence[0]) is None
    other = profile("The committee met on Tuesday and adopted the budget after a long debate.")
    page = render_comparison(compare([p, other]))
    assert 'class="hl hl-loaded"' not in page and "bloody" in page  # listed in the evidence, not marked in the text


def test_a_phrase_with_a_judging_word_stays_loaded_when_a_valenced_word_leads_it():
    p = profile("Residents marched on Sunday, and the mayor condemned the bloody, brutal crackdown.")
    loaded = p.features["loaded"]
    assert [(e.measure, e.text) for e in loaded.evidence] == [("adjective", "bloody, brutal crackdown")]
    assert loaded.count == 1 and loaded.measure("valenced").count == 0


@pytest.mark.parametrize("text", [
    "The committee met on Tuesday and adopted the budget.",
    "The council will vote on the proposal next week.",
    "Shares rose 2 percent in early trading on Wednesday.",
])
def test_sober_reporting_stays_clean(text):
    assert found(profile(text), "loaded") == [] and found(profile(text), "alarmist") == []


def test_label_shapes_are_candidates_only_for_the_model():
    doc_words = "The leftists and the anti-war activists met the globalism critics."
    p = profile(doc_words)
    for e in p.features["loaded"].evidence:
        if e.rule.startswith("shape:"):
            assert "model alarmist" in e.rule


# ------------------------------------------------------------------ PTC slice

SLICE = 60
F1_FLOOR = 0.27  # measured 0.320 on the first 60 train articles (model trained on the whole train split)


def test_ptc_slice_f1_above_floor():
    if not (PTC / "articles.train.jsonl").is_file():
        pytest.skip(f"PTC corpus not found at {PTC} (the shared corpora sit beside the repo)")
    import framing

    articles = load_articles_jsonl(str(PTC / "articles.train.jsonl"))[:SLICE]
    ids = {a.id for a in articles}
    gold: dict[str, list[tuple[int, int]]] = {}
    for r in load_labels(str(PTC / "labels.train.jsonl")):
        if str(r["id"]) in ids and r["label"] in PTC_TECHNIQUES:
            gold.setdefault(str(r["id"]), []).append((int(r["start"]), int(r["end"])))
    pred = {}
    for a in articles:
        p = framing.analyze(a)
        pred[a.id] = [(e.start, e.end) for f in ("alarmist", "loaded") for e in p.features[f].evidence
                      if e.field == "text"]
    score = semeval_si_prf(pred, gold)
    assert score.f1 >= F1_FLOOR, score
    assert evaluative_model.model() is not None


@pytest.mark.parametrize("text", [
    "He rejects a new Cold War with Russia and supports the nuclear agreement with Iran.",
    "Officials dismissed the doomsday predictions as politics.",
    "Rather than believe things are out of control, voters shrugged.",
    "The party is on the brink of a blowout victory in the state.",
    "The talks are on the verge of a breakthrough, diplomats said.",
])
def test_alarm_the_writer_sets_aside_or_good_news_ahead_is_not_alarm(text):
    assert found(profile(text), "alarmist") == []


@pytest.mark.parametrize("text,term", [
    ("The country is on the brink of war, analysts warned on Monday.", "on the brink"),
    ("Russia and the US are heading for a new Cold War, experts warned.", "a new Cold War"),
    ("A nuclear catastrophe could follow if the talks collapse, the minister warned.", "nuclear catastrophe"),
])
def test_alarm_ahead_is_still_found(text, term):
    assert term in found(profile(text), "alarmist")


@pytest.mark.parametrize("text", [
    "Critics fear some of these measures will persist even after the crisis eases.",
    "Yolonda Wilson, a bioethicist at the center, notes the shift in the vocabulary.",
    "The Russian-American lobbyist attended the meeting at the tower in June.",
])
def test_professions_and_verbs_ending_in_ist_are_no_labels(text):
    assert [e.text for e in profile(text).features["loaded"].evidence if e.measure == "labels"] == []


@pytest.mark.parametrize("text,alarm", [
    ("It would be awkward for regulators to do an about-face and declare war on the technology.", False),
    ("Beating him will presumably require an all-out war against the mogul and his donors.", False),
    ("The regime said it would declare war on Israel if the strikes continued, officials warned.", True),
    ("Experts warned that the skirmishes could become an all-out war within weeks.", True),
])
def test_war_declared_on_a_thing_is_a_figure_of_speech(text, alarm):
    assert bool(found(profile(text), "alarmist")) is alarm
