"""Speaker kinds read from the shape of a capitalised name (readers of the AllSides dev sample, session 30): a
body's head before "for", a firm's name, a surname that is also a title or a word of a body's name, bodies
joined by "and". Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_center_for_something_is_a_body():
    sources = _sources("Spending on the race reached $40 million, the Center for Open Ballots reports.")
    assert sources.get("the Center for Open Ballots") == "named organization"


def test_a_titled_person_of_a_club_for_something_stays_a_person():
    sources = _sources("Club for Lower Taxes President Jane Marlow said the bill was a mistake.")
    found = [label for text, label in sources.items() if text.endswith("Jane Marlow")]
    assert found and found[0] == "named person"


def test_a_firm_ending_in_investments_is_a_body():
    sources = _sources("Harbor Investments estimated that retirement savings fell by a tenth.")
    assert sources.get("Harbor Investments") == "named organization"


def test_a_person_of_a_research_firm_stays_a_person():
    sources = _sources("Greg Tallow of Harbor Research said the market would recover.")
    assert sources.get("Greg Tallow") == "named person" or sources.get("Greg Tallow of Harbor Research") == "named person"


def test_a_firm_with_an_ampersand_is_a_body():
    sources = _sources("Carriers like BT&Q say mobile service is different.")
    assert sources.get("BT&Q") == "named organization"


def test_a_surname_that_is_a_title_is_a_person():
    sources = _sources("Cases are falling, Natalie Dean, a statistician at the state university, told me.")
    assert sources.get("Natalie Dean") == "named person"


def test_a_surname_that_is_a_word_of_a_body_is_a_person():
    sources = _sources("The church must act, Alan Cross, a pastor in Mobile, says. "
                       "The town needs more, Cross says. The Red Cross sent help.")
    assert sources.get("Alan Cross") == "named person"
    assert sources.get("Cross") == "named person"


def test_the_red_cross_stays_a_body():
    sources = _sources("The Red Cross says the town needs more help.")
    assert sources.get("The Red Cross") == "named organization"


def test_bodies_joined_by_and_are_bodies():
    sources = _sources("Also this week, the Open Budget Institute and Public Knowledge, two advocacy groups, said they "
                       "would no longer accept the money.")
    assert sources.get("the Open Budget Institute and Public Knowledge") == "named organization"


def test_an_action_group_is_a_body():
    # session 33: "Heritage Action" was shown as a person
    sources = _sources("Liberty Action said Tuesday it would score the vote against the bill.")
    assert sources.get("Liberty Action") == "named organization"


def test_a_person_named_action_after_a_given_name_stays_a_person():
    sources = _sources("Tom Action said Tuesday it would score the vote.")
    assert sources.get("Tom Action") == "named person"
