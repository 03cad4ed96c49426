"""Forms of one person's name merge: titles, an affiliation before or after the name ("Massachusetts State
Police Col. Timothy Alben", "Col. Timothy Alben of the Massachusetts State Police") and a short first name
("Tim Alben"); two first names that cannot be one person's stay apart."""
from __future__ import annotations

import pytest

from framing.analysis.features.sourcing.aliases import AliasGroups, compatible_first, name_words


@pytest.mark.parametrize("name, words", [
    ("Col. Timothy Alben of the Massachusetts State Police", ["timothy", "alben"]),
    ("Massachusetts State Police Col. Timothy Alben", ["timothy", "alben"]),
    ("Rep. Jim Jordan of Ohio", ["jim", "jordan"]),
    ("Secretary of State Rex Tillerson", ["rex", "tillerson"]),
    ("Speaker of the House Nancy Pelosi", ["nancy", "pelosi"]),
    ("state party chair Susan Swecker", ["susan", "swecker"]),
    ("Bill de Blasio", ["bill", "blasio"]),
    ("Mohammad Javad Zarif", ["mohammad", "javad", "zarif"]),
    ("Martin Luther King Jr.", ["martin", "luther", "jr"]),
])
def test_the_words_of_a_name_leave_out_titles_and_affiliations(name, words):
    assert name_words(name) == words


@pytest.mark.parametrize("a, b", [("tim", "timothy"), ("bill", "william"), ("chris", "christopher"),
                                  ("mike", "michael"), ("mohammad", "mohammed"), ("j", "john")])
def test_short_forms_of_one_first_name_are_compatible(a, b):
    assert compatible_first(a, b) and compatible_first(b, a)


@pytest.mark.parametrize("a, b", [("donald", "ivanka"), ("bill", "hillary"), ("jo", "joseph"), ("tom", "tim")])
def test_different_first_names_are_not(a, b):
    assert not compatible_first(a, b)


def test_every_form_of_timothy_alben_is_one_person():
    groups = AliasGroups()
    forms = ["Col. Timothy Alben of the Massachusetts State Police", "Timothy Alben", "Alben", "Tim Alben",
             "Mr. Alben", "Massachusetts State Police Col. Timothy Alben"]
    assert len({groups.add("person", f) for f in forms}) == 1


def test_two_people_of_one_surname_stay_apart():
    groups = AliasGroups()
    assert groups.add("person", "Donald Trump") != groups.add("person", "Ivanka Trump")
    assert groups.add("person", "Bill Clinton") == groups.add("person", "William Clinton")
    assert groups.add("person", "Hillary Clinton") != groups.add("person", "Bill Clinton")
