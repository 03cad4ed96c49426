"""Who speaks after a participle's agent and in a clause after a semicolon, and the edges of a title cut before
its name: "a panel appointed by the agency recommended" is the panel's recommendation; a verb coordinated after
a semicolon takes its own clause's subject; "first lady" and "Det." are parts of the title before a name. Every
sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_the_agent_of_appointed_is_not_who_speaks():
    assert _sources("Last year, a board appointed by the Department of Energy recommended new limits on the "
                    "plants.") == ["a board"]


def test_the_agent_of_funded_is_not_who_speaks():
    assert "the Walton Foundation" not in _sources(
        "A commission funded by the Walton Foundation warned that the schools were failing.")


def test_an_agent_that_speaks_stays():
    assert _sources("The Department of Energy recommended new limits on the plants.") == [
        "The Department of Energy"]


def test_a_coordinated_verb_after_a_semicolon_takes_its_own_subject():
    assert _sources("But Smith has a cabin there; the residents have a stubborn streak and generally dislike "
                    "government intrusion.") == ["the residents"]


def test_a_coordinated_verb_without_a_semicolon_keeps_the_subject():
    assert _sources("The governor praised the farmers and said the harvest was strong.") == [
        "The governor", "The governor"]


def test_first_lady_in_lower_case_is_whole():
    assert _sources("Meanwhile, first lady Laura Bush also expressed concern about the camps.") == [
        "first lady Laura Bush"]


def test_first_lady_in_capitals_stays_whole():
    assert _sources("First Lady Laura Bush said she was proud of the volunteers.") == ["First Lady Laura Bush"]


def test_a_detective_is_named_after_det():
    assert _sources("The two men had met before, according to police Det. Maria Lopez.") == [
        "police Det. Maria Lopez"]


def test_a_sergeant_stays_whole():
    assert _sources("The two men had met before, according to police Sgt. Maria Lopez.") == [
        "police Sgt. Maria Lopez"]
