"""A body's capitalised name whose head is also a title's word is the body ("The Democratic Party of Virginia"),
not an unnamed source; a titled person of a body stays a person. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_partys_name_before_of_is_an_organisation():
    sources = _sources("The governor spoke on Monday. The Democratic Party of Virginia said that he must resign.")
    assert sources.get("The Democratic Party of Virginia") == "named organization"


def test_a_chairman_of_a_body_stays_a_person_not_the_body():
    sources = _sources("The missile flew far. The Chairman of the Joint Chiefs of Staff said the missile flew far.")
    assert sources.get("The Chairman of the Joint Chiefs of Staff") != "named organization"
