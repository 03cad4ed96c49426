"""Speaker spans that are a fragment of the sentence (a phrase opening with a preposition, "In general,", a
time, a party of a court case, a subheading), a name beside the title the search landed on, and a relative
clause with an auxiliary before its verb. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_a_phrase_opening_with_a_preposition_is_nobody():
    assert "to in Ohio" not in _sources("But the farmers I talked to in Ohio agreed: the price is too low.")


def test_a_sentence_opening_adverbial_is_nobody():
    assert "general" not in _sources("In general, the mayor set herself apart by promising not to raise taxes.")


def test_a_place_after_an_opening_preposition_leaves_the_subject():
    assert _sources("In Denver, the mayor said the roads would reopen.") == ["the mayor"]


def test_a_time_is_nobody():
    assert "past winter" not in _sources("The club wrote to the council this past winter saying the park was unsafe.")


def test_the_party_of_a_court_case_is_nobody():
    assert "Garcia" not in _sources("A narrow majority in Ohio v. Garcia said that the rule went too far.")


def test_a_named_judge_still_speaks():
    assert _sources("Judge Garcia said that the rule went too far.") == ["Judge Garcia"]


def test_a_subheading_is_nobody():
    assert "Broad" not in _sources("Broad calls for reform\nCalls for reform came from a broad coalition in the city.")


def test_a_heading_that_cites_someone_keeps_the_name():
    # ("Mendez says no to new taxes" is a decision since session 32: conduct_cues' "say no to")
    assert "Mendez" in _sources("Mendez says taxes will not rise\nThe governor vetoed the bill on Monday.")


def test_the_name_before_a_title_is_the_speaker():
    assert _sources("Maria Lopez, director of the State Water Board told reporters the dam was safe.") == [
        "Maria Lopez"]


def test_the_name_after_a_title_is_the_speaker():
    assert _sources("The city's chief auditor, Alan Brooks, said the budget was balanced.") == ["Alan Brooks"]
    assert _sources('"The numbers do not add up," one county auditor, Dana Fields, wrote in May.') == [
        "Dana Fields"]


def test_a_title_beside_a_body_stays():
    assert "Alan Brooks" not in _sources("The Treasury Department, spokesman Alan Brooks said nothing new.")


def test_a_title_with_its_name_before_the_comma_stays():
    assert _sources("Alan Brooks, treasurer of the city, said the budget was balanced.") == ["Alan Brooks"]


def test_the_head_of_a_relative_clause_with_an_auxiliary_speaks():
    assert _sources("Several donors who have backed or praised Mr. Hale have cited his record on taxes.")[0] == \
        "Several donors"
    assert _sources("A lawyer who has represented Mr. Hale said the case was weak.") == ["A lawyer"]


def test_a_name_after_a_preposition_is_no_apposition():
    assert _sources("It followed the death of Maria Lopez, the county said Tuesday.") == ["the county"]


def test_a_list_of_names_is_no_title():
    assert "Dana Fields" not in _sources("Dana Fields, Alan Brooks and Maria Lopez have all attacked the plan.")


def test_a_subheading_that_names_a_source_stays():
    assert "Experts" in _sources("Experts say the dam is unsafe\nMany more experts are worried about it.")


def test_a_share_before_of_is_taken_in():
    assert _sources("Thirty percent of nurses in the survey group reported long shifts.") == [
        "Thirty percent of nurses in the survey group"]


def test_with_before_a_speaker_is_dropped():
    assert "the head of the city council" in _sources(
        "Residents cried foul, with the head of the city council suggesting that the vote was rigged.")


def test_the_ones_addressed_are_nobody():
    assert _sources("She sent a blunt message to county officials in Ohio: act now.") == []


def test_a_party_and_state_is_no_name():
    assert "Ohio Republican" not in _sources("A spokesman for Senator Hale, Ohio Republican, said he would not comment.")


def test_with_inside_a_phrase_is_not_dropped():
    assert "members of the board" not in _sources(
        "Sources familiar with the talks with members of the board declined to comment, saying the talks were private.")


def test_a_middle_initial_is_no_versus():
    assert any("Gutierrez" in s for s in _sources("Rep. Luis V. Gutierrez, an Illinois Democrat, chided the White House."))
