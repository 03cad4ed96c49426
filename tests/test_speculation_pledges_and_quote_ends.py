"""A conditional inside a quotation ends at the quotation's close, not in the tag after it (issue 13,
independent reading of seed 1010); a candidate's "if elected, we will ..." stays a conditional about the
future. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return found(profile(text), "speculation")


@pytest.mark.parametrize("text", [
    "\"If elected governor, we're going to repave every county road,\" the candidate said.",
    "If I am elected, my administration will rebuild the bridges of the valley.",
    "If elected, the governor will be a reliable vote for the farm bill.",
    "If we lose the vote, the plant will close by spring.",
])
def test_a_conditional_pledge_or_forecast_still_predicts(text: str) -> None:
    # (independent readers judged a candidate's "if elected, we're going to ..." a conditional pledge about
    # the future: right)
    assert any(s.lower().startswith("if") for s in _speculation(text))


@pytest.mark.parametrize("text, span", [
    ("\u201cIf the talks fail, the strike will go on,\u201d the union leader said.",
     "If the talks fail, the strike will go on"),
    ("\"If the bridge closes, traffic will double downtown,\" the engineer said on Monday.",
     "If the bridge closes, traffic will double downtown"),
    ("Fixing the roads, if proven urgent, would be cheap\u201d as the mayor put it.",
     "if proven urgent, would be cheap"),
])
def test_a_conditional_in_a_quotation_ends_at_its_close(text: str, span: str) -> None:
    assert span in _speculation(text)


def test_a_quotation_that_opens_after_the_if_keeps_its_consequence() -> None:
    text = "If the dam breaks, the mayor warned, \"the lower town will flood within hours.\""
    assert any(s.startswith("If the dam breaks") and "flood" in s for s in _speculation(text))
