"""Loaded words that report a charge, a suspicion, others' view or the speaker's own ordeal (fifteenth pass,
round 2); the judging uses beside them stay.

Written for the test: each reporting sentence is a class readers judged wrong, each judging one the near case
that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("The blogger was sentenced on charges of \"spreading propaganda\" last spring.", "propaganda"),
    ("The coach was acquitted on two counts of predatory sexual assault.", "predatory"),
    ("The firm hired a former minister suspected of corrupt practices.", "corrupt"),
    ("The lab destroys embryos for research, which some find morally repugnant.", "repugnant"),
    ("\"Losing that case was the most miserable feeling in the world,\" she said.", "miserable"),
    ("\"It was a frightening time for our town,\" the mayor wrote.", "frightening"),
    ("The pastors wrote a letter that addressed anti-Blackness in their churches.", "anti-blackness"),
])
def test_reported_uses_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The station keeps spreading propaganda for the ruling party.", "propaganda"),
    ("The lender's predatory tactics ruined thousands of families.", "predatory"),
    ("The minister ran a corrupt scheme to enrich his friends.", "corrupt"),
    ("His remarks about the victims were morally repugnant.", "repugnant"),
    ("The senator gave a miserable, evasive answer to the panel.", "miserable"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The new senator boasted a long list of donors from out of state.", "boasted"),
    ("The county boasts some of the lowest taxes in the region.", "boasts"),
    ("A bottle of gasoline was lobbed at the clinic door overnight.", "lobbed"),
])
def test_having_and_throwing_senses_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The governor boasted that the measure would pass easily.", "boasted"),
    ("The mayor openly boasted about cutting the police budget.", "boasted"),
    ("The president lobbed a fresh threat at his former adviser.", "lobbed"),
])
def test_bragging_and_attacking_senses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))
