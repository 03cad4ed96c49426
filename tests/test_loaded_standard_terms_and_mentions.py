"""Loaded words used as the standard descriptive term of news, or mentioned rather than used, are not loaded;
the judging uses of the same words stay.

Written for the test (issue 13, eighth pass): each plain sentence is a class independent readers judged wrong
(radical Islam, a jihadist rebel group, a self-proclaimed republic, far-right groups, mob bosses, the word
"racist", words listed as what others said), each loaded one the near case that must stay.
"""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence if e.measure != "valenced"]


@pytest.mark.parametrize("text, word", [
    ("\"We will deny radical Islamist terrorists territory and funding,\" the statement said.", "radical"),
    ("The cleric preached radical Islam at the mosque for years.", "radical"),
    ("Police said the young man had turned to a radical form of Islam after moving abroad.", "radical"),
    ("Those who call for violence and terror belong to the more radical groups, the cleric said.", "radical"),
    ("The bombing was claimed by a jihadist rebel group linked to Al Qaeda.", "jihadist"),
    ("The prime minister of the self-proclaimed Lugansk People's Republic spoke on Monday.", "self-proclaimed"),
    ("The coalition fought the self-proclaimed Islamic State for four years.", "self-proclaimed"),
    ("The mayor once met with far-right groups on a trip abroad.", "far-right"),
    ("The army launched a crackdown on Kurdish and far-left militants in the east.", "far-left"),
    ("The developer used mob concrete for the tower, the book says.", "mob"),
    ("The network has steered clear of the word \u201cracist\u201d in its reports.", "racist"),
    ("We tend to think of \u201cracist\u201d as an insult rather than a description.", "racist"),
    ("The jobs report came out on Friday. Dreadful. Lousy. Those are two of the words analysts used for it.",
     "lousy"),
])
def test_standard_terms_and_mentions_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text)), _loaded(text)


@pytest.mark.parametrize("text, word", [
    ("The senator said the radical leftists in the House should go home.", "radical"),
    ("Ankara called the Iranian leadership a jihadist regime bent on expansion.", "jihadist"),
    ("Officers shot the jihadist before he reached the station.", "jihadist"),
    ("The candidate, a self-proclaimed billionaire, bragged that he needed no donors.", "self-proclaimed"),
    ("The group wants to replace far-left policies with sensible government.", "far-left"),
    ("A torch-wielding mob shouted down the speaker at the college.", "mob"),
    ("The governor called the decision racist and vowed to appeal it.", "racist"),
    ("The lines at the office were long. Lousy. The clerks closed early again.", "lousy"),
])
def test_the_judging_uses_stay(text, word):
    assert any(word in t for t in _loaded(text)), _loaded(text)


@pytest.mark.parametrize("text, word", [
    ("Mueller led the investigation into Russian meddling and possible collusion.", "meddl"),
    ("Officials asked whether hackers meddled in the state election last fall.", "meddl"),
    ("At night the searchlights swept the field like monster fireflies.", "monster"),
    ("Growth could top five percent, which would be a monster quarter for the firm.", "monster"),
    ("The rally had giant flags, patriotic chants, and a parade of veterans.", "patriotic"),
    ("A small subgroup of self-described anarchists began to damage cars downtown.", "anarchists"),
    ("Balloons carried propaganda leaflets across the border on Tuesday.", "propaganda"),
    ("The clip was released through the group's propaganda arm abroad.", "propaganda"),
])
def test_plain_senses_of_the_eighth_pass_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text)), _loaded(text)


@pytest.mark.parametrize("text, word", [
    ("Critics said the bill lets the federal government keep meddling with the practice of medicine.", "meddl"),
    ("\"He was a monster,\" the prosecutor told the jury after the verdict.", "monster"),
    ("The report is an indictment of the monster once known as a bishop.", "monster"),
    ("Her allies praised the marchers as patriotic and brave.", "patriotic"),
    ("The network kept feeding viewers propaganda about the war.", "propaganda"),
    ("\"Those who do not want to be linked with anarchists should leave,\" police said.", "anarchists"),
])
def test_their_judging_uses_stay(text, word):
    assert any(word in t for t in _loaded(text)), _loaded(text)
