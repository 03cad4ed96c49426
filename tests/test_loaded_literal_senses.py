"""Loaded entries in a literal or idiomatic sense judge nobody, and standard terms of news are no label (ninth
pass): "toxic" of a poison or a bad debt, "an awful lot", "body slamming", "lies" as the verb of place, "a
radical new way", "the so-called individual mandate", "a mob protest", "authoritarian regimes", "extremist and
hate organizations", "extremist ties", and a fear word in a subheading asked as a question ("Doom for the
plan?"); the judging uses beside them stay.

Written for the test: each plain sentence is a class readers judged wrong, each loaded one the near case that
must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile

from framing.analysis.features.loaded_standard_terms import standard_term
from framing.analysis.text import tokenize


def _loaded(text: str) -> list[str]:
    """The highlighted loaded spans (strongly valenced words the model keeps are listed apart, not highlighted)."""
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("The mine released toxic metals into the creek last spring, state officials said.", "toxic"),
    ("The inspector would not call the smoke toxic, but said it was irritating.", "toxic"),
    ("The label warns that the solvent is toxic to aquatic life.", "toxic"),
    ("The bank moved its toxic assets into a separate fund.", "toxic"),
    ("I disagree with the mayor often, but I like an awful lot of what she has done.", "awful"),
    ("The candidate became known for body slamming a reporter at a rally.", "slamming"),
    ("Therein lies the problem for the county's budget planners.", "lies"),
    ("Behind the tidy census figure lies a long history of changing categories.", "lies"),
    ("The old ledger probably lies in a box in the attic.", "lies"),
    ("Her team found a radical new way to pay for the campaign.", "radical"),
    ("The court upheld the so-called individual mandate in a close vote.", "so-called"),
    ("Officials first described the attack on the consulate as a mob protest.", "mob"),
    ("Reporters are jailed most often in countries ruled by authoritarian regimes.", "regime"),
    ("The center tracks extremist and hate organizations across the state.", "extremist"),
    ("Later, men with extremist ties joined the crowd outside the compound.", "extremist"),
    ("The blogger was credited with inspiring the boycott of the chain.", "inspiring"),
    ("The governor, a fitness fanatic who runs marathons, signed the bill.", "fanatic"),
    ("The office records allegations of bullying and harassment on the basis of religion.", "bullying"),
    ("\u201cI do not have hateful feelings toward anyone,\u201d the student said.", "hateful"),
    ("The candidate favors an interventionist foreign policy in the region.", "interventionist"),
    ("\u201cIt was terrifying,\u201d the clerk said of the robbery.", "terrifying"),
    ("\u201cIt\u2019s really scary that the gang is in our town now,\u201d he says.", "scary"),
    ("The platform removed accounts that spread state-funded Russian propaganda before the vote.", "propaganda"),
    ("The minister warned against terrorist propaganda that spreads online.", "propaganda"),
    ("\u201cThat is great news,\u201d she said.\n\nDoom for the plan?\n\nThe sign-ups rose in March.", "doom"),
])
def test_literal_senses_and_standard_terms_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The senator blamed the toxic atmosphere in the chamber for the stalemate.", "toxic"),
    ("The committee was an awful mess from the start.", "awful"),
    ("The governor was slamming his rivals on television all week.", "slamming"),
    ("The report is full of lies about the budget.", "lies"),
    ("The lies the spokesman told the press came apart within a day.", "lies"),
    ("The mayor told inspiring stories of nurses at the rally.", "inspiring"),
    ("The mayor called his rivals fanatics who would wreck the city.", "fanatic"),
    ("Lawmakers say the governor's bullying style has cost him allies.", "bullying"),
    ("The chairman described the threats to witnesses of the bribery allegations as bullying.", "bullying"),
    ("\u201cHis plan is terrifying for every family in this state,\u201d the senator said.", "terrifying"),
    ("The adviser took a check from a Russian propaganda network last year.", "propaganda"),
    ("The senator said the network spews propaganda for the party every night.", "propaganda"),
    ("The radical left wants to abolish the agency, the congressman said.", "radical"),
    ("\u201cThe so-called judge is a disgrace,\u201d he said.", "so-called"),
    ("An angry mob chased the councilman out of the meeting.", "mob"),
    ("The union called the proposal extremist and the governor's allies reckless.", "extremist"),
    ("Doom for the plan is certain, and the governor knows it will cost him dearly.", "doom"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word, standard", [
    ("Countries ruled by authoritarian regimes jail the most reporters.", "regimes", True),
    ("The senator will not visit the authoritarian regime that hid the outbreak.", "regime", False),
    ("The court upheld the so-called individual mandate.", "so-called", True),
    ("The mayor mocked the so-called experts.", "so-called", False),
    ("The candidate favors an interventionist foreign policy.", "interventionist", True),
    ("Readers of the interventionist Post were told to cheer the war.", "interventionist", False),
])
def test_standard_terms_set_aside_only_in_their_use(text, word, standard):
    """The rules themselves, apart from the model that gates a lone word: the class of governments and the
    term of art are standard; one government called a regime and a sneer at experts are not."""
    doc = tokenize(text)
    i = doc.norms.index(word)
    assert (standard_term(doc, i, i + 1, word) is not None) is standard
