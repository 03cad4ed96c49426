"""Fourteenth pass, second round, on cues: verbs of seeing, reading, weighing and going on in their plain sense
("a van was seen driving", "Please read every sentence", "had considered enforcing the rule", "all things
considered", "continued to pay him") attribute nothing; the same verbs reporting a view or words ("was seen as the
favourite", '"...," the note read', "is considered the favourite", '"...," he continued', "continued: ...")
stay cues. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("A white van was seen driving toward the crowd.", "was seen"),
    ("In one clip a man is seen apparently shouting at the mayor.", "is seen"),
    ("The clips were seen more than 2 million times by Sunday.", "were seen"),
    ("Please read every line of this memo with care.", "read"),
    ("The suspect was read the Miranda warning in the hospital.", "was read"),
    ("Few voters still read the major daily papers.", "read"),
    ("The aides have read the underlying documents.", "have read"),
    ("Officials who had considered enforcing the rule backed off.", "had considered"),
    ("The guards met as they considered how to keep him safe.", "considered"),
    ("The town did well, all things considered.", "considered"),
    ("The bank continued to pay its chief while he served.", "continued"),
    ("He continued his attacks during the interview.", "continued"),
])
def test_plain_sense_of_seeing_reading_and_weighing_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The governor was seen as the favourite in the race.", "was seen"),
    ("“We will not back down,” the note read.", "read"),
    ("She read from a committee report that the costs had doubled.", "read"),
    ("The senator is considered the favourite in the state.", "is considered"),
    ("“That is the whole point,” he continued.", "continued"),
    ("The mayor continued: “The fee is fair, and it stays.”", "continued"),
])
def test_seeing_reading_and_weighing_that_report_a_view_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
