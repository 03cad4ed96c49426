"""A lone common word opening its sentence is no speaker ("Right after the vote, he kept insisting", "Multiple
women have come forward alleging"; session 33's fresh draw); words for sources opening a sentence stay
("Critics say", "Scholars argue"), as do names. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_an_adverb_opening_a_sentence_is_no_speaker():
    text = ("The vote went the other way, right as the polls said. Right after the vote, he kept insisting that "
            "nothing had changed.")
    assert "Right" not in _sources(text)


def test_an_adjective_opening_a_sentence_is_no_speaker():
    text = ("The claims were multiple and old. Multiple women have come forward alleging that the mayor lied "
            "to them.")
    assert "Multiple" not in _sources(text)


def test_words_for_sources_opening_a_sentence_stay():
    text = "Critics were loud, and critics say the plan fails. Critics say the law is flawed."
    assert _sources(text).get("Critics") == "anonymous or vague"


def test_a_surname_opening_a_sentence_stays():
    text = "Senator Ada Wheeler spoke first. Wheeler said the bill was doomed, though the wheeler of votes agreed."
    assert _sources(text).get("Wheeler") == "named person"
