"""Loaded-lexicon words used to describe, not to judge (twelfth pass): "extremism" named as a phenomenon or a
field, "divisive" of a contest or an issue, "perilous" of a journey, a word after "what counts as", "the fringe"
as a noun of place, "malicious" in the cybersecurity term; the judging uses beside them stay.

Written for the test: each descriptive sentence is a class readers judged wrong, each judging one the near case
that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile

from framing.analysis.features.loaded_descriptive_uses import descriptive_use
from framing.analysis.text import tokenize


def _loaded(text: str) -> list[str]:
    """The highlighted loaded spans (strongly valenced words the model keeps are listed apart, not highlighted)."""
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("Voters can expect a divisive presidential campaign next year.", "divisive"),
    ("There have been several divisive Supreme Court nominations in the past decade.", "divisive"),
    ("The tax plan may prove more divisive among the party's donors than expected.", "divisive"),
    ("The council avoided the most divisive issues until after the vote.", "divisive"),
    ("The farmer made the perilous journey north with her two sons.", "perilous"),
    ("The panel set the standards for what counts as praiseworthy in a young scholar.", "praiseworthy"),
    ("Many good ideas begin on the fringe and move to the center.", "fringe"),
    ("The agency treated the breach like other malicious activity by foreign hackers.", "malicious"),
])
def test_descriptive_uses_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The senator is a divisive figure who thrives on insults.", "divisive"),
    ("The mayor rejects the divisive views the preacher keeps spreading.", "divisive"),
    ("The group is a fringe outfit that nobody takes seriously.", "fringe"),
    ("His hands-off approach is praiseworthy and should be copied.", "praiseworthy"),
    ("The nomination reveals the senator's malicious agenda against the court.", "malicious"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word, descriptive", [
    ("The professor is an expert on right-wing extremism in Europe.", "extremism", True),
    ("The agency wants to combat extremism online.", "extremism", True),
    ("The ministers discussed the threat of Islamic extremism.", "extremism", True),
    ("The extremism voiced on the debate stage alarmed the donors.", "extremism", False),
    ("Their extremism has cost the party two seats.", "extremism", False),
    ("The perilous state of the budget worries the mayor.", "perilous", False),
    ("The candidates fought a divisive battle in the primary.", "divisive", False),
    ("The cell represents the fringe of the movement, the officer says.", "fringe", False),
    ("The inn stands on the fringes of the old town.", "fringes", True),
    ("The firm found malicious software on two servers.", "malicious", True),
    ("The senator accused the board of malicious intent.", "malicious", False),
])
def test_descriptive_use_rule_itself(text, word, descriptive):
    """The rule apart from the model that gates a lone label shape ("extremism" is found by its shape)."""
    doc = tokenize(text)
    i = doc.norms.index(word)
    assert (descriptive_use(doc, i, i + 1, word) is not None) is descriptive
