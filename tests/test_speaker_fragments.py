"""Speaker spans that name no source: a phrase cut before its noun, the thing a passive cue is said of
(:mod:`framing.analysis.features.sourcing.speaker_fragments`); whole phrases stay. Every sentence is written for
the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.text for e in ev if e.role == "source"]


def test_a_determiner_and_modifier_cut_before_the_noun_is_no_source():
    text = "The share fell to a low, according to the most recent statistics compiled by the harbor office."
    assert "the most" not in _sources(text), _sources(text)


def test_a_whole_phrase_after_according_to_stays():
    text = "The harbor board, according to the latest filing, said the pier would close."
    assert "The harbor board" in _sources(text), _sources(text)


def test_what_a_passive_cue_is_said_of_is_no_source():
    text = ("The court heard from Okafor, whose bill would change the way judges are named, a reform also "
            "mentioned by Halvorsen.")
    assert "a reform" not in _sources(text), _sources(text)


def test_a_subject_before_an_active_cue_stays():
    text = "A harbor official also mentioned the reform to the council on Monday."
    assert any("official" in s for s in _sources(text)), _sources(text)


def test_a_speaker_before_said_by_and_a_gerund_stays():
    text = "Halvorsen said by repeatedly calling the harbor master a liar, the mayor had lost the town."
    assert "Halvorsen" in _sources(text), _sources(text)
