"""Fifteenth pass, second round, on cues: "calls" as phone calls or tight races ("did not return calls for
comment", "so close calls on that turf"), a bare noun subject ("true that calls for calm are one-sided"), a
situation's ("the moment calls for courage"), and the discourse phrase "I'm just saying" attribute nothing;
someone's call ("the mayor calls for an inquiry", "renewed their calls for a counsel") and a reported "saying"
stay cues. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The county clerk did not immediately return calls for comment.", "calls"),
    ("So close calls on that kind of ground are a good sign for the party.", "calls"),
    ("It is also true that calls for calm are often one-sided.", "calls"),
    ("A veteran strategist said the present moment calls for a steady hand.", "calls"),
    ("I'm just saying if the dam broke, the town would flood.", "saying"),
    ("I am just saying that the plan lost because of its timing.", "saying"),
])
def test_calls_as_nouns_and_just_saying_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor calls for an inquiry into the contract.", "calls"),
    ("Republicans renewed their calls for a special counsel on Monday.", "calls"),
    ("The senator was just saying that the bill would pass.", "saying"),
])
def test_someones_calls_and_reported_saying_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


def test_eager_to_appear_is_a_wish_not_a_view() -> None:
    assert acting_cue("The cartel is also eager to appear to be acting with its allies.", "eager")
    assert not acting_cue("The minister was eager to say that the talks had gone well.", "eager")
