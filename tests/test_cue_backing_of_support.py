"""Seventeenth pass, round 2, on cues: a "back" of support (a candidate, a bill, a force) with no words of the
backer reported is set aside; a backing voiced in the same sentence, a phrasal "backed off", "backs up" and
another verb's "back" ("shot back", "pushed back") stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Several of the party's hopefuls are backing a single-payer plan.", "are backing"),
    ("Outside groups backing the mayor raised more money than her rivals.", "backing"),
    ("Outside groups backing the senator are better funded.", "backing"),
    ("The committee chairman also backed the 1998 inquiry before breaking with his party.", "also backed"),
    ("The rebels were joined by the U.S.-backed militia near the border.", "backed"),
    ("The tabloid is backing the governor in the fall election.", "is backing"),
])
def test_backing_without_words_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Some senators backed the president on Friday, noting that he had agreed to the extension.", "backed"),
    ("The union is backing the bill, saying it will raise wages.", "is backing"),
    ('The mayor backed the plan: "It is the right thing to do."', "backed"),
    ("The senator shot back at his critics on Monday.", "shot back"),
    ("The governor later pushed back against the report.", "later pushed back against"),
    ("The company backed off that statement within a week.", "backed off"),
    ("There is a lot of research backing this effect on young voters.", "backing"),
])
def test_backing_voiced_or_other_senses_stays(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
