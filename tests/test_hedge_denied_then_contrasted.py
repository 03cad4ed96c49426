"""A "may not" in a short sentence answered by "But" / "Yet" grants a point before a
contrast (hedge_granted_points.denied_then_but); a "may not" that keeps its doubt stays. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The county economy may not be back. But at least the depot has reopened.", "may"),
    ("For many cyclists, the new mayor may not be the ideal champion. But her record deserves praise.", "may"),
])
def test_a_point_granted_before_but_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Maybe he lost the file. Or he may not have one. But I will ask him.", "may"),
    ("Small fish may not suffer from the heat. But for larger species the risk is real.", "may"),
    ("The mayor may not run again, aides said.", "may"),
    ("Such repairs might seem modest. Yet they cost the town half its budget.", "might"),
    ("Parents who may not be able to pay will get help. But the fund is small.", "may"),
])
def test_a_doubt_before_but_stays(text, word):
    assert word in _hedges(text), _hedges(text)
