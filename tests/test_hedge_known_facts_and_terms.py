""""is known to" states what is known, and "provisional ballots" names a term of election law, so
neither is a hedge (hedge_known_facts); "is said to" and "a provisional estimate" stay. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Two hikers are known to have died on the ridge since the storm.", "are known to"),
    ("The mayor is known to cycle to the town hall every morning.", "is known to"),
    ("Some 3,000 voters cast provisional ballots because they had no ID.", "provisional"),
])
def test_a_known_fact_or_a_term_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The mayor is said to cycle to the town hall every morning.", "is said to"),
    ("The clerk gave a provisional estimate of the damage to the depot.", "provisional"),
])
def test_a_distanced_or_tentative_claim_stays(text, word):
    assert word in _hedges(text), _hedges(text)
