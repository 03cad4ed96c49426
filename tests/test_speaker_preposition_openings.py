"""A phrase opening with a preposition of time, place or circumstance is no speaker ("Ahead of the Memorial",
"Across the Capitol"); "Prior" alone may be a surname and stays. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_a_phrase_of_time_before_the_subject_is_no_speaker():
    text = ("Democrats have tried to use the issue. Ahead of the Harvest Day holiday in June, Senate Leader Tom "
            "Halvorsen (D., Ore.) appeared at a Shell Oil Co. gas station in Salem, Ore., and blamed Mr. Okafor "
            "for high gas prices.")
    assert not any(s.lower().startswith("ahead") for s in _sources(text)), _sources(text)


def test_a_phrase_of_place_is_no_speaker():
    text = ("Across the Capitol, Homeland Security Secretary Ann Okafor made her own plea for the council to act, "
            "saying something must be done.")
    assert not any(s.lower().startswith("across") for s in _sources(text)), _sources(text)


def test_prior_as_a_surname_stays():
    text = ("Readers now choose what they follow. The key factor now, Prior argued, was not access to news but "
            "interest in it.")
    assert "Prior" in _sources(text), _sources(text)
