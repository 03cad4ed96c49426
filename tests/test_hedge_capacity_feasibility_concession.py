"""Seventh pass on hedging (hedge_readings): a device's "could", a purpose "so he could", a feasible
"possible", a reported "implied" / "in an effort to suggest", and a concessive "X may have ..., but Y" are
no softened claims; the epistemic uses beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The regime is testing a long-range rocket that could reach the western coast.", "could"),
    ("Engineers built sensors which could detect a leak within seconds.", "could"),
    ("The town hired extra guards so she could finish her speech without shouting.", "could"),
    ("In principle it should be possible to file the form online.", "possible"),
    ("The campaign changed what voters thought possible in a midterm race.", "possible"),
    ("The clinic earned two stars out of a possible five in the review.", "possible"),
    ("The bill was filed on the first day possible under the new rules.", "possible"),
    ("The senator's speech clearly implied a tougher line on trade.", "implied"),
    ("The governor cited the report in an effort to suggest that the cuts were fair.", "suggest"),
    ("The startup may have created thousands of jobs, but its drivers have no benefits.", "may"),
    ("The mayor may be unpopular, but she knows how to win a budget fight.", "may"),
])
def test_capacity_feasibility_report_and_concession_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The new tariff could hurt farmers in the spring.", "could"),
    ("A policy that could raise prices is under review.", "could"),
    ("It's entirely possible that the vote will slip to next week.", "possible"),
    ("Investigators are looking into a possible breach of the server.", "possible"),
    ("The mayor was named a possible 2024 candidate for governor.", "possible"),
    ("The new figures suggest that the economy is slowing.", "suggest"),
    ("The minister may have misled parliament, but if that's true the inquiry will say so.", "may"),
    ("There may be some doubts in the caucus, but the leaders expect a vote.", "may"),
    ("Officials said the missile may have been fired by mistake.", "may"),
])
def test_epistemic_uses_stay_hedges(text: str, word: str) -> None:
    assert word in _hedges(text)
