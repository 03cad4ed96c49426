"""Ninth pass on hedging's modals: an optative or a request "may", a "may" granted before a plain "but", a
"may not" a rule sets, a "could" of purpose, of an ability found, promised or held, of a relative clause
of ability, of a past time, and a modal inside a doubting hedge's clause are no softened claims; the
epistemic modals beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    # an optative or a request
    ('The bishop closed the service. "May God give us the patience to listen to each other."', "may"),
    ("He served for forty years, and may it be many more before we say goodbye.", "may"),
    ("You asked what the agency was doing. May I suggest the hearing of last spring?", "may"),
    # a point granted before a plain "but"
    ("The mayor may not be popular with the unions, but she has balanced the budget twice.", "may"),
    ("The critics say the plan may be costly but it is not reckless.", "may"),
    ("That might be true, but the numbers tell another story.", "might"),
    ("This might seem like a small change, but it reshapes the whole school year.", "might"),
    ("The governor may talk tough on crime, but his budget cuts the police.", "may"),
    # what a rule forbids
    ("The league's rules are clear that teams may not sign players after the deadline.", "may"),
    # purpose, an ability found, promised or held
    ("The mayor paused the meeting so residents could read the new map.", "could"),
    ("After the first vote they realized they could win the seat on this issue.", "could"),
    ("The company had promised workers they could keep their old pension plans.", "could"),
    ("The nurses made sure that patients could reach a doctor at night.", "could"),
    ("It began with the bold idea that ordinary people could run the town themselves.", "could"),
    # a relative clause of ability, a past time
    ("She said she has more stories she could share about the campaign.", "could"),
    ("He was looking for some piece of the puzzle he could grab early on.", "could"),
    ("For a while, both parties could manage these quarrels quietly.", "could"),
    ("Until the 1980s, they could reach every household with one broadcast.", "could"),
    # inside a doubting hedge's clause
    ("It seems very unlikely that anyone in the current field could beat her.", "could"),
    ("Talks go on, and it's unclear if they might reach a deal this week.", "might"),
])
def test_modals_that_do_not_soften_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("It may rain in the valley tomorrow, forecasters said.", "may"),
    ("The rebels may try to seize the airport before the talks resume.", "may"),
    ("The bill may pass the House, but it will face a hard fight in the Senate.", "may"),
    ("The report may not appear for some weeks, but once it does, expect a fight.", "may"),
    ("Several senators hinted they may not vote for the bill.", "may"),
    ("The new legislation may not become law before the summer.", "may"),
    ("The tax is so high it could drive small firms out of the city.", "could"),
    ("So Democrats could win the House if turnout holds.", "could"),
    ("He knew he could suffer the same fate as his predecessor.", "could"),
    ("The senator singled out the fact that the order could target green card holders.", "could"),
    ("Imagine the damage he could inflict in a second term.", "could"),
    ("In 2030, the coastal towns could be under water.", "could"),
    ("The deal could collapse if the vote slips again.", "could"),
])
def test_epistemic_modals_beside_them_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


def test_a_quoted_head_noun_still_heads_the_relative_clause() -> None:
    assert "could" not in _hedges('The actress dared him to sue, saying she has "worse stories" she could share.')


@pytest.mark.parametrize("text, word, hedge", [
    ("Voters trust him, even though they may dislike some of his votes.", "may", False),
    ("The count was close, though many of those ballots may ultimately be thrown out.", "may", True),
    ("Back then, the firm could freely move money between its branches.", "could", False),
    ("The new tariffs could easily backfire on farmers.", "could", True),
])
def test_even_though_and_freely(text: str, word: str, hedge: bool) -> None:
    assert (word in _hedges(text)) is hedge


@pytest.mark.parametrize("text, word, hedge", [
    ("She tried to help as many families as she could before the storm.", "could", False),
    ("As costly as the strike might have been, it won the nurses a raise.", "might", False),
    ("Party leaders might privately want a new map, but they rarely say so in public.", "might", False),
    ("The vote could come as soon as Friday.", "could", True),
])
def test_as_much_as_and_adverbs(text: str, word: str, hedge: bool) -> None:
    assert (word in _hedges(text)) is hedge


def test_a_sentence_opening_this_meant_narrates_an_ability() -> None:
    assert "could" not in _hedges("Rivals had left the field. This meant Sanders could get attention for free.")
