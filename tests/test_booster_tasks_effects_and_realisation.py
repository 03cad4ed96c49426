"""Boosters that name a task, a document's purpose, an intended effect or a moment of realisation
(booster_task_readings); the asserted proof and certainty beside them stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _boosters(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "boosters")]


@pytest.mark.parametrize("text, word", [
    ("The tenants handed the city papers proving they had paid the rent.", "proving"),
    ("She asked for one document proving that the depot was ever inspected.", "proving"),
    ("The hard part is proving who signed the lease and when.", "proving"),
    ("We are getting to proving it, the inspector told the council.", "proving"),
    ("The new tax is proving to be a burden for small shops.", "proving"),
    ("You have to find the old deeds and prove things, which takes months.", "prove"),
    ("The bill would make landlords prove that every unit is safe.", "prove"),
    ("The rule requires that applicants who seek a permit prove they live in town.", "prove"),
    ("The council wants more facts before it takes a conclusive stance on the depot.", "conclusive"),
    ("It was a vote that would leave no doubt who ran the council.", "leave no doubt"),
    ("Once the full schedule was clear, the drivers went home.", "clear"),
    ("Critics asked whether or not writers such as Adams, Baker, and Cole are really that rude.", "really"),
])
def test_tasks_effects_and_realisation_are_no_boosters(text: str, word: str) -> None:
    assert word not in _boosters(text), _boosters(text)


@pytest.mark.parametrize("text, word", [
    ("The mayor is proving that the depot can turn a profit.", "proving"),
    ("The depot reopened last week, proving that the critics were wrong.", "proving"),
    ("Every time the records come out, they prove what the drivers said.", "prove"),
    ("The new test results prove that the water was never safe.", "prove"),
    ("The audit found conclusive evidence of fraud at the depot.", "conclusive"),
    ("The audit leaves no doubt that the depot lost money.", "leaves no doubt"),
    ("It was clear that the depot had lost money for years.", "it was clear"),
])
def test_asserted_proof_and_certainty_stay(text: str, word: str) -> None:
    assert word in _boosters(text), _boosters(text)


def test_a_condition_before_a_name_keeps_certainty() -> None:
    text = "If the mayor wins next year, Adams is virtually certain to lose whether or not he runs."
    assert "certain" in _boosters(text), _boosters(text)
