"""Ninth pass, round 2 (hedge_setups_and_compositions): an imperative "Suppose", "tend to" meaning look after,
"the best reason to think", a feasibility someone insists on ("insist that fixes are possible") and "of
mostly" (a group's make-up) soften no claim; the hedging uses beside them stay. The sentences are written
for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Suppose the next storm floods the valley again. Who pays for the pumps then?", "suppose"),
    ("Nurses tend to the wounded in a tent beside the road.", "tend to"),
    ("Parents tend to their toddlers while the ferry is boarding.", "tend to"),
    ("Here is the best reason to think that the bill will fail: nobody has read it.", "think"),
    ("A few engineers still insist that repairs are possible before winter.", "possible"),
    ("A coalition of mostly rural counties has sued the state over the map.", "mostly"),
])
def test_setups_care_arguments_claimed_feasibility_and_make_up_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("I suppose the board will approve the budget next week.", "suppose"),
    ("Voters in these districts tend to be more moderate than the party.", "tend to"),
    ("We have some reason to think that the plan will be delayed.", "think"),
    ("Officials said a deal is possible, though talks may slip.", "possible"),
    ("The outbreak is still mostly concentrated in two counties.", "mostly"),
])
def test_the_hedges_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The point of a letter is to make your wishes known to them before the vote.", "known to"),
    ("The mayor said the warnings were known to \u201csenior officials\u201d within days.", "known to"),
    ("The Democracy Alliance, as the donor club is known to insiders, is growing.", "known to"),
])
def test_known_to_whom_is_no_hedge(text: str, word: str) -> None:
    assert not any(word in h for h in _hedges(text))


def test_known_to_of_a_reputation_stays() -> None:
    assert any("known to" in h for h in _hedges("The senator is known to hold grudges for years."))
