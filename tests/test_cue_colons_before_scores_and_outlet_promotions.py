"""Fifteenth pass, second round, on colon cues: a colon before a poll's figures ("Fortune: Trump 53, Clinton
47", "General Election: Clinton vs. Trump: Clinton +9.3 points"), after a line "More ... from OUTLET:" or after
the headings "Polls:" and "Conclusion:" attributes nothing; a colon after a speaker before words ("Gowdy: Nunes
memo has no effect", "Sessions: I have not made a pledge") stays a cue. The sentences are written for these
tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text", [
    "Online polls vary.\n\nFortune: Trump 53, Clinton 47",
    "The averages follow.\n\nGeneral Election: Smith +4.1 points",
    "That was the week.\n\nMore weather news and information from USA TODAY: Storms drench the coast",
    "Both have their flaws.\n\nPolls: The senator is now facing a slide in his numbers.",
    "So much for the record. Conclusion: There are troubling likenesses between the two.",
])
def test_colons_before_scores_and_promotions_attribute_nothing(text: str) -> None:
    assert acting_cue(text, ":")


@pytest.mark.parametrize("text", [
    "The hearing went on.\n\nGowdy: Nunes memo has no effect on the probe",
    "The hearing went on.\n\nSessions: I have not made a pledge of loyalty to anyone",
])
def test_colons_after_a_speaker_stay_cues(text: str) -> None:
    assert not acting_cue(text, ":")
