"""Eighteenth pass, on cues: attention turned to a topic with no words in sight, a mention withheld, an entry
listed, a thing given a name, a complaint naming a case, a Senate confirmation, a comparison with no holder,
and the acts "opted" and "prohibited" are set aside; similar uses that attribute words or a view stay. The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The organizer moved to the county for the last month; she focused on turnout and hired two aides.",
     "focused on"),
    ("Many analysts since have focused on the gap among rural voters.", "since have focused on"),
    ("The drive worked because it focused on helping families in need.", "focused on"),
    ("The mayor didn't mention the budget directly but promised new parks.", "didn't mention"),
    ("What the column does not mention is the cost of the plan.", "does not mention"),
    ("The letter, obtained by reporters and listed as exhibit C in the suit, showed the transfers.", "listed"),
    ("Also listed on the program are two former governors.", "listed"),
    ("Twice this year, lists of possible nominees have leaked.", "lists"),
    ("One version, called “Fast Track,” would have ended the review.", "called"),
    ("There is a small village in Ohio called Millbrook. It has one school.", "called"),
    ("He was fired for his part in the whistleblower complaint that prompted the inquiry.", "complaint"),
    ("The process of having a judge confirmed by the Senate is political.", "confirmed"),
    ("The Senate confirmed her on Tuesday by a vote of 52 to 48.", "confirmed"),
    ("Flood damage was much worse than feared.", "feared"),
    ("Even the public network opted for a football game instead.", "opted"),
    ("The city prohibited the use of the devices last year.", "prohibited"),
])
def test_acts_names_and_withheld_mentions_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("At a rally in Ohio, the governor focused on the jobs report.", "focused on"),
    ("The speakers focused on the new law, with one noting its cost.", "focused on"),
    ('Instead, they focused on "how to win the next vote."', "focused on"),
    ("The mayor did not mention that the budget had grown.", "did not mention"),
    ("The mayor mentioned the budget twice in her speech.", "mentioned"),
    ("He listed other factors: higher rates and a weak market.", "listed"),
    ("A senator from Texas called Smith a liar on Monday.", "called"),
    ("The senator called the plan “a disaster,” and left.", "called"),
    ("It is a fair complaint that he never visits the district.", "complaint"),
    ("A Senate aide confirmed the meeting took place.", "confirmed"),
    ("The senator confirmed that she would vote no.", "confirmed"),
    ("The damage was worse than many had feared.", "feared"),
])
def test_similar_uses_that_attribute_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The agency head confirmed to a Senate panel in May that the backlog had grown.", "confirmed"),
    ("The draft resolution doesn't mention the senator by name.", "mention"),
])
def test_testimony_to_the_senate_and_a_documents_silence_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
