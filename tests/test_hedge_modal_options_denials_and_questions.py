"""Fourteenth pass, round 3, on hedging's modals: an option put as the condition of a consequence ("he
could quit now and he'd ..."), an emphatic denial ("nothing he said could possibly"), an elliptical "those
who could would", a sum that "could fund" something, "wonder how X, ..., could", and "could ill afford"
soften no claim; the similar possibilities stay hedges. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "\"She could sell the shop tomorrow and she'd never need to work again,\" the baker said.",
    "The council could lower the fee next month, and the shops would fill up again.",
    "Nothing the mayor has ever said could possibly excuse the delay.",
    "No one at the meeting could ever explain the missing money.",
    "Many will pay the new fee. But those who could would rather move away.",
    "At a cost of about $40 million a year, this could fund a nurse in every school.",
    "Residents wonder how a town with so few jobs could grow so quickly.",
    "It is a fair question how someone with so little money, and so few friends, could win the seat.",
    "The hearing came at a time the agency could ill afford another scandal.",
])
def test_constructions_of_could_are_no_hedges(text: str) -> None:
    assert "could" not in _hedges(text)


@pytest.mark.parametrize("text", [
    "It could take months to hire a judge, and the backlog would grow.",
    "The new fee could hurt small shops downtown.",
    "The storm could possibly reach the coast by Friday.",
    "People who could be affected by the closure were told to call the office.",
    "The plan could fund schools in the county, its authors said.",
    "A town with so few jobs could lose its school next year.",
    "The company could lose the contract, analysts said.",
])
def test_possibility_could_stays_a_hedge(text: str) -> None:
    assert "could" in _hedges(text)


def test_option_in_a_that_clause_stays_a_hedge() -> None:
    text = "The point is that the two mayors could run, and they would be strong candidates."
    assert "could" in _hedges(text)
