"""A prophecy of doom that its own sentence calls wrong is alarm named to be dismissed, not raised.

Written for the test (issue 13, independent reading of seed 1010): the plain sentences refute the
prophecy after naming it; the alarming ones raise it, or refute something else before it.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _alarm(text: str) -> list[str]:
    return [e.text for e in profile(text).features["alarmist"].evidence if e.measure != "exaggeration"]


@pytest.mark.parametrize("text", [
    "The doomsday scenario that critics built their case on turned out to be wrong.",
    "The apocalypse the pundits promised for the harbour towns is a myth, the new survey shows.",
    "Their end times talk was overblown from the start.",
])
def test_a_refuted_prophecy_is_not_alarm(text):
    assert _alarm(text) == []


@pytest.mark.parametrize("text, term", [
    ("Scientists warn of a doomsday scenario for the reef within a decade.", "doomsday scenario"),
    ("Officials who were wrong before now warn of an apocalypse for the coast.", "apocalypse"),
])
def test_a_prophecy_raised_stays_alarm(text, term):
    assert any(term in t for t in _alarm(text))
