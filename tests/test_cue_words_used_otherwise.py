"""Cue words used otherwise than to attribute (issue 13, independent reading of seed 1010): a past participle
before its noun ("Recently published studies show", "the leaked memo"), a plural noun that names no speech
("the final shows", "two blasts") a likelihood ("the odds favor") and the writer's own forecast ("Don't expect much"). Each is set aside with the verbs of
acting (``cues.acting_cue``), beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Newly published surveys show that teenagers sleep less than their parents did.", "published"),
    ("Critics pointed to the leaked memo as proof of the plan.", "leaked"),
    ("An anticipated keynote on trade could settle the matter.", "anticipated"),
])
def test_a_participle_before_its_noun_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor recently announced plans to widen the bridge.", "announced"),
    ("The newspaper published a letter that accused the board of lying.", "published"),
    ("Officials publicly denied reports of a rift.", "denied"),
])
def test_a_participle_with_a_subject_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The last shows of the tour will be in Boise in June.", "shows"),
    ("Three blasts shook the harbor before dawn.", "blasts"),
    ("Voters doubt his personal attributes more than his record.", "attributes"),
    ("Even if the odds favor the incumbent, the race is close.", "favor"),
])
def test_a_noun_or_a_likelihood_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The poll shows that the governor leads by four points.", "shows"),
    ("The memo lists the agencies that objected.", "lists"),
    ("Most farmers favor the new subsidy, the survey found.", "favor"),
])
def test_the_same_words_as_verbs_stay_cues(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Don't expect a vote before the recess.", "expect"),
    ("Expect the mayor to veto it.", "expect"),
    ("If talks stall again, expect another shutdown in March.", "expect"),
    ("As you might expect, prices rose after the storm.", "expect"),
])
def test_the_writers_own_forecast_cites_nobody(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Party leaders expect that the bill will pass.", "expect"),
    ("If talks stall, economists expect that prices will rise.", "expect"),
    ("Analysts, however, expect that rates will fall.", "expect"),
])
def test_a_sources_expectation_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


def test_accused_as_an_adjective_with_its_adverb_attributes_nothing():
    assert acting_cue("The coach was a “credibly accused abuser” in the filing.", "credibly accused")


def test_accused_with_its_adverb_after_a_subject_stays_a_cue():
    assert not acting_cue("Months later the aide publicly accused former senator Smith of harassment.", "publicly accused")
