"""Speaker kinds of names no person bears (session 34, round 2): "the" and a capitalised name is a body's, an
outlet's or a people's; "MAGA-world" is a milieu; "an English version" names no speaker; a thing opening the
clause of a participle ("The curriculum ..., demanding") is no speaker. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


# ------------------------------------------------------------------ "the" and a capitalised name

def test_the_and_a_capitalised_name_is_a_body():
    assert _sources("The parade was cancelled. The American Legion said it would march anyway.") \
        .get("The American Legion") == "named organization"


def test_the_and_a_review_is_an_outlet():
    assert _sources("The story ran on Monday. The Columbia Journalism Review said the story was wrong.") \
        .get("The Columbia Journalism Review") == "news outlet"


def test_the_and_a_plural_people_is_unnamed():
    assert _sources("The town fell in May. The Nazis declared that all were enemies.") \
        .get("The Nazis") == "anonymous or vague"


def test_a_titled_or_party_person_after_the_stays_a_person():
    sources = _sources("The Kentucky Republican said no. The Rev. Alan Pike said yes.")
    assert sources.get("The Kentucky Republican") == "named person"
    assert sources.get("The Rev. Alan Pike") == "named person"


def test_a_person_of_a_named_outlet_stays_a_person():
    assert _sources("The vote was close. The Beacon's Adam Pike wrote that it was over.") \
        .get("The Beacon's Adam Pike") == "named person"


def test_a_bare_surname_stays_a_person():
    assert _sources("The parade was cancelled. Legion said it would march anyway.").get("Legion") == "named person"


# ------------------------------------------------------------------ a milieu of people

def test_a_milieu_of_people_is_unnamed():
    assert _sources("If you criticize him, prepare for it. MAGA-world will call you “weak” or “soft.”") \
        .get("MAGA-world") == "anonymous or vague"


def test_a_hyphenated_surname_stays_a_person():
    assert _sources("The vote was close. Smith-Jones will call it “weak” and “soft.”") \
        .get("Smith-Jones") == "named person"


# ------------------------------------------------------------------ a language's adjective before its noun

def test_a_language_adjective_before_its_noun_is_no_speaker():
    assert not _sources("According to an English version of the report, the spying was wide.")


def test_a_nationality_with_its_person_noun_stays_vague():
    assert _sources("According to a French diplomat, the spying was wide.").get("a French diplomat") \
        == "anonymous or vague"


# ------------------------------------------------------------------ a thing opening a participle's clause

def test_a_thing_opening_a_participles_clause_is_no_speaker():
    assert not _sources("The old norms were dropped. The curriculum now was recast as therapy, demanding that "
                        "students learn.")


def test_a_person_opening_a_participles_clause_stays():
    assert _sources("The senator spoke for an hour on Monday, demanding that the bill pass.") \
        .get("The senator") is not None


def test_one_capitalised_word_after_the_is_left_as_read():
    sources = _sources("Texas sued in May. The Trump administration said it agreed that the mandate was void.")
    assert sources.get("it") == "named organization (it = Trump administration)"  # not "it = Trump"


def test_a_reviews_name_without_the_is_an_outlet():
    assert _sources("The story ran. America Journalism Review noted that it was wrong.") \
        .get("America Journalism Review") == "news outlet"


def test_a_given_name_before_review_stays_a_person():
    assert _sources("The story ran. John Review noted that it was wrong.").get("John Review") == "named person"
