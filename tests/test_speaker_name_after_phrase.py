"""A name set off by commas right before the cue is the speaker, when the span the search landed on is the end
of a longer subject and no name of its own ("Another aide from the early stages of the campaign, Sam Nunberg,
said"). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_the_name_beside_a_longer_subject_speaks():
    text = ("Another aide from the early days of the Walker campaign, Tom Brandt, said the plan would fail.")
    assert "Tom Brandt" in _sources(text), _sources(text)


def test_two_names_joined_stay_the_speakers():
    text = ("Senator Ann Lee and Senator Tom Brandt, both Democrats, said the plan would fail.")
    sources = _sources(text)
    assert all(s != "Tom Brandt" for s in sources), sources


def test_a_party_and_state_after_a_senator_is_no_name():
    text = "The sanctions came on Friday. Sen. Tom Brandt, R-South Carolina, said the sanctions were too weak."
    sources = _sources(text)
    assert all(not s.startswith("R-") for s in sources), sources


def test_an_owner_with_an_honorific_before_a_role_gives_way_to_the_name():
    text = "The debate went on. Mrs. Dalton's former campaign secretary, Tom Brandt, said the campaign was over."
    assert "Tom Brandt" in _sources(text), _sources(text)
