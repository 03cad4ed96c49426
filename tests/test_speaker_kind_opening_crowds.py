"""Speakers' kinds of a plural noun for people opening its sentence (seventeenth pass): "Insurers also
objected" is a crowd, a vague source, not a person's surname; a surname with the same ending that the article
writes inside a sentence stays a person. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_plural_for_people_opening_a_sentence_is_a_crowd():
    sources = _sources("The bill cuts the subsidy for small firms next year. "
                       "Insurers also objected, saying the change would raise premiums.")
    assert sources.get("Insurers") == "anonymous or vague"


def test_another_plural_for_people_opening_a_sentence_is_a_crowd():
    sources = _sources("The council approved the new pipeline route on Tuesday. "
                       "Environmentalists said the route crosses two rivers.")
    assert sources.get("Environmentalists") == "anonymous or vague"


def test_a_surname_with_a_plural_ending_named_inside_a_sentence_stays_a_person():
    sources = _sources("The hearing was led by Sen. Mark Wanders of Ohio. "
                       "Wanders said the agency had ignored the warnings.")
    assert sources.get("Wanders") == "named person"


def test_a_plural_for_people_inside_a_name_stays_a_person():
    sources = _sources("Mayor Ann Millers spoke first at the meeting. Millers said the budget was balanced.")
    assert sources.get("Millers") == "named person"
