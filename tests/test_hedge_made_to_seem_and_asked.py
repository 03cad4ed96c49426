"""Two uses of hedge words that soften no claim (issue 13, independent reading of seed 1010): "seem" after a
causative "make" ("made the plan seem cheap") names the look someone gives a thing; a modal inside an
indirect question opened by a word of doubt ("it is unclear how soon the court may rule", "no matter
whether ... may") asks, the doubt is the opener's. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text", [
    "The aides trimmed the figures to make the governor seem competent.",
    "The campaign made it seem like the senator had voted for the tax.",
    "The story was far less simple than it was first made to seem.",
    "Drought makes rationing seem unavoidable to the farmers of the valley.",
    "The ads were built to make Mr. Ortiz seem out of touch.",
])
def test_seem_after_a_causative_make_is_no_hedge(text: str) -> None:
    assert "seem" not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("The mayor made a deal which seems to be failing.", "seems"),          # a clause of its own
    ("The council made its choice, and the plan seems doomed.", "seems"),  # the next clause
    ("The new tariff seems likely to raise prices.", "seems"),
])
def test_seem_of_its_own_clause_stays_a_hedge(text: str, word: str) -> None:
    assert word in _hedges(text)


@pytest.mark.parametrize("text", [
    "It is unclear how soon the U.S. District Court judge may respond to the filing.",
    "It remains unclear how the new rules for the old county courts might work.",
    "Voters blame the mayor no matter whether a hostile majority on the council may be at fault.",
])
def test_a_modal_in_an_indirect_question_after_doubt_is_no_hedge(text: str) -> None:
    hedges = _hedges(text)
    assert "may" not in hedges and "might" not in hedges


@pytest.mark.parametrize("text, word", [
    ("The judge may respond to the filing before the end of the month.", "may"),
    # a wh-word far back that no word of doubt opens: the modal is the main clause's
    ("She explained how the new rules for the old county courts in the state might work.", "might"),
])
def test_a_modal_outside_such_a_question_stays_a_hedge(text: str, word: str) -> None:
    assert word in _hedges(text)
