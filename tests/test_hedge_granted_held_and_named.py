"""Eighth pass on hedging: a "may" granted in a preposed concessive clause, the utmost's "could", a held
belief, someone else's assumption or a condition, a "guess what?", and an estimate, a rumor or an
unsubstantiated charge named as a thing are no softened claims; the hedges beside them stay. The sentences
are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("While remote classes may suit some pupils, they have been a burden for many families.", "may"),
    ("Although the new app may be helping a little, it is not the main reason for the drop.", "may"),
    ("Though it may be tempting, it would be a mistake to read the poll as a landslide.", "may"),
    ("The report said that while the storm might be severe, the coast is well prepared.", "might"),
    ("The ruling, flawed though it may be, has changed how the agency works.", "may"),
    ("The college did all it could to keep the lecture open to everyone.", "could"),
    ("Her war chest dwarfs anything any other candidate could possibly raise this year.", "could"),
    ("The nurses worked hard and did the best they could with the supplies they had.", "could"),
])
def test_granted_and_utmost_modals_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The court's liberal rulings are overturned quickly, while conservative rulings may last for years.", "may"),
    ("Even if the governor signs it, the new law may be challenged in court.", "may"),
    ("The strike may spread to other ports next week, union leaders said.", "may"),
    ("All these new candidates could change how the party picks its leaders.", "could"),
    ("The cuts include three programs, all of which could hurt rural schools.", "could"),
])
def test_hedging_modals_beside_them_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("“I've always believed that small towns deserve better roads,” the senator said.", "believed"),
    ("The slogan says every accuser must be believed.", "believed"),
    ("People assume that a new law changes everything overnight.", "assume that"),
    ("It is a mistake to assume that voters who back him share all his views.", "assume that"),
    ("Congress will work better, assuming that the committees get more staff.", "assuming that"),
    ("Guess what? The vote was moved to Friday.", "guess"),
    ("We don't have to guess how the mayor would vote on the plan.", "guess"),
])
def test_held_views_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("I think the senator will lose the primary next spring.", "i think"),
    ("We assume that two of the open seats will go to the incumbents.", "assume that"),
    ("My guess is that the bill will stall in the Senate.", "guess"),
])
def test_own_beliefs_and_guesses_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The plan cuts coverage, according to estimates released Tuesday by the budget office.", "estimates"),
    ("The office said it would not provide estimates on how many people would lose coverage.", "estimates"),
    ("Economists have tried to estimate how much the tariffs cost households.", "estimate"),
    ("A spokesman called the rumors false and said the leader was healthy.", "rumors"),
    ("Officials would not comment on rumors of a coup in the capital.", "rumors"),
    ("The senator repeated unsubstantiated allegations against the agency.", "unsubstantiated"),
])
def test_named_estimates_rumors_and_judgements_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The budget office estimates that 200,000 people will lose coverage.", "estimates"),
    ("Rumors circulate almost daily that the ruling is ready.", "rumors"),
])
def test_estimates_and_rumors_that_distance_a_claim_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("While the senator may point to the governor's “secret” memo on Friday, the record is clear.", "may"),
    ("The rivals ran attack ads before she could introduce herself to voters.", "could"),
    ("The agency reversed its denial before a judge could rule on the case.", "could"),
    ("She was seen as the most divisive nominee the president could pick.", "could"),
])
def test_granted_timed_and_superlative_modals_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("A delay until after the election could lead to charges of a cover-up.", "could"),
    ("The biggest risk is that the president could lose the state.", "could"),
    ("Rumors cropped up that the plant would close next year.", "rumors"),
])
def test_main_clause_modals_and_distancing_rumors_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


def test_no_reason_to_believe_is_no_hedge_and_reason_to_believe_stays() -> None:
    assert "believe" not in _hedges("There is no reason to believe that the program stops there.")
    assert "believe" in _hedges("There is reason to believe that the program goes further.")


def test_at_least_a_chance_he_could_stays() -> None:
    assert "could" in _hedges("There is at least an outside chance he could make it work.")
