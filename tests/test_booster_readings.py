"""Boosters that assert no certainty (booster_readings): "proved" meaning turned out, and a certainty word
hedged a few words before it; the proofs and plain certainty words beside them stay. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _boosters(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "boosters")]


@pytest.mark.parametrize("text, word", [
    ("The meeting ultimately proved civil, and both sides left early.", "proved"),
    ("The mayor said the focus on the depot proved at times to be a distraction.", "proved"),
    ("The plan to sell the depot has proved unpopular with the council.", "proved"),
    ("The toll has proved impervious to the protests of the residents.", "proved"),
    ("The mayor appeared almost certain to run again next year.", "certain"),
    ("This kind of closure is perhaps the inevitable outcome of the budget.", "inevitable"),
])
def test_a_turned_out_or_a_hedged_certainty_is_no_booster(text, word):
    assert word not in _boosters(text), _boosters(text)


@pytest.mark.parametrize("text, word", [
    ("The audit proved that the depot had lost money for years.", "proved"),
    ("Many workers have proved they can run the depot from home.", "proved"),
    ("The audit proved the point the union had made for years.", "proved"),
    ("The mayor proved as much at the hearing on Tuesday.", "proved"),
    ("The closure of the depot is inevitable, the mayor said on Tuesday.", "inevitable"),
    ("The depot will clearly close, and the council knows it.", "clearly"),
])
def test_a_proof_and_a_plain_certainty_stay_boosters(text, word):
    assert word in _boosters(text), _boosters(text)
