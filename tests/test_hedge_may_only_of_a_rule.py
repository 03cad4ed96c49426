"""A "may only" of what a rule limits one to, after a word of law or rule, is no hedge (deontic_may in
hedge_modal_readings); a "may only" of a possibility or a state stays. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "The city constitution is clear. The mayor may only “sign the budget that the council passes” and nothing more.",
    "Critics of the ruling argue that the governor may only fill vacancies that open during the recess.",
])
def test_a_may_only_of_what_a_rule_allows_is_no_hedge(text):
    assert "may" not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text", [
    "The new tariff plan may only deepen the anger of farmers in the valley.",
    "Under the new rules the doctors warned that the patient may only have weeks to live.",
])
def test_a_may_only_of_a_possibility_stays(text):
    assert "may" in _hedges(text), _hedges(text)
