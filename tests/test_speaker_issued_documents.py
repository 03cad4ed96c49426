"""A document its author issued, found as the speaker of a participle after it, gives the participle to the
author (readers of the AllSides dev sample, independent draws 2929/3030: "Romney released a statement late
Tuesday saying": Romney); a document that is the subject stays the source. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_the_issuer_of_a_statement_speaks():
    sources = _sources('The vote was close. Romney released a statement late Tuesday saying: "I disagree with him."')
    assert "a statement" not in sources and sources.get("Romney") == "named person"


def test_a_statement_that_is_the_subject_stays():
    assert "A statement" in _sources("A statement released Tuesday said the talks had failed.")


def test_a_recorded_call_or_an_aired_ad_is_its_makers():
    assert list(_sources("Days before the vote, the senator recorded a robocall touting his ally.")) == ["the senator"]
    assert list(_sources("In 1996 his campaign ran a radio ad claiming the rival had raised taxes.")) == ["his campaign"]


def test_a_call_someone_received_stays():
    assert "Voters" not in _sources("Voters received a robocall touting the senator.")
