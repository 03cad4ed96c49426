"""Speakers' kinds where the article said who they are a little before (session 37): a body's name shortened to
its first word, a person named again by an epithet, a person of an outlet, a given name before a surname that is
a body's word, an unnamed party member backing a named person, and "nonpartisan" before a body. Sentences
written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


# ------------------------------------------------------------------ a body's name shortened to its first word

def test_the_first_word_of_a_body_named_before_is_the_body():
    sources = _sources("A 2012 Walden Policy Institute study held that the plan would save money. "
                       "And Walden points out a costly side effect of the change.")
    assert sources.get("Walden") == "named organization"


def test_the_first_word_of_an_outlet_named_before_is_the_outlet():
    sources = _sources("The story first aired on Fox News on Monday evening. Fox reported that the talks had stalled.")
    assert sources.get("Fox") == "news outlet"


def test_a_surname_the_article_also_gives_a_person_stays_a_person():
    sources = _sources("The Walden Policy Institute paid for the trip. Senator Mary Walden chairs its board. "
                       "Walden said the trip was worthwhile.")
    assert sources.get("Walden") == "named person"


def test_a_word_opening_a_persons_name_stays_a_person():
    sources = _sources("Students at Kim Il Sung University marched on Monday. Leader Kim Jong Un watched the parade. "
                       "Kim declared that the test was a success.")
    assert sources.get("Kim") != "named organization"


# ------------------------------------------------------------------ a person named again by an epithet

def test_an_epithet_right_after_one_named_person_is_that_person():
    sources = _sources("Jane Doe carried a sign to the rally. For Ms. Doe, the day mattered. "
                       "“We have to be heard,” says the high school senior.")
    assert sources.get("the high school senior") == "named person"


def test_an_epithet_introduced_unnamed_stays_vague():
    sources = _sources("A high school senior who asked not to be named carried a sign to the rally beside Jane Doe. "
                       "“We have to be heard,” says the high school senior.")
    assert sources.get("the high school senior") == "anonymous or vague"


def test_an_epithet_after_two_named_people_stays_vague():
    sources = _sources("Jane Doe and Mary Roe carried signs to the rally. "
                       "“We have to be heard,” says the high school senior.")
    assert sources.get("the high school senior") == "anonymous or vague"


# ------------------------------------------------------------------ a person of an outlet

def test_a_person_of_an_outlet_is_the_person():
    sources = _sources("Mike Rowe of Axios reported on Friday that the governor could join the ticket.")
    assert sources.get("Mike Rowe of Axios") == "named person"


def test_an_outlet_of_a_place_stays_an_outlet():
    sources = _sources("The Times of Israel reported on Friday that the governor could join the ticket.")
    assert sources.get("The Times of Israel") == "news outlet"


# ------------------------------------------------------------------ a given name before a body's word

def test_al_before_a_surname_that_is_a_bodys_word_is_a_person():
    sources = _sources("The Red Cross sent volunteers. “It was a hard week,” said Al Cross, a professor in Kentucky.")
    assert sources.get("Al Cross") == "named person"


def test_the_red_cross_stays_a_body():
    sources = _sources("The storm hit on Monday. “It was a hard week,” said the Red Cross in a statement.")
    assert sources.get("the Red Cross") == "named organization"


# ------------------------------------------------------------------ an unnamed party member backing someone

def test_a_party_member_backing_a_named_person_is_unnamed():
    sources = _sources("“They have never covered a real primary,” said a well-known Democrat backing Smith.")
    assert sources.get("a well-known Democrat backing Smith") == "anonymous or vague"


def test_a_named_person_backing_someone_stays_named():
    sources = _sources("“They have never covered a real primary,” said Jane Doe, a Democrat backing Smith.")
    assert sources.get("Jane Doe") == "named person"


# ------------------------------------------------------------------ "nonpartisan" before a body

def test_nonpartisan_stays_inside_a_persons_affiliation():
    sources = _sources("Jane Doe of the nonpartisan Cook Political Report noted on Tuesday that turnout was low.")
    assert sources.get("Jane Doe of the nonpartisan Cook Political Report") == "named person"


def test_the_cook_political_report_alone_is_an_outlet():
    sources = _sources("The district is R+8, according to Cook Political Report, which rates it safe.")
    assert sources.get("Cook Political Report") == "news outlet"
