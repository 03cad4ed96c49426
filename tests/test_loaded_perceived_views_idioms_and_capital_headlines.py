"""Loaded words in a view told as others' perception, in a legal canon or an idiom, or in a related story's
headline set in capitals (sixteenth pass, second round); the judging uses beside them
stay.

Written for the test: each set-aside sentence is of a class a reader judged wrong in the s36 fresh draw or an
independent draw, each kept one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("Voters are angry partly because the old leadership is seen as out of touch.", "out of touch"),
    ("The new rule was widely viewed as heavy-handed by the county's farmers.", "heavy-handed"),
])
def test_view_perceived_by_others_is_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The senator's stance is misguided, and the courts were right to say so.", "misguided"),
    ("The old leadership is out of touch with the voters it claims to serve.", "out of touch"),
])
def test_view_in_the_writers_voice_stays_loaded(text, word):
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("Two justices asked whether the state's reading would lead to absurd results in other cases.", "absurd"),
    ("The winner of the rivalry game would earn bragging rights for a whole year.", "bragging"),
])
def test_legal_canon_and_idiom_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The governor made an absurd claim about the budget on Tuesday.", "absurd"),
    ("In recent months the mayor has started bragging about the state of the city's roads.", "bragging"),
])
def test_plain_judging_and_boasting_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    # a label dismissed with "not some": the PTC annotators mark such labels as loaded language, so it stays
    ("We have to remember that the governor isn't some alien monster who landed from another planet.", "monster"),
    # "struck some as": the PTC annotators mark the label, so it stays
    ("The senator's stance has long struck some advocates as misguided, since the courts disagreed.", "misguided"),
    # a label quoted after "regarded as": the speaker's own word
    ("The minister said the migrants were regarded as \u201cforeign invaders\u201d by his voters.", "invaders"),
])
def test_dismissed_and_quoted_labels_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


def test_loaded_word_in_a_headline_in_capitals_is_set_aside():
    text = ("The committee met on Monday to hear the report.\n\nDID THE HOST CRY? WATCH THE MEDIA MELTDOWN AS "
            "THE REPORT DROPS\n\nThe chairman said the hearing would resume next week.")
    assert not any("meltdown" in t for t in _loaded(text))


def test_words_quoted_in_capitals_stay_loaded():
    text = ('The committee met on Monday.\n\nOne customer wrote in capitals: "I WILL NEVER AGAIN SHOP AT THIS '
            'DISGRACEFUL COMPANY THAT CHEATS ITS WORKERS." The firm did not reply.')
    assert any("disgraceful" in t for t in _loaded(text))
