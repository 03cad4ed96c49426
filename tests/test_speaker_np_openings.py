"""A speaker's noun phrase is taken whole: a lower-case modifier the phrase search leaves off ("public health
experts", "Gun control advocates", "congressional aides"), an owner or a count ("His critics", "One senior
aide") or a quantifier opening the sentence ("Several other senators"); a verb or preposition before the
phrase is left out ("said health experts"). A pronoun's antecedent may be a two-word name with a common first
name and no title ("Ask Barack Obama; ... He said"). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    ev = profile(text).features["sourcing"].evidence
    return {e.text: e.label for e in ev if e.role == "source"}


def test_a_lower_case_modifier_is_part_of_the_speaker():
    sources = _sources("The virus spreads fast, and public health experts say masks help. The rule was changed, "
                       "congressional aides said.")
    assert "public health experts" in sources, sources
    assert "congressional aides" in sources, sources


def test_a_quantifier_opening_the_sentence_is_part_of_the_speaker():
    sources = _sources("Two senators called the claims troubling. Several other senators also said he should go.")
    assert "Several other senators" in sources, sources


def test_a_compound_opening_the_sentence_is_part_of_the_speaker():
    sources = _sources("Gun control advocates said the bill was weak.")
    assert "Gun control advocates" in sources, sources


def test_a_verb_before_the_phrase_stays_out():
    sources = _sources("The masks help, said health experts at the meeting.")
    assert not any(s.startswith("said") for s in sources), sources


def test_a_first_name_makes_an_untitled_name_an_antecedent():
    text = ("Analyst Tom Reed said the data matter. Does data analysis really work? Ask Barack Obama; it is why "
            "he has been living in the White House. He said that data wins elections.")
    labels = [e.label for e in profile(text).features["sourcing"].evidence if e.role == "source" and e.text == "He"]
    assert labels and "Barack Obama" in labels[0] and "Ask" not in labels[0], labels
