"""Speakers' kinds of outlets named by an ordinary word alone ("Variety reported", "Time reports") or by their
own site's name ("Snopes reported"), read as persons in the dev output (seventeenth pass); a person whose name
holds such a word stays a person. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_an_outlet_named_by_an_ordinary_word_alone_is_an_outlet():
    sources = _sources("The studio delayed the film by a year. Meanwhile, Variety reported that the sequel was cancelled.")
    assert sources.get("Variety") == "news outlet"


def test_a_weekly_named_by_an_ordinary_word_is_an_outlet():
    sources = _sources("The mayor spoke with voters on Monday. “We will fix the roads,” she said, Time reports.")
    assert sources.get("Time") == "news outlet"


def test_a_fact_checking_site_is_an_outlet():
    sources = _sources("The video spread quickly last week. Snopes reported that the clip had been edited.")
    assert sources.get("Snopes") == "news outlet"


def test_a_person_whose_name_holds_an_ordinary_word_stays_a_person():
    sources = _sources("The panel was chaired by Mary Variety of Ohio. Mary Variety said the hearing would resume.")
    assert sources.get("Mary Variety") == "named person"

