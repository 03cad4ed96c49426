"""Fifteenth pass on hedging (hedge_cast_doubts): "cast doubt on X" reports an act of questioning X, no
softened claim; "raises doubts about whether" stays a hedge. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "Several senators are casting doubt on the agency's account of the outage.",
    "The mayor cast doubt on the chief's ability to reform the department.",
    "The memo is an attempt to cast doubt on the audit.",
])
def test_doubt_cast_on_a_claim_is_no_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert not any("doubt" in h for h in hedges), hedges


def test_raised_doubts_about_whether_stay_a_hedge() -> None:
    hedges = _hedges("Early polling raises doubts about whether the message will work again.")
    assert any("doubt" in h for h in hedges), hedges
