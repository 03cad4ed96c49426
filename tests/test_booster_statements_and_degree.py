"""Boosters that report a statement, its manner or a degree (booster_statement_readings): "make it clear"
said of someone, "say this clearly", a negative subject a few words back, "really, really" and "really that",
"the truth is in ..."; the speaker's own "let me make it clear" and plain certainty beside them stay.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _boosters(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "boosters")]


@pytest.mark.parametrize("text, word", [
    ("The mayor's office will make it clear to the drivers that the depot stays open.", "clear"),
    ("The senator is making clear he has no plans to back the bill.", "clear"),
    ("Let me say this clearly: the depot is not for sale.", "clearly"),
    ("The mayor failed to communicate clearly to the drivers about the closure.", "clearly"),
    ("None of the council members on the panel were really that interested in the depot.", "really"),
    ("\u201cThe depot is closing, and this is really, really sad,\u201d the driver said.", "really"),
    ("The truth is in the gray areas, the judge told the jury.", "the truth is"),
    ("One gauge of home values showed that the city was trading at a record high.", "showed that"),
    ("The web as we know it was built by a handful of engineers.", "as we know"),
    ("The warden's job is making sure everyone knows where the exits are.", "everyone knows"),
])
def test_statements_manner_and_degree_are_no_boosters(text: str, word: str) -> None:
    assert word not in _boosters(text), _boosters(text)


@pytest.mark.parametrize("text, word", [
    ("We have made it very clear that the depot will not close.", "clear"),
    ("It is clear that the depot lost money for years.", "clear"),
    ("The audit clearly shows the depot lost money.", "clearly"),
    ("That is really why the depot closed, whatever the council says.", "really"),
    ("The truth is that the depot lost money for years.", "the truth is"),
    ("The audit showed that the depot had lied about its losses.", "showed that"),
    ("The senator has made it very clear that she would follow the law.", "clear"),
    ("\u201cThe city is making it clear that we intend to close the depot,\u201d the mayor said.", "clear"),
    ("We can say very clearly that the depot lost money.", "clearly"),
    ("As we know, the depot lost money for years.", "as we know"),
    ("Everyone knows that the depot lost money for years.", "everyone knows"),
    ("The council did nothing to slow the depot's inevitable closure.", "inevitable"),
])
def test_the_speakers_own_certainty_stays(text: str, word: str) -> None:
    assert any(word in b for b in _boosters(text)), _boosters(text)
