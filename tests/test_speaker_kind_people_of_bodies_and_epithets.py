"""A named person placed at a body or a place, in one phrase with it ("the Rev. Jane Roe of the Grace Church",
"political scientist Jon Doe of the University of Houston", "Sen. Jane Roe of Maine"), is a person, not the body
(fresh draw 6767 and the last pass's class). A body's longer name, an office and a crowd stay bodies or crowds.
A surname that is also a title ("King") is the person where the article opened a sentence with the full name.
An epithet for a company named just before ("The social media platform" after "Twitter") is that company.
Sentences written for the test."""
from __future__ import annotations

import pytest

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


@pytest.mark.parametrize("text, speaker", [
    ("“We are tired,” said the Rev. Jane Morrow of the First Baptist Church of Christ in the city.",
     "the Rev. Jane Morrow of the First Baptist Church of Christ"),
    ("“No net,” says political scientist Mark Denby of the University of Lakeland.",
     "political scientist Mark Denby of the University of Lakeland"),
    ("“It will not pass,” said Professor Ostrow of the University of Lakeland.",
     "Professor Ostrow of the University of Lakeland"),
    ("Sen. Susan Hale of Maine said the bill went too far.", "Sen. Susan Hale of Maine"),
    ("Jobs have been lost in the valley, says Steve Marlow of the State Department of Farms.",
     "Steve Marlow of the State Department of Farms"),
])
def test_a_named_person_of_a_body_is_a_person(text, speaker):
    assert _sources(text).get(speaker) == "named person", _sources(text)


@pytest.mark.parametrize("text, speaker", [
    ("“Act now,” said the Joint Council for the Welfare of Migrants in a statement.",
     "the Joint Council for the Welfare of Migrants"),
    ("The Popular Front for the Liberation of Arcadia, a militant group, said the men were members.",
     "The Popular Front for the Liberation of Arcadia"),
    ("The Department of Justice said the case was closed.", "The Department of Justice"),
    ("The Lakeland Chamber of Commerce said sales fell.", "The Lakeland Chamber of Commerce"),
])
def test_a_body_of_a_body_stays_a_body(text, speaker):
    assert _sources(text).get(speaker) == "named organization", _sources(text)


def test_a_title_word_surname_after_a_full_name_opening_a_sentence_is_the_person():
    text = ("Steve King, the congressman from the north of the state, spoke first. “We will not accept it,” King "
            "said. King touted a bill he wrote.")
    assert _sources(text).get("King") == "named person", _sources(text)


def test_a_king_the_article_never_names_stays_unnamed():
    text = "The King of Jordan visited. Hope was high. “We will help,” King said."
    assert _sources(text).get("King") != "named person", _sources(text)


@pytest.mark.parametrize("text, speaker", [
    ("Twitter previously denied the claims. The social media platform has strongly denied that politics plays a "
     "role.", "The social media platform"),
    ("Officials at the Grand Valley Research Institute fired her. The lab claimed that she took notebooks.",
     "The lab"),
])
def test_an_epithet_for_a_company_named_before_is_that_company(text, speaker):
    assert _sources(text).get(speaker) == "named organization", _sources(text)


@pytest.mark.parametrize("text, speaker", [
    ("The lab claimed that she took notebooks.", "The lab"),
    ("The Republican National Committee adopted its rules. The platform says marriage matters.", "The platform"),
    ("Amazon opened a store, The Washington Post reported. The site said sales rose.", "The site"),
])
def test_an_epithet_with_no_company_before_it_stays(text, speaker):
    assert _sources(text).get(speaker) != "named organization", _sources(text)
