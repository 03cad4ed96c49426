"""Tenth pass on hedging's modals: a "could be solved by / done with" a means named after it and a "could
be used" of money and a "could" after "the only way X" state what is open, not a softened claim; a forecast "could be prevented by November"
and a "could be used" of other things stay hedges. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "The backlog at the clinic could be solved by hiring two more nurses.",
    "Most of the repairs could be done with a modest grant from the state.",
    "The shortfall could be offset by a small fee on parking permits.",
    "This could easily have been accomplished by calling the families first.",
    "Those funds could be used to rebuild the old library.",
    "The council wants to keep money that could be spent on parks.",
    "He had ideas for ways Mr. Smith could keep his pledge to the farmers.",
    "The only way Democrats could win the seat is a huge turnout.",
])
def test_means_and_money_could_are_no_hedges(text: str) -> None:
    assert "could" not in _hedges(text)


@pytest.mark.parametrize("text", [
    "Thousands of cases could be prevented by November if the town keeps testing.",
    "The photos could be used against her in the campaign.",
    "The backlog could be solved soon, the clinic said.",
    "The fee could hurt small shops downtown.",
    "The storm hit the valley in a way that could hurt the harvest.",
])
def test_possibility_could_stays_a_hedge(text: str) -> None:
    assert "could" in _hedges(text)
