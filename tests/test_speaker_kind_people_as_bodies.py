"""Speakers first read as organisations that are people or a side of politics (readers of the AllSides dev
sample, session 28): an office of a department, plural people described in lower case, one person described
by a title before a preposition, "the right". Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_the_secretary_of_state_is_a_person():
    sources = _sources("Talks went on in Geneva. The secretary of state said he and his counterpart talked about a ceasefire.")
    assert sources.get("The secretary of state") == "named person"


def test_the_department_of_state_stays_a_body():
    sources = _sources("Talks went on in Geneva. The Department of State said the talks would go on.")
    assert sources.get("The Department of State") == "named organization"


def test_plural_people_described_in_lower_case_are_unnamed_people():
    sources = _sources("The front-runners defended their plans. Their more moderate rivals accused them of overreach.")
    assert sources.get("Their more moderate rivals") == "anonymous or vague"


def test_a_named_body_of_representatives_stays_a_body():
    sources = _sources("The House of Representatives said the bill would pass.")
    assert sources.get("The House of Representatives") != "anonymous or vague"


def test_a_lawyer_with_an_office_is_an_unnamed_person():
    sources = _sources("A legislative lawyer with the nonpartisan research office wrote that the law applies.")
    found = [label for text, label in sources.items() if text.endswith("research office")]
    assert found and found[0] == "anonymous or vague"


def test_the_office_itself_stays_a_body():
    sources = _sources("The nonpartisan research office wrote that the law applies.")
    assert sources.get("The nonpartisan research office") == "named organization"


def test_the_right_of_politics_is_a_vague_side():
    sources = _sources("The right is divided, with many arguing that the plan is ineffective.")
    assert sources.get("The right", "anonymous or vague") == "anonymous or vague"


def test_a_body_named_after_a_body_noun_is_an_organisation():
    sources = _sources("Homeowners hold $6 trillion in equity, according to real-estate data firm Black Harbor.")
    found = [label for text, label in sources.items() if text.endswith("Black Harbor")]
    assert found and found[0] == "named organization"


def test_a_person_of_a_group_stays_a_person():
    sources = _sources('"We always have to be vigilant," says Astrid Silva of the group DREAM Vegas.')
    found = [label for text, label in sources.items() if "Astrid Silva" in text]
    assert found and found[0] == "named person"


def test_an_office_of_a_named_body_is_its_holder():
    sources = _sources("The fleet will use overwhelming force if needed against the rebels, the commander of the U.S. "
                       "Northern Air Forces warned Saturday night.")
    assert sources.get("the commander of the U.S. Northern Air Forces") == "anonymous or vague"
    sources = _sources("The chairman of the House Rules Committee said Sunday he thinks the suspects were trained abroad.")
    assert sources.get("The chairman of the House Rules Committee") == "anonymous or vague"


def test_the_office_of_a_named_person_stays_a_body():
    sources = _sources("Tensions rose over the weekend. The office of Senator Jane Roe confirmed on Sunday that a vote was set.")
    found = [label for text, label in sources.items() if text.startswith("The office of")]
    assert found and found[0] == "named organization"
