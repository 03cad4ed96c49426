"""Loaded words that tell an effect on people, a witness's own ordeal or the unexpected, "perverse incentives"
and a label after a passive "called" (sixteenth pass, round 2); the judging uses beside them stay.

Written for the test: each sentence of the first list is a class readers judged wrong, each of the second the
near case that must stay loaded.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    """The highlighted loaded spans (strongly valenced words the model keeps are listed apart, not highlighted)."""
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("The slump pushed the jobless rate to nine percent, frightening potential homebuyers across the region.",
     "frightening"),
    ("The sudden rate rise ended up scaring off investors for most of the year.", "scaring"),
    ("We walked for nine days with little water, \u201cshe says. \u201cIt was terrible.\u201d", "terrible"),
    ("The farmer lost his house in the flood, he said. \u201cIt's been really awful.\u201d", "awful"),
    ("Most hopefuls will announce by June \u201cunless something crazy happens,\u201d the adviser said.",
     "crazy"),
    ("Once the grants return, the same perverse incentives will push the colleges to raise fees.", "perverse"),
    ("Many voters say they are afraid to be called \u2018racist\u2019 for asking about the policy.", "racist"),
    ("The survey found the members hate being called racists by their neighbours.", "racist"),
])
def test_effects_ordeals_and_passive_labels_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The senator's plan is a frightening prospect for every family in the state.", "frightening"),
    ("\u201cThe new tax law was terrible,\u201d the senator said.", "terrible"),
    ("\u201cIt is terrible,\u201d the senator said of the new tax law.", "terrible"),
    ("The governor said something crazy about the flood at the rally.", "crazy"),
    ("The court reached a perverse decision that rewards the worst landlords.", "perverse"),
    ("The senator called his opponents racists at the rally on Friday.", "racist"),
    ("The endorsement was called \u201cdisgusting\u201d by a former White House aide.", "disgusting"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))
