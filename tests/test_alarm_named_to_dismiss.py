"""Alarm named only to be rebutted or mocked raises no alarm; the same alarm that the text goes on to
support still does.

Written for the test (issue 13, eighth pass, round 2): each dismissed sentence is a class independent
readers judged wrong (a catastrophe rebutted as unscientific, drums of war ignored, scenarios that never
happened, a view never accurate, end times declared by an overreacting public, a holy war on a notion).
"""
from __future__ import annotations

import pytest

from conftest import profile


def _alarm(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["alarmist"].evidence if e.measure != "exaggeration"]


@pytest.mark.parametrize("text, word", [
    ("The professor says taxes are needed to avert imminent global catastrophe. Such plans aren't "
     "verifiably scientific.", "catastrophe"),
    ("In this lazy telling, critics of the treaty are beating the drums of war. This ignores a range of "
     "other options.", "drums of war"),
    ("The agency once paid for a study full of scary scenarios. Its authors said the coast would be under "
     "water by now. None of that has happened.", "scary"),
    ("The old view of the town as an unstoppable industrial giant was never accurate.", "unstoppable"),
    ("Voters either ignore the issue or declare it end times, the pollster said.", "end times"),
    ("The seminar and the resulting holy war on privilege left the staff tired.", "holy war"),
    ("The governor wants to make us believe that these hungry families are an existential threat to the state.",
     "existential threat"),
    ("The pundits would have you believe that a catastrophe is weeks away.", "catastrophe"),
])
def test_alarm_named_to_dismiss_is_not_alarm(text, word):
    assert not any(word in t for t in _alarm(text))


@pytest.mark.parametrize("text, word", [
    ("Without action we face imminent global catastrophe. Scientists say it is already beginning.",
     "catastrophe"),
    ("The generals are beating the drums of war. Troops massed on the border this week.", "drums of war"),
    ("The militia leader declared a holy war against Rome and its allies.", "holy war"),
    ("Scientists believe that a catastrophe is weeks away unless the dam is drained.", "catastrophe"),
    ("We have to make them believe us: the flood is an existential threat to the valley.", "existential threat"),
])
def test_alarm_supported_stays(text, word):
    assert any(word in t for t in _alarm(text))
