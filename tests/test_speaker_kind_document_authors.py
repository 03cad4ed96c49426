"""A definite document whose author the article named at its first mention takes the author's kind (readers of
the AllSides dev sample, independent draws 2929/3030: "the new poll" of a Fox News poll, "the commentary" of
Xinhua's) where the author is a news outlet (citing other media); a document of another author is a document
(session 38: "the draft report" of a Senate subcommittee, a poll never named). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_a_poll_named_with_its_outlet_before():
    sources = _sources("Turnout may be low, as the latest Fox News national poll finds voters tired. "
                       "Prices rose again this spring. As before, the new poll shows that most voters want change.")
    assert sources.get("the new poll") == "news outlet"


def test_a_commentary_whose_author_rejected_in_it():
    sources = _sources("The mayor blamed the port, a claim the state news agency Xinhua rejected in a commentary "
                       "on Monday. \"Trade needs good faith,\" the commentary said.")
    assert sources.get("the commentary") == "news outlet"


def test_a_report_from_a_named_body_is_a_document():
    sources = _sources("Banks moved the money abroad, according to a draft report from the Senate Finance "
                       "Committee. \"The license was issued in secret,\" the draft report said.")
    assert sources.get("the draft report") == "document"


def test_a_poll_never_named_is_a_document():
    sources = _sources("Voters were asked twice about the plan. Prices rose again this spring. "
                       "As before, the new poll shows that most voters want change.")
    assert sources.get("the new poll") == "document"


# ------------------------------------------------------------------ an author named right after the document, after "by"

def test_a_book_by_a_named_author_is_a_document():
    kinds = _sources("The fight took a decade, according to “Long Road,” a book by Peter Almond of Vote Equal.")
    assert kinds.get("a book") == "document"


def test_a_post_by_a_company_is_the_companys():
    kinds = _sources("“The settings are too hard to find,” said the post by Facebook executive Jane Doe.")
    assert kinds.get("the post") == "named organization"


def test_an_analysis_of_a_named_thing_is_a_document():
    kinds = _sources("Interest in the word has grown, according to an analysis of Google search data.")
    assert kinds.get("an analysis") == "document"


def test_a_paper_by_two_named_people_is_a_persons():
    kinds = _sources("Turnout rose in rural towns. A 2019 paper by Andrew Hall and Jane Doe looked at state races over a decade and concluded that moderates won more often.")
    assert kinds.get("A 2019 paper") == "named person"
