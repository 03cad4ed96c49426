"""Speakers a careful reader rejects (readers' judgments of the ninth pass, draws 1616-1818): a cue whose
object makes it a deed (a quantity added, a side taken, a defendant charged, attention turned, a phone call,
a name spelled, an outlet's own checking, interviews done), a focusing adverb or an anaphor by order in the
span, the object of a relative clause inside the subject, the topic after "forecasts for", and the one told
before a colon. Every sentence is written for the test."""
from __future__ import annotations

from conftest import acting_cue, profile


def _sources(text: str) -> list[tuple[str, str]]:
    """(span, label) of the source highlights of ``text``."""
    return [(e.text, e.label) for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def _deed_by_object(text: str, word: str) -> bool:
    """Does :func:`deed_object_cues.object_makes_a_deed` set the first ``word`` of ``text`` aside?"""
    from framing.analysis.context import Context
    from framing.analysis.features.sourcing.deed_object_cues import object_makes_a_deed
    from framing.types import Article

    doc = Context(Article(id="t", title="", text=text)).text
    return object_makes_a_deed(doc, doc.norms.index(word))


def _speakers(text: str) -> list[str]:
    return [span for span, _ in _sources(text)]


def test_a_quantity_added_is_a_deed_but_added_that_is_words():
    assert acting_cue("Retailers added 40,000 jobs last month.", "added")
    assert acting_cue("She also added a $5,000 bonus to the payment.", "added")
    assert not acting_cue("She added that 40,000 jobs were lost.", "added")
    assert not acting_cue("“We will win,” she added.", "added")


def test_a_side_taken_is_a_deed():
    assert acting_cue("The judge has sided with the court's liberals in several cases.", "sided")
    assert "The judge" not in _speakers("The judge has sided with the court's liberals in several cases.")


def test_a_defendant_charged_is_a_deed_but_an_accusation_stays():
    assert acting_cue("Prosecutors charged a woman identified as Jane Roe with arson on Monday.", "charged")
    assert not _deed_by_object("The senator charged him with creating a hostile climate.", "charged")
    assert not acting_cue("The senator charged that the plan was illegal.", "charged")


def test_attention_turned_is_a_deed_but_focused_on_stays_to_the_lexicon():
    assert acting_cue("The governor is focusing voters on her record.", "focusing")


def test_a_phone_call_a_spelling_and_an_outlets_checking_are_deeds():
    assert acting_cue("When Smith called with the news, Jones was at home.", "called")
    assert acting_cue("Not only did the Tribune spell her name wrong, they misquoted her.", "spell")
    assert acting_cue("The Tribune has confirmed neither the story nor the rumor.", "confirmed")
    assert acting_cue("The Tribune has not independently confirmed the report.", "confirmed")
    assert not acting_cue("The mayor confirmed that she would run again.", "confirmed")


def test_interviews_done_by_the_writers_side_are_no_speech():
    assert acting_cue("The Tribune talked to more than a dozen voters about the plan.", "talked")


def test_a_focusing_adverb_is_no_part_of_the_speaker():
    assert "Jane Smith" in _speakers("Even Jane Smith, in her last speech, said the plan had failed.")
    assert "Even Jane Smith" not in _speakers("Even Jane Smith, in her last speech, said the plan had failed.")


def test_the_latter_names_nobody():
    text = "The mayor leaks the memo to the papers, the latter declare it proof of fraud."
    assert "the latter" not in _speakers(text)
    assert "The former governor" in _speakers("The former governor said he would run.")


def test_the_subject_of_a_relative_clause_is_its_head_not_the_clauses_object():
    assert "A lawyer" in _speakers("A lawyer who represents Smith said the charges were false.")
    assert "Smith" not in _speakers("A lawyer who represents Smith said the charges were false.")
    text = "The agency that oversees this program estimates that children wait 51 days."
    assert "program" not in _speakers(text)
    assert "Mr. Lee's" in _speakers("The firm released a statement that supported Mr. Lee's claim that he left.")


def test_the_phrase_after_forecasts_for_is_the_topic():
    assert "Brazil" not in _speakers("Economists are not adopting gloomy forecasts for Brazil this year.")


def test_the_one_told_before_a_colon_is_no_speaker():
    text = ("Rep. Jane Doe urged a pause on Saturday, telling the Daily Planet: “I urge the administration to "
            "halt this order.”")
    assert "the Daily Planet" not in _speakers(text)
    assert "Rep. Jane Doe" in _speakers(text)


def test_a_first_name_after_a_long_title_opens_a_persons_name():
    text = ("“Few have run a system like this,” said Sgt. Thomas Reed. Troops are clearing brush. Supervisory "
            "Agent Juan Marquez, a veteran of the patrol, recounted how gangs had grown. “They watch us,” he "
            "reported.")
    labels = dict(_sources(text))
    assert labels["Supervisory Agent Juan Marquez"] == "named person"
    assert labels["he"] == "named person (he = Juan Marquez)"
    assert dict(_sources("The Federal Bureau Of Investigation Office said so."))[
        "The Federal Bureau Of Investigation Office"] == "named organization"


def test_a_fault_charged_in_words_stays_an_accusation():
    assert not _deed_by_object("The president charged the agency with abetting a cover-up.", "charged")
    assert _deed_by_object("Prosecutors charged two men with conspiracy on Friday.", "charged")


def test_the_source_after_according_to_before_a_colon_stays():
    text = "According to the Daily Planet: “The mayor left the city before the vote.”"
    assert "the Daily Planet" in _speakers(text)
