"""A "could" after "to insure (that)" (an ability secured, realized_could) or in a "by the time" clause (a
past ability, hedge_modal_time_clauses) is no hedge; a "could" of a possibility beside them stays.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "The club told the students that to insure they could provide enough guards the talk would move to noon.",
    "By the time the rescue crews could reach the mine, the fire had spread to the lower shafts.",
    "The ferry was gone by the time anyone could check the tickets.",
])
def test_a_could_of_an_ability_secured_or_timed_is_no_hedge(text):
    assert "could" not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text", [
    "By the time the report is out, prices could be higher across the valley.",
    "The storm could insure a washout for the festival on Saturday.",
    "Officials said the insured farmers could lose their coverage next year.",
])
def test_a_could_of_a_possibility_stays(text):
    assert "could" in _hedges(text), _hedges(text)
