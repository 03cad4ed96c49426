"""Seventh pass on speculation (speculation_readings): a past or standard "imminent", a past "on the
horizon" / "set the stage for", a past or generic "at risk of", a habitual future, a conditional verbal
reaction and a conditional inside a provision predict nothing; forecasts beside them stay. The sentences
are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("The officer said there was no sign that a raid was planned or imminent.", "imminent"),
    ("The board must show the man poses an imminent threat to the staff.", "imminent"),
    ("The minister said the strike was meant to stop an \u201cimminent attack.\u201d", "imminent"),
    ("The scandal, brewing on the horizon for weeks, finally broke on Friday.", "on the horizon"),
    ("The party moved to the center and set the stage for a new generation.", "set the stage for"),
    ("The audit found that hundreds of files were at risk of being lost.", "at risk of"),
    ("Revolts tend to succeed when soldiers think the rebels will inevitably win.", "will inevitably"),
])
def test_past_standard_and_habitual_cues_predict_nothing(text: str, cue: str) -> None:
    assert cue not in _speculation(text)


@pytest.mark.parametrize("text, cue", [
    ("Officials warned that a second test launch is imminent.", "imminent"),
    ("With new rules on the horizon, lenders will raise their fees.", "on the horizon"),
    ("The ruling is expected to set the stage for a new round of lawsuits.", "set the stage for"),
    ("The mayor is at risk of losing her seat in the fall.", "at risk of"),
    ("The new plant will inevitably raise the price of power.", "will inevitably"),
])
def test_forecasts_stay(text: str, cue: str) -> None:
    assert cue in _speculation(text)


def _conditionals(text: str) -> list[str]:
    return [s for s in _speculation(text) if s.startswith("if")]


@pytest.mark.parametrize("text", [
    "\"If the inquiry starts drifting, we're going to object,\" the lawyer said.",
    "\"If I see a patient neglected, I will speak up about it,\" the nurse said.",
    "Under his amendment, if the board finds the audit incomplete, the grant would be frozen.",
])
def test_a_verbal_reaction_or_a_provision_predicts_nothing(text: str) -> None:
    assert _conditionals(text) == []


@pytest.mark.parametrize("text", [
    "\"If elected, we're going to repave every county road,\" the candidate said.",
    "If the talks collapse, the union will strike on Monday.",
])
def test_a_pledge_of_an_act_or_a_forecast_stays(text: str) -> None:
    assert _conditionals(text) != []
