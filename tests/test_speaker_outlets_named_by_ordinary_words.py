"""Outlets named by ordinary words ("The Hill", "The Atlantic", "Slate") and outlets added to the outlet list
(ESPN, GQ, MarketWatch) are news outlets where they report, not organisations (session 35: read as organisations
in the AllSides dev output); a lower-case "the hill" stays no outlet. Sentences written for the test."""
from __future__ import annotations

import pytest

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


@pytest.mark.parametrize("text, speaker", [
    ("The bill would cost $4 billion a year, The Hill reported on Tuesday.", "The Hill"),
    ("The mayor is weighing a run for governor, as the Hill notes in its newsletter.", "the Hill"),
    ("The Atlantic reported in May that the aide had offered the deal to a lobbyist.", "The Atlantic"),
    ("Slate wrote that the ruling would reshape the county's schools.", "Slate"),
    ("\"He waved as the fans turned,\" ESPN reported after the fight.", "ESPN"),
    ("GQ added that the reason the party won was its turnout in the suburbs.", "GQ"),
    ("Fewer graduates now live with their parents, according to MarketWatch.", "MarketWatch"),
])
def test_an_outlet_named_by_an_ordinary_word_is_an_outlet(text, speaker):
    assert _sources(text).get(speaker) == "news outlet", _sources(text)


def test_a_person_stays_a_person_beside_such_an_outlet():
    sources = _sources("Jane Hill said the county would appeal, The Hill reported.")
    assert sources.get("Jane Hill") == "named person" and sources.get("The Hill") == "news outlet", sources
