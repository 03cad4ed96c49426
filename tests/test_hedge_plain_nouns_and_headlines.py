"""Tenth pass (hedge_plain_nouns_and_headlines): the noun "hint" after "no", "likely voters" after any word,
"as much as (is) possible", "probable cases", the utmost "could possibly", "evidence indicating", "when I
think", a hedge word in an all-capitals related-link headline, a sound bite "used to suggest" and a hedge
word mentioned ("Alleged.") soften no claim; the hedging uses beside them stay. The sentences are written
for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The minister spoke for an hour but offered no hint that the tariffs would change.", "hint"),
    ("A new survey shows that likely voters firmly oppose the school levy.", "likely"),
    ("The panel tried to keep the review as separate from party politics as is possible.", "possible"),
    ("The county now adds probable cases to the official tally each week.", "probable"),
    ("Her war chest dwarfs anything a rival could possibly raise this year.", "possibly"),
    ("How could anyone possibly defend the new parking fees?", "possibly"),
    ("After four days of evidence indicating fraud, the jury asked for a recess.", "indicating"),
    ("I get these sleepless nights when I think we have wasted our chance.", "i think"),
    ("Read more. MAYOR SUGGESTS CITY COUNCIL DELAY THE BUDGET VOTE. The council met on Monday.", "suggests"),
    ("He chose his words with care, wary of clips that could be used to suggest he backed the strike.", "suggest"),
    ("One word was missing from the coverage: \u201cAlleged.\u201d Without that keyword the story reads as fact.",
     "alleged"),
])
def test_plain_nouns_polls_utmost_and_headlines_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The minister hinted that the tariffs would change after the summit.", "hinted"),
    ("Voters likely rallied to the mayor because he seemed a safer choice.", "likely"),
    ("It is also possible that the levy passes by a narrow margin.", "possible"),
    ("Investigators named a probable culprit on Tuesday: a faulty heater.", "probable"),
    ("The governor could possibly run for the Senate next year.", "possibly"),
    ("The early returns indicate that turnout was higher than expected.", "indicate"),
    ("I think we have wasted our chance to fix the budget.", "i think"),
    ("The audit suggested that the budget is in worse shape than reported.", "suggested"),
    ("Officials said the alleged threats are still under investigation.", "alleged"),
])
def test_the_hedges_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


def test_findings_indicate_stays_while_evidence_indicating_goes() -> None:
    assert "indicate" in _hedges("Our findings indicate that younger voters trust local papers more.")
    assert "indicating" not in _hedges("The auditors found records indicating theft from the fund.")


@pytest.mark.parametrize("text, word", [
    ("To suggest that the port is short of cranes is simply not true, the director said.", "suggest"),
    ("Suggesting that the march was about one officer misses what the organisers asked for.", "suggesting"),
    ("Nobody claims the mayor is corrupt, much less to suggest that he took the money.", "suggest"),
    ("She did not go so far as to suggest that the count was rigged.", "suggest"),
    ("Anyone who suggests that the levee is safe has not walked along it.", "suggests"),
    ("It is absurd to suggest that teachers want the schools closed.", "suggest"),
    ("May I suggest, for example, the minutes of the March meeting?", "suggest"),
    ("I would like to suggest to you that you consider a smaller bond.", "suggest"),
])
def test_rejected_and_offered_suggestions_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The early figures suggest that the port is short of cranes.", "suggest"),
    ("A recent poll suggests the mayor might be gaining ground.", "suggests"),
    ("The ads run through Sunday, suggesting the group expects a long fight.", "suggesting"),
])
def test_findings_that_suggest_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The strike showed the town that real change is possible.", "possible"),
    ("No compromise is possible without both unions at the table, the mayor said.", "possible"),
    ("We need to understand how it was possible in the first place.", "possible"),
    ("Is a pay deal still possible? | Markets slide on Friday", "possible"),
    ("Such turnout would never have been possible ten years ago.", "possible"),
    ("The board tried to keep the review as separate from the donors and their lawyers as is possible.", "possible"),
])
def test_feasible_possible_is_no_hedge(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Other outcomes are possible as well, especially if the talks collapse.", "possible"),
    ("Officials said a deal is possible before the deadline.", "possible"),
    ("Is it possible that the mayor knew about the audit?", "possible"),
])
def test_epistemic_possible_stays(text: str, word: str) -> None:
    assert any(word in h for h in _hedges(text))


@pytest.mark.parametrize("text, word", [
    ("Reporters could not verify Jenkins\u2019 claims to have worked at the plant.", "claims to"),
    ("The envoys met often as they\u2019ve considered a host of trade disputes.", "considered"),
    ("That became particularly apparent after the 2012 defeat.", "apparent"),
])
def test_named_claims_weighed_options_and_evident_things_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


def test_a_claim_made_with_the_verb_stays() -> None:
    assert "claims to" in _hedges("The contractor claims to have finished the bridge on time.")


def test_than_the_figures_suggest_is_no_hedge_while_the_figures_suggest_stays() -> None:
    assert "suggest" not in _hedges("Support for the levy is more fragile than the early figures suggest.")
    assert "suggest" in _hedges("The early figures suggest that support for the levy is fragile.")


def test_do_i_think_asked_is_no_hedge_while_nor_do_i_think_stays() -> None:
    assert "i think" not in _hedges("\u201cDo I think we can cut waste? Absolutely,\u201d the mayor said.")
    assert "i think" in _hedges("\u201cIt is not needed, nor do I think it is wise,\u201d the mayor said.")


def test_as_alleged_without_a_noun_is_no_hedge_while_the_alleged_payments_stay() -> None:
    assert "alleged" not in _hedges("The banker did order the payments as alleged but denied any paper trail.")
    assert "alleged" in _hedges("The banker denied the alleged payments to the contractor.")


@pytest.mark.parametrize("text, word", [
    ("The council wants to make us believe that the new road is free.", "believe"),
    ("After three audits, we're to believe that nobody saw the missing funds.", "believe"),
    ("Online, we begin to believe that everyone who disagrees is a villain.", "believe"),
])
def test_beliefs_induced_or_formed_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


def test_i_believe_that_stays() -> None:
    assert "believe" in _hedges("I believe that the council will fix the road this summer.")


def test_in_part_by_a_means_is_no_hedge_while_in_part_because_stays() -> None:
    assert "in part" not in _hedges("The city responded in part by raising parking fees downtown.")
    assert "in part" in _hedges("The city raised parking fees, in part because the garage lost money.")


def test_driven_in_part_by_a_motive_stays() -> None:
    assert "in part" in _hedges("She is a mayor driven in part by distrusting her predecessor.")
