"""A broadcaster named by its station, channel or television is a news outlet
(:mod:`framing.analysis.features.sourcing.kind_broadcasters`). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _kinds(text: str) -> dict[str, str]:
    ev = profile(text).features["sourcing"].evidence
    return {e.text: e.label for e in ev if e.role == "source"}


def test_a_state_run_station_is_a_news_outlet():
    kinds = _kinds("The state-run Al-Nour station said the minister was unharmed in the blast.")
    assert kinds.get("The state-run Al-Nour station") == "news outlet", kinds


def test_state_television_is_a_news_outlet():
    kinds = _kinds("According to Ruritanian state television, the minister was unharmed in the blast.")
    assert kinds.get("Ruritanian state television") == "news outlet", kinds


def test_a_police_station_is_no_outlet():
    kinds = _kinds("A statement by the town's Cyber Police Station on Saturday said it received a tip.")
    assert all(label != "news outlet" for label in kinds.values()), kinds


def test_a_channel_executive_stays_a_person():
    kinds = _kinds("Bright Channel chief executive Tom Abbot said the ads would return.")
    assert all(label != "news outlet" for label in kinds.values()), kinds
