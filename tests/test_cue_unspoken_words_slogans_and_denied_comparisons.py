"""Thirteenth pass, second round, on cues (what readers of draws 2929 and 3030 marked wrong): words left unsaid
("without mentioning his name"), a thing that accounts for or indicates something ("It explains him thinking",
"it says a lot about"), a slogan painted on a street, a thing denied to someone, a comparison denied ("It's not
as though he accused ..."), talk in general ("what those people are saying"), a campaign or an advert
promoted ("was promoting road projects"), a topic discussed with a question word inside a phrase ("the possibility of writing
rules for how data flows") attribute nothing; the cues beside them stay. The sentences are written for these
tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The mayor would mock the governor at rallies, without mentioning his name.", "mentioning"),
    ("She could have cited the report without mentioning the other sources it listed.", "mentioning"),
    ("It explains him thinking that the boy was a threat.", "explains"),
    ("Add in the anger at the council and it explains the shift.", "explains"),
    ("This, of course, explains the whole decision.", "explains"),
    ("You might say it says a lot about progress that she won.", "says"),
    ("Protesters outside the hall wrote “Defund the police” on Main Street in front of the park.", "wrote"),
    ("Travel permits are denied to those who fail the check, one official said.", "are denied"),
    ("It’s not as though he accused someone of theft.", "accused"),
    ("It isn't as if the board said no.", "said"),
    ("In Europe, policymakers have discussed the possibility of writing new rules for how data can flow.",
     "have discussed"),
    ("It doesn't involve changing what those people are saying.", "are saying"),
    ("Ignoring what people are saying about your work is not an option.", "are saying about"),
    ("Even before he took office, the mayor was promoting state-funded road projects that he said were ready.",
     "was promoting"),
    ("The ad, which the firm paid for, promoted a hotel.", "promoted"),
])
def test_unspoken_words_slogans_and_denied_comparisons_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("He left without saying that he would return.", "saying"),
    ("It explains that the fee is waived for students.", "explains"),
    ("The official that explains the rules was absent.", "explains"),
    ("Lee explains why the plan failed.", "explains"),
    ("The report says a lot of residents left.", "says"),
    ("“We are done,” she wrote on Twitter.", "wrote"),
    ("He wrote “We are done” on Twitter on Monday.", "wrote"),
    ("The claims were denied by the firm.", "were denied"),
    ("Both brothers have denied to the paper that they made the remarks.", "have denied"),
    ("He accused the mayor of theft.", "accused"),
    ("The senators discussed how the bill would work.", "discussed"),
    ("What he said was false.", "said"),
    ("She promoted the plan as a cure for the deficit.", "promoted"),
])
def test_words_said_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
