"""The phrase after a kept cue is who speaks only when the cue is inverted; otherwise it is often what the cue
is about: the subject of the reported clause ("said lawmakers would"), an object's owner ("emphasizes
Clinton's experience"), or who is asked ("asks the court to declare"). A document's participle before its
author ("exit polls conducted by") is not part of the source. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_the_subject_of_the_reported_clause_is_not_the_speaker():
    sources = _sources("Jane Murray, a Democrat from Ohio who wrote the bill, said lawmakers would restore the cut.")
    assert "lawmakers" not in sources
    assert "Jane Murray" in sources


def test_a_clause_subject_after_a_long_subject_gives_way_to_the_opening_name():
    sources = _sources("Senate Budget Committee Chairwoman Jane Murray, D-Ohio, who wrote the bill with Ryan, said "
                       "lawmakers would at least restore the cut.")
    assert "lawmakers" not in sources


def test_an_inverted_speaker_after_a_quotation_stays():
    assert _sources('"We are ready for the vote," said a senior adviser to the governor.') == [
        "a senior adviser to the governor"]


def test_an_owner_after_the_cue_is_not_the_speaker():
    sources = _sources("The choice of two newcomers only emphasizes Clinton's long experience in government.")
    assert not any("Clinton" in s for s in sources)


def test_an_owner_after_according_to_stays_the_source():
    sources = _sources("The deficit will shrink by $20 billion, according to the agency's own numbers.")
    assert any("agency" in s for s in sources)


def test_who_is_asked_to_declare_is_not_the_speaker():
    sources = _sources("The lawsuit also asks the court to declare that the agency broke the law.")
    assert "the court" not in sources


def test_a_participle_before_the_author_is_cut_from_the_document():
    sources = _sources("Late voters broke for him by two to one, according to exit polls conducted by NBC News.")
    assert "exit polls conducted" not in sources
    assert "exit polls" in sources or "NBC News" in sources


def test_a_letter_signed_by_members_is_the_letter():
    sources = _sources('"This is a reckless act," said the letter signed by the chairman and other members.')
    assert sources == ["the letter"]


def test_who_commissioned_a_study_is_not_its_source():
    assert _sources("A study commissioned by the Consumer Energy Alliance shows the project created jobs.") == [
        "A study"]


def test_who_conducted_a_survey_stays_its_source():
    assert _sources("A survey conducted by the Pew Center found that Democrats were less likely to object.") == [
        "the Pew Center"]


def test_who_speaks_after_being_named_stays():
    assert _sources("The circus has been targeted by activists who say the shows are cruel.") == ["activists"]
