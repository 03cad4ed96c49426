"""A speaker span that is the object of a preposition before its cue is spoken to or about, not who speaks
(readers of the AllSides dev sample, independent draws 2929/3030: "a statement to the press announcing", "some
on social media decried", "opposition to the quarantines announced"); the phrase before the preposition is the
speaker where it names one, and the head of a relative clause ("experts who spoke to NPR said"). Sentences
written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_the_press_spoken_to_is_no_speaker():
    sources = _sources("The group met on Monday. Dewey issued a statement to the press announcing a committee.")
    assert "the press" not in sources and "a statement to the press" not in sources


def test_a_thing_opposed_is_no_speaker():
    sources = _sources("She led the opposition to the mandatory quarantines announced Friday night in Ohio.")
    assert not any("quarantines" in s for s in sources)


def test_some_on_a_venue_are_the_speakers():
    sources = _sources("The judge spoke. Protesters and some on social media decried the sentencing.")
    assert "social media" not in sources
    assert any(s.endswith("some on social media") for s in sources)


def test_the_head_of_a_relative_clause_speaks():
    sources = _sources("The poll was out. Several experts who spoke to NPR said the plan would fail.")
    assert "NPR" not in sources and "Several experts" in sources


def test_an_adviser_to_a_candidate_speaks():
    sources = _sources("The race tightened. Later, an adviser to one candidate said the debate went well.")
    assert "an adviser to one candidate" in sources


def test_the_antecedent_of_who_stays():
    sources = _sources("The ruling was a blow to city officials across the west who argue that the camps must go.")
    assert "city officials across the west" in sources


def test_a_title_with_to_stays():
    sources = _sources("The council met. U.S. Ambassador to the United Nations Nikki Haley said the vote was a disgrace.")
    assert any("Nikki Haley" in s for s in sources)


def test_those_against_a_plan_speak():
    assert "Those against the plan" in _sources("People will die. Those against the plan say it costs too much.")


def test_according_to_before_a_colon_stays():
    sources = _sources('The deal fell apart. According to The New York Times: "Mr. Flynn lied to them."')
    assert sources.get("The New York Times") == "news outlet"


def test_people_inside_and_outside_a_body_speak():
    sources = _sources("He protected the inquiry from conservatives inside and outside Congress who believed it was biased.")
    assert "outside Congress" not in sources and "and outside Congress" not in sources
