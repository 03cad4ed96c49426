"""Seventh pass, second round, on hedging (hedge_rates_permission_mention): a "likely" comparing rates, a "could" / "may" of
permission or discretion, a hedge word mentioned in quotation marks and an "in part" counting literal parts
are no softened claims, nor a "suggest" that recommends an action (hedge_recommendation); the hedges beside them
stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Black teens were 21 times as likely as white teens to be stopped, a study found.", "likely"),
    ("Renters were twice as likely to move in a given year.", "likely"),
    ("That means officers are going to be generally more likely to stop a driver in these areas.", "likely"),
    ("The survey asked: are you more or less likely to support him now?", "likely"),
    ("Women have been more likely to vote for Democrats since 1980.", "likely"),
    ("The new rules made them more likely to vote by mail.", "likely"),
    ("If you wear a mask, you're less likely to touch your face.", "likely"),
])
def test_a_compared_rate_is_no_hedge(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("It's more likely that the court will send the case back.", "likely"),
    ("The House is less likely to support the resolution.", "likely"),
    ("The senator is more than likely to run again.", "more than likely"),
    ("Most likely he will veto the bill.", "most likely"),
])
def test_a_likelihood_the_writer_weighs_stays_a_hedge(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The law restricted which bathrooms she could use at school.", "could"),
    ("The agency said the earliest the rules could take effect is 2021.", "could"),
    ("The attorney general has said the president may decline to enforce laws he thinks are unconstitutional.",
     "may"),
    ("We thank the senator for the concession \u201cprobably.\u201d", "probably"),
    ("The index rises the more often a report mentions \u201cuncertain\u201d near the word trade.", "uncertain"),
    ("The story is based in part on wire service reports.", "in part"),
    ("The file was released but redacted in part.", "in part"),
    ("The change is in part an effort to save money and in part an effort to speed up hiring.", "in part"),
])
def test_permission_mention_and_literal_parts_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The bill could pass next week.", "could"),
    ("The report, which meant we could drop the case, came late.", "could"),
    ("The governor said he would \u201cmaybe\u201d sign the bill.", "maybe"),
    ("The surge was driven in part by new voters.", "in part"),
])
def test_possibility_a_quoted_hedge_in_use_and_a_partial_cause_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text", [
    "The governor limited gatherings to ten people and suggested school-age students take classes from home.",
    "Some candidates have suggested decriminalizing illegal border crossings.",
    "The review suggested that the party be the champion of small business.",
    "That is why some economists suggest that land not be taxed at all.",
])
def test_a_suggest_that_recommends_an_action_is_no_hedge(text: str) -> None:
    assert "suggested" not in _hedges(text) and "suggest" not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Polls suggest voters are tired of the fight.", "suggest"),
    ("The report suggests channeling this anger will shape the campaign.", "suggests"),
    ("The whip count suggested Thursday that a vote in the full chamber could reject the articles.", "suggested"),
    ("The figures suggest the board won't be meeting again this year.", "suggest"),
])
def test_a_suggest_that_softens_a_claim_stays(text: str, word: str) -> None:
    assert word in _hedges(text)
