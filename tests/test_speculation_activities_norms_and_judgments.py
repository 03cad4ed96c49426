"""Eighth pass, round 2 on speculation (speculation_activity_readings): a past "they expected to", a norm "are
expected to be loyal", "the forecasting firm", "predict" naming a method, a narrative horizon with "would", a
judgment or a comparison after a condition, a rhetorical "might as well", a duty "may have an obligation", a
trailing "even if" and a rate after "only slightly more likely to" predict nothing; the forecasts beside them
stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("The drivers said they expected to be paid on Friday, but nobody came.", "expected to"),
    ("At the depot, drivers are expected to be punctual and to wear the uniform.", "are expected"),
    ("Members are expected to comply with the rota.", "are expected"),
    ("\u201cGrowth will slow,\u201d said an economist at the forecasting firm Depot Analytics.", "forecasting"),
    ("Pollsters attempt to measure the mood of riders and predict the vote's outcome.", "predict"),
    ("The storm formed at noon. Over the next 40 minutes, it would cover ten miles on a path that took it "
     "through the depot.", "over the next"),
    ("If there are any changes at all, that would be more than what happened after the last strike.", "if there"),
    ("If they show the scale of the fraud, it would be unwise to rule out anything.", "if they"),
    ("If it's going to be forbidden to say the word, we might as well end the debate now.", "if it"),
    ("If a town crosses the line, the state may have an obligation to step in.", "if a town"),
    ("The strike may end soon \u2014 even if few drivers back the claim that there might be a deal.", "even if"),
    ("Riders were only slightly more likely to say they took the bus to work.", "more likely to"),
    ("We like to be able to anticipate what is going to happen, as it makes us feel safe.", "is going to happen"),
])
def test_activities_norms_and_judgments_predict_nothing(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert not any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("The bill, expected to pass next week, will raise fares.", "expected to"),
    ("The union is expected to vote on the offer next week.", "is expected"),
    ("Thousands of riders are expected to attend the rally on Sunday.", "are expected"),
    ("The forecasting firm predicts fares will rise next year.", "predicts"),
    ("Analysts predict the strike will end within days.", "predict"),
    ("The plan would cut the deficit by $4 trillion over the next decade.", "over the next"),
    ("Over the next 40 minutes, the storm will cover ten miles.", "over the next"),
    ("If the council closes the depot, the firm will sue.", "if the council"),
    ("If the talks fail, it would be a strike by Monday.", "if the talks"),
    ("Even if the vote passes, the council could block it.", "even if"),
    ("In other words, even if the mayor gets the votes, he will still face the union.", "even if"),
    ("Plenty of other towns are expected to follow soon.", "are expected"),
    ("Officials warn that something bad is going to happen at the depot next week.", "is going to happen"),
])
def test_forecasts_beside_them_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(cue in c for c in found_cues), found_cues
