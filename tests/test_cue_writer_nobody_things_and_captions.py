"""Eighth pass, round 2 on cues (unsourced_cues): the writer's own speech act, nobody as subject, "suspected"
before its noun, a thing that signals, a noun of worry opening a sentence, a release of things, "knows what
he's doing" and a video caption attribute nothing; a source's words beside each stay a cue. The sentences are
written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("I've said it once, and I'll say it again: the depot is a mess.", "said"),
    ("We'll warn you: the video contains strong language.", "warn"),
    ("What virtually no one predicted was a strike at the depot.", "predicted"),
    ("Nobody expected the depot to close so fast.", "expected"),
    ("On that scale, suspected incidents make up half of the cases.", "suspected"),
    ("Police arrested the suspected driver on Monday.", "suspected"),
    ("The board kept the manager. It signals that the audit is a serious one.", "signals"),
    ("Worries that the strike might spread had brought the mayor to the depot.", "Worries"),
    ("The council moved on Tuesday, releasing a massive spending package for the depot.", "releasing"),
    ("He is very smart. He knows exactly what he's doing.", "knows"),
    ("The candidates' plans are far from spontaneous. WSJ's Jane Roe explains.", "explains"),
])
def test_cues_with_no_source_attribute_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("\u201cI've said it once, and I'll say it again: the depot is a mess,\u201d the mayor said.", "said"),
    ("When I asked the mayor, she said the depot would close.", "said"),
    ("The mayor predicted a strike at the depot.", "predicted"),
    ("Police suspected that the driver had fled.", "suspected"),
    ("The department signaled that more arrests are likely.", "signaled"),
    ("The mayor worries that the strike might spread.", "worries"),
    ("The council released a statement saying the depot would close.", "released"),
    ("The mayor knows that the depot will close.", "knows"),
    ("The mayor explains that the depot will close.", "explains"),
])
def test_a_sources_words_stay_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The spokesman wrote: Hello -- I'll tell you what keeps the depot open.", "tell"),
    ("MAYOR JANE ROE: Yes, I'm talking about the depot.", "talking"),
    ("The buses were withheld because we're told the council is negotiating.", "told"),
])
def test_block_quotes_transcripts_and_unnamed_sources_stay_a_cue(text, cue):
    assert not acting_cue(text, cue)
