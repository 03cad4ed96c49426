"""A violence noun right after the kind of event it names ("the nightclub massacre", "the deadly massacre") is
the plain word for the event; the same noun with no event named before it stays loaded. Sentences written for
the test (issue 13, eleventh pass)."""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text", [
    "Mourners gathered downtown a week after the nightclub massacre, the mayor said.",
    "The chain stopped selling rifles a year after the deadly massacre at the mall.",
    "The governor spoke at the first meeting since the school shooting massacre last spring.",
])
def test_massacre_after_its_kind_of_event_is_plain(text):
    assert not any("massacre" in t for t in _loaded(text))


@pytest.mark.parametrize("text", [
    "The senator said the new trade rules would be a massacre for family farms.",
    "Critics called the budget cuts a slow carnage of public services.",
])
def test_violence_noun_as_a_verdict_stays(text):
    found = _loaded(text)
    assert any("massacre" in t or "carnage" in t for t in found)
