"""A state-and-party epithet ("the Kentucky Republican") is shown as the person the article tagged so before
("Sen. Ada Wheeler, R-Ky.,"); with no such name it stays the epithet (session 33). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _speakers(text: str) -> dict[str, list[str]]:
    """speaker table: name -> the forms it was written in."""
    return {s["name"]: s["forms"] for s in profile(text).features["sourcing"].details["speakers"]}


def test_the_epithet_is_the_tagged_senator():
    text = ("Senate Majority Leader Ada Wheeler, R-Ky., contends there will be a response. The Kentucky Republican "
            "noted there are strains. Wheeler asserted the ties would hold.")
    speakers = _speakers(text)
    assert "Kentucky Republican" in speakers.get("Ada Wheeler", [])


def test_a_tag_of_another_state_leaves_the_epithet_alone():
    text = "Sen. Tom Brandt, R-Ky., spoke first. The New York Democrat said the bill was bad."
    speakers = _speakers(text)
    assert "New York Democrat" in speakers and "New York Democrat" not in speakers.get("Tom Brandt", [])
