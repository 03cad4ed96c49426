"""A subject written '<head> of <phrase>' is the whole phrase as a reader takes it: 'A previous version of
this article said' is the version (not 'article'), 'many members of the council complained' the members
(not 'the council'). The phrase after 'of' stays who speaks when the cue qualifies it ('the views of
many critics who accused', 'an example of top officials criticizing'). Every sentence is written for the
test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_a_correction_names_the_version_not_the_article():
    # inside a paragraph of the story (a line that is the outlet's correction notice alone is clutter, set aside
    # before measuring: tests/test_cleaning.py)
    assert _sources("The council met on Tuesday. A previous version of this article said the mayor had resigned "
                    "in May.") == ["A previous version of this article"]


def test_members_of_a_body_are_who_speak():
    assert _sources("Many members of the Finance Committee complained that they had not been told.") == [
        "Many members of the Finance Committee"]


def test_a_senior_member_of_a_cabinet_is_who_speaks():
    assert _sources("A senior member of the governor's cabinet once told me a story about the budget.") == [
        "A senior member of the governor's cabinet"]


def test_the_critics_who_accused_stay_the_speakers():
    sources = _sources("The mayor dismissed the views of many critics who accused him of waste.")
    assert "many critics" in sources
    assert not any(s.startswith("the views") for s in sources)


def test_ahead_of_is_no_head():
    sources = _sources("Several advocates the paper contacted ahead of the summit said they had seen no plan.")
    assert not any("ahead" in s for s in sources)
