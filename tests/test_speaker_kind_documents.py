"""A document one author issued is no vague source (readers of the AllSides dev sample, independent draws
1616/1717), nor its author (draws 5555/5858, session 38): it is a document; a personal text is its author's.
And an outlet's name with a place is the outlet ("CBS Boston reports"). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_definite_indictment_is_a_document():
    sources = _sources("The grand jury met for weeks. The indictment said the men wired money abroad.")
    assert sources.get("The indictment") == "document"


def test_a_study_is_a_document_and_unnamed_studies_stay_vague():
    sources = _sources("Smoking rates fell again. A study found that fewer teenagers smoke.")
    assert sources.get("A study") == "document"
    sources = _sources("Smoking rates fell again. Some studies found that fewer teenagers smoke.")
    assert sources.get("Some studies") == "anonymous or vague"


def test_a_whistleblower_complaint_is_a_document():
    sources = _sources("The panel read it twice. The whistleblower complaint alleges that the officers lied.")
    assert sources.get("The whistleblower complaint") == "document"


def test_a_document_named_after_a_person_is_a_document():
    # session 32: a document is no person; session 38: nor a body, a document
    sources = _sources("Congress fought over it for weeks. The Nunes memo alleges that the warrant was flawed.")
    assert sources.get("The Nunes memo") == "document"


def test_an_earlier_owner_gives_the_author():
    sources = _sources("Fox News issued a statement on Tuesday. The Fox News statement was short. "
                       "\"We will not bend,\" the statement added.")
    assert sources.get("the statement") == "news outlet"


def test_a_network_and_a_city_is_an_outlet():
    sources = _sources("The parade was cancelled. CBS Boston reports that the city has begun a new plan.")
    assert sources.get("CBS Boston") == "news outlet"


def test_a_persons_name_after_a_network_stays_a_person():
    sources = _sources("The parade was cancelled. CBS News's Jane Pitt reports that the city has begun a new plan.")
    assert sources.get("CBS News's Jane Pitt") == "named person"

