"""Fifteenth pass on hedging (hedge_reporting_subjects): a "suggest" or "claimed that" whose subject is a
person or a group reports what someone proposed or asserted, no softened claim; a "suggest" with evidence as
its subject stays a hedge. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "Turnout was low in the valley. As the governor suggests, the roads were closed for most of the day.",
    "The mayor spoke on Monday. Both parties met later, and they suggested that the vote be delayed again.",
    "Many readers wrote in after the column ran. Some tipsters suggested that the factory had closed for good.",
    "I know the numbers are grim. I'm not suggesting the plan is doomed to fail.",
    "The senator came under fire for suggesting that the river towns were to blame for the floods.",
    "Reporters asked Senator Jane Holloway about the bill. Holloway suggested that the budget was already spent.",
    # kept as hedges by earlier passes' tests; readers of the independent draws read a person's "suggested
    # that" as reporting 10 times in 15, so the fifteenth pass sets it aside (the attribution layer shows it)
    "The mayor suggested that the budget is in worse shape than reported.",
    "The leader suggested Thursday that a vote in the full chamber could reject the articles.",
])
def test_a_suggest_with_a_person_or_group_subject_is_no_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert not any(h.startswith("suggest") for h in hedges), hedges


@pytest.mark.parametrize("text", [
    "Reporters asked Mayor Tom Bell about the plan. Bell claimed that the bridge would open in May.",
    "The owner denied the charge and claimed that the checks had been mailed on time.",
])
def test_claimed_that_with_a_person_subject_is_no_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert not any(h.startswith("claim") for h in hedges), hedges


@pytest.mark.parametrize("text", [
    "Polling suggests that voters are tired of the fight over the budget.",
    "The town held its vote in June. Recent numbers suggest the town is growing again.",
    "The ledger was found in a drawer, a discovery suggesting that the firm had hidden its losses.",
    "When you answer the question that way, it suggests the rules matter less than we thought.",
])
def test_a_suggest_with_evidence_as_its_subject_stays_a_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert any(h.startswith("suggest") for h in hedges), hedges


def test_two_names_joined_by_and_are_a_person_subject() -> None:
    hedges = _hedges("The bill passed the House. On Monday both Adams and Whitfield suggested that it would wait.")
    assert not any(h.startswith("suggest") for h in hedges), hedges


@pytest.mark.parametrize("text", [
    "These are rough estimates, but they suggest that the number of new homes has fallen.",
    "A study by the council of economic advisers suggested that the cut would raise wages.",
    "Our lead is within the margin of error, but we would suggest that the race is not that close.",
])
def test_findings_and_a_softening_we_stay_hedges(text: str) -> None:
    hedges = _hedges(text)
    assert any(h.startswith("suggest") for h in hedges), hedges


def test_a_list_of_places_is_no_person_subject() -> None:
    hedges = _hedges("The party's losses in Ohio, New Mexico and Nevada suggest that voters are restless.")
    assert any(h.startswith("suggest") for h in hedges), hedges
