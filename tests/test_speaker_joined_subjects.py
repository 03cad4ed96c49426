"""A subject of two joined by "and" that opens the sentence is the speaker whole, not its second half
(:mod:`framing.analysis.features.sourcing.speaker_joined_subjects`). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_a_name_and_a_running_mate_speak_together():
    text = "The tax figures came out on Monday. Dalton and running mate Ann Reyes said the figures proved their case."
    assert "Dalton and running mate Ann Reyes" in _sources(text), _sources(text)


def test_a_title_before_and_is_no_first_speaker():
    text = "The job market was slow in May. Author and career counselor Ann Reyes says the market will turn."
    sources = _sources(text)
    assert all(not s.startswith("Author") for s in sources), sources
