"""Names of positions, movements and parties used descriptively are not loaded wording; judging labels are.

Written for the test (issue 13, sixth pass): readers judged the label shape (-ist, -ism) wrong on
"populist", "social ostracism", and "Dems" in headlines neutral.
"""
from __future__ import annotations

import pytest

from conftest import found, profile


@pytest.mark.parametrize("text, word", [
    ("The centrists answered that the plan costs too much.", "centrists"),
    ("It is one of the last communist states in the region.", "communist"),
    ("The separatists held a vote in the east on Sunday.", "separatists"),
    ("Many stay silent for fear of social ostracism at work.", "ostracism"),
    ("The populist wing of the party backed the bill.", "populist"),
    ("Her climate activism began at school.", "activism"),
    ("The shortlist of nominees was published on Monday.", "shortlist"),
])
def test_descriptive_labels_are_not_loaded(text, word):
    assert not any(word in t.lower() for t in found(profile(text), "loaded"))


def test_dems_in_a_headline_is_shorthand_not_loaded():
    p = profile("The committee voted on Tuesday.", title="House Dems subpoena the full report")
    assert found(p, "loaded", field="title") == []


@pytest.mark.parametrize("text, word", [
    ("The senator called them obstructionist hacks and sexists.", "sexists"),
    ("These corrupt thugs have ruined the city.", "thugs"),
])
def test_judging_labels_stay_loaded(text, word):
    assert any(word in t for t in found(profile(text), "loaded"))
