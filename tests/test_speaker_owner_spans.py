"""A speaker span that owns the noun after a bare apostrophe ("Democrats’ push", "according to Nunes' lawyers")
is set aside (:mod:`framing.analysis.features.sourcing.speaker_owner_spans`); an outlet's count after
"according to" and a plain speaker stay. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_the_owner_of_lawyers_after_according_to_is_no_source():
    text = "The harbor deal was a front for the dock owners, according to Jennings' lawyers."
    assert "Jennings" not in _sources(text), _sources(text)


def test_an_outlet_that_owns_a_count_stays():
    text = "Nine harbor towns have closed their docks, according to Harbor News' count."
    assert any("Harbor News" in s for s in _sources(text)), _sources(text)


def test_a_plain_speaker_before_the_cue_stays():
    text = "Harbor commissioners said on Tuesday that the wall was too low."
    assert "Harbor commissioners" in _sources(text)
