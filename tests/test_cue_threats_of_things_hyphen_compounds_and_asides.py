""""Threaten" of an event or a thing (``threat_likelihood_cues``), a participle in a hyphen compound
(``hyphen_compound_cues``), the writer's additive aside "not to mention" (``aside_phrase_cues``) and records
after a possessive, "the doctor's notes" (``record_noun_cues``), a voice raised at someone with no words
(``raised_voice_cues``): each
beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The court move Friday threatens to reopen old wounds in the caucus.", "threatens"),
    ("The dispute — which began over a stalled budget — is threatening to derail the session.", "is threatening"),
    ("Soil erosion threatens to cut harvests across the region.", "threatens"),
    ("The ruling, covering how much water the farms may draw, threatens to split the board.", "threatens"),
    ("The uproar over the mayor's emails — her third scandal this year — is threatening to stall the vote.",
     "is threatening"),
    ("The agency abandoned the U.N.-backed rebel coalition last spring.", "backed"),
    ("Not to mention that the mayor has yet to rule out a second run.", "not to mention"),
    ("Tolls are high, not to mention the parking fees downtown are rising.", "mention"),
    ("Needless to say, the council rejected the plan.", "say"),
    ("But the doctor’s notes, written that week, tell another story.", "notes"),
    ("The governor's tweets came hours after the storm.", "tweets"),
    ("My posts were never meant as attacks, the mayor wrote.", "posts"),
    ("The manager walked over and yelled at him, waving a clipboard.", "yelled"),
    ("Several fans jeered and shouted at the referee as he left the field.", "shouted"),
])
def test_a_thing_threatening_a_hyphen_compound_or_an_aside_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The governor threatens to veto the court bill.", "threatens"),
    ("Some senators are threatening to stall the nomination.", "are threatening"),
    ("The administration is threatening to sue the county.", "is threatening"),
    ("The delegation threatened to walk out of the talks.", "threatened"),
    ("The mayor, angry over the ruling, threatens to appeal.", "threatens"),
    ("The leader of the rebels threatened to resume attacks.", "threatened"),
    ("The plan, which the French backed in May, collapsed.", "backed"),
    ("The mayor made sure to mention the budget in her address.", "mention"),
    ("He said he would mention the tolls to the council.", "mention"),
    ("The report notes that tolls rose by a third.", "notes"),
    ("The mayor tweets about the tolls every morning.", "tweets"),
    ("A protester shouted at her, “Resign now!”", "shouted"),
    ("He yelled at the crowd that the vote was rigged.", "yelled"),
])
def test_a_person_threatening_a_verb_backed_or_a_mention_made_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)
