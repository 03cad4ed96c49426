"""A "think" / "believe" that reports someone else's view is no hedge; "I think" is (issue 13: independent
readers judged "he thinks", "some experts believe" as attribution). The sentences are written for these
tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _beliefs(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")
            if t.lower() in ("think", "thinks", "believe", "believes", "believed", "i think")]


@pytest.mark.parametrize("text", [
    "The senator thinks the new bill has a better chance of passing this spring.",
    "Several analysts at the institute believe the treaty is being violated.",
    "Neither of the two editors think it is the job of the paper to campaign.",
    "They don't really think the plan will survive the winter session.",
    "Some of the delegates seem to think the vote is about the governor.",
    "Voters in the district believed the mayor had been treated unfairly.",
    "A few voters (though not most of them) seem to think so.",
    "It's hard to believe the council approved the tower without a hearing.",
    "\"He does, in fact, seem to think the agency works for him,\" the senator said.",   # an aside
    "Her office said that she does, of course, believe the count was fair.",
])
def test_a_belief_reported_of_someone_else_is_no_hedge(text: str) -> None:
    assert _beliefs(text) == []


@pytest.mark.parametrize("text, word", [
    ("\"I think the budget will pass by Friday,\" the chairman said.", "i think"),
    ("\"We think the new wing will open in March,\" the director said.", "think"),
    ("\"I don't think the deal is finished yet,\" the envoy said.", "think"),
    ("\"I do, in fact, think the deal is finished,\" the envoy said.", "think"),
    ("There is good reason to think the count will be revised upward.", "think"),
    ("Rescuers searched for twelve miners believed trapped below the collapsed shaft.", "believed"),
])
def test_the_speakers_own_belief_stays_a_hedge(text: str, word: str) -> None:
    assert word in _beliefs(text)
