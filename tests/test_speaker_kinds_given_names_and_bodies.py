"""A given name of either gender before a surname that is also a word of a body's name is a person ("Dana
White", "spokeswoman Dana White"; session 35: read as an organisation in draw 4444), while a body stays a body
("the White House"); "Brookings" is the institution, not a person.
Sentences written for the test."""
from __future__ import annotations

import pytest

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


@pytest.mark.parametrize("text, speaker", [
    ("\"The campaign is not over,\" spokeswoman Dana White said in the statement.", "spokeswoman Dana White"),
    ("\"The campaign is not over,\" Pentagon spokeswoman Dana White said.", "Pentagon spokeswoman Dana White"),
    ("\"The depot is closed,\" said Stacy White, the county's clerk.", "Stacy White"),
])
def test_a_given_name_of_either_gender_makes_a_person(text, speaker):
    assert _sources(text).get(speaker) == "named person", _sources(text)


@pytest.mark.parametrize("text, speaker, kind", [
    ("\"The depot is closed,\" the White House said.", "the White House", "named organization"),
    ("Brookings found that many programs help the poor.", "Brookings", "named organization"),
])
def test_bodies_stay_bodies(text, speaker, kind):
    assert _sources(text).get(speaker) == kind, _sources(text)


def test_a_name_given_to_both_gives_no_gender():
    from framing.analysis.features.sourcing.given_names import first_names, given_name
    assert given_name("dana") and "dana" not in first_names()
