"""The edges of a speaker span: a subordinator that opens the clause is not part of it ("Once CNN hinted"), a
noun ending in "-ly" is no adverb to skip ("The family of the victim says"), and a state after "of" that
follows a name is the name's ("John Boehner (R) of Ohio said"). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_a_subordinator_is_not_part_of_the_speaker():
    assert _sources("Once CNN strongly hinted at these allegations, it left the rest to the public.") == ["CNN"]
    assert "one Democratic voter in Iowa" in _sources(
        'As one Democratic voter in Iowa told the Monitor last week: "I disagree with him."')


def test_the_family_is_who_speaks():
    assert _sources("The family of Michael Brown says the officer should be charged.") == [
        "The family of Michael Brown"]


def test_an_adverb_in_ly_is_still_skipped():
    assert _sources("The senator repeatedly said the plan would pass.") == ["The senator"]


def test_a_state_after_a_name_is_the_name():
    assert _sources("House Speaker John Boehner (R) of Ohio recently said he expected a vote.")[0] == \
        "House Speaker John Boehner"


def test_officials_of_a_state_stay():
    assert _sources("Officials of Ohio said the roads were closed.") == ["Officials of Ohio"]
