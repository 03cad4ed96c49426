"""Speaker spans that name nobody or run an object into the speaker: a participle's clause opening the sentence
("Jabbing the mayor in a personal way, Cole noted"), a lone determiner left of a phrase cut at a date
("According to a Monday poll from ..."), a lone "Research" opening its sentence; a verb's object joined by
"and" to the next clause's subject ("would update the Clean Water Act and top Republicans warned"); a "she"
for an unnamed woman named in apposition ("The woman, identified as Ann Roe, ...") is that woman. The true
uses stay: "Acting Secretary Tom Bell said", "Striking workers said", "Pelosi and Schumer said". Every
sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    ev = profile(text).features["sourcing"].evidence
    return {e.text: e.label for e in ev if e.role == "source"}


def test_a_participle_clause_opening_the_sentence_is_no_speaker():
    sources = _sources("Mayor Cole spoke for an hour. Stumping for Governor Ray Dunn in Tulsa on Friday, "
                       "Mrs. Cole mentioned her son and blamed the agency.")
    assert not any(s.startswith("Stumping") for s in sources), sources


def test_a_participle_before_a_title_stays_a_speaker():
    sources = _sources("Acting Transport Secretary Tom Bell said the bridge would reopen. "
                       "Striking workers said they would stay out.")
    assert "Acting Transport Secretary Tom Bell" in sources, sources
    assert "Striking workers" in sources, sources


def test_a_lone_determiner_cut_at_a_date_is_no_speaker():
    sources = _sources("According to a Monday poll from Hillcrest College, Smith leads the field by ten points.")
    assert "a" not in sources, sources


def test_research_opening_a_sentence_is_no_speaker():
    sources = _sources("Research has found that mentors can serve as role models for young women. "
                       "The report found that fewer women run.")
    assert "Research" not in sources, sources
    assert "The report" in sources, sources


def test_a_verbs_object_joined_to_the_next_subject_is_left_out():
    text = ("The tariff comes as the White House pushes the new pact, which would update the Clean Water Act "
            "and top Republicans warned it could derail that effort.")
    profile_sources = _sources(text)
    assert not any("Clean Water Act" in s for s in profile_sources), profile_sources


def test_a_pair_of_names_stays_whole():
    sources = _sources("Pelosi and Schumer said the plan was dead on arrival.")
    assert "Pelosi and Schumer" in sources, sources


def test_she_is_the_woman_named_in_apposition():
    text = ("The governor was approached by a mother while dining out. The woman, identified as Kristin Roe, 33, "
            "walked up to his table. \"Please resign,\" she said.")
    labels = [e.label for e in profile(text).features["sourcing"].evidence if e.role == "source" and e.text == "she"]
    assert labels and "Kristin Roe" in labels[0], labels


def test_she_is_the_unnamed_woman_when_no_name_is_given():
    text = ("The governor was approached by a mother while dining out. The woman walked up to his table. "
            "\"Please resign,\" she said.")
    labels = [e.label for e in profile(text).features["sourcing"].evidence if e.role == "source" and e.text == "she"]
    assert labels and "woman" in labels[0], labels
