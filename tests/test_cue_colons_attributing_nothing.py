"""Colons after a date, a time or a heading word, or after words a "said" already attributes (``colon_cues``),
beside colons that introduce a source's words."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text", [
    "Here is the record. April 7, 2011: The mayor claims on TV that he has proof.",
    "The first post, from 9 a.m. ET: The square was full by noon.",
    "Methodology: We read every transcript from the year.",
    "Timeline: The long road to the ruling.",
    "Recruiters, one of them said, see high interest in people leaving the White House: “They know things.”",
])
def test_a_colon_attributing_nothing_is_no_cue(text):
    assert acting_cue(text, ":")


@pytest.mark.parametrize("text", [
    "Gowdy: The memo has no effect on the probe.",
    "The outlet printed it. USA Today: “Sources on the Hill say the vote is close.”",
    "Said the group's Mr. Kern: “The danger is real.”",
    "Study: Pot use is higher in the state.",
])
def test_a_colon_giving_a_source_words_stays_a_cue(text):
    assert not acting_cue(text, ":")
