"""Spans where a speaker stands that name a thing or a noun's modifier (readers of the AllSides dev sample,
independent draws 2929/3030: "The image ... featured", "The exchange highlighted", "Press reports about",
"several people who use the program said": the people). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_an_exchange_is_no_speaker():
    assert "The exchange" not in _sources("Sanders spoke to Acosta. The exchange highlighted the mentality of the staff.")


def test_a_named_exchange_stays():
    assert "The New York Stock Exchange" in _sources(
        "Trading stopped. The New York Stock Exchange said the outage was caused by a glitch.")


def test_press_before_reports_is_no_speaker():
    assert "Press" not in _sources("Press reports about the investigation have been embarrassing for him.")


def test_the_press_that_reports_stays():
    assert "The British press" in _sources("The officer was not armed. The British press reports that a member was hurt.")


def test_people_who_use_a_program_speak():
    sources = _sources("The rules changed. But several people who use the program said they were confused.")
    assert "the program" not in sources and "several people" in sources


def test_a_program_that_speaks_stays():
    assert "The program" in _sources("The rules changed. The program said it would close in May.")


def test_a_closing_tag_names_the_outlet():
    sources = _sources("The ambassador confirmed the death of attache Omar Haddad, who had been in his post for "
                       "only a month, reports the BBC.")
    assert "the BBC" in sources and not any("Haddad" in s for s in sources)


def test_a_closing_date_is_no_speaker():
    assert "Smith" in _sources("Smith, a lawyer for the family, said Tuesday.")


def test_a_bare_adjective_before_a_noun_read_as_cue_is_no_speaker():
    assert "Two other prospective" not in _sources("The panel waited. Two other prospective witnesses this week have said they won't show.")
