"""Forecast cues and conditionals that name a contingency, a standard, an ability, a destination, a leaning or a
judgement (speculation_contingency_readings), each beside a real prediction of the same shape. The sentences are
written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("The county is showing its commitment while planning for the worst-case scenario.", "worst-case scenario"),
    ("The danger must be so extreme and imminent that it would be unreasonable to wait for a warrant.",
     "imminent"),
    ("Some worry that the mayor will threaten to fire the clerks who oppose him.", "threaten to"),
    ("It is too difficult at this point to predict the levy's yield in ten years.", "predict"),
    ("The fees were too complex for residents to understand or predict.", "predict"),
    ("The ferry was believed to be headed for Cuba, but it never left port.", "headed for"),
    ("More buses will follow this week headed toward Arizona and the border.", "headed toward"),
    ("More than 500 permits became stuck in the pipeline last year.", "in the pipeline"),
    ("The plan moves money from one group of voters to another more likely to be Republican.", "more likely to"),
    ("If the levy is struck down, he said, then the first three years will have been wasted on it.", "if"),
    ("So, if I run for the seat, I'd be honored if I could count on your support.", "if"),
])
def test_a_contingency_or_a_destination_predicts_nothing(text, cue):
    got = _speculation(text)
    assert not any(g == cue or g.startswith(cue + " ") for g in got), got


@pytest.mark.parametrize("text, cue", [
    ("Analysts now fear the worst-case scenario, in which half the depots close.", "worst-case scenario"),
    ("Officials warn that an attack on the depot is imminent.", "imminent"),
    ("The union threatens to strike if the council cuts wages.", "threaten"),
    ("Economists predict the levy will raise $4 million next year.", "predict"),
    ("The county is headed for a budget shutdown next month.", "is headed for"),
    ("The proposal is likely to shift money from the towns to the city.", "is likely"),
    ("If the levy is struck down, the county will close three depots next year.", "if"),
])
def test_a_real_forecast_stays(text, cue):
    got = _speculation(text)
    assert any(g.startswith(cue) for g in got), got


@pytest.mark.parametrize("text, cue", [
    ("Officials play down the prospect of an imminent nuclear test by the regime.", "imminent"),
    ("Annexing the valley into Westport could threaten to make its farmers a minority.", "threaten to"),
])
def test_a_foreseen_test_or_risk_stays(text, cue):
    got = _speculation(text)
    assert any(g.startswith(cue) for g in got), got


def test_a_conditional_ends_before_its_attribution():
    got = _speculation("If the review finds only small faults, the county could fix them on its own, "
                       "according to a council aide.")
    assert any(g.startswith("if the review") for g in got), got
    assert not any("according" in g for g in got), got
