"""Twentieth pass, round 1, on cues: the noun "fear(s)" with no content ("fears of new taxes faded", "their worst
fears", "the politics of fear") and a "wrote" whose object is a law or a bill ("the senators who wrote the bill")
are set aside; a fear with what is feared ("amid fears that ...", "They fear that ...") and a "wrote" of words
("wrote that ...", "wrote in the bill that ...", "wrote a letter asking ...") stay. The sentences are written for
these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("After the vote, fears of sweeping new tariffs quickly faded.", "fears of"),
    ("It is the prospect of another blackout that stirs residents' worst fears.", "fears"),
    ("Voters should not give in to their lowest fears.", "fears"),
    ("Her new book on the politics of fear came out in May.", "fear"),
    ("Many families fled hunger, war, fear or poverty.", "fear"),
    ("The other fear: turnout among young voters may collapse.", "fear"),
])
def test_fear_noun_without_content_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The markets fell amid fears that the talks had stalled.", "fears"),
    ("Local officials fear that the plant will close next year.", "fear"),
    ("The mayor fears the budget could collapse by spring.", "fears"),
    ("The senator sought to ease farmers' fears that subsidies would end.", "fears"),
])
def test_fear_with_content_stays(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Two of the senators who wrote the bill said they lacked the votes.", "wrote"),
    ("He wrote the trade treaty and refused to compromise with the opposition.", "wrote"),
    ("The committee, which wrote the farm legislation, met on Monday.", "wrote"),
    ("Party leaders wrote their spending bill in secret, critics said.", "wrote"),
])
def test_law_drafted_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator wrote that the bill would raise costs for farmers.", "wrote"),
    ("Lawmakers wrote in the bill that the funds could not be moved.", "wrote"),
    ("The senators wrote a letter asking the agency to explain its rules.", "wrote"),
    ("The judge wrote the court's opinion, calling the ban unlawful.", "wrote"),
])
def test_written_words_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("When readers shared the video, Facebook labeled it as spam and removed the post.", "labeled"),
    ("The leaked memo, which was labeled \"For Official Use Only\" on every page, reached reporters.", "was labeled"),
    ("The tweets have been labeled to give readers more context.", "have been labeled"),
])
def test_item_labeled_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator labeled the bill \"a giveaway\" on Tuesday.", "labeled"),
    ("Critics quickly labeled the deal a betrayal of the party's base.", "quickly labeled"),
    ("The editor labeled it \"a disgrace\" in a short post.", "labeled"),
])
def test_name_given_by_a_person_stays(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


def test_article_in_a_law_journal_stays() -> None:
    assert not acting_cue("A fellow who wrote a Yale Journal of Law and Policy article outlining the plan spoke.", "wrote")
    assert not acting_cue("She wrote the law review article that the court cited.", "wrote")


@pytest.mark.parametrize("text, cue", [
    ("The rally had giant flags, patriotic chants, and a parade of veterans.", "chants"),
    ('The cleric was filmed leading "down with the West" chants at the square.', "chants"),
])
def test_chant_noun_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ('Chants of "four more years" echoed through the hall.', "chants"),
    ('The crowd chanted "four more years" as he spoke.', "chanted"),
])
def test_words_chanted_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


def test_crowd_chants_verb_stays() -> None:
    assert not acting_cue('At every stop the crowd chants "build the wall" before he speaks.', "chants")
