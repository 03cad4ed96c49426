"""A "might" that is the noun of strength and a "could" of an ability denied to everyone ("no one
could", "none of them could") are no hedges (hedge_modal_non_uses); the modal "might" and the "could" of a
possibility beside them stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The bill will need the votes of rural members and the financial might of the farm lobby.", "might"),
    ("The parade showed off the country's naval power and its military might in the harbour.", "might"),
    ("She pulled the rope with all her might until the boat reached the jetty.", "might"),
    ("No one could tell the families when the ferry would sail again.", "could"),
    ("None of the clerks she named as witnesses could confirm the story.", "could"),
    ("The mayor insisted that nobody could have foreseen the flood.", "could"),
])
def test_a_noun_might_or_an_ability_denied_to_all_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The vote might be close, and the military might not back the new plan.", "might"),
    ("Their allies might decide to walk away from the talks.", "might"),
    ("Nobody thinks the storm could reach the coast by Friday.", "could"),
    ("Nobody was hurt, but the storm could return on Friday.", "could"),
    ("Officials said the ferry could sail again next week.", "could"),
    ("No one expects a deal soon, but the talks could resume in spring.", "could"),
])
def test_a_modal_might_or_a_possible_could_stays(text, word):
    assert word in _hedges(text), _hedges(text)
