"""Boosters that describe a manner, a speaker's plainness, a work or a turn of events (booster_manner_readings),
a poll's result reported (boosters), and someone's framing presented as undisputed (booster_scopes), each beside
a plain certainty word of the same shape that stays. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _boosters(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "boosters")]


@pytest.mark.parametrize("text, word", [
    ("In June the mayor spoke categorically about what the depot would deliver.", "categorically"),
    ("They wanted an oracle who would pronounce authoritatively and unquestionably on the audit.", "unquestionably"),
    ("Those are things the charter speaks really clearly about, the pastor said.", "clearly"),
    ("The council must act before the damage is clearly visible from the road.", "clearly"),
    ("The crews wore vests that would clearly mark them as inspectors.", "clearly"),
    ("\"The judge was very clear that he was not ruling on the depot,\" the clerk said.", "clear"),
    ("\"They were pretty clear with the mayor about that,\" an aide said.", "clear"),
    ("If he fired the auditor, the message would be loud and clear to every clerk.", "clear"),
    ("Not knowing more, I'm really not sure what the council intended.", "really"),
    ("Once again the county's process proved the undoing of the smaller bids.", "proved"),
    ("But the mayor has also proved himself a shrewd and patient negotiator.", "proved"),
    ("Few voters have read the mayor's definitive telling of the depot saga.", "definitive"),
    ("That sounds pretty definitive, the reporter replied.", "definitive"),
    ("It is too early to draw a definitive conclusion about the vote.", "definitive"),
    ("The story is presented to the reader or viewer as undisputed reality.", "undisputed"),
    ("The poll, conducted for the county party, showed that 62 percent of voters backed the levy.",
     "showed that"),
    ("\"We were only able to clear about half of the valley,\" the officer said.", "clear"),
    ("A vote on Tuesday will clear the way for the depot's sale.", "clear"),
    ("The mayor said the safety rules should be emphatically promoted in every school.", "emphatically"),
    ("The mayor said the rules should be \"emphatically enforced\" in every school.", "emphatically"),
])
def test_a_manner_a_work_or_an_outcome_is_no_booster(text, word):
    assert word not in _boosters(text), _boosters(text)


@pytest.mark.parametrize("text, word", [
    ("The mayor clearly spoke out of turn at the meeting.", "clearly"),
    ("Voters across the county clearly see that the depot is failing.", "clearly"),
    ("The charter clearly says the council must approve the sale.", "clearly"),
    ("It is very clear that the depot lost money for years.", "clear"),
    ("The result is clear: the levy passed.", "clear"),
    ("The council is really not the problem here.", "really"),
    ("The audit proved that the depot had lost money for years.", "proved"),
    ("There is no definitive proof, but the report is definitive about the costs.", "definitive"),
    ("The audit shows that the depot lost money for years.", "shows that"),
    ("Unquestionably, the depot was the council's worst deal.", "unquestionably"),
    ("To be clear, the depot lost money for years.", "to be clear"),
    ("It will be clear to every voter that the depot lost money.", "clear"),
    ("The levy is emphatically not a tax on homeowners.", "emphatically"),
])
def test_a_plain_certainty_stays(text, word):
    assert word in _boosters(text), _boosters(text)
