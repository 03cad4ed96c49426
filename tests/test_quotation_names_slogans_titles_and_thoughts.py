"""Ninth pass, round 2 on quotations (quotation_framings): words in quotation marks framed as a nickname or a
term ("known as the"), a slogan ("the slogan", "call to"), a title ("the section", "his book", "the
headline") or an imagined thought or question ("people thought,", "the question of,", "like:") are no direct
quotation; quotations beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from framing.analysis.context import Context
from framing.types import Article


def _direct(text: str, title: str = "") -> list[str]:
    ctx = Context(Article(id="t", title=title, text=text))
    doc = ctx.title if title else ctx.text
    return [doc.original[a:b] if hasattr(doc, "original") else (title or text)[a:b] for a, b in ctx.quotes(doc)]


@pytest.mark.parametrize("text, words", [
    ("In the old district he was known as the \u201cmayor of the depot.\u201d But he rarely spoke.", "mayor of the depot"),
    ("One such tactic, known as \u201cpark and ride,\u201d is cheap, the official said.", "park and ride"),
    ("The poster shows a bus and the slogan \u201cWhen buses compete, the only winner is you.\u201d", "only winner"),
    ("Under the section \u201cRiding up to 2030,\u201d here are the report's main scenarios.", "Riding up"),
    ("She wrote in her book \u201cKeep it Moving,\u201d that she had seen the depot burn.", "Keep it Moving"),
    ("Riders saw the queue and thought, \u201cOh yes, this is what transit looks like.\u201d", "Oh yes"),
    ("It gets to the question of, \u201cWhat is the depot and what will it do with the money?\u201d Nobody knows.",
     "What is the depot"),
    ("The drivers will comply. You know, like: \u201cSure, let's put the buses on the moon! It's outside the city, "
     "so nobody will object.\u201d", "Sure, let"),
])
def test_names_slogans_titles_and_thoughts_are_no_quotation(text: str, words: str) -> None:
    assert not any(words in q for q in _direct(text)), _direct(text)


def test_a_headline_call_to_a_slogan_is_no_quotation() -> None:
    quotes = _direct("", title="Mayor renews call to 'fix the buses' after the strike, warns 'both sides dug in'")
    assert not any("fix the buses" in q for q in quotes), quotes


@pytest.mark.parametrize("text, words", [
    ("\u201cWe will open the depot on Monday,\u201d the mayor said.", "We will open"),
    ("She said, pausing while thinking, \u201cI'm sure we could open it.\u201d", "I'm sure"),
    ("He asked the crowd: \u201cWhat is the depot for?\u201d", "What is the depot"),
    ("The mayor called it a \u201cstunning, historic mistake\u201d on Monday, the paper said.", "stunning"),
])
def test_quotations_beside_them_stay(text: str, words: str) -> None:
    assert any(words in q for q in _direct(text)), _direct(text)
