"""A speaking he/she continues the same pronoun that spoke just before it, when the person the resolver found
is named before that pronoun (:mod:`framing.analysis.features.sourcing.pronoun_chains`); a "they" is never a
document or an outlet (:mod:`framing.analysis.features.sourcing.pronoun_they_things`). Every sentence is
written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_he_says_after_a_quotation_continues_the_he_of_the_sentence_before():
    text = ("Mayor Dan Whitfield says the county will pay for the new clinic. "
            "In Elmwood, where Hal Brenner's charity runs a shelter, few families have heard of the plan. "
            "The county will send charities like Brenner's some money, but he says what they lack is a leader. "
            "\"Nobody in the county office is doing anything right now,\" he says.")
    labels = _labels(text, ("he",))
    assert labels and "Brenner" in labels[-1], labels


def test_he_named_again_after_the_earlier_he_stays_the_named_person():
    text = ("Hal Brenner says the shelter is full, but he says the county has ignored it. "
            "Mayor Dan Whitfield disagrees. Whitfield answered the charity in a letter. "
            "\"We have sent money twice this year,\" he says.")
    labels = _labels(text, ("he",))
    assert labels and "Whitfield" in labels[-1], labels


def test_she_continues_the_she_that_spoke_before_rather_than_a_woman_cited_further_back():
    text = ("Professor Jane Okafor says voters here distrust the capital. "
            "For Dana Pruitt, a nurse, the distrust is personal, and she calls the state \"the machine.\" "
            "The only way out, she says, is to elect an outsider.")
    labels = _labels(text, ("she",))
    assert labels and "Pruitt" in labels[-1], labels


def test_they_after_court_filings_is_the_prosecutors_not_the_filings():
    text = ("Prosecutors said the defendant could flee. A bail plan was approved in May, according to "
            "court filings. On Friday, they told the judge he had broken the terms of his release.")
    labels = _labels(text, ("they",))
    assert labels and "filings" not in labels[-1] and "rosecutors" in labels[-1], labels


def test_they_after_the_book_says_is_not_the_book():
    text = ("In the book, the former director recalls a meeting with the candidate and his advisers. "
            "Instead, the book says, they focused on how to spin the briefing.")
    labels = _labels(text, ("they",))
    assert labels and "book" not in labels[-1], labels


def test_it_after_a_report_still_takes_the_report_owner():
    text = ("The Pentagon released a report on Monday. It says the base must close by spring.")
    labels = _labels(text, ("it",))
    assert labels and "not resolved" not in labels[-1], labels


def test_they_after_a_news_outlet_is_not_the_outlet():
    text = ("The Daily Telegraph reported that hackers had broken into the studio's network. "
            "They posted a message demanding that the film be pulled.")
    labels = _labels(text, ("they",))
    assert labels and "Telegraph" not in labels[-1], labels


def test_they_after_a_group_still_takes_the_group():
    text = ("Nurses at the hospital say the wards are understaffed. They told the board that shifts run "
            "sixteen hours.")
    labels = _labels(text, ("they",))
    assert labels and "Nurses" in labels[-1], labels



def test_he_three_sentences_on_continues_the_he_that_spoke_when_the_other_man_was_cited_before_it():
    text = ("Sen. Ray Dunmore wants a new platform. "
            "His party has no answer to the problems Governor Alan Kessler described. "
            "Its plan is unrealistic, and Mr Dunmore is one of the few to break with it. \"We can build again,\" he says. "
            "\"Nobody has tried it here.\" "
            "That shows how far Mr Dunmore's colleagues are from him. "
            "\"I am a lonely voice,\" he says.")
    labels = _labels(text, ("he",))
    assert labels and "Dunmore" in labels[-1], labels


def test_he_continues_the_he_that_spoke_past_a_man_named_in_a_quotation_or_after_a_preposition():
    text = ("Sen. Ray Dunmore noted that the chamber has been idle for weeks. "
            "\"Kessler is not doing anything,\" he said of Majority Leader Alan Kessler, who says the "
            "chamber is busy. "
            "\"We have a bigger problem down the hall,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Dunmore" in labels[-1], labels


def test_he_after_a_man_who_spoke_since_the_earlier_he_stays_that_man():
    text = ("Sen. Ray Dunmore noted that the chamber has been idle for weeks. "
            "\"We are waiting,\" he said. "
            "Majority Leader Alan Kessler answered the charge on Tuesday. "
            "\"We have passed plenty,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Kessler" in labels[-1], labels

