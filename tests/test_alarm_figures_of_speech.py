"""Alarm words used as a figure of speech, a label or a name raise no alarm; the warnings beside them still do.

Written for the test (issue 13, sixth pass): each plain sentence is one class independent readers judged
wrong, each alarming one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import found, profile


def _alarm(text: str) -> list[str]:
    return [e.text for e in profile(text).features["alarmist"].evidence if e.measure != "exaggeration"]


@pytest.mark.parametrize("text", [
    # criticism of spending, with a movement ("coming back") that is no prospect
    "The county, whose spending is wildly out of control and keeps coming back to the state for loans, sued.",
    # a modal in the next clause is no threat to the word before the comma
    "The critic believes the city is a disaster, but only its residents would fix it that way.",
    # an idiom in capitals inside prose: an ironic label
    "Late edit - one more Internet Law Red Alert, arriving from the commenters.",
    # said to a person: a disappointment ahead
    "Third, brace yourself, Martha. Nobody expected the vote to go this way.",
    # an attack named and condemned
    "The minister called the stabbing an act of pure terror and cowardice.",
    # war declared by a lobby: a political fight
    "The new rule is sure to spur a declaration of war by the sugar lobby and beet farmers.",
    # the war described
    "The museum shows the horrors of nuclear war to every visitor.",
    # a kind of product
    "The shop sells canned apocalypse rations and solar radios.",
])
def test_figures_labels_and_names_are_not_alarm(text):
    assert _alarm(text) == []


@pytest.mark.parametrize("text, term", [
    ("If nothing changes, the budget could spiral out of control within a year.", "spiral out of control"),
    ("Brace yourselves: a new storm is expected to hit the coast on Friday.", "Brace yourselves"),
    ("Ministers warned the region is one step from a declaration of war by the two states.",
     "declaration of war"),
    ("The talks failed, and the prospect of nuclear war is back.", "nuclear war"),
    ("Officials warned that the region could become a tinderbox, and a disaster would follow.", "disaster"),
    ("Preppers say the coming apocalypse will leave cities without power.", "apocalypse"),
    ("Budget catastrophe: the council vote will ruin the town.", "catastrophe"),
])
def test_warnings_beside_them_are_still_alarm(text, term):
    assert term in _alarm(text)


@pytest.mark.parametrize("text, term", [
    ("Volunteers joined the county's disaster counseling program after the flood.", "disaster"),
    ("A disaster crisis line was opened by the county.", "disaster"),
    ("The charity helps families after a natural disaster strikes the coast.", "natural disaster"),
])
def test_a_disaster_named_plainly_is_listed_apart_not_emotive_wording(text, term):
    result = profile(text).features["loaded"]
    assert result.evidence and all(e.measure == "valenced" for e in result.evidence)
    assert result.value == 0 and term not in _alarm(text)


def test_the_horrors_of_war_is_a_stock_phrase_not_emotive_wording():
    p = profile("Families in the valley still live with the horrors of war, the aid group said.")
    assert found(p, "loaded", "emotive") == [] and _alarm("Families still live with the horrors of war.") == []


def test_a_disaster_before_a_verb_is_still_emotive_wording():
    p = profile("But the Iowa disaster gives further fuel to his critics.")
    assert "disaster" in found(p, "loaded", "emotive")


def test_a_described_catastrophe_is_still_emotive_wording():
    p = profile("In the wake of the utter catastrophe that was the hearing, the party regrouped.")
    assert "catastrophe" in " ".join(found(p, "loaded", "emotive"))


@pytest.mark.parametrize("text", [
    "\u201cThis is the nightmare scenario we have all worried about,\u201d a backer said as the polls showed a wave.",
    "The divisions could end in a disastrous way for the party come November.",
    "The new poll suggests the other hopefuls are doomed unless the primary calendar changes.",
])
def test_a_nightmare_or_doom_in_a_sentence_about_an_election_is_a_setback(text):
    assert _alarm(text) == []


@pytest.mark.parametrize("text", [
    "Officials warned that a hack of the voting machines before the election could be a disaster.",
    "A nuclear exchange would be a catastrophe for every voter on the planet.",
])
def test_a_threat_to_an_election_or_beyond_it_stays_alarm(text):
    assert _alarm(text), text
