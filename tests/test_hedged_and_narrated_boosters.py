"""Certainty words that are hedged, denied, narrated or plain adjectives assert no certainty.

Written for the test (issue 13, sixth pass): the booster classes independent readers judged wrong.
"""
from __future__ import annotations

import pytest

from conftest import found, profile


@pytest.mark.parametrize("text", [
    "They hold views that they believe but cannot prove to anyone.",           # negated
    "The book explains the party's positions in fairly obvious ways, he argues.",  # attributive
    "\"The bottom line, I think, is that we lost the argument,\" she said.",   # hedged after
    "When it became clear that only a few members objected, the speaker moved on.",  # narrated
    "That doesn't mean that a strike is the inevitable answer to the dispute.",  # denied
    "We are all caught in an inescapable web of mutual obligation.",           # a plain adjective
    "\"Measles Proves Delicate Issue for the Field,\" the paper wrote.",        # turned out
])
def test_hedged_denied_narrated_and_plain_certainty_words_are_not_boosters(text):
    assert found(profile(text), "boosters") == []


@pytest.mark.parametrize("text, term", [
    ("The bottom line is that we lost the argument.", "The bottom line"),
    ("It became clear that the plan had failed.", "clear"),
    ("So of course, I think about it every day.", "of course"),
    ("The inescapable conclusion is that the plan failed.", "inescapable"),
    ("The data prove that the plan failed.", "prove"),
    ("It is fairly obvious that turnout will decide the race.", "obvious"),
])
def test_plain_certainty_is_still_a_booster(text, term):
    assert any(term in t for t in found(profile(text), "boosters"))
