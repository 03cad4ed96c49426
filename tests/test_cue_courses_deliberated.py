"""Nineteenth pass, round 2, on cues: "considering", "contemplating", "mulling" and "weighing" of a course, a
proposal or a question ("is mulling a freeze", "are considering whether") say what someone may do, not words or a
view, and ", considering ..." is the conjunction "given that"; these are set aside. A view held ("consider him a
hero", "considering her as a replacement"), "weighed in" and the saying around them stay. The sentences are
written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("By spring the governor was contemplating a compromise that might please both camps.", "contemplating"),
    ("The chain is mulling a freeze on new stores.", "mulling"),
    ("Party leaders are weighing the idea of a separate vote.", "weighing"),
    ("The agency is considering whether to extend the deadline.", "considering"),
    ("Officials are also considering if the rule applies to small firms.", "considering"),
    ("The court is now considering those laws in a major case.", "considering"),
    ("The vote is a stunt, considering the leader has blocked it for years.", "considering"),
])
def test_course_deliberated_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor was considering her as a possible replacement for the chief.", "considering"),
    ("The senator weighed in on Monday, saying the bill would fail.", "weighed"),
    ("The senator is considered the favorite to win the seat.", "considered"),
    ("She said she is considering a run for governor.", "said"),
])
def test_views_and_words_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
