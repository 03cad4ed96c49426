"""A "could" of an option open to someone, of a definition met, of the forms a thing takes or of what a
plant is built to put out, and an "appear to be healthy" of how someone looks, are no hedges
(hedge_modal_options); the possibility "could" and the softening "appears to" beside them stay.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("Shop owners can reopen next week. Or they could keep the shutters down and wait for the grants.",
     "could"),
    ("The chair can rule on the points of order. Or the members could overturn her rulings by a vote.",
     "could"),
    ("The mayor said the county could take several steps to cut the queues at the depot.", "could"),
    ("If the board fails to act, the governor could take such action herself.", "could"),
    ("Critics say the plan failed, but the mayor could argue she has done more than her rivals.", "could"),
    ("Over the decade, about six fires a year could be defined as major blazes, the report found.", "could"),
    ("A new county rule, which could be either a bylaw or a looser guidance note, binds the depots.",
     "could"),
    ("The council vowed to restart a plant that eventually could make fuel for the whole county.", "could"),
    ("The clinic wants to test people who appear to be healthy, so that outbreaks are caught early.",
     "appear to"),
])
def test_an_option_definition_form_output_or_look_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("Or it could mean the depot closes for good.", "could"),
    ("Shop owners say the closure could take months to reverse.", "could"),
    ("The dispute could take the county to the brink of default.", "could"),
    ("The new rules could be considered a breach of the charter, lawyers warn.", "could"),
    ("The council could block the budget next week, aides said.", "could"),
    ("Leaks from the plant could poison the river for years.", "could"),
    ("The effort to rebuild the depot appears to be dead in the water.", "appears to"),
])
def test_a_possibility_or_a_softened_look_stays(text, word):
    assert word in _hedges(text), _hedges(text)
