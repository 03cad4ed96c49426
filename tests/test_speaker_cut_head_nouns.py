"""A speaker's phrase cut after a capitalised modifier is grown over the noun for people that heads it ("a
prominent Smith backer", "Militia leaders"). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> set[str]:
    """the highlighted speaker spans."""
    return {e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_phrase_reaches_its_head_noun_after_cue():
    assert "a prominent Smith backer" in _sources("“We will win this,” said a prominent Smith backer.")


def test_phrase_reaches_its_plural_head_noun():
    assert "Militia leaders" in _sources("Militia leaders told officials they were angry about the raid.")


def test_object_after_cue_is_not_taken_in():
    assert "Smith" in _sources("Smith told Democratic leaders that he would run.")


def test_body_name_before_a_thing_stays():
    assert "The Smith campaign" in _sources("The Smith campaign said it would appeal.")


def test_verb_after_a_name_is_not_taken_in():
    assert "Jane Roe" in _sources("Jane Roe heads human resources and says the change helped.")
