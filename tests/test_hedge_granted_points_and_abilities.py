"""Modals that are no hedge: a point granted before ", but" or before a next sentence opening "But"
(hedge_granted_points), a "who could" of someone able to act (hedge_modal_abilities), a "could" an
"ensure" secures (hedge_modal_readings); and "implied" / "widely" readings that are no hedge
(hedge_readings, hedge_contexts). The doubting uses beside them stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("New depots may lead to new jobs, but these jobs often pay less.", "may"),
    ("Buses and trams may be public services, but the council runs them for profit.", "may"),
    ("The mayor might cite the audit, but she ignores its findings.", "might"),
    ("All of the council's reasons may be true. But the depot still lost money.", "may"),
    ("The mayor's reasons may be true. So is the loss of the depot.", "may"),
    ("The mayor said that anyone who could fix the depot was welcome.", "could"),
    ("The council wanted a manager who could run the depot on a budget.", "could"),
    ("The bill would ensure that all residents could receive free bus passes.", "could"),
    ("More simply, the new manager could just fire the auditor.", "could"),
    ("If the auditor balks, the mayor could simply replace him.", "could"),
    ("The councillor posted tweets that \"implied that the mayor lied.", "implied"),
    ("The spending, by necessity, implies others have less to spend.", "implies"),
    ("The mayor is widely credited with saving the depot.", "widely"),
])
def test_a_granted_point_an_ability_or_a_strengthening_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The depot may close next year, the mayor said.", "may"),
    ("The mayor may win, but it could be close.", "may"),
    ("The depot dispute may continue, but as the focus shifts to the budget, the council will move on.", "may"),
    ("If the depot closes, it may be true that jobs are lost.", "may"),
    ("Residents who could be affected by the closure were warned.", "could"),
    ("The storm could flood the depot this week.", "could"),
    ("The higher fares could just be a way to pay for the depot.", "could"),
    ("Angry riders could simply stay home on polling day.", "could"),
    ("It implies that the council knew about the loss.", "implies"),
    ("The mayor is widely believed to favour the closure.", "is widely believed"),
    ("The mayor is widely expected to close the depot next week.", "widely"),
])
def test_a_doubting_modal_or_word_stays_a_hedge(text, word):
    assert word in _hedges(text), _hedges(text)
