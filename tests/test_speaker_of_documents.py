"""The source of 'according to <a document> of <something>': the document, since "of" names what it is
about ("an analysis of search data", "a survey of voters"), not who wrote it; its author only when "by"
names one ("a survey of members by the paper"). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_an_analysis_of_data_is_the_source_not_the_data_owner():
    assert _sources("Interest in the word has grown, according to an analysis of Google search data.") == [
        "an analysis"]


def test_a_survey_of_people_is_the_source_not_the_people_surveyed():
    assert _sources("Turnout fell sharply, according to a survey of rural voters.") == ["a survey"]


def test_a_transcript_of_a_call_is_the_source():
    assert _sources("The town needed more money, according to a rough transcript of the July call.") == [
        "a rough transcript"]


def test_the_author_after_by_is_the_source():
    assert _sources("Turnout fell, according to a survey of the chamber's members by The Daily Ledger.") == [
        "The Daily Ledger"]


def test_an_outlet_that_obtained_it_is_no_author():
    assert _sources("Officials will review cases, according to an internal memo of the draft plans obtained by "
                    "the Daily Ledger.") == ["an internal memo"]


def test_a_memo_from_an_agency_keeps_the_agency():
    assert _sources("Turnout fell, according to a memo from the Interior Department.") == ["the Interior Department"]
