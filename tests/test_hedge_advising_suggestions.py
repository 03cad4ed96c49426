"""Fifteenth pass on hedging (hedge_advising_suggestions): a "suggest" whose complement says what ought to be
done ("should", "must", "need to") or a "suggested" that proposes an amount is no softened claim; a "suggest"
that reports what evidence points to stays a hedge. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "The farmer suggests we need to rebuild the whole supply chain from scratch.",
    "The columnist is suggesting that the old rules should not apply to small towns.",
    "Prosecutors had suggested at least four to six years in jail for the former aide.",
    "The committee suggested $2 million for the new library.",
    "Her adviser suggested that the city must cut its budget.",
])
def test_a_suggest_that_advises_or_proposes_an_amount_is_no_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert not any(h.startswith("suggest") for h in hedges), hedges


@pytest.mark.parametrize("text", [
    "Early polls suggest voters are tired of the fight over the budget.",
    "The figures suggested that the virus was spreading long before March.",
    "The data suggest that the new rules will cost families more.",
])
def test_a_suggest_of_what_evidence_points_to_stays_a_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert any(h.startswith("suggest") for h in hedges), hedges


def test_an_obligation_in_a_clause_further_on_keeps_the_hedge() -> None:
    hedges = _hedges("The visits suggest the White House realizes they need to bring new voices into the fight.")
    assert any(h.startswith("suggest") for h in hedges), hedges
