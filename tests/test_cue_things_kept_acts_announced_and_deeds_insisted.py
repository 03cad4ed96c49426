"""Report verbs used of a deed (``kept_and_announced_cues``): a thing kept up, an act, a decision or a line-up
announced, a deed insisted on; and a verb of showing whose subject is a development or an activity
(``event_subject_cues``). Each beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The senator has maintained her quiet, steady leadership of the panel for years.", "has maintained"),
    ("Police maintained the curfew warning through the weekend.", "maintained"),
    ("The incumbent maintained a narrow lead in the latest count.", "maintained"),
    ("The governor announced joint action on tolls and fares.", "announced"),
    ("Voters are uneasy about the team the mayor has announced for her staff picks.", "has announced"),
    ("Voters are uneasy about the lineup Mayor Jane Ortiz has announced for her Cabinet.", "has announced"),
    ("The ministry announced new sanctions on six firms.", "announced"),
    ("In one of the steps she announced this week, the mayor closed two depots.", "announced"),
    ("The council member insisted on attending the closed session.", "insisted"),
    ("Recent market developments suggest that the rally is fading.", "suggest"),
    ("In 1980 the senator challenged President Carter in the Iowa caucuses.", "challenged"),
    ("Both candidates showed strength in Ohio in its primaries last month.", "showed"),
    ("The singer has also shown to be less partisan than his fans.", "has also shown"),
    ("But the quiet activity suggests the campaign is preparing a run.", "suggests"),
])
def test_a_thing_kept_an_act_announced_or_a_deed_insisted_on_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator has maintained that the vote was fair.", "has maintained"),
    ("He maintains his innocence and says the charges are false.", "maintains"),
    ("The governor announced that tolls would rise.", "announced"),
    ("The ministry announced a plan to cut fares.", "announced"),
    ("The mayor on Friday announced she would seek new tolls on the bridge.", "announced"),
    ("Officials announced new sanctions will be imposed through the ministry.", "announced"),
    ("In 2015 the governor announced the Rapid Action for Housing program.", "announced"),
    ("The league imposed sanctions the day Ms. Ortiz announced the start of talks.", "announced"),
    ("Presumptive nominee Jane Ortiz announced Monday she was leaving the race.", "announced"),
    ("She announced her decision to step down at noon.", "announced"),
    ("The council member insisted on calling the session a sham.", "insisted"),
    ("The council member insisted that the session stay open.", "insisted"),
    ("A new poll suggests that the rally is fading.", "suggests"),
    ("The senator challenged the results of the Iowa caucuses.", "challenged"),
    ("The senator challenged Mr. Carter's claim about the primary.", "challenged"),
    ("A new poll showed strength for the mayor among young voters.", "showed"),
    ("The drug has been shown to be safe in two trials.", "has been shown"),
])
def test_a_view_held_or_words_announced_stay_a_cue(text, cue):
    assert not acting_cue(text, cue)
