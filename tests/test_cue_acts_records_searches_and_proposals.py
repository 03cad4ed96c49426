"""Thirteenth pass, on cues: a right or a law invoked ("invoked her Fifth Amendment rights"), figures a place records
("the U.S. reported nearly 1 million cases"), coverage with no content ("were reported on over the past two
years"), a search ("is looking into whether"), a thing named ("something called a remembrance agent"), "focused
on" said of a thing ("the first question focused on the mayor"), "the row ... underscores", "the evidence
suggests" (the writer's inference), an agentless "is
projected to", and a measure or a document proposed ("proposing to scale back", "proposed a clean bill") attribute
nothing; the cues beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The clerk invoked her Fifth Amendment rights at one hearing.", "invoked"),
    ("For authority, the mayor invoked a trade law meant to protect local mills.", "invoked"),
    ("Reid's boldest move was invoking the nuclear option on nominations.", "invoking"),
    ("As of Monday, the U.S. reported nearly 1 million cases of the flu.", "reported"),
    ("The city of Dayton reported 27 new infections on Wednesday.", "reported"),
    ("The county has 3,300 cases, more than 1,000 of which were reported in the past week.", "reported"),
    ("The most recent death was reported in Kansas.", "reported"),
    ("Many of the moves happened in public or were reported on over the past two years.", "reported"),
    ("The Justice Department is looking into whether files were stored improperly.", "looking into"),
    ("Some lawmakers are looking for workarounds to the law.", "looking for"),
    ("The activists are looking to the United States for help.", "looking"),
    ("Then he programs the computer with something called a memory agent.", "called"),
    ("Naturally, the first question focused on the mayor, forcing him to answer.", "focused on"),
    ("The case focused on the governor's threat to veto the funds.", "focused on"),
    ("The Ledger is a column by Jane Doe, primarily focused on the council.", "focused on"),
    ("The city's row with the agency also underscores what many experts say.", "underscores"),
    ("But the U.S. row with WHO also underscores what many experts say.", "underscores"),
    ("But for all the talk, the evidence suggests that the streets are safer this year.", "suggests"),
    ("It is a trend in which the United States is projected to take part.", "is projected"),
    ("The agency threw a scare into the industry by proposing to scale back the rule.", "proposing"),
    ("The senator proposed a clean bill to add more money to the program.", "proposed"),
    ("Those members who proposed this new platform said they were done.", "proposed"),
    ("In May, the agency proposed a 2017 volume mandate for all fuels.", "proposed"),
    ("One thing the board hasn't proposed changing is the question on fires.", "proposed"),
    ("Separately, the governor proposed barring people from adding to the fund.", "proposed"),
    ("He proposes doing away with the mandate.", "proposes"),
    ("The council's budget chief proposed deep cuts last week.", "proposed"),
    ("The plan Mayor Lee proposed last year failed.", "proposed"),
    ("Voters balked at the cuts that the mayor is proposing.", "proposing"),
    ("The mayor's proposed budget calls for fewer buses.", "proposed"),
    ("Rep. Cox proposed in his first bill, filed last week, that the Treasury offer bonds.", "proposed"),
])
def test_acts_records_searches_and_proposals_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Sanders frequently invokes Obama's name while campaigning.", "invokes"),
    ("The Italian news agency earlier reported at least 35 dead in the town.", "reported"),
    ("Police and fire officials reported no damage or injuries from the quake.", "reported"),
    ("The ministry of health reported 275 people had been killed.", "reported"),
    ("The panel has reported that the workload stayed steady over the past decade of cases.", "reported"),
    ("The two reporters reported on how it is virtually impossible to hack an election.", "reported"),
    ("The Times reported on Tuesday that the talks had stalled.", "reported"),
    ("After the Journal reported on the payment in January, the ties frayed.", "reported"),
    ("At a rally, the president focused on the continued growth.", "focused on"),
    ("Court records show that the clerk was paid twice.", "show"),
    ("The economy is projected by the IMF to grow 3 percent.", "is projected"),
    ("Scholars have proposed that some of these trends reflect a slower life.", "proposed"),
    ("Some biologists have proposed a theory that the birds navigate by smell.", "proposed"),
    ("The senator proposed they stop pretending the deficit doesn't matter.", "proposed"),
])
def test_words_views_and_sources_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
