"""Tenth pass on hedging's modals: a "could best / better" of who is most able, a "could (just) envision",
a "could" someone was told they were free to use, a modal in a question of two coordinated wh-words and
a "could" of ability beside a doubting adverb are no softened claims; the epistemic modals beside them
stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("She ran as the reformer who could best fight the city's old corruption.", "could"),
    ("Maybe the league could better police its own referees.", "could"),
    ("The general said he could just envision the rebels taking the capital.", "could"),
    ("The report asked whether, and how, the city could build a new port.", "could"),
    ("She told voters they could keep their old polling places.", "could"),
    ("He assured the farmers that they could sell their grain abroad.", "could"),
    ("If she wanted to, the mayor probably could dismiss the chief.", "could"),
    ("Frankly, I could maybe give you ten reasons to vote no.", "could"),
    ("Residents could perhaps choose which of the two parks to keep.", "could"),
    ("Then I could probably get rid of the whole program.", "could"),
    # a purpose after "so" with a subject of four words
    ("The plant cut the old pensions so General Motors union workers could keep theirs.", "could"),
])
def test_modals_of_ability_permission_or_question_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The new rules could be better for small farms.", "could"),
    ("The plan could foresee new taxes on imports.", "could"),
    ("He told the board that he could be blamed for the losses.", "could"),
    ("The report asked how the city could pay for the port, and the answer could surprise you.", "could"),
    ("The storm could perhaps be the worst in a decade.", "could"),
    ("Prices could probably rise again next year.", "could"),
    ("Some workers could possibly lose their jobs.", "could"),
    ("Analysts said the bill could hurt workers.", "could"),
])
def test_modals_of_possibility_stay_hedges(text: str, word: str) -> None:
    assert word in _hedges(text)
