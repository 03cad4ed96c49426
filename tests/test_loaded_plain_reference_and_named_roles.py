"""Thirteenth pass (s33): plain references read as no judgement in the loaded layer, each beside a similar use
that judges and stays. "the massacre" referring back to a shooting told, physical devastation, the 2008
meltdown, spewed flames, a rejected role ("not the doomsayer."), words listed as "and other epithets",
extremists of an armed group, totalitarian North Korea, the loser of a contest, the start of an institution's
name. Sentences written for the test."""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("A gunman opened fire at the club and killed nine people. He carried two rifles in the massacre.", "massacre"),
    ("The massacre in Dayton led the mayor to call for new laws on rifles.", "massacre"),
    ("A tornado hit the county seat on Monday. The devastation left there will take years to clear.",
     "devastation"),
    ("Lending dried up for years after the September 2008 meltdown on the markets.", "meltdown"),
    ("The rocket rose from the pad and spewed out a stream of flames into the night sky.", "spewed"),
    ("\"I'm not the doomsayer,\" the economist told the audience at the bank's forum.", "doomsayer"),
    ("The mayor was sued for calling rivals crooked, corrupt and other defamatory epithets last year.", "corrupt"),
    ("Airstrikes on the valley gave the army room to make gains against the extremists near the border.",
     "extremists"),
    ("Powerful al Qaeda-linked extremists among the rebels held the northern towns.", "extremists"),
    ("Such disappearances are rare elsewhere, but in totalitarian Oceania the leader is the state.", "totalitarian"),
    ("The polls moved little, and the real loser in all this is the party's own chairman.", "loser"),
    ("Winners and losers of the night. Loser: the incumbent governor, who never found his footing.", "loser"),
    ("She is now the head of the Propaganda and Agitation Department of that country.", "propaganda"),
])
def test_plain_reference_is_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("Critics of the clinic called the procedure the massacre of the unborn in their leaflets.", "massacre"),
    ("He saw the devastation wrought upon ordinary families by economic policies of the regime.", "devastation"),
    ("The anchors watched the media meltdown unfold as the report dropped on Friday.", "meltdown"),
    ("The senator kept spewing hatred at every rally he held this fall.", "spewing"),
    ("Voters are tired of Tea Party extremists who want to wreck the government altogether.", "extremists"),
    ("It is time to discard these losers and find new leaders for the movement.", "losers"),
    ("The governor is not the only corrupt official in the capital, and voters know it.", "corrupt"),
])
def test_judging_use_stays_loaded(text, word):
    assert any(word in t for t in _loaded(text))
