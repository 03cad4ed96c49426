"""Sixteenth pass on cues: a negated verb before an indirect question ("has not indicated how much"), a claim a
source stops short of ("doesn't go so far as to say"), a "know" of an indirect question ("knew exactly what"), the
adjective "noted" ("noted left-winger ... weighed in") and what a made-up crowd might say ("many people might
conclude") attribute nothing; the similar cues beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The mayor's campaign has not indicated how much cash it holds.", "has not indicated"),
    ("He did not say why the meeting was cancelled.", "did not say"),
    ("The minister didn't say Tuesday if the plan would pass.", "say"),
    ("Aides did not tell the newspaper whether the trip was off.", "did not tell"),
    ("The ministry has not specified what help it will send.", "has not specified"),
    ("Ms. Ortiz doesn't go so far as to say that the parties are alike.", "say"),
])
def test_words_withheld_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("He did not say that he would resign.", "did not say"),
    ("The mayor said why the meeting was cancelled.", "said"),
    ("Ms. Ortiz went so far as to say that the parties are alike.", "say"),
    ("The campaign has indicated how much cash it holds.", "has indicated"),
])
def test_words_said_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("She also knew exactly what cable news wants.", "knew"),
    ("Traders don't know how long the slump will last.", "know"),
    ("The governor knows how to charm a crowd.", "knows"),
    ("The club not only tolerates dissent but also understands what dissent is for.", "understands"),
])
def test_knowing_an_indirect_question_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("She knew that the vote would be close.", "knew"),
    ("He understood that the deal was off.", "understood"),
])
def test_knowing_that_stays_a_cue(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Soon after the storm, noted right-winger Pat Doyle promptly weighed in on the radio.", "noted"),
    ("The book was praised by a noted historian of the era.", "noted"),
    ("The essay was written by noted economist Jane Roe.", "noted"),
])
def test_noted_as_an_adjective_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator noted that the vote was close.", "noted"),
    ("“We are going to win the states we need,” noted campaign adviser Pat Doyle.", "noted"),
    ("Doyle noted the ramifications of walking away.", "noted"),
    ("As noted above, many voters stayed home.", "noted"),
])
def test_noted_as_a_verb_stays_a_cue(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("With simple arithmetic, many people might conclude this means a tax rise.", "might conclude"),
    ("They mean what some would call the old guard.", "would call"),
    ("As anyone could have predicted, the markets fell.", "could have predicted"),
    ("One might argue that the rule is too strict.", "might argue"),
])
def test_what_a_made_up_crowd_might_say_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator would only say that the talks continue.", "would only say"),
    ("Many people concluded this meant a tax rise.", "concluded"),
    ("Economists might argue that the rule is too strict.", "might argue"),
])
def test_what_a_source_would_say_stays_a_cue(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("She will host a lunch with regional leaders, focusing on trade and security.", "focusing on"),
    ("Fellow members denied him a second that would have forced a vote.", "denied"),
])
def test_topics_and_things_refused_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The minister denied the allegations on Friday.", "denied"),
    ("He denied that he had met the envoy.", "denied"),
])
def test_denials_in_words_stay_cues(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


def test_a_page_titles_site_name_colon_attributes_nothing() -> None:
    assert acting_cue("Timeline: Votes On The Budget Since 1990 : NPR\nThe budget fight began in spring.", ":")


def test_a_speakers_colon_stays_a_cue() -> None:
    assert not acting_cue("Gowdy: The memo has no effect on the inquiry.", ":")


@pytest.mark.parametrize("text, cue", [
    ("University officials would not say if he passed the exam.", "would not say"),
    ("The paper did not respond when reporters asked if the editor had quit.", "did not respond"),
])
def test_a_sources_answer_stays_a_cue(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Cronyism explains why the contract went to a friend.", "explains"),
    ("In the lab the organisms show a strong resistance to heat.", "show"),
])
def test_an_idea_or_organism_that_explains_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Smith explains why the contract went to a friend.", "explains"),
    ("The study shows a strong resistance to heat.", "shows"),
    ("Studies of organisms show a strong resistance to heat.", "show"),
])
def test_a_person_or_study_that_explains_stays_a_cue(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Many voters had heard of the program but didn't know the deadline for signing up.", "didn't know"),
    ("These donors also know the old feuds of the family that could flare up again.", "also know"),
    ("The lawyer knows a lot about his client's finances.", "knows"),
    ("The minister knew about the secret plant because it came up at a cabinet meeting.", "knew"),
    ("The senator said she doesn't know Obama's plans for the summer.", "doesn't know"),
    ("Aides know the governor well enough that they can guess his next move.", "know"),
])
def test_know_of_a_thing_or_person_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The congressman knows the bill isn't likely to pass this year.", "knows"),
    ("He knew the campaign wanted him as a prop.", "knew"),
    ("Party leaders know the senators will vote no.", "know"),
    ("The aides knew that the vote would be close.", "knew"),
    ("The mayor knows his district has changed.", "knows"),
])
def test_know_of_a_clause_stays_a_cue(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
