""""provisional ballots" names a term of election law, no hedge (hedge_technical_terms); "a provisional
estimate" stays. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Some 3,000 voters cast provisional ballots because they had no ID.", "provisional"),
])
def test_a_term_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The clerk gave a provisional estimate of the damage to the depot.", "provisional"),
])
def test_a_tentative_claim_stays(text, word):
    assert word in _hedges(text), _hedges(text)
