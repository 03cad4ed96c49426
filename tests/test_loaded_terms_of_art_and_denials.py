"""Loaded words used as terms of art of the law, medicine or zoology, a lawsuit's claim of collusion, works
that mock, and a label denied after "these" (fourteenth pass, round 3); the judging uses beside them stay.

Written for the test: each sentence of the first list is a class readers judged wrong, each of the second the
near case that must stay loaded.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    """The highlighted loaded spans (strongly valenced words the model keeps are listed apart, not highlighted)."""
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("The plaintiffs must prove the bloggers acted knowingly or recklessly when they posted the claims.",
     "reckless"),
    ("The driver was charged with recklessly or negligently causing the crash on the bridge.", "reckless"),
    ("The van struck a dozen walkers, causing several catastrophic injuries, the police said.", "catastrophic"),
    ("The candidates spoke amid catastrophic public health and economic crises last spring.", "catastrophic"),
    ("These small fish are patient predators that wait on the reef for their prey.", "predators"),
    ("The quarterback sued the league for colluding to keep him off every team.", "colluding"),
    ("Whole books were published mocking the senator's tangled sentences.", "mocking"),
    ("The survey shows that the fairs aren't these seedy places full of crime.", "seedy"),
])
def test_terms_of_art_claims_and_denials_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The governor recklessly chose to ignore the warnings of his own advisers.", "reckless"),
    ("Critics called the new tariffs a catastrophic failure of leadership.", "catastrophic"),
    ("The sheriff called the man a predator who should never leave prison.", "predator"),
    ("The owners colluded with the referees to cheat the visiting team.", "colluded"),
    ("The comedian spent the whole evening mocking the senator's tangled sentences.", "mocking"),
    ("The reporter toured the seedy places where the dealers meet.", "seedy"),
    ("Do not all those ignorant critics know what the text says?", "ignorant"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))
