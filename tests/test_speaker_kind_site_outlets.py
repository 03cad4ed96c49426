""""The website" is a news outlet only where the article named a news outlet just before (readers of draw
5050, session 36: a book's own website shown as a news outlet was wrong). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_books_own_website_is_no_news_outlet_but_a_document():
    sources = _sources("A new website went up to promote the memoir. According to the website, the author drew on 600 interviews.")
    assert sources.get("the website") == "document"


def test_the_website_after_a_named_news_outlet_stays_an_outlet():
    sources = _sources("The Washington Post ran the story on Monday. According to the website, the author drew on 600 interviews.")
    assert sources.get("the website") == "news outlet"


def test_a_news_site_that_reports_is_an_outlet():
    sources = _sources("Gizmodo reports that the company buried the stories. Former curators told the website they were told to.")
    assert sources.get("Gizmodo") == "news outlet"
