"""Ninth pass on hedging: non-modal hedge words in a sense that softens nothing (evident "apparent", "more
generally", "widely known", "considered" as weighed or counted, a charge of "unverified", "dubious" and
"tentative" before a noun, a surprising "unlikely", literal partiality, appearance against reality), and
a condition, a reported or past belief, a denied ground and a "said to" of speech. The hedges beside them
stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Their dislike of the plan became apparent when they voted it down.", "apparent"),
    ("It was apparent that the rumor was a hoax.", "apparent"),
    ("The council cut the bus budget. More generally, the city faces a deficit.", "generally"),
    ("Farmers, and rural voters more broadly, want the tariff gone.", "broadly"),
    ("The coach, whose views are now widely known, kept quiet.", "widely"),
    ("The mayor reversed a widely criticized order on parking.", "widely"),
    ("Critics say the rule cannot even be considered a serious reform.", "considered"),
    ("The school said the walkout will be considered an unexcused absence.", "considered"),
    ("Congress never considered his plan for the harbor.", "considered"),
    ("The paper printed a totally unverified, unvetted memo about the mayor.", "unverified"),
    ("They sent very dubious emails to the staff of the shop.", "dubious"),
    ("The two sides reached a tentative agreement on wages.", "tentative"),
    ("The shy clerk achieved unlikely campaign victories in the suburbs.", "unlikely"),
    ("Reporters have had to rely in part on accounts from aides.", "in part"),
    ("The mayor threatened to partially withdraw from the pact.", "partially"),
    ("What seemed like another storm turned out to be a flood.", "seemed"),
    ("The rule, at least on the surface, appeared to be a compromise.", "appeared to"),
    ("The firm is eager to appear to be acting with its partners.", "appear to"),
])
def test_plain_word_senses_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Stocks rose after an apparent truce between the two negotiators.", "apparent"),
    ("Voters generally support the tax, the poll found.", "generally"),
    ("The senator is widely expected to run again next year.", "widely"),
    ("The governor is considered a rising star in her party.", "is considered"),
    ("The diamond could be considered a bribe, the lawyer said.", "considered"),
    ("The rise in prices is due in part to the drought.", "in part"),
    ("The new rules are partially to blame for the delays.", "partially"),
    ("The mayor seemed to forget the promise he made.", "seemed"),
    ("The talks appeared to stall on Monday.", "appeared to"),
    ("Such a deal is unlikely to pass the Senate this year.", "unlikely"),
])
def test_hedges_beside_plain_senses_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("He said he cannot fault the other side if I think it is a good idea for ours.", "i think"),
    ("If it appears like you overreacted, you probably did the right thing.", "it appears"),
    ("Here is the blind spot: Both think she is too cautious.", "think"),
    ("Democrats, who last week were insisting that fraud was rare, now believe that it decided the race.",
     "believe"),
    ("We roamed freely, so long as we believed it would work out well for us.", "believed"),
    ("There is little evidence to suggest that the new road raised crime.", "suggest"),
    ("The chairman said to close the hearing at noon.", "said to"),
])
def test_conditions_and_reported_views_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("I think the bill will pass this week.", "i think"),
    ("The data suggest that the new road raised crime.", "suggest"),
    ("The singer, who is also said to write songs, left the band.", "said to"),
    ("It appears that the vote was delayed again.", "it appears"),
])
def test_softened_claims_beside_them_stay(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("It is not readily apparent what the truce will achieve.", "apparent"),
    ("Later that night, what appeared to be a small group of vandals broke windows.", "appeared to"),
    ("Democrats were inspired in part by the senator's speech.", "in part"),
])
def test_uncertain_uses_of_the_same_words_stay(text: str, word: str) -> None:
    assert word in _hedges(text)
