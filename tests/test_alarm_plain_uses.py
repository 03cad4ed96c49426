"""Alarm words used for a feeling, a setback, a view set aside or an idiom without a threat raise no alarm
(and are no emotive wording either); the warnings beside them still alarm.

Written for the test (issue 13, seventh pass): each plain sentence is one class readers judged wrong, each
alarming one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import found, profile


def _alarm(text: str) -> list[str]:
    return [e.text for e in profile(text).features["alarmist"].evidence if e.measure != "exaggeration"]


def _emotive(text: str) -> list[str]:
    return found(profile(text), "loaded", "emotive")


@pytest.mark.parametrize("text", [
    # horror as a genre, a figure
    "The characters of the horror film were played by three unknown actors.",
    "It has been a house of horrors for the mayor since the audit began.",
    # a setback described strongly
    "Brushing aside warnings of permanent political doom, the caucus voted to cancel the program.",
    "A reading of Harding's catastrophic experience might temper the new cabinet.",
    "The pact's impending collapse has alarmed diplomats across the region.",
    "The nightmare scenario for the mayor's supporters is a recount he cannot win.",
    "There is a growing fear that the candidates are out of step with general election voters.",
    # alarm named to be set aside
    "The bishop's sermon is just too apocalyptic for the bankers in the front rows.",
    "The candidate described the suburbs as hellish places nobody should visit.",
    "Every new gadget moves us one step closer to the robot apocalypse, the columnist joked.",
    # idioms with no threat beside them
    "The tax cuts expire this year. The clock is ticking, the senator told reporters.",
    "The feud seems sure to boil over on Twitter before the weekend.",
    "The columnists fell in line behind the White House's march to war.",
])
def test_feelings_setbacks_and_idioms_without_a_threat_are_not_alarm(text):
    assert _alarm(text) == []
    assert _emotive(text) == []


@pytest.mark.parametrize("text", [
    "The aides watched in horror as the senator read the statement aloud.",
    "I have followed the trial with dismay and growing horror this spring.",
    "To the horror of his aides, the governor kept talking to the reporters.",
    "The council members looked back with horror at the vote they had cast.",
    "The engineers brought the old port back to life from near total ruin.",
])
def test_horror_felt_and_ruin_left_behind_are_emotive_wording_not_alarm(text):
    assert _alarm(text) == []
    assert _emotive(text)


@pytest.mark.parametrize("text, term", [
    ("The survivors fear a horror worse than the last one could come to the valley.", "horror"),
    ("Experts warned the flooding could lead to total ruin for the farms.", "ruin"),
    ("The clock is ticking: without a deal, the nuclear plant could melt down within weeks.",
     "The clock is ticking"),
    ("Officials fear ethnic tensions could boil over into violence in the capital.", "boil over"),
    ("Analysts warned that a complete collapse of the banking system would follow a default.", "collapse"),
    ("Scientists warn the region could face a catastrophe if the dam fails.", "catastrophe"),
    ("If the talks fail, the country will descend into a nightmare of war and famine.", "nightmare"),
])
def test_threats_beside_the_same_words_are_still_alarm(text, term):
    assert term in " ".join(_alarm(text))


@pytest.mark.parametrize("text", [
    "The refugees suffered unspeakable horrors on the road north.",
    "The famine was exceeded in horrors only by the civil war before it.",  # "in horrors" is no feeling
])
def test_a_horror_described_is_still_emotive_wording(text):
    assert "horrors" in " ".join(_emotive(text))


@pytest.mark.parametrize("text", [
    "The clerk's blunder doomed the zoning bill before the vote.",
    "Critics said the lawsuits were doomed to failure from the start.",
])
def test_doomed_meaning_failed_is_neither_alarm_nor_emotive(text):
    assert _alarm(text) == [] and _emotive(text) == []


def test_a_humanitarian_disaster_is_listed_apart_not_emotive():
    p = profile("Aid groups struggle to stop the humanitarian disaster in the north.")
    assert found(p, "loaded", "emotive") == []
