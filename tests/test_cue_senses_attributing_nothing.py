"""Cue words in a sense that attributes nothing (``sense_cues``): an intention to act ("hope to win",
"eager to", "is looking to"), a cause that explains ("may explain why"), a thing disclosed ("revealed the
depth of", "records revealed last week"). Each is set aside with the verbs of acting (``cues.acting_cue``),
beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Senate leaders hope to bring the measure to a vote next month.", "hope"),
    ("The council members were eager to avoid another long fight over the budget.", "eager"),
    ("The party is looking to win back the seat it lost in the fall.", "looking"),
    ("The mayor is hoping to someday return to the statehouse.", "hoping"),
    ("She intends to vote against the plan on Tuesday.", "intends"),
    ("The new coalition aims to register ten thousand voters.", "aims"),
    ("Researchers looking into the outbreak found no single cause.", "looking"),
])
def test_an_intention_to_act_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The governor hopes that the legislature will act before summer.", "hopes"),
    ("The senator likes to say that the deficit is a moral question.", "likes"),
    ("Aides were hoping he would mention the miners in his speech.", "hoping"),
])
def test_a_hope_with_its_clause_or_a_saying_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("That long drought may explain why the harvest was so small.", "explain"),
    ("Cheaper loans help explain the rise in home sales.", "explain"),
])
def test_a_cause_that_explains_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The lawyers will explain the rules to each family.", "explain"),
    ("The chairman explained that the vote would wait a week.", "explained"),
])
def test_a_source_explaining_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The analyst who revealed the scope of the program now lives abroad.", "revealed"),
    ("Beyond the bank records revealed last week, the agency kept other files.", "revealed"),
    ("The board resigned when the loss was revealed.", "revealed"),
])
def test_a_thing_disclosed_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The treasurer revealed that the fund had lost a third of its value.", "revealed"),
    ("The witness revealed to the committee that she had been warned.", "revealed"),
    ("The figures were revealed by the auditor in a letter to the board.", "revealed"),
])
def test_a_source_revealing_words_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


def test_a_that_past_a_comma_is_not_a_revelations_content():
    assert acting_cue("Beyond the phone records revealed last week, that law allows other searches.", "revealed")


@pytest.mark.parametrize("text, cue", [
    ("Those are the kinds of promises that fade after an election.", "promises"),
    ("The voters remember his words and promises.", "promises"),
    ("The list ran under the headline 7 broken Lincoln promises on the front page.", "promises"),
    ("This mayoral race promises to be the costliest in the city's history.", "promises"),
])
def test_a_promise_not_made_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The governor promises to veto the bill if it reaches her desk.", "promises"),
    ("She runs the paper and promises not to publish rumors.", "promises"),
    ("He promises that the road will open by spring.", "promises"),
])
def test_a_promise_made_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


def test_the_adjective_elaborate_attributes_nothing():
    assert acting_cue("In early May, elaborate security plans were drawn up for the parade.", "elaborate")


@pytest.mark.parametrize("text", ["The spokesman declined to elaborate.", "She did not elaborate on the offer."])
def test_the_verb_elaborate_stays_a_cue(text):
    assert not acting_cue(text, "elaborate")


def test_a_promise_with_its_content_stays_a_cue():
    assert not acting_cue("The governor kept tuning her promise that every family would keep its doctor.", "promise")


def test_looking_better_is_an_appearance():
    assert acting_cue("With the economy growing, the governor is looking stronger than last year.", "looking")
