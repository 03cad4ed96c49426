"""Cues that attribute no content (issue 13, independent readings): a stance verb that names a deed or what a
thing is about ("considered their applications", "It focuses on ...", "rebuffed entreaties", "laws restricting
abortion"), a headline noun ("Border rebuke looms"), a directive ("urged citizens to shelter", "called on its
neighbour to halt"). Each is set aside with the verbs of acting (``cues.acting_cue``), beside a use with content
that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue

from framing.analysis.features.sourcing import stance_cues


@pytest.mark.parametrize("text, cue", [
    ("Officials said migrants would wait in Mexico while the U.S. considered their applications.", "considered"),
    ("The memo runs four pages. It focuses almost entirely on one adviser.", "focuses"),
    ("He rebuffed entreaties to run until the incumbent retired.", "rebuffed"),
    ("The bishop has never embraced one particular ideology.", "has never embraced"),
    ("Providers may challenge laws restricting abortion in federal court.", "restricting"),
    ("The officer was arrested and charged Friday with murder.", "charged"),
    ("Border rebuke looms for the governor", "rebuke"),
    ("Memos recovered from the compound detail staff security worries", "worries"),
])
def test_a_stance_word_without_content_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("A study of the war published last year found that the rival state gained most.", "found"),
    ("Some security experts worry that the new machines are no safer.", "worry"),
    ("Many experts see these spikes as anomalies, not portents.", "see"),
    ("The country, considered a leading sponsor of smuggling, defied the council.", "considered"),
    ("The governor is widely considered the favourite in the race.", "considered"),
    ("Sanctuary cities, the director charged, endanger federal officers.", "charged"),
    ("He refers to a renowned economist: the boom is the time for austerity.", "refers"),
    ("Tired marchers crossing the border are chanting, \u201cFreedom, freedom.\u201d", "chanting"),
    ("Analysts thought the department released the messages to win the hearing.", "thought"),
    ("Most voters favor legalizing marijuana.", "favor"),
    ("New polls show the senator is leading by four points.", "show"),
    ("The senators shot back at the plan on Thursday.", "shot back"),
])
def test_a_stance_word_with_its_content_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


def test_only_stance_words_need_content():
    assert "considered" in stance_cues.stance_words()
    assert "said" not in stance_cues.stance_words()
    assert not acting_cue("The mayor said nothing on Tuesday.", "said")


@pytest.mark.parametrize("text, cue", [
    ("The embassy urged American citizens to shelter in place on Tuesday morning.", "urged"),
    ("The president has been urging governors to follow the federal guidelines.", "has been urging"),
    ("As Beijing called on its neighbor to halt its missile tests, markets rose.", "called on"),
    ("Two senators pressed the president to take the cut off the table.", "pressed"),
])
def test_asking_someone_to_act_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The council urged that the law be repealed at once.", "urged"),
    ("The pope urged a more lenient approach to divorced parishioners.", "urged"),
    ("The senator urged the party faithful to \u201cdemand action, not talk.\u201d", "urged"),
    ("The mayor called on Monday for a ban on the sale.", "called on"),
])
def test_a_directive_with_words_or_no_act_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Three years ago the speaker put the White House on notice that he expected some big concessions.", "expected"),
    ("Prices are rising much slower than the agency expected.", "expected"),
    ("Voters also dislike the law's tax hikes.", "dislike"),
])
def test_an_expectation_or_a_dislike_held_is_a_view(text, cue):
    assert not acting_cue(text, cue)


def test_a_passive_expectation_without_an_agent_or_a_to_is_a_prediction():
    assert acting_cue("More protests are expected in the coming days.", "are expected")


@pytest.mark.parametrize("text, cue", [
    ("Whatever the senator may say or do, members must refuse the temptation.", "may say"),
    ("His allies stand by him no matter what he says on television.", "says"),
])
def test_a_free_relative_names_no_words(text, cue):
    assert acting_cue(text, cue)


def test_a_cue_after_a_clause_with_whatever_stays_a_cue():
    assert not acting_cue("They will do whatever you want, the manager said.", "said")


@pytest.mark.parametrize("text, cue", [
    ("On the stump the governor hammers Democrats for the backlog.", "hammers"),
    ("Democrats believed 44 percent of their rivals earned more than they did.", "believed"),
])
def test_judging_someone_in_words_or_a_clause_after_a_belief_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Researchers at the state university found, in a study published this year, that tutoring helps.", "found"),
    ("It was the speech in which he uttered the words: \u201cWe shall not fail.\u201d", "uttered"),
    ("The chairman pressed him to clarify: \u201cWill you step aside?\u201d", "pressed"),
])
def test_content_after_an_aside_or_a_colon_keeps_the_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("At its peak, organizers estimated more than 1,000 migrants had joined the march.", "estimated"),
    ("As the federal judge determined, the policy had other effects.", "determined"),
    ("Senate Democrats weighed in later Saturday with a letter.", "weighed"),
    ("Voters feel they've finally found someone to trust.", "feel"),
])
def test_a_clause_without_that_or_a_report_in_an_as_clause_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


def test_a_name_given_in_quotation_marks_stays_a_cue():
    assert not acting_cue("Some outlets have dubbed the protests the \u201cUmbrella Revolution.\u201d", "have dubbed")


@pytest.mark.parametrize("text, cue", [
    ("The poll did not ask about specific candidates.", "did not ask about"),
    ("A key question is how the attack was described in the first days.", "was described"),
    ("March 28, 2011: Asked on a morning show whether he would run, the developer smiled.", "asked"),
])
def test_a_question_not_put_or_a_topic_named_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("She was uncomfortable with what was described as rough handling.", "was described"),
    ("Reporters asked about the caravan on Monday.", "asked about"),
])
def test_a_question_put_or_a_description_with_its_content_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


def test_the_stop_of_an_abbreviation_does_not_end_the_search_for_content():
    assert not acting_cue("But Ms. Lee pressed Mr. Kerry on whether he believed the plan works.", "pressed")


@pytest.mark.parametrize("text", [
    "Testing lags far behind the rate seen in, say, South Korea or New Zealand.",
    "The courts could have the final say on the new maps.",
    "Residents want a say in how the money is spent.",
])
def test_say_meaning_for_example_or_the_noun_attributes_nothing(text):
    assert acting_cue(text, "say")


@pytest.mark.parametrize("text", [
    "Some say the approach is likely to backfire.",
    "Critics, however, say the maps are unfair.",
    "Officials say, \u201cThe maps are fair.\u201d",
])
def test_say_as_a_verb_stays_a_cue(text):
    assert not acting_cue(text, "say")


@pytest.mark.parametrize("text, cue", [
    ("\u201cIt is last year's budget,\u201d the senator said, referring to the bill that failed.", "referring to"),
    ("\u201cHow many is that?\u201d he asked the class, referencing the lesson before.", "referencing"),
    ("The bill is expected to fail, considering the votes it would need.", "considering"),
])
def test_a_gloss_after_a_comma_attributes_nothing(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    # ("considering whether ..." of a course weighed is set aside too: test_cue_courses_deliberated.py)
    ("The board is considering her as a candidate for the post.", "considering"),
    ("The senator was referring to the bill when she said it had failed.", "referring to"),
])
def test_the_same_verbs_in_their_own_clause_are_not_glosses(text, cue):
    assert not acting_cue(text, cue)
