"""Loaded entries denied a few words away, used as the computer-security term "malicious", or ending a name
("the Kokuka Courageous", "April Fool's") judge nothing; the same words judging stay. Sentences written for the
test (issue 13, eleventh pass)."""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("Raising the fuel tax is not a completely crazy option for the state, the economist said.", "crazy"),
    ("The senator said he will work with the governor and not be a \"knee-jerk critic\" of his plans.", "knee-jerk"),
    ("The builder told the paper he doesn't see his partner as a \"shady character\" at all.", "shady"),
    ("Investigators said the malicious software spread through the hospital's computer network.", "malicious"),
    ("The agency treated the hack like other malicious activity by cyber actors, an official said.", "malicious"),
    ("The outage was caused by a malicious external attack on the paper's website and email.", "malicious"),
    ("Divers inspected the hull of the Panamanian-flagged Ocean Courageous after the blast in the strait.",
     "courageous"),
    ("The minister called the offer an April Fool's joke that came three months late.", "fool"),
])
def test_denied_technical_or_named_is_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("Raising the fuel tax is a completely crazy option for the state, the senator said.", "crazy"),
    ("The senator is a knee-jerk critic of every plan the governor sends.", "knee-jerk"),
    ("The builder told the paper his partner is a shady character who cheats everyone.", "shady"),
    ("She said the rival campaign spread malicious lies about her family for months.", "malicious"),
    ("The mayor praised the courageous firefighters who ran into the burning depot.", "courageous"),
    ("Only a fool would believe the governor's promises about the budget, the senator said.", "fool"),
])
def test_judging_use_stays_loaded(text, word):
    assert any(word in t for t in _loaded(text))
