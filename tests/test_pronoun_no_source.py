"""A speaking "it" no antecedent is found for is no source when it is a dummy before a linking verb or a thing
that shows (:mod:`framing.analysis.features.sourcing.pronoun_no_source`), and a he/she takes up a person named
just before, over a sentence of quotation, a sentence the same pronoun opens or a phrase of place
(:mod:`framing.analysis.features.sourcing.pronoun_subject_antecedents`). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[tuple[str, str]]:
    ev = profile(text).features["sourcing"].evidence
    return [(e.text, e.label) for e in ev if e.role == "source"]


def test_a_dummy_it_before_a_linking_verb_is_no_source():
    text = "It was the harbor board that closed the pier, claiming the boards were rotten."
    assert all(t.lower() != "it" for t, _ in _sources(text)), _sources(text)


def test_an_it_that_shows_is_no_source():
    text = ("The town kept its budget quiet for a year. When the ledger finally came out, it showed that the "
            "mayor had spent twice the sum.")
    assert all(t.lower() != "it" for t, _ in _sources(text)), _sources(text)


def test_an_it_that_says_stays_a_source():
    text = "Nobody expected much from the harbor review. It said the sea wall was too low."
    assert any(t.lower() == "it" for t, _ in _sources(text)), _sources(text)


def test_he_after_a_quotation_takes_up_who_replied():
    text = ("“If the tide rises, we will close the pier. If it does not, we will not,” Halvorsen replied. "
            "He then went on to praise the crew, saying, “They did their best.”")
    labels = [lab for t, lab in _sources(text) if t == "He"]
    assert labels and "Halvorsen" in labels[-1], _sources(text)


def test_he_takes_up_a_name_over_sentences_he_opens():
    text = ("Okonkwo, 52, was the first harbor master of the town. He was a native of the coast. At a meeting "
            "in the old hall, he said, “The sea gives and takes.”")
    labels = [lab for t, lab in _sources(text) if t == "he"]
    assert labels and "Okonkwo" in labels[-1], _sources(text)


def test_he_takes_no_woman_named_before():
    text = ("Margaret Okafor was the first harbor master of the town. He said the pier would close.")
    labels = [lab for t, lab in _sources(text) if t == "He"]
    assert all("Okafor" not in lab for lab in labels), _sources(text)


def test_an_it_that_explains_what_it_said_stays_a_source():
    text = ("The harbor board wanted the pier open. It explained that the boards were sound, adding that "
            "repairs were done.")
    assert any(t == "It" for t, _ in _sources(text)), _sources(text)


def test_the_writer_i_before_a_participle_takes_no_one_named():
    text = ("Halvorsen spoke to the crowd at the pier. I asked Rep. Dana Okafor, who had been quoted saying "
            "the pier was unsafe, whether she meant it.")
    labels = [lab for t, lab in _sources(text) if t == "I"]
    assert all("Halvorsen" not in lab and "Okafor" not in lab for lab in labels), _sources(text)
