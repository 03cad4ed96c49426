"""Eleventh pass (hedge_modal_idioms, hedge_named_acts): "might as well", "could and should", "does not (and
may not)", a "speculate" with no claim after it, the noun "surmise", "preliminary talks", "estimated how
many", "widely known to", "it's possible to", "in a sense of", "tentatively scheduled" and "Hint:" soften
no claim; the hedging uses beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("If the council will not fund the library, it might as well close the doors now.", "might"),
    ("The ministers could and should have asked the court for a delay in March.", "could"),
    ("The city does not (and may not) search the homes of tenants without a warrant.", "may"),
    ("The spokesman declined to speculate on why the shipments were late.", "speculate"),
    ("The cable was full of rumor, gossip and surmise that nobody had checked.", "surmise"),
    ("The union is in preliminary talks with the hospital over the night shifts.", "preliminary"),
    ("The agency estimated how many farms might apply for the grants next year.", "estimated"),
    ("The harbor is widely known to have the deepest berths on the coast.", "known to"),
    ("Under the new rules, it's possible to look up every donor in the county.", "it's possible"),
    ("Their fears are rooted in a sense of the city as hostile and crowded.", "in a sense"),
    ("The mayor is tentatively scheduled to open the bridge on Friday.", "tentatively"),
    ("How To Win A Zoning Fight (Hint: Show Up Early)", "hint"),
    ("But Okafor indicated that she will not call the vote this week.", "indicated"),
    ("Trump indicated that he wants to reopen the plants by May.", "indicated"),
    ("The union has not indicated how much it will ask for.", "indicated"),
])
def test_idioms_named_acts_and_feasibility_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Even a small delay might sink the whole project, the engineers warned.", "might"),
    ("The ministers could face a vote of no confidence next week.", "could"),
    ("Tenants may think the notice is minor and may not read it at all.", "may"),
    ("The coach speculated that the injury would keep him out for a month.", "speculated"),
    ("Preliminary data show the river is cleaner than last year.", "preliminary"),
    ("The agency estimated that about 4,000 farms will apply for the grants.", "estimated"),
    ("It's possible that the vote will slip to the spring.", "it's possible that"),
    ("In a sense, the mayor has already won the argument.", "in a sense"),
    ("The governor hinted that she may run for the Senate.", "hinted"),
    ("The mayor, and I am speculating here, will not run again.", "speculating"),
    ("He posted a message indicating he is still not convinced the plant is safe.", "indicating"),
])
def test_the_hedges_stay(text: str, word: str) -> None:
    assert word in _hedges(text)
