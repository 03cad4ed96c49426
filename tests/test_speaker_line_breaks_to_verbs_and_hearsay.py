"""A speaker span stops at a line break ("Policy Review [break] Backers of the rule argue" is "Backers of the
rule"), a verb that takes "to" is no part of it ("Smith fails to mention" is "Smith"), and the subject of a
sentence hedged by "reportedly" is the topic of the reports, not their source. Every sentence is written for
the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def _by_cue(text: str) -> dict[str, str]:
    return {e.rule: e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_heading_before_a_line_break_is_not_part_of_the_speaker():
    text = "The costs will be borne by families.\n\nThe Staff, Policy Review\n\nBackers of the rule, however, " \
           "argue that the border needs order."
    assert "Backers of the rule" in _sources(text)
    assert not any("\n" in s for s in _sources(text))


def test_a_speaker_on_one_line_stays_whole():
    assert "Backers of the rule" in _sources("Backers of the rule, however, argue that the border needs order.")


def test_a_verb_taking_to_is_not_part_of_the_speaker():
    sources = _sources("Sargent fails to mention that the cuts were approved by both parties.")
    assert "Sargent fails" not in sources


def test_a_name_before_said_stays():
    assert _sources("Smith said the cuts were approved by both parties.") == ["Smith"]


def test_the_subject_of_reportedly_is_not_its_source():
    assert _by_cue("Investigators reportedly found DNA on the gun.").get("source of 'reportedly'") is None


def test_a_subject_whose_own_verb_reports_words_stays():
    sources = _by_cue("Last week, the mayor reportedly told a group of donors she would run again.")
    assert "the mayor" in sources.values()


def test_an_event_is_not_a_speaker():
    assert "The noisy protests" not in _sources("The noisy protests have sounded alarms with city officials.")
    assert "the effort" not in _sources("Conservatives who could sink the effort are demanding to see the text.")


def test_the_people_of_an_event_stay():
    assert "The noisy protesters" in _sources("The noisy protesters said the city had ignored them.")
