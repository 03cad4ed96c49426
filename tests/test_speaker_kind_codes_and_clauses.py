"""Speaker kinds the fourteenth pass (session 34) set right: a code of capitals and digits is a body's, a
generic plural after a headline's colon names no body, constitutional amendments and greeting cards speak no
words, and the subject of a free relative clause ("What influential senators say ...") is no speaker.
Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str, title: str = "Headline") -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text, title).features["sourcing"].evidence if e.role == "source"}


# ------------------------------------------------------------------ a code of capitals and digits

def test_a_code_of_capitals_and_digits_is_a_body_not_a_person():
    assert _sources("The campaign hopes to win. V15 denies any wrongdoing.").get("V15") == "named organization"


def test_a_surname_stays_a_person():
    assert _sources("The campaign hopes to win. Verner denies any wrongdoing.").get("Verner") == "named person"


# ------------------------------------------------------------------ a generic plural after a headline's colon

def test_a_generic_plural_after_a_headlines_colon_is_vague():
    sources = _sources("Local pantries across the state are running low on rice.",
                       title="Budget standoff: Food banks worry about running out of supplies")
    assert sources.get("Food banks") == "anonymous or vague"


def test_a_headlines_generic_plural_is_vague_where_the_body_capitalises_it_in_a_name():
    sources = _sources("The Dayton Food Bank is short of rice. Many food banks ask for help.",
                       title="Budget standoff: Food banks worry about running out of supplies")
    assert sources.get("Food banks") == "anonymous or vague"


def test_a_named_bank_after_a_headlines_colon_stays_a_body():
    sources = _sources("The lender cut its forecast again on Monday.",
                       title="Rates: Wells Fargo says growth will slow")
    assert sources.get("Wells Fargo") != "anonymous or vague"


# ------------------------------------------------------------------ texts and things that speak no words

def test_constitutional_amendments_are_no_speaker():
    sources = _sources("These amendments, passed after the war, declared that every citizen had the right to vote.")
    assert "These amendments" not in sources


def test_a_body_that_amends_stays_a_speaker():
    sources = _sources("The committee declared that every citizen had the right to vote.")
    assert sources.get("The committee") == "named organization"


def test_a_greeting_card_is_no_speaker():
    sources = _sources("Later she sent flowers to his hotel with a card thanking him for the meeting.")
    assert "a card" not in sources


# ------------------------------------------------------------------ the subject of a free relative clause

def test_the_subject_after_what_and_an_adjective_is_no_speaker():
    sources = _sources("What influential Senate Republicans say in the coming days could decide the vote.")
    assert "Senate Republicans" not in sources


def test_senators_who_say_something_stay_a_speaker():
    sources = _sources("Influential Senate Republicans say the vote could slip to next week.")
    assert any("Senate Republicans" in s for s in sources)


# ------------------------------------------------------------------ "the fan" after 'a fan named "..."'

def test_the_noun_after_a_noun_named_someone_is_that_person():
    text = ('A fan wrote to the singer on Friday. According to a fan named "Ted Moss," the show was too long. '
            '"Please come back," the fan added.')
    sources = {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}
    assert sources.get("the fan") == "named person"


def test_the_noun_never_introduced_by_a_name_stays_vague():
    text = 'A fan wrote to the singer on Friday. "Please come back," the fan added.'
    sources = {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}
    assert sources.get("the fan") == "anonymous or vague"


# ------------------------------------------------------------------ thoughts, phrases, arguments, a virus

def test_thoughts_phrases_and_a_virus_are_no_speakers():
    for text, span in [("The thoughts expressed in the memo were not new.", "The thoughts"),
                       ("The phrase refers to a tax on imported steel.", "The phrase"),
                       ("The argument contended that the vote was unfair.", "The argument"),
                       ("Later, the coronavirus highlighted the gaps in care.", "the coronavirus")]:
        assert span not in _sources(text), text


def test_people_who_argue_stay_speakers():
    assert _sources("The lawyers contended that the vote was unfair.").get("The lawyers") == "anonymous or vague"
