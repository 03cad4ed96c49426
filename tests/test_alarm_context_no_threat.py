"""Alarm phrases whose context names no threat raise no alarm; the same phrases before a danger still do.

Written for the test (issue 13, eighth pass): each plain sentence is one class independent readers judged
wrong (a clash with the truth, a legal standard, a failed presidency, an electoral nightmare scenario), each
alarming one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _alarm(text: str) -> list[str]:
    return [e.text for e in profile(text).features["alarmist"].evidence if e.measure != "exaggeration"]


@pytest.mark.parametrize("text", [
    # a clash with the truth, a figure
    "The mayor and his press office are on a collision course with the facts.",
    # two political trains heading for a vote
    "Those two campaigns are on a collision course as they head to the state convention.",
    # the legal standard named in a finding
    "The memo says officials must have determined that the suspect poses an imminent threat of attack.",
    # the standard a power rests on
    "\"The strike was lawful because the target posed an imminent threat of violent attack,\" the lawyer said.",
    # a setback ahead, no danger
    "The review suggests the mayor is on the brink of a failed term in office.",
    # a chance missed, no danger named
    "If the agency had wanted to ban the app, it would have done so in 2015. Now it's too late.",
    # a nightmare scenario right after a sentence about an election
    "The early polls show a surge of new voters that could swamp the senator. "
    "\"This is the nightmare scenario we all worried about,\" said one of his donors.",
])
def test_no_threat_in_context(text):
    assert _alarm(text) == []


@pytest.mark.parametrize("text, term", [
    ("\"We are on a real collision course with a very dark future,\" the farmer said.", "collision course"),
    ("Analysts said the region is on the brink of civil war after the vote was cancelled.", "on the brink"),
    ("\"The gang poses an imminent threat of violent attack against our town,\" the sheriff said.", "imminent threat"),
    ("The climate crisis is already here. Soon it will be too late.", "too late"),
    ("The diplomats had lost faith in us. \"Thus my nightmare scenario,\" the envoy wrote.", "nightmare"),
])
def test_the_same_phrase_before_a_danger_stays(text, term):
    assert any(term in t.lower() for t in _alarm(text)), _alarm(text)
