"""Hedge words that state a status, a manner or a stance (hedge_statuses_and_stances), and hedge words of an
implication reported, a question asked or an emphatic denial (hedge_implied_asked_and_denied): no softened
claim; the hedging uses of the same words stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Forecasters gave the storm a preliminary rating of category two on Monday.", "preliminary"),
    ("According to preliminary testing data released by the county, lead levels rose.", "preliminary"),
    ("Aides said it was the only plan suggested so far that the governor would sign.", "suggested"),
    ("“I trust the local paper, and I think highly of the schools,” the mayor said.", "i think"),
    ("The envoy broadly criticized the regime's treatment of detained reporters.", "broadly"),
    ("The senator is facing long odds in his unlikely but so far successful campaign.", "unlikely"),
    ("Why are so many diplomats so dubious of a deal at this stage of the talks?", "dubious"),
    ("The flyer falsely claimed that the county had closed every polling place.", "claimed that"),
    ("The mayor spoke only hours later, amid speculation of the possible merger.", "possible"),
    ("The hosts used plural pronouns more often, hinting that their goals were shared.", "hinting"),
    ("The report counted the cuts early, and then implying that later costs were larger.", "implying"),
    ("The governor used the storm to make a point about roads and implied that the agency had failed.",
     "implied"),
    ("Q: Is the state budget likely to shrink under the new governor?", "likely"),
    ("Is a deal possible before the deadline?", "possible"),
    ("“Absolutely not,” she said. “I don’t think the mayor believes in anything but himself.”", "think"),
])
def test_a_status_or_report_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("There is some preliminary evidence that the early closures helped the economy.", "preliminary"),
    ("A recent survey suggested that younger voters are drifting away from both parties.", "suggested"),
    ("Farm-state senators broadly agree that the subsidy should be extended.", "broadly"),
    ("The measure is unlikely to pass the Senate before the recess.", "unlikely"),
    ("Trade officials warned of a possible breach of the agreement.", "possible"),
    ("The party chair hinted that she may step down after the election.", "hinted"),
    ("The paper published a story implying that the mayor had lied.", "implying"),
    ("The debt is likely to keep growing under the new budget.", "likely"),
    ("Is it possible that the court will take up the case again next year?", "possible"),
    ("Is it actually possible voters know less about the law than they did before?", "possible"),
    ("“We will see,” she said. “I don’t think the vote will be close.”", "think"),
])
def test_a_softened_claim_stays(text, word):
    assert word in _hedges(text), _hedges(text)
