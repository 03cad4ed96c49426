"""Fifteenth pass on hedging (hedge_appearance_comparisons): a "seem" that sets a look against what is ("as
well as it may seem", "harder than it seems") is no softened claim; a "seem" that softens the writer's claim
stays. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "The union rejects the idea that the factory is doing as well as it may seem.",
    "The race is not as close as it might seem in the state.",
    "Her choice isn't as strange as it might seem at first glance.",
    "Fixing the bridge will be harder than it seems.",
])
def test_a_look_set_against_what_is_is_no_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert not any("seem" in h for h in hedges), hedges


@pytest.mark.parametrize("text", [
    "The plan seems to be working as well as anyone hoped.",
    "Most voters seem tired of the fight.",
    "As it seems now, the council will vote next week.",
])
def test_a_seem_that_softens_stays_a_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert any("seem" in h for h in hedges), hedges
