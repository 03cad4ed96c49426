"""Twelfth pass, on cues: a refusal to act or to take questions ("refused to answer", "refused to testify"),
advising as a role ("while advising the campaign"), a vote ("voters say yes to"), "devoted his speech", a talk
that did not take place ("has not discussed X with Y") and a cue inside an if-clause ("If prosecutors believe
that ...") attribute nothing; the cues beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The clerk has since refused to answer the council's questions.", "refused"),
    ("The press aide refused to answer a pointed question about the fare.", "refused"),
    ("The mayor refused to testify before the panel.", "refused"),
    ("The board refused to give him the $5 million he had asked for.", "refused"),
    ("In July, while advising the mayor's campaign, Lee flew to Boston.", "advising"),
    ("A veteran pollster is advising the new party in the race.", "advising"),
    ("After town voters say yes to the new library, the board meets.", "say"),
    ("The councilman devoted his whole speech to arguing that the fares were too high.", "devoted"),
    ("The mayor says he has not discussed the audit with the prosecutor.", "discussed"),
    ("If prosecutors believe that there is fraud, such calls could lay the ground for a case.", "believe"),
    ("The ban ends if the board determines that the town has lost control of the depot.", "determines"),
])
def test_conduct_and_conditions_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The clerk refused to comment on the audit.", "refused"),
    ("The mayor refused to say whether the depot would close.", "refused"),
    ("They were refusing to give information about the riders held, the lawyers said.", "refusing"),
    ("The clerk declined to answer questions about the fare.", "declined"),
    ("His aides advised him not to seek a vote on the plan.", "advised"),
    ("The health office has advised riders to avoid the depot.", "advised"),
    ("Asked about the plan, the mayor said yes and left the room.", "said"),
    ("The clerk would not discuss the audit with reporters.", "discuss"),
    ("Prosecutors believe that there is fraud in the books.", "believe"),
    ("The mayor was asked by a reporter if he really argued that the fares should double.", "argued"),
])
def test_words_and_views_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The network will stay on the sidelines if riders begin to protest and explained on a call that it covers news.",
     "explained"),
    ("The mayor refused to be interviewed for this column.", "refused"),
])
def test_a_main_clause_after_a_condition_and_a_refused_interview_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue, judged", [
    ("It is borderline absurd to think that the board will change course.", "to think", True),
    ("It would be extremely foolish to believe that the council will save the depot.", "to believe", True),
    ("There are reasons to believe that riders are coming back.", "to believe", True),
    ("The delays led some to believe that the depot would close.", "to believe", False),
])
def test_a_thought_the_writer_judges_has_no_source(text: str, cue: str, judged: bool) -> None:
    assert acting_cue(text, cue) is judged


@pytest.mark.parametrize("text, hug", [
    ("She gave the book to the clerk. The mayor and the clerk then embraced. The room went quiet.", True),
    ("The governor embraced it, and most towns followed.", False),
])
def test_a_hug_is_no_stance(text: str, hug: bool) -> None:
    assert acting_cue(text, "embraced") is hug
