"""A cue's span does not end on a preposition cut off from its object after a verb of saying ("said over
[the weekend]", "denied on [the campaign trail]"): the preposition opens a time or place, not part of the
cue; a verb's own preposition ("warned of") stays. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from conftest import profile


def _cues(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "cue"]


@pytest.mark.parametrize("text, cue", [
    ("The mayors of Dover and Ely also said over the weekend that the ferry was welcome.", "also said"),
    ("The governor consistently denied on the campaign trail having any stake in the mill.", "consistently denied"),
])
def test_a_preposition_of_time_or_place_is_no_part_of_the_cue(text, cue):
    assert _cues(text) == [cue]


def test_a_verbs_own_preposition_stays():
    cues = _cues("In a speech last week, the harbor master warned of the consequences of a second closure.")
    assert cues == ["warned of"]
