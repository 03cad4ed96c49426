"""A titled phrase ending in a full name is that person; a state-and-party epithet after a name's tag is that
person; an office's holder is found for a participle's subject too; scriptures and rules cited are documents
(readers of the twentieth pass's draws 7474-7878). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_title_before_a_given_name_and_surname_is_the_person():
    found = _sources("\u201cWe must act now,\u201d observed GOP Rapid Response Director Steve Guest.")
    assert found.get("GOP Rapid Response Director Steve Guest") == "named person"


def test_a_title_over_of_before_a_full_name_is_the_person():
    found = _sources("Acting Secretary of Homeland Security Chad Wolf defended the plan, saying it was lawful.")
    assert found.get("Acting Secretary of Homeland Security Chad Wolf") == "named person"


def test_a_spokesman_for_a_titled_name_stays_unnamed():
    found = _sources("A spokesman for Senate Majority Leader Mitch Quill said the vote would wait.")
    assert found.get("A spokesman for Senate Majority Leader Mitch Quill") == "anonymous or vague"


def test_a_state_party_epithet_after_the_names_tag_is_the_person():
    found = _sources("Sen. Richard Dorn, an Illinois Democrat and party leader, said he is not sure. "
                     "The Illinois Democrat said there are likely five Republicans ready.")
    assert found.get("The Illinois Democrat") == "named person"


def test_a_state_party_epithet_introduced_unnamed_stays_unnamed():
    found = _sources("An Illinois Democrat said the bill would fail. Sen. Richard Dorn disagreed. "
                     "The Illinois Democrat said there are likely five Republicans ready.")
    assert found.get("The Illinois Democrat") != "named person"


def test_the_office_as_a_participles_subject_is_its_holder():
    found = _sources("House Speaker Ada Quill suggested Wednesday that the plan failed. The speaker has "
                     "consistently sought to calm the caucus, warning that a vote would fail.")
    assert found.get("The speaker") == "named person"


def test_the_office_as_a_participles_subject_with_no_holder_stays_unnamed():
    found = _sources("The meeting ran late on Wednesday. The speaker has consistently sought to calm the "
                     "crowd, warning that a vote would fail.")
    assert found.get("The speaker", "anonymous or vague") == "anonymous or vague"


def test_scripture_by_its_name_is_a_document():
    assert _sources("We hear again about what the Bible says about marriage.").get("the Bible") == "document"


def test_a_body_named_after_scripture_is_no_document():
    found = _sources("The Bible Society said the new translation would ship in May.")
    assert found.get("The Bible Society") != "document"


def test_rules_cited_by_according_to_are_a_document():
    found = _sources("Candidates need 15 percent in five polls, according to debate commission rules.")
    assert found.get("debate commission rules") == "document"
