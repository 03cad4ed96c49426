"""Hedge words in a sense that softens no claim (hedge_word_senses, twelfth pass): "broadly" of an extent or
a reading ("broadly popular", "defined broadly", "broadly construed"), "widely credited", and "unsure" /
"uncertain" of people's state of mind, a "doubt that" denied or asked away; "broadly speaking", things "uncertain" and a first person's "unsure"
stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The new depot remains broadly popular with residents.", "broadly"),
    ("Anyone trading, defined broadly, must file a report.", "broadly"),
    ("Can the budget be broadly construed as a gift to the depot?", "broadly"),
    ("The mayor is widely credited with saving the depot.", "widely"),
    ("In the poll, 42 percent are unsure who to believe.", "unsure"),
    ("The mayor, unsure how to respond, left the room.", "unsure"),
    ("The lack of polls is leaving councillors uncertain about the vote.", "uncertain"),
    ("There are few who doubt that the mayor will win.", "doubt that"),
    ("Can anyone doubt that the council would close the depot?", "doubt that"),
    ("The auditor said he doesn't doubt that the figures are right.", "doubt that"),
])
def test_an_extent_or_a_state_of_mind_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Broadly speaking, the depot plan works.", "broadly"),
    ("The fate of the depot remains highly uncertain.", "uncertain"),
    ("I'm unsure whether the depot will open on time.", "unsure"),
    ("Some auditors doubt that the depot lost money.", "doubt that"),
])
def test_a_softening_extent_or_doubt_stays_a_hedge(text, word):
    assert word in _hedges(text), _hedges(text)
