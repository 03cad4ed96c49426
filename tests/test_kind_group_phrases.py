"""An unnamed group of people before a preposition is anonymous or vague, not a named body or person
(:mod:`framing.analysis.features.sourcing.kind_group_phrases`). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _kinds(text: str) -> dict[str, str]:
    ev = profile(text).features["sourcing"].evidence
    return {e.text: e.label for e in ev if e.role == "source"}


def test_a_party_in_a_body_is_vague():
    kinds = _kinds("Democrats in the legislature said the budget would fail.")
    assert kinds.get("Democrats in the legislature") == "anonymous or vague", kinds


def test_a_nationality_throughout_a_place_is_vague():
    kinds = _kinds("And most young Americans throughout the region reject the mayor's description of their towns.")
    assert "named organization" not in kinds.values(), kinds


def test_loyalists_of_a_named_person_are_no_person():
    kinds = _kinds("Loyalists of President Kessler fear he is at risk of losing his appeal.")
    assert kinds.get("Loyalists of President Kessler") == "anonymous or vague", kinds


def test_a_named_person_of_a_place_stays_a_person():
    kinds = _kinds("Sen. Alan Kessler of Ohio said the plan would fail.")
    assert kinds.get("Sen. Alan Kessler of Ohio", kinds.get("Sen. Alan Kessler")) == "named person", kinds


def test_people_defined_by_opposing_a_named_person_are_vague():
    kinds = _kinds("Those opposing Kessler argue that the governor may only appoint judges in session.")
    assert kinds.get("Those opposing Kessler") == "anonymous or vague", kinds


def test_people_defined_by_supporting_a_named_person_are_vague():
    kinds = _kinds("Those supporting Senator Kessler said the vote was fair.")
    assert kinds.get("Those supporting Senator Kessler") == "anonymous or vague", kinds


def test_a_named_body_with_a_participle_name_stays_a_body():
    kinds = _kinds("Voters Opposing Waste, a group in Ohio, said the plan would fail.")
    assert kinds.get("Voters Opposing Waste") != "anonymous or vague", kinds
