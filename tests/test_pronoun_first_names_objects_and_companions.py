"""A speaking he/she stands for a person called by the first name of a full name given before
(:mod:`framing.analysis.features.sourcing.pronoun_given_names`), passes over a name after a preposition and
its describing words (:mod:`framing.analysis.features.sourcing.pronoun_prepositional_names`), and takes a
name joined by "and" to an unnamed companion (:mod:`framing.analysis.features.sourcing.pronoun_companions`).
Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_a_first_name_of_a_full_name_before_is_that_person():
    text = ("Last spring, Odalys Brenner drove to the coast with her niece Sydalo. "
            "\"We waited all year,\" Sydalo said as the car stopped. "
            "Hours later the two sat down by the water. Odalys kept laughing. "
            "She wished the day were longer, she said, but she was glad they came.")
    labels = _labels(text, ("she",))
    assert labels and "Odalys" in labels[-1] and "Sydalo" not in labels[-1], labels


def test_a_first_name_never_given_in_full_is_no_such_person():
    text = ("\"We waited all year,\" Sydalo Brenner said as the car stopped. "
            "Hours later the two sat down by the water. Odalys kept laughing. "
            "She wished the day were longer, she said, but she was glad they came.")
    labels = _labels(text, ("she",))
    assert not any("Odalys Brenner" in label for label in labels), labels


def test_a_name_after_a_preposition_and_a_title_is_no_subject():
    text = ("Trump said the talks with the prime minister went well. "
            "Earlier on Friday Trump had followed up his posts on the crash with one criticizing the cabinet of "
            "former President Barack Obama while claiming success against the rebels. "
            "\"We have done more in nine months than they did in years,\" he said in the post.")
    labels = _labels(text, ("he",))
    assert labels and "Trump" in labels[-1] and "Obama" not in labels[-1], labels


def test_a_name_with_a_title_opening_the_sentence_stays_the_subject():
    text = ("Former President Barack Obama spoke at the rally on Friday. "
            "\"We have done more than they expected,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Obama" in labels[-1], labels


def test_a_name_and_an_unnamed_companion_is_the_subject():
    text = ("Dr. Lena Voss warned that the storms would return next year. "
            "Ms. Marla Quill and her husband, a carpenter, moved into a rental after the fire. "
            "\"There is a kind of freedom in it now,\" she says.")
    labels = _labels(text, ("she",))
    assert labels and "Quill" in labels[-1] and "Voss" not in labels[-1], labels


def test_a_name_and_another_name_is_no_single_subject():
    text = ("But Dr. Ivan Trelov said the ties may matter more than before. "
            "Mr. Peskin and Mr. Wei, he added, have the time and the power to push them forward.")
    labels = _labels(text, ("he",))
    assert labels and "Trelov" in labels[-1], labels
