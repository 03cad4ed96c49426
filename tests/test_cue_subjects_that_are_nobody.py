"""Fifteenth pass, second round, on cues: a cue whose subject is nobody ("no group has claimed responsibility",
"virtually no one predicted", "nobody has claimed") cites nobody; "the group has claimed responsibility" and "one
official predicted" stay cues. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Although no group has claimed responsibility for the blast, the army struck back.", "has claimed"),
    ("What virtually no one predicted was a landslide in the suburbs.", "predicted"),
    ("So far nobody has claimed the reward.", "has claimed"),
])
def test_subjects_that_are_nobody_cite_nobody(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The group has claimed responsibility for the blast.", "has claimed"),
    ("One official predicted a landslide in the suburbs.", "predicted"),
])
def test_subjects_that_are_someone_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
