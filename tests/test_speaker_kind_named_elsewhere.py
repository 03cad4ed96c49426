"""Speakers that look unnamed or misnamed where the article itself says who or what they are (readers of the
AllSides dev sample, session 28): a surname that is also a title word, a name in apposition after a
description, an outlet called by a common noun, the Census. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


# ------------------------------------------------------------------ a surname that is a title word

def test_a_surname_that_is_a_title_word_is_the_person_named_before():
    sources = _sources("Rep. Peter King of New York chairs the panel. King pointed out the irony of the delay.")
    assert sources.get("King") == "named person"


def test_a_title_word_never_written_after_a_first_name_stays_unnamed():
    sources = _sources("The palace issued a decree on Monday. King pointed out the irony of the delay.")
    assert sources.get("King") != "named person"


# ------------------------------------------------------------------ a name in apposition

def test_a_description_with_a_name_in_apposition_is_that_person():
    sources = _sources("The couple left the courthouse. Their lawyer, Stilz, said they were jeered outside.")
    assert sources.get("Their lawyer") == "named person"


def test_a_description_with_a_clause_after_it_stays_unnamed():
    sources = _sources("The couple left the courthouse. Their lawyer, who asked not to be named, said they were jeered.")
    assert sources.get("Their lawyer") == "anonymous or vague"


# ------------------------------------------------------------------ outlets called by a common noun

def test_a_described_newspaper_is_an_outlet():
    sources = _sources("Protests grew on campus. The university's newspaper reported that the rally was peaceful.")
    assert sources.get("The university's newspaper") == "news outlet"


def test_a_described_research_paper_is_no_outlet():
    sources = _sources("The research paper found that the rally was peaceful.")
    assert sources.get("The research paper") != "news outlet"


def test_a_blog_before_its_name_is_an_outlet():
    sources = _sources("On Friday, blog Timberwatch reported that the mill had closed.")
    assert sources.get("Timberwatch", sources.get("blog Timberwatch")) == "news outlet"
    sources = _sources("The conservative blog Timberwatch reported that the mill had closed.")
    assert sources.get("Timberwatch") == "news outlet"


def test_a_name_without_an_outlet_noun_before_it_stays_a_person():
    sources = _sources("On Friday, Dana Whitcombe reported that the mill had closed.")
    assert sources.get("Dana Whitcombe") == "named person"


def test_a_name_after_a_research_paper_stays_a_person():
    sources = _sources("In the paper Jane Smith wrote that the mill had closed.")
    assert sources.get("Jane Smith") == "named person"


def test_a_bodys_own_website_stays_the_body():
    sources = _sources("The group Women Vote has raised $4 million since 1997, according to its website.")
    assert sources.get("its website") != "news outlet"


# ------------------------------------------------------------------ the Census

def test_the_census_is_an_organisation_not_a_person():
    sources = _sources("The state, according to Census data, is 93 percent white.")
    assert sources.get("Census") in (None, "named organization")


def test_an_outlets_writer_stays_a_person():
    sources = _sources("Lewandowski was summoned to a meeting, New York magazine's Gabe Sherman reports.")
    assert sources.get("Gabe Sherman", "named person") == "named person"


def test_a_companys_website_before_its_name_is_no_outlet():
    sources = _sources("Data from the real estate website Homefinder shows that prices rose.")
    assert sources.get("Homefinder", sources.get("website Homefinder")) != "news outlet"


def test_an_owners_lawyer_with_a_name_in_apposition_is_that_person():
    sources = _sources("The fund was closed. Lee's attorney, Ruth Friedman, said the ruling came too late.")
    assert sources.get("Lee's attorney") == "named person"


# ------------------------------------------------------------------ a lawmaker by state and party

def test_a_lawmaker_by_state_and_party_is_the_person_named_before():
    sources = _sources('Sen. Rand Paul spoke on Sunday. "We do spy on them," the Kentucky Republican said on CNN.')
    assert sources.get("the Kentucky Republican") == "named person"


def test_a_party_member_introduced_unnamed_stays_unnamed():
    sources = _sources('An Iowa Republican said the pick was good. "He is wonky," the Iowa Republican said.')
    assert sources.get("the Iowa Republican") == "anonymous or vague"


def test_a_paper_named_enquirer_or_statesman_is_an_outlet():
    sources = _sources("The Cincinnati Enquirer reported that the mill had closed.")
    assert sources.get("The Cincinnati Enquirer") == "news outlet"


# ------------------------------------------------------------------ the one holder of a leading office

def test_a_nations_leader_is_one_person():
    sources = _sources("Mr. Macron spoke to Congress for an hour. On trade, the French leader noted shared efforts.")
    assert sources.get("the French leader") == "named person"


def test_a_nations_leaders_stay_unnamed():
    sources = _sources("The summit ended on Friday. On trade, the European leaders noted shared efforts.")
    assert sources.get("the European leaders") != "named person"
