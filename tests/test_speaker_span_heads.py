"""A speaker span ends at its noun (not in a negated verb: "The memo doesn't reveal"), a span whose head
names a thing is nobody ("the first question focused on", "Time will tell"), and a heading before a colon is
no speaker ("Timeline:", "A Lack Of Discipline:"). Documents and names stay. Every sentence is written for
the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str, title: str = "Headline") -> list[str]:
    return [e.text for e in profile(text, title).features["sourcing"].evidence if e.role == "source"]


def test_a_negated_verb_is_cut_from_the_span():
    assert "The memo" in _sources("The memo doesn't reveal any methods, the chairman said on Monday.")
    assert not any("doesn" in s for s in _sources("The memo doesn't reveal any methods, the chairman said."))


def test_a_question_is_no_speaker():
    sources = _sources("The first question focused on the budget, and the governor said he would answer it.")
    assert not any("question" in s for s in sources)
    assert "the governor" in sources


def test_time_will_tell_is_nobody_but_time_magazine_reports():
    assert "Time" not in _sources("Time will tell, the senator said after the vote.")
    assert "Time" in _sources("The rally drew thousands of people in the rain, Time reports.")


def test_a_name_ending_in_a_thing_word_stays():
    assert "The New York Times" in _sources("The New York Times reported that the talks had stalled.")


def test_critics_of_the_ban_stay():
    assert _sources("Critics of the ban say it will fail in court.") == ["Critics of the ban"]


def test_a_document_stays_a_source():
    assert _sources("The report said the economy grew by three percent.") == ["The report"]
    assert "the editorial" in _sources('"Families have suffered for years," the editorial continues.')


def test_a_heading_before_a_colon_is_no_speaker():
    assert _sources("Timeline: Gay Marriage In Law, Pop Culture And The Courts.") == []
    assert "A Lack Of Discipline" not in _sources(
        "Inconsistency And A Lack Of Discipline: Trump himself had promised to be more presidential.")


def test_a_name_before_a_colon_stays():
    assert _sources("Obama: surveillance programs are a loaded gun that can be abused.", "Obama speaks") == ["Obama"]


def test_emphasis_added_is_nobody():
    sources = _sources("The rule covers every family in the program. (emphasis added) The agency has not said why.")
    assert "emphasis" not in sources, sources
