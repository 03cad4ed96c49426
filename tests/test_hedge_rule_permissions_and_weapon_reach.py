"""A "may" / "could" of what a rule, a law or a permission lets someone do is no hedge
(hedge_rule_permissions), nor a "could" of what a weapon is built to do (hedge_modal_abilities); the
possibility "may" / "could" beside them stays. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Limits on gifts to clubs are higher; for instance, a member may give a club $5,000 per year.", "may"),
    ("Under Section 4 of the charter, the mayor may act to close a depot in an emergency.", "may"),
    ("Under the town's rules, the auditor may ask the council for more staff.", "may"),
    ("Or, two-thirds of the towns could apply to the county for a vote under Article 9 of the charter.", "could"),
    ("The bylaws say that members may not post adverts on the notice board.", "may"),
    ("Clubs can take unlimited donations from members, but they may not coordinate with the council.", "may"),
    ("For example, the chair may serve only two terms, whereas members have no limit.", "may"),
    ("The clerk was confined to his flat. He could leave only for court dates and doctor's visits.", "could"),
    ("If the employer files for a permit, the workers may get unlimited visa extensions.", "may"),
    ("Members are allowed to vote by post, and each member may send one ballot.", "may"),
])
def test_a_rule_s_permission_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The depot may close next year, the mayor said.", "may"),
    ("Under the new rules, the depot could lose money for years.", "could"),
    ("Under the charter, thousands of residents could be eligible for bus passes.", "could"),
    ("Members are allowed to vote, but the deal may collapse before then.", "may"),
    ("The council may block the budget next week.", "may"),
    ("Under the plan, it could rain on the new depot.", "could"),
    ("That allowed the mayor to win, and the council could split the vote next year.", "could"),
    ("The court may only overturn part of the ruling.", "may"),
    ("The challenger could win only if turnout is high.", "could"),
])
def test_a_possibility_beside_a_rule_stays_a_hedge(text, word):
    assert word in _hedges(text), _hedges(text)


def test_a_weapon_s_reach_is_no_hedge_but_what_may_happen_stays():
    assert "could" not in _hedges("The navy is building a long-range missile that could reach the islands.")
    assert "could" in _hedges("Divers are still locating the mines that could still go off.")
