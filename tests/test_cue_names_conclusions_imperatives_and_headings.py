"""Nineteenth pass, round 3, on cues: "called" naming a thing after an object noun phrase ("gave money to a
small group called Save the River"), "concluded" of an event ended ("concluded its inquiry"), the writer's
"consider" to the reader and a noun in a subheading line attribute nothing and are set aside; a subject calling
someone something, a conclusion reached, a source's "consider" and a heading's verb stay. The sentences are
written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The donor gave money to a small local group called Save the River in 2019.", "called"),
    ("It was once a regional charity called Friends of the Park, which later closed.", "called"),
    ("The town built a flood wall called the Long Barrier after the storm.", "called"),
    ("The method relies on a tool— called a gene gun —to insert the DNA.", "called"),
    ("Volunteers formed a new, informal network called Neighbors Helping Neighbors.", "called"),
    ("The shrub, sometimes called mountain lilac, grows well in dry yards.", "called"),
    ("The committee concluded its inquiry last spring with no charges.", "concluded"),
    ("The director concluded the agency's review of the program in May.", "concluded"),
    ("The court concluded arguments on Tuesday afternoon.", "concluded"),
    ("As a window into this problem, consider a survey taken last year.", "consider"),
    ("Finally, consider the numbers from the last election.", "consider"),
    ("It sounds odd, but consider that the two plans are nearly the same.", "consider"),
    ("Consider the case of the missing ballots.", "consider"),
    ("The vote came late on Friday.\n\nMarket fears\n\nStocks fell sharply on Monday.", "fears"),
])
def test_names_endings_imperatives_and_headings_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("An Ohio Republican called Pence a safe choice.", "called"),
    ("Then a rival called him a liar on stage.", "called"),
    ("The vote stalled when a senator called the plan a disaster.", "called"),
    ("Quoting the memo in a post late Monday, Smith called the audit a sham.", "called"),
    ("One survey gave the senator a small lead and another called the race a tie.", "called"),
    ("The committee concluded that the agency broke the rules.", "concluded"),
    ("Investigators concluded the fire was set on purpose.", "concluded"),
    ("Local militants, including a splinter group, consider the clerics traitors.", "consider"),
    ("Most of the voters we met, frankly, consider him a hero.", "consider"),
    ("The vote came late on Friday.\n\nSome investors now fear a long decline in prices, analysts said.", "fear"),
    ("The vote came late on Friday.\n\nTrump hasn't opposed publication\n\nHe said so on Monday.", "hasn't opposed"),
    ("The vote came late on Friday.\n\nGovernor says no\n\nShe turned the plan down on Monday.", "says"),
    ("The vote came late on Friday.\n\nMayor warned twice\n\nThe letters went out in May.", "warned"),
])
def test_calls_conclusions_views_and_sentences_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


def test_rules_of_a_named_body_are_followed_not_cited() -> None:
    assert acting_cue("The vote was conducted according to Senate rules last week.", "according to")
    assert not acting_cue("The vote was delayed, according to Senate aides.", "according to")


def test_a_long_thing_added_to_a_place_is_a_deed() -> None:
    assert acting_cue("So the chief of staff quietly added the job of party peace broker to his duties.", "added")
    assert not acting_cue("The chief of staff added that the job of party peace broker was his.", "added")
