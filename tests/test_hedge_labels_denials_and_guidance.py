"""Hedge words that name a label, an address, an image, a denied rumour or guidance (hedge_labels_denials,
hedge_recommendation); the hedges beside them stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("\u201cWe will build the bridge,\u201d the governor said to loud cheers.", "said to"),
    ("\u201cThat is all for today,\u201d Chairman Adams said to close the meeting.", "said to"),
    ("The agency is also eager to appear to be working with its neighbours.", "appear to"),
    ("The memos were labeled \u201cpreliminary and confidential\u201d by the agency.", "preliminary"),
    ("The mayor called the speculation that her office leaked the memo \u201cpatently false.\u201d",
     "speculation that"),
    ("The new guidelines suggest that schools consider limiting class sizes.", "suggest"),
    ("The number of council members suggesting budget cuts is unusual.", "suggesting"),
    ("An aide suggested closures to the transit board last spring.", "suggested"),
    ("The treasurer was indicted in part for filing false reports.", "in part"),
])
def test_labels_addresses_and_denials_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The herbs are also said to calm the nerves.", "said to"),
    ("The old bell, said to date from the tenth century, was stolen.", "said to"),
    ("The agency appears to be working with its neighbours.", "appears to"),
    ("There has been speculation that the mayor will resign next month.", "speculation that"),
    ("The early figures suggest that the schools were hit hardest.", "suggest"),
    ("The early figures suggest voters are tired of the fight.", "suggest"),
    ("The shortfall is due in part to lower fares.", "in part"),
    ("The inspector said he was fired in part in retaliation for his audit.", "in part"),
])
def test_hedges_beside_them_stay(text: str, word: str) -> None:
    assert word in _hedges(text), _hedges(text)


def test_speculation_reported_before_a_denial_stays() -> None:
    text = "The absence fueled speculation that the mayor was ill, but an aide called the rumors false."
    assert "speculation that" in _hedges(text), _hedges(text)
