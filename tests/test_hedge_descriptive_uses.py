"""Hedge words that describe a thing or a report, no softened claim (hedge_descriptive_uses): "in general"
after what it widens, "speculation about" a person, "claimed to" a listener, an attributive "ambiguous" /
"unproven", a "preliminary" procedure; the hedging uses of the same words stay. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The outbreak exposed weak hospital planning generally and a slow federal response.", "generally"),
    ("These are reforms that the party's left wing broadly, has made possible.", "broadly"),
    ("The principal would not detail the warning but described it generally as a prank.", "generally"),
    ("The mayor has been dealing with speculation about his future at city hall for weeks.",
     "speculation about"),
    ("The director claimed to the newspaper that each clinic had improved its record.", "claimed to"),
    ("The senator vowed to ban the ambiguous fringe group from the state capitol.", "ambiguous"),
    ("Bad movements hitch themselves to an unproven or vague conviction about the future.", "unproven"),
    ("He was shot four times, according to a preliminary autopsy requested by the family.", "preliminary"),
])
def test_a_description_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Economists generally expect the central bank to raise rates next year.", "generally"),
    ("Farm-state senators broadly agree that the subsidy should be extended.", "broadly"),
    ("There was speculation about whether the judge changed her vote late in the term.", "speculation about"),
    ("The company claimed to have fixed every fault in the braking system.", "claimed to"),
    ("It is ambiguous whether the new rule covers part-time workers.", "ambiguous"),
    ("Preliminary data from the trial show a modest drop in infections.", "preliminary"),
])
def test_a_softened_claim_stays(text, word):
    assert word in _hedges(text), _hedges(text)
