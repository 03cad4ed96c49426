"""Speaker spans that name who asked, an object, a cut name or an opening phrase (readers of the AllSides dev
sample, draws 5252/5353, and the fresh draw of session 37): "generals interviewed by The Washington Times
say" (the generals), "-- have questioned [the constitutionality]" (an object), "said [Michael V]. Hayden" (a
cut name), "In [the New York Times], Bartels and Achen ... arguing" (where the words were published).
Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_the_outlet_that_interviewed_is_no_speaker():
    sources = _sources("Most voters surveyed by the newspaper say they want a change in the tax code.")
    assert "the newspaper" not in sources and "Most voters" in sources


def test_an_outlet_after_a_plain_by_stays():
    sources = _sources("The office sent a memo. A report by the Pentagon says the base is safe.")
    assert "the Pentagon" in sources


def test_the_object_after_an_auxiliary_and_an_aside_is_no_speaker():
    sources = _sources("Several scholars — some of them quite conservative — have questioned the legality "
                       "of the move.")
    assert "the legality" not in sources


def test_an_inverted_cue_after_a_comma_keeps_its_speaker():
    assert "the minister" in _sources("\"We will not back down,\" said the minister on Friday.")


def test_a_name_with_a_middle_initial_is_read_whole():
    sources = _sources("\"It was a policy based on hope,\" said Michael R. Dalton, a retired general.")
    assert "Michael R. Dalton" in sources and "Michael R" not in sources


def test_a_name_ending_a_sentence_stays_as_it_is():
    sources = _sources("\"It is over,\" said Smith. He left the room.")
    assert "Smith" in sources and not any(s.startswith("Smith.") for s in sources)


def test_an_opening_phrase_is_no_subject_of_a_participle():
    sources = _sources("In the Daily Herald, two economists go as far as arguing that voters are rational.")
    assert "the Daily Herald" not in sources and "two economists" in sources


def test_a_subject_that_opens_its_sentence_keeps_the_participle():
    sources = _sources("Senator Smith left the chamber after the vote, saying the bill was dead.")
    assert "Senator Smith" in sources


def test_an_owner_of_a_noun_cue_in_an_opening_phrase_stays():
    assert "Fox & Friends" in _sources("In Fox & Friends’ framing, the investigation is an obstacle to overcome.")


def test_a_petition_speaks_for_who_circulated_it_past_an_appositive():
    sources = _sources("Sen. Ann Doyle, Ohio Democrat, has circulated a petition urging voters to “demand a "
                       "debate on the war.”")
    assert "a petition" not in sources and "Sen. Ann Doyle" in sources


def test_a_statement_released_without_an_auxiliary_still_speaks_for_its_issuer():
    sources = _sources("The office was closed. The senator released a statement saying he would resign.")
    assert "The senator" in sources and "a statement" not in sources


def test_a_place_inside_an_opening_quotation_is_no_subject_of_a_participle():
    sources = _sources("“We will not hand over the rolls. Ohio runs fair and honest elections, and there is no "
                       "fraud here,” Gov. Ann Doyle countered in a statement, claiming the panel is a sham.")
    assert "Ohio" not in sources and "Gov. Ann Doyle" in sources


def test_a_subject_after_a_closed_quotation_keeps_the_participle():
    sources = _sources("Ohio officials rejected the request on Friday, claiming the panel is a sham.")
    assert "Ohio officials" in sources


def test_an_inverted_verb_after_the_quotation_is_left_out_of_the_subject():
    sources = _sources("“Nobody but us can save the town,” sang Ann Doyle, echoing an old folk song.")
    assert "Ann Doyle" in sources and "sang Ann Doyle" not in sources
