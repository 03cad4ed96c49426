"""A phrase between "get" and a past participle is done to, not a speaker
(:mod:`framing.analysis.features.sourcing.speaker_causative_objects`); a person "from" a place is the
speaker, not the place (:mod:`framing.analysis.features.sourcing.speaker_preposition_objects`). Every
sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.text for e in ev if e.role == "source"]


def test_the_object_of_get_before_a_participle_is_no_speaker():
    sources = _sources("The senators are angry that they can't get the governor's nominees confirmed this year.")
    assert "the governor's nominees" not in sources, sources


def test_a_subject_before_have_and_a_participle_stays():
    sources = _sources("Harbor officials have warned that the sea wall is too low.")
    assert "Harbor officials" in sources, sources


def test_a_person_from_a_place_is_the_speaker():
    sources = _sources("At the school she heard a kid from a Dayton suburb say something jarring about the bus.")
    assert "a kid from a Dayton suburb" in sources, sources
    assert "a Dayton suburb" not in sources, sources


def test_a_body_after_from_stays_the_source():
    sources = _sources("Data from the harbor agency shows that the tides rose.")
    assert "the harbor agency" in sources or "Data from the harbor agency" in sources, sources


def test_an_inverted_has_before_a_speaker_keeps_the_speaker():
    sources = _sources("Not once has a harbor engineer said the wall was safe for the town.")
    assert "a harbor engineer" in sources, sources


def test_a_phrase_cut_before_from_is_not_widened():
    sources = _sources("Lena Ortiz, a senior engineering major from a suburb outside Dayton says that the bus was late.")
    assert not any(s.startswith("major") for s in sources), sources


def test_a_title_to_a_body_is_kept_whole_with_the_name():
    sources = _sources("The council met. U.S. Ambassador to the Harbor Council Nora Lindqvist told reporters the "
                       "vote was a disgrace.")
    assert any(s.startswith("U.S. Ambassador to") and s.endswith("Nora Lindqvist") for s in sources), sources


def test_a_span_of_time_before_a_verb_is_no_speaker():
    sources = _sources("Engineers who have tried to fix the harbor wall for nearly a decade believe the town is "
                       "doomed.")
    assert "a decade" not in sources, sources


def test_the_details_of_a_record_are_no_speaker():
    sources = _sources("The town released the transcript of the call. The details showed bluster about the wall.")
    assert "The details" not in sources, sources


def test_a_name_ending_in_a_word_of_time_stays():
    sources = _sources("The Harbor Times said the town is doomed.")
    assert "The Harbor Times" in sources, sources


def test_a_reporters_credit_is_no_speaker():
    sources = _sources("The storm hit the harbor town on Monday. Okafor reported from Harbor City, Md.; Contributing: "
                       "Lena Ortiz from Dayton.")
    assert "Okafor" not in sources, sources


def test_a_report_from_a_place_with_what_was_reported_stays():
    sources = _sources("The storm hit the harbor town. The Harbor Times reported from Harbor City that many "
                       "residents were heartened by the speech.")
    assert "The Harbor Times" in sources, sources


def test_a_title_with_the_cue_in_its_relative_clause_is_the_names():
    sources = _sources("Nora Lindqvist, a professor who has accused the harbor mayor of fraud, will testify on Monday.")
    assert "Nora Lindqvist" in sources and "a professor" not in sources, sources


def test_a_title_with_its_own_cue_stays_the_title():
    sources = _sources("The harbor wall failed on Monday. A professor at the college said the wall was too low.")
    assert any("professor" in s for s in sources), sources
