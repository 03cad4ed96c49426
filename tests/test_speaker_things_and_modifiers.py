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


def test_a_sentence_going_on_after_the_tag_is_no_closing_tag():
    sources = _sources("Mr. McCain, who is the top Republican on the committee, said the U.S. should threaten to "
                       "withhold aid.")
    assert "Mr. McCain" in sources and "the U.S" not in sources


def test_a_closing_tag_with_a_pollster():
    sources = _sources("Sanders could run into trouble with supporters, who will get a close look at him, said "
                       "Monmouth University pollster Patrick Murray.")
    assert "Monmouth University pollster Patrick Murray" in sources and "supporters" not in sources


def test_people_on_the_ground_are_unnamed():
    sources = _sources("Trump is leading nationally, but those on the ground in Iowa, where conservatives play a "
                       "big role, say the race is open.")
    assert sources.get("those on the ground in Iowa") == "anonymous or vague"


def test_who_said_is_no_relative_clause_of_the_next_verb():
    sources = _sources("Sales fell in February, surprising industry analysts who said the numbers indicate the "
                       "market has not recovered.")
    assert "industry analysts" in sources  # of "said"
    evidence = profile("Sales fell in February, surprising industry analysts who said the numbers indicate the "
                       "market has not recovered.").features["sourcing"].evidence
    assert not any(e.role == "cue" and e.text == "indicate" for e in evidence)
