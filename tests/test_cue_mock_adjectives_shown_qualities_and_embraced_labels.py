""""mock"/"mocking" as adjectives and "beyond doubt" (``idiom_sense_cues``), a quality shown by acting
(``deed_cues``) and a persona or a label embraced (``act_object_cues``); each beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The host held up the large mock test kit and laughed.", "mock"),
    ("The actual mock vote had not started yet.", "mock"),
    ("The channel taunts the mayor with mocking banners.", "mocking"),
    ("The bill makes firms prove beyond doubt that the gap is fair.", "doubt"),
    ("Her team has also shown a deft touch for online video.", "has also shown"),
    ("The governor has shown a willingness to listen to critics.", "has shown"),
    ("The more the mayor embraces that outsider persona, the more his base cheers.", "embraces"),
])
def test_an_adjective_a_standard_a_quality_or_a_persona_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("They mock council members who refuse to fight.", "mock"),
    ("Her critics mock her moral stand on the issue.", "mock"),
    ("The mayor reacted to the news by mocking Lee's campaign.", "mocking"),
    ("Polls have shown that voters back the plan.", "have shown"),
    ("Polls show Lee with a wide lead in the county.", "show"),
    ("The senator embraced that idea, calling it overdue.", "embraced"),
])
def test_the_verbs_of_mocking_showing_and_embracing_stay_cues(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Lawmakers passed the legislation, which calls for the state to cut fees.", "calls for"),
    ("The leaders signed the deal, which calls for a buffer zone.", "calls for"),
    ("The narrow ruling here focused on the bias of the board.", "focused on"),
])
def test_a_plan_in_a_relative_clause_or_a_ruling_here_is_no_source(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Lee leads a group that calls for tougher rules on rent.", "calls for"),
    ("The senator, who called for a vote, left early.", "called for"),
    ("In his speech, the governor here focused on the budget gap.", "focused on"),
])
def test_a_group_or_a_person_who_calls_for_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)
