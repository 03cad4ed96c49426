"""Loaded entries in an everyday sense judge nobody: "woke" as a verb, a word inside a quoted title, "went
crazy", a word of the mind said of oneself, "sarcastically termed", a word after "nor" or "did not have a",
and "Dems" quoted or in capitals; the judging uses beside them stay.

Written for the test (issue 13, eighth pass, round 2): each plain sentence is a class independent readers
judged wrong, each loaded one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("When the farmer woke at 4 a.m. on Tuesday, the barn was already on fire.", "woke"),
    ("The lorry driver was knocked out and woke up in a county hospital.", "woke"),
    ("The tremor woke him up just after midnight, the neighbor said.", "woke"),
    ("In her book \u201cThe Righteous Path: How Towns Choose Their Mayors,\u201d the historian argues otherwise.",
     "righteous"),
    ("The band played the old anthem and the whole hall went crazy for ten minutes.", "crazy"),
    ("Maybe I\u2019m paranoid, but the timing of the cancellation seemed odd to me.", "paranoid"),
    ("\u201cI guess I was naive about the rules,\u201d the vendor said.", "naive"),
    ("The pilots spent years in a camp sarcastically termed the Grand Hotel by its inmates.", "sarcastically"),
    ("\u201cI will not testify falsely, nor will I make up lies,\u201d the aide said.", "lies"),
    ("The student did not have a malicious intent; he wanted to show the flaw.", "malicious"),
    ("\u201cWhat matters now is how many Dems you can win over,\u201d the organizer said.", "dems"),
    ("Readers saw the banner at noon. POLL: MOST DEMS WANT A NEW LEADER", "dems"),
])
def test_everyday_senses_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The woke brigade wants to rename every school in the county.", "woke"),
    ("The councilman is paranoid about his rivals and sees plots everywhere.", "paranoid"),
    ("The proposal to close every library is crazy and cruel.", "crazy"),
    ("He called his rival \u201cCrooked Pete\u201d at every rally.", "crooked"),
    ("The mayor's aides spread lies about the auditor.", "lies"),
    ("The hacker had a malicious intent and stole the files.", "malicious"),
    ("The Dems have become honorary members of the mob, and nobody in the party minds.", "dems"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))
