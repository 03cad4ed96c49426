"""Thirteenth pass (hedge_possessives_and_questions, hedge_denials_rankings_traits): "May's", "try as they
might", "than the voters might like", a modal in an embedded question ("asked who he might back"), a denied
"suggest", "I think it is very clear", "known to" a habit, a superlative's "possible", "But mostly,", "as it
seemed" in a comparison and a quoted survey scale soften no claim; the hedging uses beside them stay. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The vote left May's Conservatives eight seats short of a majority in the chamber.", "may's"),
    ("Try as they might, the councillors could not move the debate past the parking fees.", "might"),
    ("The mayor has closer ties to the builders than the tenants might like at the moment.", "might"),
    ("When asked who he might back, the senator said he had not decided yet.", "might"),
    ("The order caused confusion over who could be let into the harbor that night.", "could"),
    ("I'm not suggesting the rules are fair to the smaller farms in the valley.", "suggesting"),
    ("The audits do not suggest that the clinic misused the grant money.", "suggest"),
    ("\u201cI think it is very clear that the council has to act,\u201d she said.", "i think"),
    ("Okafor, known to talk for hours, spoke for ten minutes at the hearing.", "known to"),
    ("The board chose the most comprehensive plan possible for the new clinic.", "possible"),
    ("The levy paid for the roads. But mostly, it paid for the new school.", "mostly"),
    ("The league was not as strong a team as it seemed at the time of the draft.", "seemed"),
    ("Half of the members say they are \u201cextremely likely\u201d to attend the meeting.", "likely"),
    ("It was near the top of the range the studio could reasonably hope to earn.", "could"),
    ("Only three of the forty members who answered guessed that the levy would pass.", "guessed"),
])
def test_names_questions_denials_and_traits_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The council may raise the parking fees before the summer, officials said.", "may"),
    ("The rebels might try to seize the bridge before the talks resume.", "might"),
    ("The damage may be less severe than those early estimates might indicate.", "might"),
    ("Residents who might lose their homes gathered at the town hall on Monday.", "might"),
    ("The audits suggest that the clinic misused some of the grant money.", "suggest"),
    ("\u201cI think the council has to act before the winter,\u201d she said.", "i think"),
    ("Okafor, the first member known to be infected, stayed home for two weeks.", "known to"),
    ("The board weighed a possible move of the clinic to the harbor next year.", "possible"),
    ("Economists mostly agree that the levy slowed growth in the spring.", "mostly"),
    ("The league seemed stronger than its record at the time of the draft.", "seemed"),
    ("The treasurer is likely to resign before the vote, two members said.", "likely"),
    ("The studio could earn more than it spent if the film holds up in August.", "could"),
    ("The treasurer guessed that the levy would pass by a few votes.", "guessed"),
])
def test_hedging_uses_beside_them_stay(text: str, word: str) -> None:
    assert word in _hedges(text)
