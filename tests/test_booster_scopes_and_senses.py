"""Boosters inside a scope that takes their certainty away (booster_scopes: under "may" / "might" /
"could", in an "only when" clause, after "presented as") and words of another sense ("certain
similarities", "make certain", "clear of", "prevents conclusively"); the plain certainty words beside them
stay. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _boosters(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "boosters")]


@pytest.mark.parametrize("text, word", [
    ("If the vote goes badly, the council may indeed go into full panic mode.", "indeed"),
    ("The mayor's choice may wind up helping her by showing that she is not afraid.", "showing that"),
    ("The cost of the depot could finally become obvious to the council.", "obvious"),
    ("The mayor might have actually made the budget worse.", "actually"),
    ("A recall is a last resort, and only when the evidence is clear of a real breach.", "the evidence is clear"),
    ("The audit is a last resort, used only when the fraud is obvious to everyone.", "obvious"),
    ("The report says the records prevent conclusively determining the cost.", "conclusively"),
    ("The rumour is presented to the reader as undisputed reality.", "undisputed"),
    ("There are certain similarities between the two depots.", "certain"),
    ("The council will work to make certain that the depot stays open.", "certain"),
    ("The cart rolled partly clear of the wall before it stopped.", "clear"),
    ("Until last year, there were certain political habits nobody questioned.", "certain"),
    ("The council's playbook for storms is clear cut: open the depot early.", "clear"),
    ("Some say the closure was likely inevitable, given the budget.", "inevitable"),
])
def test_a_booster_in_a_scope_or_another_sense_is_no_booster(text, word):
    assert word not in _boosters(text), _boosters(text)


@pytest.mark.parametrize("text, word", [
    ("The council will undoubtedly close the depot next year.", "undoubtedly"),
    ("We can certainly begin to repair the depot this spring.", "certainly"),
    ("New parties could definitely make it harder for the mayor to win.", "definitely"),
    ("The damage clearly could not have come from the storm.", "clearly"),
    ("The mayor is certain the audit will be fair.", "certain"),
    ("It is clear that the depot lost money.", "it is clear that"),
    ("The council indeed voted to close the depot.", "indeed"),
    ("The report is undisputed, and the council accepts it.", "undisputed"),
    ("The closure was inevitable, given the budget.", "inevitable"),
])
def test_a_plain_certainty_stays_a_booster(text, word):
    assert word in _boosters(text), _boosters(text)
