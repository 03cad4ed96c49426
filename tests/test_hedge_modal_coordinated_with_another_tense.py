"""A modal right after "or" that pairs with the same verb in another tense ("arose or may arise", "is or
may be", "did not, or could not") words a scope over every case and is no hedge (hedge_modal_coordinations);
a modal after "or" and another verb, or after a noun, stays. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The order covers any disputes that arose or may arise from the harbour contract.", "may"),
    ("The fund pays any resident who is or may be affected by the closure of the mill.", "may"),
    ("The clerk must keep all files that existed or might exist on the council's servers.", "might"),
    ("The board did not, or could not, explain why the ferry contract was cancelled.", "could"),
])
def test_a_modal_paired_with_the_same_verb_in_another_tense_is_no_hedge(text, word):
    assert word not in _hedges(text), _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The mayor is nearing, or may have already passed, the limit on campaign spending.", "may"),
    ("Dozens of workers are under observation or could be exposed to the fumes.", "could"),
    ("The council may delay the vote, or it may cancel the project altogether.", "may"),
])
def test_a_modal_after_or_and_another_verb_stays(text, word):
    assert word in _hedges(text), _hedges(text)
