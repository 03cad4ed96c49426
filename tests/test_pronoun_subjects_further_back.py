"""A speaking he/she with no person named in its sentence or the two before takes a person who opens a
sentence further back when named after the speaker the article cited last
(:func:`framing.analysis.features.sourcing.pronouns._opened_since_cited`); a person named before that speaker
does not displace them. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() == "he"]


def test_he_takes_up_the_paragraphs_subject_named_after_the_last_speaker():
    text = ("Gov. Tom Okafor is also writing a memoir. Asked if he would run again, Okafor said, \"Not now.\"\n\n"
            "Sen. Walter Halvorsen of Oregon is also part of the club. His book comes out at the end of the "
            "month. Some friends think a run is possible. There is already a fan site. "
            "The chatter has grown louder. He bluntly said that he is not running.")
    labels = _labels(text)
    assert labels and "Halvorsen" in labels[-1], labels


def test_a_person_named_before_the_last_speaker_stays_passed_over():
    text = ("Sen. Walter Halvorsen of Oregon is part of the club. His book comes out at the end of the month. "
            "Gov. Tom Okafor said, \"Not now.\" Some friends think a run is possible. There is already a fan "
            "site. The chatter has grown louder. He bluntly said that he is not running.")
    labels = _labels(text)
    assert labels and "Okafor" in labels[-1], labels


def test_an_owner_opening_the_sentence_before_is_the_topic():
    text = ("Ms. Okafor said the race was tight. Sen. Ann Halvorsen's skill as a campaigner is evident at every stop. "
            "Her campaign has a deft touch online. In a video posted on Twitter, she said the harbor plan would pass.")
    labels = _labels_of(text, "she")
    assert labels and "Halvorsen" in labels[-1], labels


def test_an_owner_inside_its_sentence_is_no_topic():
    text = ("Mr. Okafor said the race was tight. Critics of Halvorsen's plan were loud at every stop. "
            "Their campaign has a deft touch online. In a video posted on Twitter, he said the harbor plan would pass.")
    labels = _labels_of(text, "he")
    assert labels and "Okafor" in labels[-1], labels


def test_a_quoted_he_is_not_sent_further_back():
    text = ("Sen. Walter Halvorsen of Oregon is part of the club. His book comes out at the end of the month. "
            "Some friends think a run is possible. There is already a fan site. Gov. Tom Okafor said, "
            "\"When I did not, he told me the money was gone. He said that he had no choice.\"")
    ev = profile(text).features["sourcing"].evidence
    labels = [e.label for e in ev if e.role == "source" and e.text == "He"]
    assert all("Halvorsen" not in lab for lab in labels), labels


def _labels_of(text: str, word: str) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() == word]
