"""Eleventh pass on quotations: words in quotation marks that are a survey's answer, a race rating, a chant or
a sign, a headline, a heading line, a title with numbers, a term opening a sentence, a term after a word
that opens the sentence, or a posed or hypothetical saying are no direct quotation; quotations like them
stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from framing.analysis.context import Context
from framing.types import Article


def _direct(text: str) -> list[str]:
    ctx = Context(Article(id="t", title="", text=text))
    return [text[a:b] for a, b in ctx.quotes(ctx.text)]


@pytest.mark.parametrize("text, words", [
    # a survey's answers
    ("Asked about the depot, 40 percent say \u201conly on weekdays,\u201d and 31 percent say \u201cnever.\u201d", "never"),
    ("Of the 9 percent of riders who chose \u201cother,\u201d none mentioned the trams.", "other"),
    ("Asked whether the depot should close, most riders answered, \u201cno.\u201d", "no."),
    # a race rating
    ("The Cook Political Report rates the seat \u201cleans Republican.\u201d The mayor disagrees.", "leans Republican"),
    # a chant, a sign
    ("The riders lay down on the tracks and chanted, \u201cWe want buses,\u201d for an hour.", "We want buses"),
    ("The meeting was interrupted by chants of \u201cFix it now! Fix it now!\u201d from the back.", "Fix it now"),
    ("The mayor kept welcoming \u201cDepot now!\u201d chants at his rallies.", "Depot now"),
    ("One rider held a sign that read, \u201cMy bus is always late.\u201d", "always late"),
    # a headline
    ("\u201cMayor Vows Depot Will Open By Spring,\u201d the headline read. It did not open.", "Mayor Vows"),
    ("The paper ran headlines like this one: \u201cDepot plan collapses under its own weight.\u201d", "Depot plan"),
    ("Riders angry at the cuts wrote \u201cNo buses, no votes\u201d on the depot wall.", "No buses"),
    ("The sign was torn and the words \u201cBus riders only. Keep out\u201d were written on its back.", "Keep out"),
    # a heading line (a subhead or a pull quote)
    ("The depot closed in May.\n\n\u201cWe are running out of buses\u201d\n\nRiders waited for hours.", "running out"),
    # a title with numbers
    ("The site ran pieces such as \u201c12 Things Only Bus Riders Will Understand\u201d last year.", "12 Things"),
    # a term opening a sentence, or after a word that opens it
    ("The plan was shelved. (\u201cPark and ride\u201d is not a legal term in this state.)", "Park and ride"),
    ("On \u201cMorning Transit,\u201d the mayor was asked about the depot.", "Morning Transit"),
    # a word or a phrase mentioned
    ("The word \u201cexpress\u201d is in bad odor among riders these days.", "express"),
    ("Pressed on his use of the phrase \u201cbus bums,\u201d the mayor defended it.", "bus bums"),
    # a posed question, a hypothetical saying
    ("The best test is to ask the question, \u201cWho will ride the bus at midnight?\u201d", "Who will ride"),
    ("You might ask, \u201cWhy not just build more roads?\u201d Consider the cost.", "Why not just"),
    ("Critics of the plan are often only to be told \u201cYou hate progress\u201d by its fans.", "You hate progress"),
])
def test_labels_chants_headings_and_terms_are_no_quotation(text: str, words: str) -> None:
    assert not any(words in q for q in _direct(text)), _direct(text)


@pytest.mark.parametrize("text, words", [
    ("The mayor said 40 percent of riders \u201cnever pay the fare.\u201d", "never pay"),
    ("About 40 percent of the plan \u201cwill go to the depot,\u201d the mayor said.", "will go to the depot"),
    ("The mayor said the seat was \u201clikely to flip if turnout is low.\u201d", "likely to flip"),
    ("\u201cWe want buses,\u201d the organizer told the crowd before the vote.", "We want buses"),
    ("The statement read, \u201cThe depot will open on Monday.\u201d", "The depot will open"),
    ("The depot closed in May.\n\n\u201cWe are running out of buses,\u201d the driver said.\n\nRiders waited.",
     "running out"),
    ("\u201cI have every expectation\u201d that the depot will open, the mayor said.", "I have every expectation"),
    ("\u201cWe have no regrets\u201d about the strike, said one driver.", "We have no regrets"),
    ("\u201cYou\u2019ve got to think it through\n\nbefore you speak,\u201d he said.", "think it through"),
    ("The paper used one of her quotes as its headline: \u201cFinally, a bus that comes.\u201d", "Finally"),
    ("Her voice is calm. She \u201cdoesn\u2019t shout. She waits.\u201d", "She waits"),
    ("\u201cThe depot will open,\u201d was written in the mayor\u2019s statement.", "The depot will open"),
    ("Council Majority Leader Ann Roe said, \u201cOh, we would reopen it.\u201d", "Oh, we would"),
    ("At the opening he uttered the words: \u201cA city that waits for its buses cannot stand.\u201d", "A city that"),
    ("It was out of the question: \u201cI can\u2019t ride that bus with a stroller.\u201d", "I can\u2019t ride"),
])
def test_quotations_like_them_stay(text: str, words: str) -> None:
    assert any(words in q for q in _direct(text)), _direct(text)
