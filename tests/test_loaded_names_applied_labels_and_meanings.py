"""Loaded entries that judge nobody: a surname in a list of names, a label a platform applied ("marked as
hateful"), an entry denied by "far from being", and a word whose meaning is asked ("what a racist is"); the
judging uses beside them stay.

Written for the test (issue 13, ninth pass, round 2): each plain sentence is a class the independent readers
of draw 1818 judged wrong, each loaded one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("The host committee lists Anna Berg, Paul Otis, Christopher Rants, Kim Reem and Tom Wade.", "rants"),
    ("Several of the channel's clips were wrongly flagged as hateful by the site's filter.", "hateful"),
    ("Dozens of posts were marked as hateful before an appeal restored them.", "hateful"),
    ("Far from being incompetent, the mayor was running a careful plan all along.", "incompetent"),
    ("The senator argued that the chief, far from incompetent, had been misled.", "incompetent"),
    ("Everyone denies it, but very few people know what a racist is.", "racist"),
])
def test_names_applied_labels_denials_and_meanings_are_not_loaded(text: str, word: str) -> None:
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The columnist posted a hateful video about the refugees.", "hateful"),
    ("The mayor was incompetent and the council knew it.", "incompetent"),
    ("The governor rants about the press every morning.", "rants"),
    ("He said the plan was racist and should be scrapped.", "racist"),
])
def test_the_judging_uses_stay(text: str, word: str) -> None:
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The exiled analyst said the agency ruined his chances by labeling him a traitor in public.", "traitor"),
    ("Witnesses said the men were throwing incendiary devices at the police line.", "incendiary"),
    ("Morning notes:\n\n\u2022 Budget fight splits 2020 Dems\n\n\u2022 Senate returns on Monday", "dems"),
])
def test_reported_labels_standard_terms_and_headline_lines_are_not_loaded(text: str, word: str) -> None:
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The senator is a traitor to his own voters, the columnist wrote.", "traitor"),
    ("The candidate gave an incendiary speech about the border.", "incendiary"),
])
def test_own_labels_and_figures_stay(text: str, word: str) -> None:
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("\u201cIt is a pattern,\u201d said Dana Moss, author of Long Shadows: A Short History of Racist Laws in Ohio.",
     "racist"),
    ("The essay is adapted from the author\u2019s new book, The Quiet Room: Free Thought in the Age of Mob Rule, due "
     "out in July.", "mob"),
])
def test_words_in_a_subtitle_are_part_of_a_title(text: str, word: str) -> None:
    assert not any(word in t for t in _loaded(text))


def test_a_label_after_a_colon_without_a_title_stays() -> None:
    assert any("racist" in t for t in _loaded("The verdict was plain: Racist Laws Still Rule the county, he wrote."))
