"""A speaker's kind read again from its head word and the words right after it (readers of the AllSides dev
sample, session 31's fresh draw and the independent draws 2121-2424). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def _label(text: str, span: str) -> str:
    sources = _sources(text)
    assert span in sources, sources
    return sources[span]


# ------------------------------------------------------------------ a candidate's campaign is a body

def test_the_campaign_of_a_candidate_is_an_organisation():
    text = "Jane Roe toured the county fair. After the rally, the campaign said it had raised a record sum."
    assert _label(text, "the campaign") == "named organization"


def test_his_campaign_is_an_organisation():
    text = "John Doe spoke in Ames on Monday. His campaign told reporters that the crowds were growing."
    assert _label(text, "His campaign") == "named organization"


def test_an_advertising_campaign_is_not_made_a_body():
    text = "The company ran ads for months. A national ad campaign warned that supplies were breaking down."
    assert _sources(text).get("A national ad campaign") != "named organization"


# ------------------------------------------------------------------ a title and a name after the phrase

def test_a_title_and_a_name_after_the_phrase_make_a_person():
    text = "“Not this year,” said Doe deputy campaign manager Mary Stone when asked about the state."
    sources = _sources(text)
    assert "named organization" not in sources.values(), sources
    assert "named person" in sources.values(), sources


def test_a_body_with_no_name_after_it_stays_a_body():
    text = "“Not this year,” said the Doe campaign when asked about the state."
    assert _label(text, "the Doe campaign") == "named organization"


# ------------------------------------------------------------------ one-word bodies and acronyms

def test_a_lone_acronym_is_an_organisation():
    text = ("ICE’s budget grew again this year. In its written reply to the senator, ICE said it could not give "
            "the number of flights.")
    assert _label(text, "ICE") == "named organization"


def test_an_acronym_the_article_also_writes_as_a_name_stays_a_person():
    text = "Jim Kemp spoke first. KEMP: We will win this state.\n\nKemp said the race was close."
    assert _sources(text).get("Kemp") == "named person"


def test_a_company_known_by_one_word_is_an_organisation():
    text = "Users had complained for weeks. Facebook said it would change its privacy controls next month."
    assert _label(text, "Facebook") == "named organization"


def test_a_person_with_a_company_surname_stays_a_person():
    text = ("Homeland Security Secretary Kirstjen Nielsen visited the border. Nielsen said she would ask Congress "
            "for more money.")
    assert _label(text, "Nielsen") == "named person"


def test_a_name_with_its_initials_in_brackets_is_an_organisation():
    text = "Officials met on Monday. Ocean Rescue and Coast Protection (ORCP) said it closed the beach for the night."
    assert _label(text, "Ocean Rescue and Coast Protection") == "named organization"


# ------------------------------------------------------------------ people of a person, a person of a body

def test_an_adviser_to_a_named_person_is_unnamed():
    text = "“It is just classless,” said a former senior adviser to McCain of the endorsement."
    assert _label(text, "a former senior adviser to McCain") == "anonymous or vague"


def test_the_secretary_of_state_stays_a_person():
    text = "Secretary of State John Kerry flew to Geneva. The secretary of state said the talks went well."
    assert _label(text, "The secretary of state") == "named person"


def test_a_surname_before_its_body_is_the_person():
    text = ("Officials defended the draft. But Malpani of Doctors Without Borders said the rules favour drug makers. "
            "Malpani fears the rules will spread.")
    assert _label(text, "Malpani of Doctors Without Borders") == "named person"


def test_an_owners_attorney_is_unnamed():
    text = "Roger Stone was arrested on Friday. Stone’s attorney said the arrest was a spectacle."
    assert _label(text, "Stone’s attorney") == "anonymous or vague"


def test_an_amount_of_people_is_no_body():
    text = "A number of Senate Republicans oppose the nomination, and they said so on Tuesday."
    assert _label(text, "A number of Senate Republicans") == "anonymous or vague"


def test_a_body_named_before_to_is_an_organisation():
    text = "Ten reporters were jailed this year, according to the Committee to Protect Journalists."
    assert _label(text, "the Committee to Protect Journalists") == "named organization"


def test_a_person_of_a_body_office_stays_a_person():
    text = "The Bureau for Civil Rights’s director, Roger Smith, told reporters the rule was fair."
    assert _sources(text).get("The Bureau for Civil Rights’s director") != "named organization"


# ------------------------------------------------------------------ "the chief", "associates"

def test_the_chief_is_the_chief_the_article_titled_before():
    text = ("The council honoured Officer Lee, on the word of Police Chief Tom Jackson. The chief said Lee had "
            "acted bravely.")
    assert _label(text, "The chief") == "named person"


def test_the_chief_with_no_titled_chief_stays_unnamed():
    text = "Officers searched the building all night. The chief said the building was safe."
    assert _label(text, "The chief") == "anonymous or vague"


def test_a_named_persons_associates_are_unnamed():
    text = "Three Doe associates said he spoke to the president often."
    assert _label(text, "Three Doe associates") == "anonymous or vague"


def test_a_named_persons_campaign_stays_a_body():
    text = "The Doe campaign said he spoke to the president often."
    assert _label(text, "The Doe campaign") == "named organization"
