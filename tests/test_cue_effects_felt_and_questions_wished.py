"""Fourteenth pass, second round, on cues (own reading of seed 3939 and what readers of draws 3131/3535 marked
wrong): an effect felt by someone ("shoppers may feel it, too", "the firms have felt the backlash", "might feel
pressure to resign") and a question wished for ("Will someone please ask the mayor why ...") attribute nothing;
a feeling with a view in it ("feel that ...", "felt it would be unfair", "felt the pressure was too much") and a
question asked stay cues. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Shoppers in other states may feel it, too, when prices rise.", "feel"),
    ("Both firms have also felt the backlash from their rules.", "felt"),
    ("Senators from swing states might feel pressure to defect.", "feel"),
    ("Small towns will feel the fullest effects of the repeal.", "feel"),
    ("Reporters would have felt the public sting of it.", "felt"),
    ("Will someone please ask the mayor who exactly he thinks wants higher taxes?", "ask"),
    ("Somebody should ask him why the plant closed.", "ask"),
])
def test_effects_felt_and_questions_wished_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Many voters feel that the tax is unfair.", "feel"),
    ("He felt it would be unfair to the president.", "felt"),
    ("She felt the pressure was too much for the staff.", "felt"),
    ("Her supporters feel the same way about him.", "feel"),
    ("Reporters asked him why the plant closed.", "asked"),
    ("The senators ask whether the plan will work.", "ask"),
])
def test_views_felt_and_questions_asked_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
