"""Twentieth pass, round 1, on cues: the writer's impersonal judgment of a thought ("it's not too far-fetched
to conclude"), a preference foretold ("will prefer"), a fact's news status ("had not previously been
reported."), a "realize" denied or in a clause of time and idioms of manner ("told it like it was", "arguing with each other") attribute nothing and are
set aside; a source's conclusion, a held preference, a named reporter or a content, a telling to someone and
an argument made stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The costs cancel the gains, so it's not too far-fetched to conclude that wages barely moved.", "conclude"),
    ("The costs cancel the gains, so it’s not unreasonable to conclude that wages barely moved.", "to conclude"),
    ("It is difficult to explain the gap as anything other than bias.", "explain"),
    ("The poll looks grim, although it's good to remember that the sample was small.", "remember"),
    ("It would be fair to say that the plan failed.", "say"),
    ("It has been hard to argue that the policy worked.", "argue"),
    ("After four years of drama, the country will prefer a calm leader.", "prefer"),
    ("Older renters might prefer a cheaper store closer to home.", "prefer"),
    ("The panel met twice before the filing, which had not previously been reported.", "reported"),
    ("He was charged over the blast (more injured than had previously been reported).", "reported"),
    ("She apologized to the nation in a speech, which was widely reported.", "reported"),
    ("Two candidates whose gaffes have been widely reported in the media will share the stage.", "reported"),
    ("He was a Republican in a blue state, and he told it like it was.", "told"),
    ("This is the man who tells it like it is and never apologizes.", "tells"),
    ("The debates have featured the candidates arguing with each other for hours.", "arguing"),
    ("The two aides were bickering with one another about the schedule.", "bickering"),
    ("There's no doubt that the rules favor incumbents.", "no doubt"),
    ("And there is no denying that the vote was close.", "is no denying"),
    ("Prices have fallen since then; there is hope.", "is hope"),
    ("With dozens of trials under way, there's hope that one will work.", "hope"),
    ("Many shoppers don't realize that the store tracks them.", "realize"),
    ("Few realize that the old hotel is leased, not owned.", "realize"),
    ("Once he realized the rival had quit, the senator changed course.", "realized"),
    ("After Jones realized that the guest had left, she called him.", "realized"),
])
def test_writer_reasoning_and_manner_idioms_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The auditors concluded that wages barely moved.", "concluded"),
    ("Aides were eager to say that the plan had worked.", "say"),
    ("By then he was reduced to insisting that the tapes were fake.", "insisting"),
    ("Most voters prefer a calm leader, the survey found.", "prefer"),
    ("The meeting was first reported by a local paper on Friday.", "reported"),
    ("It has been widely reported that the deal is close.", "reported"),
    ("His height has been reported as just under six feet.", "reported"),
    ("He told reporters it was over.", "told"),
    ("She argued with reporters that the bill would pass.", "argued"),
    ("Some allies aren't arguing with the leader's strategy.", "arguing"),
    ("The mayor has no doubt that the rules favor incumbents.", "no doubt"),
    ("There are rumors that he will run for governor.", "rumors"),
    ("Her aides hope that one trial will work.", "hope"),
    ("The speaker realized that a long fight would hurt the party, a source said.", "realized"),
    ("Senators who have realized that Congress must act are drafting a bill.", "realized"),
])
def test_conclusions_preferences_reports_and_arguments_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
