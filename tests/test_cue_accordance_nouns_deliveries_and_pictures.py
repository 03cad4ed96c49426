"""Seventeenth pass, first round, on cues: "according to" meaning "in accordance with" ("treat them according to
their identity", "varies according to local conditions"), nouns that attribute nothing ("peppered him with
questions about it", "her hopes are still alive", "backing for the candidate", someone's phone calls), "deliver"
of no words ("delivering record ratings") and "showing" of a picture ("the tape showing him joking") are set
aside; "according to" a source, someone's raised questions, "the president hopes", "delivering a critique" and
polls or emails showing a finding stay cues. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Hospitals must treat patients according to their gender identity rather than their sex.", "according to"),
    ("Under the rule, the grants are distributed according to a set of fair principles.", "according to"),
    ("The net effect varies according to local housing conditions.", "according to"),
    ("Scholars measure a mayor's power according to his ability to pass laws.", "according to"),
    ("Voters were sorted according to whether they had voted before.", "according to"),
])
def test_according_to_in_accordance_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The governor is treated warmly, according to Smith.", "according to"),
    ("The probe was opened in May, according to a letter released Friday.", "according to"),
    ("Police withdrew from the square today according to the BBC.", "according to"),
    ("According to the law, anyone can walk through the zone.", "according to"),
    ("Prices rose 4 percent, according to the latest count from the agency.", "according to"),
])
def test_according_to_a_source_stays_a_cue(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Reporters peppered the former mayor with questions about it.", "questions about"),
    ("The delay has fueled questions about whether more rules will slip.", "questions about"),
    ("She dodged questions about the call during the recess.", "questions about"),
    ("Unlike her rival, her hopes are still alive.", "hopes"),
    ("A loss there would end his White House hopes.", "hopes"),
    ("Republican hopes are highest in the rural districts.", "hopes"),
    ("Warmth toward police was associated with backing for the candidate.", "backing"),
    ("A lawmaker brought up the governor's calls during the debate.", "calls"),
    ("Aides listened in on the president's calls with foreign leaders.", "calls"),
])
def test_nouns_that_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Several senators raised questions about his record on trade.", "questions about"),
    ("The president hopes the deal will replace the old pact.", "hopes"),
    ("Their hopes that the truce would hold were dashed.", "hopes"),
    ("Outside groups backing the senator say the race is close.", "backing"),
    ("Republicans renewed their calls for a special counsel on Monday.", "calls"),
])
def test_someones_doubts_hopes_support_and_calls_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The show has been a bonanza for the network, delivering record ratings.", "delivering"),
    ("The revelation of the tape showing the candidate joking about it came later.", "showing"),
    ("A clip from a local news station, showing the sheriff at the scene, spread fast.", "showing"),
])
def test_deeds_delivered_and_pictures_shown_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("He spoke for an hour, delivering a fierce critique of both parties.", "delivering"),
    ("Polls showing the senator leading came out Tuesday.", "showing"),
    ("Emails showing that an aide pushed the hire were released.", "showing"),
])
def test_words_delivered_and_findings_shown_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


def test_a_plan_of_someones_and_hopes_for_a_thing_stay_cues() -> None:
    assert not acting_cue("The plume could cover a million people, according to the firm's risk management plan.",
                          "according to")
    assert not acting_cue("Another reason behind the city's hopes for a quick deal is its budget.", "hopes")
