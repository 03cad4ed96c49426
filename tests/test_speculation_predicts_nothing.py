"""Conditionals and forecast cues that predict nothing (issue 13, sixth pass: what independent readers judged
wrong), each beside a real prediction of the same shape. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return found(profile(text), "speculation")


@pytest.mark.parametrize("text", [
    "The ruling is under appeal, so nobody can say when — or if — the new fee will apply.",
    "The statute obliges counties, if they ask for an exemption, to explain how they would keep polls open.",
    "If there are far more mild cases than the tests show, it could mean the virus is less deadly.",
    "If all 40 members of the caucus sign the letter, the votes of 12 more senators would be needed.",
    "If people believe the fight is lost, even loyal officers will drift away from the regime.",
    "If they're awake, I'll call 'em / down by the river / under the moon / I'm on my way.",
    "Even if the vote hadn't failed, I would still be hoping for a new bill.",
    "If a bakery, for instance, were to charge $9 for bread, it would lose its customers to the shop next door.",
    "If the memo marks the end of the feud — and there is reason to doubt that it will — then the mayor "
    "made the best call of his term.",
    "The first mistake is to assume that if turnout is low, the incumbent will win.",
    "If prices keep rising, the bank may want to raise rates before the summer.",
    "If the mayor is a witness — a person who saw the events but who may or may not testify — it is of "
    "little comfort to him.",
])
def test_conditionals_that_predict_nothing(text: str) -> None:
    assert not any(t.lower().startswith(("if", "when — or if")) for t in _speculation(text)), _speculation(text)


@pytest.mark.parametrize("text", [
    "If the council approves the budget, the new bridge will open in 2026.",
    "If the talks collapse, the strike could spread to the ports by spring.",
    "If 40 members sign the letter, the leadership will schedule a vote next week.",
    "If the talks fail — and they may — the union will strike on Monday.",
])
def test_conditional_predictions_stay(text: str) -> None:
    assert any(t.startswith("If") for t in _speculation(text))


@pytest.mark.parametrize("text, cue", [
    ("In the survey, 58 percent would be more likely to back a candidate who cut taxes.", "more likely to"),
    ("If the things that give your work meaning depend on a story, you will eventually believe the story.",
     "will eventually"),
    ("It was a scheme that was arranged in all likelihood by the head office.", "in all likelihood"),
    ("The results beat the doomsday scenario some analysts projected four months ago.", "doomsday scenario"),
    ("The shops use statistical models to predict what customers buy on Fridays.", "predict"),
    ("He called it another case of the old error of anticipating defeat.", "anticipating"),
    ("He was filmed waving a knife at the crowd and then threatening to stab a guard.", "threatening to"),
    ("A year ago the rivals were trading insults and threatening to cut all trade.", "threatening to"),
    ("Renters in the city are more than twice as likely to be unbanked as owners.", "likely to"),
    ("It was the way ministers were once expected to behave in public office.", "expected to"),
    ("Pollsters found reasons that make some U.S. voters more likely to stay home.", "more likely to"),
])
def test_forecast_cues_that_predict_nothing(text: str, cue: str) -> None:
    assert cue not in [t.lower() for t in _speculation(text)]


@pytest.mark.parametrize("text, cue", [
    ("Voters will be more likely to turn out if the weather holds, the pollster says.", "more likely to"),
    ("The glaciers will eventually collapse into the sea, the study warns.", "will eventually"),
    ("The veto will, in all likelihood, be upheld in the House next month.", "in all likelihood"),
    ("The insurgents are threatening to take the northern capital within days.", "threatening to"),
    ("The senator is also expected to announce her run in the spring.", "expected to"),
    ("Economists predict that the deficit will widen next year.", "predict"),
])
def test_forecasts_stay(text: str, cue: str) -> None:
    assert cue in [t.lower() for t in _speculation(text)]
