"""A first name given to men and to women ("Stacey") tells no gender: a speaking "he" takes up the person
it names. A name the lists give one gender ("Nancy") still keeps a "he" off. Every sentence is written for
the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, word: str) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() == word]


def test_he_takes_up_a_man_named_stacey():
    text = ("Republican state Sen. Stacey Halvorsen last week introduced the harbor bill. Critics are already "
            "panning it, but Halvorsen is defending his idea, which he says would keep the docks open.")
    labels = _labels(text, "he")
    assert labels and "Halvorsen" in labels[-1], labels


def test_he_still_passes_over_a_woman_named_nancy():
    text = ("Republican state Sen. Nancy Halvorsen last week introduced the harbor bill. Critics are already "
            "panning it, and one of them spoke at the dock. He says it would close the docks.")
    labels = _labels(text, "he")
    assert all("Halvorsen" not in lab for lab in labels), labels
