"""Threats someone made, past "unlikely", the future named as a topic, a conditional argued from a premise, a
counterfactual "were" a few words on and a quotation closed by a straight mark (thirteenth pass, round 2: what the
independent readers of draws 2929/3030 judged wrong), each beside a real prediction of the same shape. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return found(profile(text), "speculation")


@pytest.mark.parametrize("text", [
    "Now, Norland is threatening to restart its reactor if the neighbours don't offer new terms by June.",
    "Council Leader Sen. Mary Bloggs (D-Ore.) is threatening to force a vote on the floor.",
    "Senator Bloggs had to threaten to vote against the bill to win a small tax credit.",
    "Filibusters are rare now. They merely threaten to talk a bill to death.",
    "Mayor Grant threatens to cut funds to the harbour board",
    # (fourteenth pass: the readers of draws 3131/3535 marked "will threaten to" wrong: the act, the forecast is
    # "will"; speculation_contingency_readings)
    "Some worry that Grant will threaten to punish those who oppose him.",
])
def test_threats_made_are_no_forecast(text: str) -> None:
    assert not any("threat" in t.lower() for t in _speculation(text)), _speculation(text)


@pytest.mark.parametrize("text", [
    "The local scandal threatens to become a national headache for the governor.",
    "The allegations threaten to roil the special election next month.",
    "It threatens to substitute for present calm a long round of litigation.",
])
def test_threats_of_outcomes_stay(text: str) -> None:
    assert any("threat" in t.lower() for t in _speculation(text)), _speculation(text)


def test_past_unlikely_and_topic_ahead_predict_nothing() -> None:
    assert not _speculation("After agreeing the envoys were unlikely to come in person, the aide left the room.")
    assert not _speculation("Without knowing what lies ahead, firms delay hiring new workers.")
    assert _speculation("The envoys are unlikely to come in person next month.")
    assert _speculation("What lies ahead is a long fight over the budget.")


def test_premise_argument_predicts_nothing() -> None:
    text = "If a $500 gift won't buy 10 mayors, then the same gift wouldn't buy 11 or 20."
    assert not any(t.lower().startswith("if") for t in _speculation(text)), _speculation(text)
    stays = "If the talks fail, then the strike will spread to the ports by spring."
    assert any(t.lower().startswith("if") for t in _speculation(stays)), _speculation(stays)


def test_counterfactual_were_a_few_words_on() -> None:
    text = "And if a corrupt former vice-mayor were running for mayor, no rival would hesitate to ask for help."
    assert not any(t.lower().startswith("if") for t in _speculation(text)), _speculation(text)
    stays = "If a corrupt former vice-mayor were to run for mayor, no rival would hesitate to ask for help."
    assert any(t.lower().startswith("if") for t in _speculation(stays)), _speculation(stays)


def test_conditional_ends_at_a_straight_mark_after_a_curly_one() -> None:
    text = "“If the vote fails, the agency would be left leaderless for months,\" Levin said."
    spans = [t for t in _speculation(text) if t.lower().startswith("if")]
    assert spans and not any("Levin" in t for t in spans), spans


def test_threats_with_a_date_or_a_name_in_a_phrase_stay() -> None:
    assert _speculation("The legal move Thursday threatens to revive those tensions.")
    assert _speculation("Fighters with the Army of Northern Ruritania threaten to advance on the capital.")
    assert _speculation("The aide stressed that the chair was unlikely to uncover anything new.")


def test_poll_answers_wants_and_habits_predict_nothing() -> None:
    assert not _speculation("A survey found that only 12 percent of drivers said they would be likely to buy one.")
    assert _speculation("Since the council would be likely to rewrite the code within a decade, the deal is safe.")
    assert not _speculation("What voters want to hear is that the mayor is going to keep her word.")
    assert _speculation("Voters say that the mayor is going to keep her word.")
    assert not _speculation("It reminded him, as every nominee does sooner or later, of an old rival.")
    assert _speculation("I think sooner or later the mayor will earn their endorsement.")


def test_if_someone_really_wants_to_is_advice() -> None:
    text = "But if the water board really wants to win people over, there's one slogan they could try."
    assert not any(t.lower().startswith("if") for t in _speculation(text)), _speculation(text)


def test_going_to_a_place_is_a_movement() -> None:
    assert not _speculation("Many children are going to school hungry this winter.")
    assert _speculation("Many children are going to go hungry this winter.")


def test_condition_trailing_a_quotation_predicts_nothing() -> None:
    text = "“The chief would want them to stay if they really enjoy it,” said an aide, adding that some will quit."
    assert not any(t.lower().startswith("if") for t in _speculation(text)), _speculation(text)
    stays = "“If the board agrees, the plant will close in May,” said an aide."
    assert any(t.lower().startswith("if") for t in _speculation(stays)), _speculation(stays)
