"""An outlet's or a body's bare possessive apostrophe before a person's name: the person speaks ("said the
Chronicles’ Ada Quill"), not the owner; an owner before a participle of what others did to its noun ("the
board’s recently revealed plan") is no speaker. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_the_name_after_an_outlets_apostrophe_speaks():
    assert _sources("“We expect a long night,” said the Daily Chronicles’ Ada Quill. The polls closed at eight.") == [
        "the Daily Chronicles’ Ada Quill"]


def test_the_name_after_an_apostrophe_before_a_colon_speaks():
    assert _sources("Wrote Channel News' Tomas Berry: \"The count is slow.\"") == ["Channel News' Tomas Berry"]


def test_a_lower_case_noun_after_the_apostrophe_is_not_taken_in():
    assert not any("editors" in s for s in _sources("“It is over,” said the Chronicles’ editors. The count ended."))


def test_a_quotation_after_an_apostrophe_is_no_name():
    assert not any("No" in s for s in _sources("The mayor told Farm Times 'No Comment' on Monday."))


def test_an_owner_before_a_participle_of_others_is_no_speaker():
    assert _sources("The first hearing probing the board’s recently revealed plan to cut routes began today.") == []
    assert _sources("The city awaits Mayor Ada Quill's highly expected release of the budget.") == []


def test_an_owner_before_its_own_promise_stays():
    assert "Quill’s" in _sources("Voters recalled Quill’s promised repair of the bridge.")


def test_the_last_places_of_a_list_after_a_preposition_are_no_speakers():
    assert not any("Ohio" in s for s in _sources("The narrow focus on Iowa, Kansas and Ohio suggested he wants a win."))
    assert not any("Boston" in s for s in _sources(
        "Those who watched rallies in the Bay Area, Boston and Portland, Oregon, say it is a familiar pattern."))


def test_countries_opening_a_clause_stay_speakers():
    assert "France and Germany" in _sources("After the vote, France and Germany said the deal was dead.")


def test_a_name_after_a_weekday_phrase_stays_a_speaker():
    assert "Brava" in _sources("In a call with the mayor on Tuesday, Brava asked whether the plan had changed.") \
        or "Costa" in _sources("In an interview with Trump on Wednesday, Costa asked whether he was born there.")


def test_a_body_after_an_opening_phrase_with_a_name_stays_a_speaker():
    assert "the White House" in _sources("After her meeting with Obama, the White House announced a new rule.")
