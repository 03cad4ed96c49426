""""Known" with no knower (``impersonal_known_cues``): "it is known that", "as she is known", "known for",
"widely known"; beside a "known" with a knower, which stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("But it is known that the mayor studied law in Ohio.", "is known"),
    ("It's now known that the firm kept every invoice.", "known"),
    ("The chief minister, as she is known, has held daily briefings.", "is known"),
    ("The ledger, as it's known, is a record of every sale.", "known"),
    ("The senator is known for plans that promise sweeping change.", "is known"),
    ("The flaws are so common and widely known that even his allies joke about them.", "widely known"),
])
def test_known_with_no_knower_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor had known she was in trouble for weeks.", "had known"),
    ("Officials have long known that the dam was weak.", "known"),
    ("Police have known since June that the car was stolen.", "have known"),
])
def test_known_with_a_knower_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)
