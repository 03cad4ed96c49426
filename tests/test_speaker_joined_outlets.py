"""Outlets joined by "and" are outlets, not a person ("CNN and Time reported"; session 33); a person joined to his
people stays the person ("Bloomberg and his advisors"). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_two_outlets_joined_are_outlets():
    sources = _sources("CNN and Time reported last month that he had invested in health care firms.")
    assert sources.get("CNN and Time") == "news outlet"


def test_a_person_and_his_advisers_stay_a_person():
    text = ("Michael Bloomberg spent heavily. The rise of the left left Bloomberg and his advisors worried that "
            "Democrats could pick a weak nominee.")
    assert _sources(text).get("Bloomberg and his advisors") != "news outlet"
