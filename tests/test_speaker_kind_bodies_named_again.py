"""Speaker kinds (eighteenth pass, round 3; readers' draws 6363 and 6464): a body named again by a lower-case
noun ("The panel"), the counted sides of a fight ("Both sides of the war"), a surname of a person named with a
first name that is also a body's or a place's word ("Hill"). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_the_panel_after_a_named_committee_is_that_body():
    sources = _sources("The director spoke on Tuesday before the House Budget Committee about the plan. "
                       "The panel said on Friday that the emails were real.")
    assert sources.get("The panel") == "named organization"


def test_the_panel_with_no_body_named_stays_unnamed():
    sources = _sources("The doctors met in a small room downtown on Tuesday. "
                       "The panel said on Friday that the emails were real.")
    assert sources.get("The panel") != "named organization"


def test_both_sides_of_a_war_are_a_vague_group():
    sources = _sources("The talks in Geneva ended without a deal on Friday. "
                       "Both sides of the long war accuse each other of shelling the town.")
    found = [label for text, label in sources.items() if text.startswith("Both sides")]
    assert found and found[0] == "anonymous or vague"


def test_a_named_side_stays_a_body():
    sources = _sources("The talks in Geneva ended without a deal on Friday. "
                       "The Syrian government accused the rebels of shelling the town.")
    assert sources.get("The Syrian government") == "named organization"


def test_a_surname_of_a_person_named_before_is_that_person():
    sources = _sources("Lawmakers on Capitol Hill met on Monday. More voters sided with Mark Jones (40 percent) "
                       "than with Anita Hill (24 percent). Hill accused Jones of lying in the workplace.")
    assert sources.get("Hill") == "named person"


def test_a_hill_never_given_a_first_name_is_no_person():
    sources = _sources("Lawmakers on Capitol Hill returned on Monday. "
                       "Hill aides accused the agency of lying.")
    assert sources.get("Hill") != "named person"

