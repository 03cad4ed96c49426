"""Loaded entries used plainly are not loaded: a manner observed, an allegation reported, a topic named, a
literal slaughter; the judging uses beside them stay.

Written for the test (issue 13, seventh pass): each plain sentence is a class readers judged wrong, each
loaded one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("The clerk closed the gate and she said, angrily, that the hall was full.", "angrily"),
    ("The guards angrily shooed the visitors away from the statue.", "angrily"),
    ("Investigators are examining whether the mayor's aides colluded with the developer.", "colluded"),
    ("The agency released a new research guide on fake news for students.", "fake news"),
    ("The senator criticized the proliferation of fake news stories on social media.", "fake news"),
    ("Fake news could prove vexing for the inquiry, lawyers said.", "fake news"),
    ("In the area where cattle are slaughtered, the workers stand close together.", "slaughter"),
    ("The veteran farmer Walter Slaughter said the harvest was late.", "slaughter"),
    ("The militants urged followers to find soldiers and \u2018slaughter\u2019 them at home.", "slaughter"),
    ("The group is virulently anti-Shiite, the professor notes.", "anti-shiite"),
])
def test_plain_uses_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The council members have railed against the bill, angrily arguing that it would gut the program.",
     "angrily"),
    ("The mayor colluded with the developers to cheat the taxpayers.", "colluded"),
    ("The president dismissed the reporter as \u201cfake news\u201d to cheers from the crowd.", "fake news"),
    ("The regime chose to slaughter peaceful protesters rather than negotiate.", "slaughter"),
    ("The group spreads anti-Semitic tropes online.", "anti-semitic"),
])
def test_judging_uses_stay_loaded(text, word):
    assert any(word in t for t in _loaded(text))


def _set_aside(text: str, term: str) -> str | None:
    """The reason ``loaded_keep`` gives for the first lexicon match of ``term`` in ``text`` (None: kept)."""
    from framing.analysis.context import Context
    from framing.analysis.features.loaded import loaded_keep
    from framing.analysis.features.phrases import accepted_matches
    from framing.types import Article

    ctx = Context(Article(id="t", title="Headline", text=text))
    for doc, match in accepted_matches(ctx, "loaded", None):
        if doc.field == "text" and match.entry.term == term:
            return loaded_keep(doc, match)
    raise AssertionError(f"{term!r} not matched")


def test_fake_news_applied_to_one_story_is_not_the_topic():
    assert _set_aside("This tabloid's fake news story about the senator should be retracted.", "fake news") is None
    assert _set_aside("The agency released a new guide on fake news for students.", "fake news")
