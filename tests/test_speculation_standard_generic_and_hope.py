"""Seventh pass, second round, on speculation (speculation_generic_readings): a legal standard ("likely to become a public
charge"), who a group tends to be ("are likely to be those who"), a long-term horizon in a past narrative,
a future hoped for, and a generic conditional (habitual, or about any "something") predict nothing; the
forecasts beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("The rule turns away applicants who are likely to become a \"public charge.\"", "are likely"),
    ("Those hardest hit by the cuts are likely to be those who earn the least.", "are likely"),
    ("The historian wrote that the mayor governed not by what would work in the long term, but by the mood "
     "of the day.", "in the long term"),
    ("Democrats hope the attention will pay dividends with voters.", "will pay"),
    ("Residents said they had little courage that things are going to get better.", "are going to"),
    ("If neighbours are constantly feuding, the children are going to take sides.", "are going to"),
])
def test_a_standard_a_generalisation_a_past_horizon_and_a_hope_predict_nothing(text: str, cue: str) -> None:
    assert cue not in _speculation(text)


@pytest.mark.parametrize("text, cue", [
    ("Costs are likely to rise next year.", "are likely"),
    ("The winners are likely to be announced on Friday.", "are likely"),
    ("The state will be left with higher costs in the long run.", "in the long run"),
    ("I hope they rise to the challenge, because voters are going to punish them in November.", "are going to"),
])
def test_forecasts_stay(text: str, cue: str) -> None:
    assert cue in _speculation(text)


def _conditionals(text: str) -> list[str]:
    return [s for s in _speculation(text) if s.startswith(("if", "unless"))]


@pytest.mark.parametrize("text", [
    "If neighbours are constantly feuding, the children are going to take sides.",
    "If something will help the port, then most residents will support it.",
])
def test_a_generic_conditional_predicts_nothing(text: str) -> None:
    assert _conditionals(text) == []


@pytest.mark.parametrize("text", [
    "If the talks collapse, the union will strike on Monday.",
    "If someone does, the party will be ready.",
    "If the senator ever gets elected, taxes will go up.",
])
def test_a_conditional_about_an_event_stays(text: str) -> None:
    assert _conditionals(text) != []


@pytest.mark.parametrize("text", [
    "When we cover sports in a shallow way, anticipating or absorbing the tastes of a distracted audience, we make "
    "it worse.",
    "Lobbyists constantly anticipate the reaction of the governor to their bills.",
    "The coach anticipates the last concern of the parents.",
])
def test_anticipating_a_need_or_a_reaction_predicts_nothing(text: str) -> None:
    assert not any(s.startswith("anticipat") for s in _speculation(text))


def test_anticipating_an_event_stays() -> None:
    assert "anticipates" in _speculation("The budget office anticipates that tax receipts will hit a record this year.")
