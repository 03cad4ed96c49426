"""Loaded words in a fixed technical, legal or idiomatic sense, labels used as the standard name of what they
name, and phrase spans that ran on into a comparison word (thirteenth pass, round 2); the judging uses beside
them stay.

Written for the test: each first sentence is a class readers judged wrong, each second one the near case that
must stay loaded.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    """The highlighted loaded spans (strongly valenced words the model keeps are listed apart, not highlighted)."""
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("The border agency once flew a predator drone over the city during the protests.", "predator"),
    ("The bomb threat emailed to the district turned out to be a hoax, the police chief said.", "hoax"),
    ("Prosecutors must show that the aide acted with corrupt intent to win the obstruction case.", "corrupt"),
    ("She told voters they should not have to choose the lesser evil in November.", "evil"),
    ("The cover story soon acquired legendary status among the veterans of the unit.", "legendary"),
    ("The students met in the library to talk about their dreams and nightmares.", "nightmares"),
    ('"Those readings are high and they seem scary," the county health officer said.', "scary"),
    ("The senator sent out a series of tweets mocking the governor's new haircut.", "mocking"),
    ("Analysts say the North Korean regime has little room to bargain this year.", "regime"),
    ("Reports say jihadists killed four guards at the border post on Sunday.", "jihadists"),
    ("A white-supremacist leader announced a march in the state capital.", "white-supremacist"),
])
def test_fixed_senses_and_standard_names_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("He called the whole investigation a hoax invented by his rivals in the press.", "hoax"),
    ("The mayor runs a corrupt machine that rewards his donors with city jobs.", "corrupt"),
    ("The preacher warned the crowd against the forces of evil all around them.", "evil"),
    ("The sheriff called the man a predator who should never leave prison.", "predator"),
    ("The Assad family has led a brutal regime that jails every critic.", "brutal"),
    ("The jihadists kept up their attacks on the town all week.", "jihadists"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


def test_span_does_not_run_into_a_comparison_word():
    spans = _loaded("The new rules will be gradual and insidious rather than sudden.")
    assert "insidious" in spans and not any("rather" in s for s in spans)
    spans = _loaded("The voters decided that the governor is incompetent rather than dishonest.")
    assert "incompetent" in spans


def test_span_keeps_its_noun():
    assert any(s.endswith("insidious plan") for s in _loaded("The council backed an insidious plan to close it."))
