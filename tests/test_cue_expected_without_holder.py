""""Expected" of an event with nobody expecting it (``forecast_cues``), beside expectations someone holds."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The final vote is expected Monday.", "expected"),
    ("A ruling is expected by the end of June.", "expected"),
    ("The storms were expected.", "expected"),
    ("They're also expected to spend the fall on the budget.", "expected"),
    ("The new rules, expected to be adopted in May, cut fees.", "expected"),
    ("The bill moved ahead, with a vote expected Tuesday afternoon.", "expected"),
    ("Sales grew faster than expected in the spring.", "expected"),
])
def test_a_forecast_with_nobody_expecting_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Economists had expected 200,000 new jobs.", "expected"),
    ("The campaign expected young voters to turn out.", "expected"),
    ("It's expected that the board will vote no.", "expected"),
    ("Turnout was lower than many had expected.", "expected"),
    ("Lawmakers expected this outcome all along.", "expected"),
])
def test_an_expectation_someone_holds_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)
