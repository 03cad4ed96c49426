"""Loaded words in their plain sense are not loaded: a mob that did violence, the losers beside the winners.

Written for the test (issue 13, independent reading of seed 1010): each plain sentence is a class readers
judged wrong, each loaded one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text", [
    "Two shopkeepers were killed by a mob that stormed the market square on Friday.",
    "Residents fled their homes after the mob set fire to the grain store.",
    "The senators voted to make mob lynching a federal crime.",
    "A mob of youths attacked the embassy gates and burned two cars.",
])
def test_a_mob_that_did_violence_is_the_plain_word(text):
    assert not any("mob" in t for t in _loaded(text))


@pytest.mark.parametrize("text", [
    "The professor was hounded out of her job by a Twitter mob.",
    "An online mob attacked the students before any facts were known.",
    "The campus radicals behave like a mob that hates free speech.",
    # protesters who stormed a building, killing and burning nothing: the word still judges them
    "An angry mob stormed the council chamber during the budget vote.",
])
def test_a_mob_that_judges_stays_loaded(text):
    assert any("mob" in t for t in _loaded(text))


@pytest.mark.parametrize("text", [
    "The tax plan has winners and losers among middle-income households.",
    "Most renters would be winners. Among the losers would be a few landlords with large mortgages.",
    "The long dry season left many losers, from orchards to fisheries, but also a handful of winners.",
])
def test_losers_beside_winners_are_who_loses(text):
    assert not any("loser" in t for t in _loaded(text))


@pytest.mark.parametrize("text", [
    "The columnist called his rivals a bunch of pathetic losers.",
    "Only sore losers keep complaining about an election they lost fairly.",
])
def test_losers_as_an_insult_stay_loaded(text):
    assert any("loser" in t for t in _loaded(text))
