"""A speaking he/she that no other rule resolves takes the one person of its gender named by first name and
surname just before it (:mod:`framing.analysis.features.sourcing.pronoun_gendered_names`), and stays
unresolved when two such persons, or someone named by a title or as a speaker after the name, stand there.
Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile

from framing.analysis.context import Context
from framing.analysis.features.sourcing.facts import doc_facts
from framing.analysis.features.sourcing.pronoun_gendered_names import sole_gendered_name
from framing.types import Article


def _sole(text: str, pronoun: str) -> str | None:
    facts = doc_facts(Context(Article(id="t", title="", text=text)))[-1]
    at = facts.doc.norms.index(pronoun)
    found = sole_gendered_name(facts, at)
    return found.name if found is not None else None


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_she_takes_the_only_woman_named_before():
    text = ("The harbor reporter whose story broke the news, Linda Quell, is liked on both sides of the aisle. "
            "She reported that the wall was too low.")
    labels = _labels(text, ("she",))
    assert labels and "Linda Quell" in labels[-1], labels


def test_he_takes_a_man_named_before_a_quotation():
    text = ("The budget office had warned for years, but Walter Brisk of the harbor institute was caught off "
            "guard by the figures. \"I'm surprised nobody looked at the tides,\" he says.")
    labels = _labels(text, ("he",))
    assert labels and "Walter Brisk" in labels[-1], labels


def test_two_men_named_before_leave_he_unresolved():
    text = ("The harbor board met after Walter Brisk and Thomas Vale argued in the hall for hours. "
            "Later he says the wall will hold.")
    assert _sole(text, "he") is None
    assert _sole("The harbor board met after Walter Brisk argued in the hall for hours. Later he says the wall "
                 "will hold.", "he") == "Walter Brisk"


def test_a_man_named_by_a_title_after_the_name_leaves_he_unresolved():
    text = ("The harbor plan recalls the tide law of Walter Brisk decades ago. Governor Vale, meanwhile, "
            "will speak next week in a speech in which he declared the wall a priority.")
    assert _sole(text, "he") is None
    labels = _labels(text, ("he",))
    assert all("Walter Brisk" not in lab for lab in labels), labels
