"""Names joined by "&" (issue 13, tenth pass): capitals joined by "&" with no space are one token ("AT&T",
"S&P", "Texas A&M"), so a speaker is the whole name, not its last letter; a capitalised word joined by " & " to
another that judges nothing ("Standard & Poor's", "the Fast & Furious scandal") is part of a name, not a
loaded word, while two judging words paired ("the Fake & Corrupt News") stay loaded. Sentences written for
the test; each class was found in the AllSides dev corpus ("T" and "the latest S" as named persons, "Poor"
as a loaded word)."""
from __future__ import annotations

import pytest

from conftest import profile
from framing.analysis.text import tokenize


@pytest.mark.parametrize("text, name", [
    ("AT&T’s board met on Monday.", "AT&T’s"),
    ("A poll by S&P found little change.", "S&P"),
    ("He teaches at Texas A&M in College Station.", "A&M"),
    ("The R&D budget grew.", "R&D"),
])
def test_capitals_joined_by_an_ampersand_are_one_token(text: str, name: str) -> None:
    assert name in tokenize(text).tokens


@pytest.mark.parametrize("text, tokens", [
    ("Smith & Wesson", ["Smith", "&", "Wesson"]),  # spaced: three tokens
    ("rock&roll", ["rock", "&", "roll"]),           # lower case: no name
    ("A& B", ["A", "&", "B"]),
])
def test_other_ampersands_stay_their_own_token(text: str, tokens: list[str]) -> None:
    assert list(tokenize(text).tokens) == tokens


def _speakers(text: str) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.text for e in ev if e.label and e.label.startswith("named")]


def test_a_firm_named_with_an_ampersand_is_the_speaker_whole() -> None:
    assert "AT&T" in _speakers("AT&T said on Monday that it would cut 2,000 jobs in the spring.")
    assert "T" not in _speakers("AT&T said on Monday that it would cut 2,000 jobs in the spring.")


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("Standard & Poor’s affirmed its rating of the country on Friday.", "poor"),
    ("Republicans revived questions about the Fast & Furious operation.", "furious"),
])
def test_a_word_of_a_name_joined_by_an_ampersand_is_not_loaded(text: str, word: str) -> None:
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The poor families of the valley were furious at the council.", "furious"),
    ("He attacked the Fake & Corrupt media again on Sunday.", "corrupt"),
])
def test_the_judging_uses_stay(text: str, word: str) -> None:
    assert any(word in t for t in _loaded(text))


def test_a_firm_named_with_a_spaced_ampersand_is_shown_by_its_whole_name() -> None:
    from framing.compare import compare
    p = profile("Smith & Wesson said on Monday that its sales rose. Barnes & Noble said stores would close.")
    names = {s.name for s in compare([p, p]).speakers[0]}
    assert {"Smith & Wesson", "Barnes & Noble"} <= names, names
    assert not names & {"Wesson", "Noble"}, names
