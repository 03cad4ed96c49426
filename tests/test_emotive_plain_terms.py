"""A fear word that names an insurance term ("a catastrophic plan") is no emotive wording; the same word chosen
to move stays. And "when I was young and ignorant" is said of oneself. Sentences written for the test (issue 13, eleventh pass)."""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("Only two percent of buyers in the county enrolled in a catastrophic plan last year.", "catastrophic"),
    ("As an old clerk told me when I was young and ignorant, the budget is the most political bill.", "ignorant"),
])
def test_plain_term_or_self_description_is_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The rollout of the new plan has been a catastrophe for the county's buyers.", "catastrophe"),
    ("The senator said his rivals are ignorant of how the budget works.", "ignorant"),
])
def test_judging_use_stays(text, word):
    assert any(word in t for t in _loaded(text))
