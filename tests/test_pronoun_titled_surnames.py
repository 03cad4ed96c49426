"""A speaking he/she takes up a surname alone that a title or a person's verb marks as a person
(:mod:`framing.analysis.features.sourcing.pronoun_titled_surnames`); a surname after a verb, a place or a
sentence's first word alone does not. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_he_takes_up_a_surname_after_an_office_title():
    text = ("President Halvorsen has had a busy week at the harbor. First, he told a group of reporters that "
            "the sea wall was finished.")
    labels = _labels(text, ("he",))
    assert labels and "Halvorsen" in labels[-1], labels


def test_he_takes_up_a_surname_before_a_persons_verb():
    text = ("The cadets cheered when the band played. When Halvorsen gave the address at the academy, he "
            "congratulated the cadets on their work.")
    labels = _labels(text, ("he",))
    assert labels and "Halvorsen" in labels[-1], labels


def test_a_titled_surname_after_a_verb_is_no_antecedent():
    text = ("The former governor had sharp words for the man who beat him, saying President Halvorsen was doing "
            "worse than expected. He cited the harbor budget.")
    labels = _labels(text, ("he",))
    assert all("Halvorsen" not in lab for lab in labels), labels


def test_a_place_before_a_verb_is_no_antecedent():
    text = ("The Senate voted on the harbor bill. Later, Texas said it would sue. He said the suit would fail.")
    labels = _labels(text, ("he",))
    assert all("Texas" not in lab for lab in labels), labels


def test_he_takes_up_a_name_after_a_title_with_a_bodys_word():
    text = ("\"The agency keeps failing,\" Mr. Okafor said. Senate GOP Leader Tom Halvorsen made similar remarks "
            "on the floor. \"My concern is that the harbor will flood,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Halvorsen" in labels[-1], labels


def test_a_bodys_name_without_a_title_stays_no_person():
    text = ("\"The agency keeps failing,\" Mr. Okafor said. The National Institute of Harbor Studies issued a "
            "report. \"My concern is that the harbor will flood,\" he said.")
    labels = _labels(text, ("he",))
    assert all("Institute" not in lab and "Studies" not in lab for lab in labels), labels


def test_they_takes_up_a_group_in_its_own_sentence_before_an_earlier_speaker():
    text = ("Some harbor officials say the old rule should return. If Democrats are serious about the flood "
            "they say the wall invites, they need to act.")
    labels = _labels(text, ("they",))
    assert labels and "Democrats" in labels[0], labels


def test_they_keeps_a_speaker_cited_in_its_own_sentence():
    text = ("Some harbor officials say the old rule should return. The critics said Republicans are wrong, and "
            "they added that the wall works.")
    labels = _labels(text, ("they",))
    assert labels and "critics" in labels[-1], labels


def test_a_verb_of_command_opening_a_phrase_is_no_part_of_the_name():
    text = ("In the campaign, a bit of punditry was born: Take Okafor seriously, not literally. Two years later, "
            "Okafor has done everything he literally promised on the campaign trail.")
    labels = _labels(text, ("he",))
    assert labels and "Take" not in labels[-1], labels
