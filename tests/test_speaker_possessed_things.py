"""A phrase opened by a possessive that names a thing is no speaker ("his visit heralded", "its long-held view";
readers of the AllSides dev sample, independent draws 2727-2828); people, bodies and texts one has stay ("his
attorney says", "her campaign said", "my research suggests"). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_visit_is_no_speaker():
    text = "He answered the critics of the base by saying his visit heralded a “new day” in relations with Cuba."
    assert "his visit" not in _sources(text)


def test_efforts_are_no_speaker():
    text = "Her efforts raised alarm among some environmentalists, who worried that the plan would fail."
    assert "Her efforts" not in _sources(text)


def test_a_view_after_according_to_is_no_speaker():
    text = "The trip, according to their view, might ease the quarrel at home."
    assert "their view" not in _sources(text)


def test_an_attorney_of_someone_stays():
    text = "The officer plans to fight the move, his attorney says."
    assert _sources(text).get("his attorney") == "anonymous or vague"


def test_a_campaign_and_research_of_someone_stay():
    sources = _sources("Her campaign said the rally drew record crowds. My research suggests they do not.")
    assert "Her campaign" in sources and "My research" in sources


def test_an_editor_in_chief_stays():
    text = "The site ran the file, about which its own editor-in-chief says there is reason to doubt it."
    assert _sources(text).get("its own editor-in-chief") == "anonymous or vague"


def test_sources_familiar_with_someone_s_plans_stay():
    text = "He will stay out of the fray for now, sources familiar with his planning say, but he will campaign later."
    assert "sources familiar with his planning" in _sources(text)
