"""Cue words inside a set phrase that reports no words (``phrase_cues``): "no wonder", "called it quits", a
count of "confirmed" cases, "sound" as "seem", a name given after a comma; each beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("No wonder so many renters fear another rise in prices.", "wonder"),
    ("By May, both of the mayor's rivals had called it quits.", "called"),
    ("The county now has 3,100 confirmed cases of the flu.", "confirmed"),
    ("Testing widely would have meant higher confirmed case numbers.", "confirmed"),
    ("On school funding, the two candidates have sounded pretty similar.", "sounded"),
    ("It sounds a lot like the plan the council rejected last year.", "sounds"),
    ("On Sunday the senator sounded upbeat about the bill.", "sounded"),
    ("The party's creed, called juche, mixes many older ideas.", "called"),
    ("The trade talks will resume on Monday morning.", "talks"),
    ("Now, talks will resume around 9 a.m.", "talks"),
    ("The group has been shut out of the U.S.-Iran talks, she said.", "talks"),
    ("Cable talking heads glanced at one another.", "talking"),
])
def test_a_set_phrase_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Many scientists wonder whether the goal can be reached.", "wonder"),
    ("The senator, last week, called the plan a terrible deal.", "called"),
    ("Sen. Mary Ross, D-Ore., called the decision “shameful.”", "called"),
    ("Health officials confirmed two new cases on Monday.", "confirmed"),
    ("The county's website also sounds the alarm about the shortfall.", "sounds"),
    ("Other officials sounded notes of caution despite the news.", "sounded"),
    ("The union sounded a warning about layoffs.", "sounded"),
    ("The mayor now talks about the plan as a done deal.", "talks"),
    ("Many Democrats are talking openly about a recall.", "talking"),
])
def test_words_of_a_source_stay_cues(text, cue):
    assert not acting_cue(text, cue)
