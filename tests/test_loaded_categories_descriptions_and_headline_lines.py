"""Loaded words that name a category, describe an act, a place or a feeling, or sit in a headline line or a
section label of the text (sixteenth pass); the judging uses beside them stay.

Written for the test: each set-aside sentence is of a class readers judged wrong, each kept one the near case
that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("The sermon was about the old struggle of good and evil in small towns.", "evil"),
    ("Her novel tells of the overcoming of evil by patience and friendship.", "evil"),
    ("The professor lectured on the problem of evil for an hour.", "evil"),
    ("He argued that keeping the old rule was the greater evil for voters.", "evil"),
    ("A deputy stayed away from the speech in case catastrophe struck the building.", "catastrophe"),
    ("Savings fell even without a recession or another kind of catastrophe.", "catastrophe"),
    ("The museum covers decades of silence about Nazi atrocity in the region.", "atrocity"),
    ("The board said the ban on non-leftist speakers would continue.", "non-leftist"),
])
def test_named_categories_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The mayor said the new policy is evil and must go.", "evil"),
    ("The governor called the new tax plan a catastrophe for farmers.", "catastrophe"),
    ("The killing of the reporter was an atrocity, the senator said.", "atrocity"),
    ("These leftist professors sneer at anyone who disagrees.", "leftist"),
])
def test_judging_nouns_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("Republicans mocked the governor's new slogan on Tuesday.", "mocked"),
    ("Later she mocked Smith for his complaints about the budget.", "mocked"),
    ("Officers will patrol busy streets and iconic locations this weekend.", "iconic"),
    ("Crews searched the plaza in front of the iconic building overnight.", "iconic"),
    ("Most parents generally thought police to be helpful neighbours.", "thought police"),
    ("\"One of the most wonderful things about living in a small town is the quiet,\" she said.", "wonderful"),
    ("The data reflected a radical ongoing restructuring of rural life.", "radical"),
])
def test_described_acts_places_and_feelings_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("Pundits enjoy mocking the senator's every word.", "mocking"),
    ("The lawyer mocked the frail old witness, who spoke no English.", "mocked"),
    ("The iconic singer was booed off the stage by the crowd.", "iconic"),
    ("Campus thought police want to silence the visiting speaker.", "thought police"),
    ("\"The most disgusting thing about his speech was the lying,\" she said.", "disgusting"),
    ("The radical left wants to tear down the old order.", "radical"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


_HEADLINE_LINE = ("Officials said the blast killed dozens near the station.\n\n"
                  "Minister bans broadcast of 'gruesome' blast footage\n\n"
                  "Many people said they could not reach social media sites.")
_SENTENCE = "Officials said the blast killed dozens and the ministry banned 'gruesome' footage of it."
_SECTION_LABEL = ("Organisers brought many groups together for the march.\n\n"
                  "The provocateur. Friends say her habit of confronting officials won the town's respect.")
_LABEL_IN_SENTENCE = "Officials refused to host the provocateur at the town hall on Friday."


def test_quoted_word_in_a_headline_line_is_set_aside():
    assert not any("gruesome" in t for t in _loaded(_HEADLINE_LINE))


def test_quoted_word_in_a_sentence_stays():
    assert any("gruesome" in t for t in _loaded(_SENTENCE))


def test_section_label_is_set_aside():
    assert not any("provocateur" in t for t in _loaded(_SECTION_LABEL))


def test_label_in_a_sentence_stays():
    assert any("provocateur" in t for t in _loaded(_LABEL_IN_SENTENCE))


_LABEL_SUBHEAD = ("The host asked about the race in the state.\n\n"
                  "Jones is a 'crazy, reckless' candidate\n\n"
                  "The host also explained the polls.")


def test_subheading_that_puts_a_quoted_label_on_someone_stays():
    assert any("reckless" in t or "crazy" in t for t in _loaded(_LABEL_SUBHEAD))
