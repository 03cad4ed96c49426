"""Tenth pass, round 2, on speculation: a reported threat ("or threatening to drop"), a schedule's phase-in
("phased in over the next three years"), a past "seemed likely to", others' predictions named ("the many
predictions of his demise"), an all-capitals related-link headline, an outlook ("looking further down the road"),
a prediction named to deny it ("the misconception is that ... is going to"), a denied promise ("didn't make any
promises that ... are about to"), a vow after a condition ("As long as I am mayor, I will never stop") and a
generic condition with "you" inside it predict nothing; the forecasts beside them stay. The sentences are written
for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("Towns keep dropping, or threatening to drop, the new bus plan.", "threatening to"),
    ("The mayor raised the stakes, threatening to close the depot.", "threatening to"),
    ("The fare rise, phased in over the next three years, is what the council backs.", "over the next"),
    ("The recount of the ward will take place over the next week under the clerk's eye.", "over the next"),
    ("At the time the film seemed likely to play also-ran to bigger openings.", "likely to"),
    ("They wave the many predictions of his demise as proof of their wisdom.", "predictions"),
    ("Town spending was up. CITY BUDGET PROJECTED TO TOP $5B IN SPENDING Aides said more.", "projected to"),
    ("The senator appears to be looking much further down the road, toward a deal.", "down the road"),
    ("“The misconception is that I'm cutting lunches or that this is going to hurt the children,” she said.",
     "is going to"),
    ("But he didn't make any promises that the council members are about to take up the fare.", "are about to"),
    ("As long as I am mayor, I will never stop fighting for a fairer city.", "as long as"),
    ("Support fades if there are concerns you can't get the job done, and rivals may see a chance.", "if there are"),
])
def test_threats_schedules_and_denials_predict_nothing(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert not any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("The union is threatening to strike next week.", "threatening to"),
    ("The mayor threatens to close the depot.", "threatens to"),
    ("The plan would create 12,000 jobs over the next four years.", "over the next"),
    ("It seems likely to pass next week.", "likely to"),
    ("Analysts made predictions that rents will climb.", "predictions"),
    ("The vote could haunt them for six years down the road.", "down the road"),
    ("Fares are going to rise next year.", "are going to"),
    ("The council members are about to take up the fare.", "are about to"),
    ("As long as the strike lasts, the city will lose millions.", "as long as"),
    ("If the strike goes on, the city will lose millions.", "if the strike"),
])
def test_forecasts_beside_them_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("The ruling upended years of policy, threatening to spark unrest across the region.", "threatening to"),
    ("“If we do it his way then we’ll continue in debt,” he said.", "if we do"),
    ("That led economists to shave their predictions of growth this quarter.", "predictions"),
    ("“THE TIME FOR THE OLD GUARD WILL SOON BE AT AN END,” the poster says.", "will soon"),
])
def test_outcomes_continuations_and_quoted_capitals_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("“If the council allows you to lie about the past, you will lie about the future,” he said.", "if the council"),
    ("Another provision threatening to close clinics requires new permits.", "threatening to"),
])
def test_an_addressee_and_a_measure_threatening_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(c.startswith(cue) for c in found_cues), found_cues
