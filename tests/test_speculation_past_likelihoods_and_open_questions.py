"""Twelfth pass, on speculation: a likelihood about the past ("it is likely that these meetings included ..."),
an effort ("is going to great lengths"), a future asked about ("worry about what will happen"), a past suggestion
or a past year ("suggested an imminent withdrawal", "the impending 2008 primary") and an "if not" that grades
("one of, if not the, most ...") predict nothing; the forecasts beside them stay. The sentences are written for
these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("The aides met the panel in May. It is likely that these meetings included talk of a deal.", "is likely"),
    ("Three former chiefs agree it's highly likely that rival powers had full access to the files.", "highly likely"),
    ("Yet the board is going to great lengths to punish the clerk.", "is going to"),
    ("Many riders fear they may lose their jobs, and worry about what will happen to them then.", "will happen"),
    ("It is impossible to predict with certainty what will happen now, and analysts differ.", "will happen"),
    ("In Syria, the mayor first suggested an imminent withdrawal in March.", "imminent"),
    ("He opposed the judge in part because of the impending 2008 presidential primary.", "impending"),
    ("She is seen as one of, if not the, most divisive picks the mayor could make.", "if not"),
])
def test_past_likelihoods_efforts_and_open_questions_predict_nothing(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert not any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("It is likely that the plan would add billions to the deficit.", "is likely"),
    ("It is likely that the clerk will be charged once the audit ends.", "is likely"),
    ("The board is going to raise the fares next year.", "is going to"),
    ("The mayor says a deal is close, and I think that is ultimately what will happen.", "will happen"),
    ("The city needs a loan to avert imminent financial collapse.", "imminent"),
    ("The vote is set for noon. If not, we will now be voting at six.", "if not"),
])
def test_forecasts_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(c.startswith(cue) for c in found_cues), found_cues
