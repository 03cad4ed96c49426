"""A named person placed at a body right before the cue ("Jane Asen, a policy analyst for the nonprofit Tax
Foundation told", "Brian Riedl of the Manhattan Institute told") is the speaker, not the body (draw 5858: the body
shown as the speaker, an organisation). An unnamed person of a body and a body of a body stay as they were.
Sentences written for the test."""
from __future__ import annotations

import pytest

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


@pytest.mark.parametrize("text, speaker", [
    ("The checks went out late, Jane Asen, a policy analyst for the nonprofit Civic Budget Fund told reporters.",
     "Jane Asen"),
    ("“It hurts small firms,” Brian Riedl of the conservative-leaning Harbor Policy Institute told the paper.",
     "Brian Riedl"),
    ("But Jon Coupal with the Western Taxpayers Association asks: “Who pays?”", "Jon Coupal"),
])
def test_a_named_person_at_a_body_is_the_speaker(text, speaker):
    assert _sources(text).get(speaker) == "named person", _sources(text)


@pytest.mark.parametrize("text", [
    "A spokesman for the Office of Budget Review called the report false.",
    "The checks went out late, the Civic Budget Fund told reporters.",
])
def test_no_named_person_before_the_body_gives_no_person(text):
    assert "named person" not in _sources(text).values(), _sources(text)


def test_a_lower_case_phrase_after_a_name_and_for_stays():
    sources = _sources("He got an award from Fire Chief Tom Jackson for what the chief said was quick work.")
    assert "the chief" in sources and "Tom Jackson" not in sources, sources
