"""Hedge words used as a verb of report by a named or personal source, as the content of a hope or a
wish, as a judgement ("a questionable post"), as a rate compared ("four times more likely to"), or as
another word altogether, are no hedge (issue 13: independent readers judged them); the hedging uses of the same words stay. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The farm lobby's advocates claim that the subsidy costs taxpayers nothing.", "claim that"),
    ("The tenant alleged that the landlord had cut the heat in January.", "alleged"),
    ("Several neighbours have alleged the company dumped waste in the creek.", "alleged"),
    ("Speaking in Ohio, Senator Marsh suggested the plant would reopen by summer.", "suggested"),
    ("He suggested that the council had ignored the auditors for years.", "suggested"),
    ("Dozens of readers emailed me to suggest that the bridge was unsafe.", "suggest"),
    ("The country paraded its military might through the capital on Sunday.", "might"),
    ("The mayor said in no uncertain terms that the pool would stay closed.", "uncertain"),
    ("The summit raised hope that the two neighbours could settle the border dispute.", "could"),
    ("\"I wish I could tell you more about the talks,\" the envoy said.", "could"),
    ("The coach was confident he could win the league with this squad.", "could"),
    ("The firm sold questionable loans to buyers who could not repay them.", "questionable"),
    ("Many doctors consider the trial ethically questionable.", "questionable"),
    ("Smokers in the study were four times more likely to develop the disease.", "likely"),
    ("Renters in the state are 18 percent more likely to move within a year.", "likely"),
    ("The poll found 60 percent of voters would be less likely to back the mayor.", "likely"),
    ("Their quarrels, as bitter or as public as they may be, changed nothing in the end.", "may"),
])
def test_reports_and_other_words_are_no_hedge(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The alleged assault took place outside the stadium.", "alleged"),
    ("Recent polls suggest the race is tightening in the suburbs.", "suggest"),
    ("Losses in Ohio and Michigan suggest that the party's message has faded.", "suggest"),
    ("And here, I would suggest, the argument begins to fall apart.", "suggest"),
    ("Officials said the storm might reach the coast by Friday.", "might"),
    ("These hopeful signs may hide a weaker economy than the figures show.", "may"),
    ("It is questionable whether the new rules will survive in court.", "questionable"),
    ("The witness's memory of the night is questionable.", "questionable"),
    ("The senator is more likely to resign than to fight the charges, aides say.", "likely"),
    ("The outcome of the appeal remains uncertain, lawyers said.", "uncertain"),
])
def test_the_hedging_uses_stay(text: str, word: str) -> None:
    assert word in _hedges(text)
