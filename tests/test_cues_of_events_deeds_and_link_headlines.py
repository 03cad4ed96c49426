"""Cue words that attribute nothing: a verb of showing or proposing whose subject is an event, a plan or a
span of time (``event_subject_cues``), a deed, a thing or a show (``deed_cues``), a line of a related-link
headline (``link_headline_cues``). Each is set aside with the verbs of acting (``cues.acting_cue``),
beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue, profile

from framing.analysis.cleaning import find_clutter


@pytest.mark.parametrize("text, cue", [
    ("But this failed walkout attempt suggests that some in the union are restless.", "suggests"),
    ("The tax plan the governor unveiled in May proposes three income brackets.", "proposes"),
    ("One measure of home values showed that prices were near a record.", "showed"),
    ("The governor's order called for as many as 900 guards from other counties.", "called for"),
    ("The extra spending by the city, by necessity, implies others have less to spend.", "implies"),
    ("If the mayor wants a quiet summer, recent history indicates he might be disappointed.", "indicates"),
    ("Mr. Lee's decision to weigh in on the budget showed how he can alter the process.", "showed"),
    ("The early months of the race have also shown a change in how candidates raise money.", "shown"),
    ("History shows that governors rarely pass their boldest plans.", "shows"),
    ("The bill calls for sweeping changes to the licensing board.", "calls for"),
])
def test_an_event_a_plan_or_a_period_shows_nothing_said(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("A state poll last month showed the mayor winning by nine points.", "showed"),
    ("Data this week showed retail sales rising just 0.2 percent.", "showed"),
    ("Records filed in the case indicate the firm was paid twice.", "indicate"),
    ("Polls this year suggest that most voters want the road rebuilt.", "suggest"),
    ("The past month of search data shows that interest peaked in May.", "shows"),
    ("The council's budget chief proposed that the city sell the garage.", "proposed"),
    ("Mayor Deal suggested he would not run again.", "suggested"),
    ("Ms. Ortiz called for an end to the fees.", "called for"),
])
def test_a_poll_data_records_or_a_person_stay_cues(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The investor, the city's richest resident, pledged an enormous sum – $2 billion – to the hospital.", "pledged"),
    ("On Saturday night the network showed the senator's speech from Topeka in full.", "showed"),
    ("The secretary showed off a new stretch of fence near the river.", "showed"),
    ("He fired her during an episode of his reality show last year.", "show"),
    ("She went on the Sunday talk shows to defend the plan.", "shows"),
    ("For them, the union is the agent of openness, encouraging its four freedoms across the continent.",
     "encouraging"),
    ("New roads put people to work, and they also reassure markets that growth will return.", "reassure"),
    ("The word was coined by a village priest, Father Tom Lane, to describe the shunning of a landlord.",
     "describe"),
    ("Lifting the tarp, the owner discovered a hiding teenager and called police.", "discovered"),
    ("Lifting the tarp, the owner discovered a hiding teenager and called police, who came at once.", "called"),
    ("A neighbour called 911 to report the fire.", "called"),
])
def test_a_deed_a_thing_or_a_show_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The governor pledged to add several million dollars to fight the outbreak.", "pledged"),
    ("The president pledged that the group will be defeated.", "pledged"),
    ("A new poll shows the senator in first place.", "shows"),
    ("We now have polling that shows voters are tired of the story.", "shows"),
    ("The video showed that the officer had fired first.", "showed"),
    ("Some activists encourage the belief that change will be painless.", "encourage"),
    ("The mayor reassured advocates that they will revisit the issue.", "reassured"),
    ("He asked the witnesses to describe the attack in detail.", "describe"),
    ("The auditors discovered that the accounts had been emptied.", "discovered"),
    ("The protesters called police officers cowards as the line advanced.", "called"),
])
def test_words_pledged_shown_or_described_stay_cues(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("line, cue", [
    ("Rand Lee:Ohio senator says he will vote to block the declaration", "says"),
    ("'Not needed':Critics say the quote undercuts the emergency", "say"),
])
def test_a_related_link_headline_is_no_cue(line, cue):
    # a kicker glued to its headline is page clutter (cleaning_teasers), set aside before any cue is read;
    # what the report shows is no cue in the line either way
    text = f"The senator spoke on Friday.\n\n{line}\n\nThe vote is next week."
    start = text.index(line)
    assert [e.text for e in profile(text).features["sourcing"].evidence
            if e.role == "cue" and start <= e.start < start + len(line)] == []
    assert any(text[c.start:c.end] == line for c in find_clutter(text)) or acting_cue(text, cue)


@pytest.mark.parametrize("line, cue", [
    ("Lee said: “I can't vote for it.”", "said"),
    ("Critics say the quote undercuts the emergency.", "say"),
])
def test_a_line_of_prose_stays_a_cue(line, cue):
    assert not acting_cue(f"The senator spoke on Friday.\n\n{line}\n\nThe vote is next week.", cue)


def test_a_time_with_a_colon_is_no_label():
    assert not acting_cue("Crowds grew all day.\n\nShortly after 12:30 p.m. ET, the White House said it:\n\n"
                          "\"Condemns the violence.\"", "said")
