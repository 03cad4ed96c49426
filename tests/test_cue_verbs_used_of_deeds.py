"""Report verbs used of a deed (``act_verb_cues``): a thing added, a post with no words reported, a physical
attack, documents withheld, a document's pledge, a thing asked for; "called" naming a thing after a longer
noun phrase (``cues``); a topic discussed, data citing data, "remember" said to the reader (``topic_cues``).
Each beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The state could help by adding clarity for parents and rules for schools.", "adding"),
    ("The mayor added the library to the list of closures.", "added"),
    ("Late fees are adding to the strain on renters.", "adding"),
    ("The county added nearly 300 cases to its count.", "added"),
    ("The firm added 5,000 jobs last month.", "added"),
    ("The new rule bans the sale, adds building codes for shops and sets fines.", "adds"),
    ("The mayor retweeted the same photo and said nothing.", "retweeted"),
    ("Ms. Reyes posted the photo along with a short clip of the parade.", "posted"),
    ("The group obtained the recording and posted it on its site.", "posted"),
    ("Its fighters, in turn, attacked the consulate and burned its gate.", "attacked"),
    ("The city council refuses to release even edited versions of the files.", "refuses"),
    ("There was progress, with a state budget agreement pledging to spend more on roads.", "pledging"),
    ("The court may not grant the relief the city has asked for.", "asked for"),
    ("They formed a new housing advocacy group called the Home Fund.", "called"),
])
def test_a_verb_used_of_a_deed_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor added that the library would stay open.", "added"),
    ("“We will not close it,” added a county official.", "added"),
    ("She added it was too early to tell.", "added"),
    ("He added in a statement to reporters that the plan was sound.", "added"),
    ("He added speaking to reporters that the plan was sound.", "added"),
    ("Ms. Reyes posted a photo calling the parade a triumph.", "posted"),
    ("The governor attacked the press for its coverage of the storm.", "attacked"),
    ("The governor pledged to protect the program.", "pledged"),
    ("The group called the plan reckless.", "called"),
])
def test_a_verb_of_saying_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("A neighbor secretly filmed the mayor discussing the land sale.", "discussing"),
    ("The two governors discuss their water plan during a lunch in Reno.", "discuss"),
    ("She was speaking of state payroll figures citing surveys of employers.", "citing"),
    ("If the town ends up run by fools, remember that you voted for them.", "remember"),
    ("Keep fighting, but remember — kindness is not weakness.", "remember"),
    ("As you'll remember, the council voted twice on the plan.", "remember"),
])
def test_a_topic_or_a_reminder_to_the_reader_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor discussed whether to close the library.", "discussed"),
    ("The mayor discussed the sale, saying it was a bargain.", "discussed"),
    ("The mayor declined to discuss the land sale.", "discuss"),
    ("The union cited research from a state university.", "cited"),
    ("Mr. Hale remembers the tour three years ago.", "remembers"),
])
def test_a_discussion_with_content_or_a_memory_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)
