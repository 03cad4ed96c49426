"""Sixteenth pass on hedging's modals: "if I may" (a courtesy), a "could" coordinated with a "could
freely", a "could be so" of feeling ("amazed that he could be so calm"), a "may not have the ..." granted
before a "but" whose contrast holds its own doubt, and a "could" of what a court's ruling allows are no
softened claims; the possibilities beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _hedges(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "hedging")]


@pytest.mark.parametrize("text, word", [
    ("The plan will, if I may say so, fix the roads at last.", "may"),
    ("It is, if we may borrow a line from the coach, a rebuilding year.", "may"),
    ("Factories could freely dump waste upriver, and the towns could absorb the cost for decades.", "could"),
    ("The senator may not have the charm of her rivals, but her record could carry her through.", "may"),
    ("The judge ruled that voters could still use their old cards at the polls.", "could"),
    ("The court said in its ruling that the city could keep the statue in the park.", "could"),
    ("Her fans were amazed that the rookie could be so calm on the big stage.", "could"),
    ("I still can't believe the board could be so careless with the money.", "could"),
])
def test_courtesies_freedoms_states_and_rulings_are_no_hedges(text: str, word: str) -> None:
    assert word not in _hedges(text)


@pytest.mark.parametrize("text, word", [
    ("If they may lose the seat, the party should act now.", "may"),
    ("Factories could freely dump waste, but the rivers could turn toxic within a year.", "could"),
    ("Workers could strike next week, and the plant could close.", "could"),
    ("The senator may not have voted yet, but she could decide tonight.", "may"),
    ("The bill may not have the votes, but if it did, it could pass.", "may"),
    ("After the judge's ruling, the city could still win at trial.", "could"),
    ("The ruling could sap momentum from the movement.", "could"),
    ("Organizers fear the march could be so large that the bridge closes.", "could"),
    ("The fans were thrilled that the rookie could play on Sunday.", "could"),
    ("Some officials believe the storm could be so strong that towns flood.", "could"),
])
def test_possibilities_beside_them_stay_hedges(text: str, word: str) -> None:
    assert word in _hedges(text)
