"""A speaker written with an abbreviated title after words of description is read whole ("retired Navy Adm.
Jane Roe", not "retired Navy Adm": :mod:`framing.analysis.features.sourcing.speaker_title_abbreviations`), and a
he/she/they inside a quotation that goes on from its quoted speaker is someone that speaker names, not the
speaker (:mod:`framing.analysis.features.sourcing.pronoun_quoted_others`), and a verb before a quantifier
is no part of the speaker ("leading many doctors to wonder": :mod:`.speaker_opening_verbs`). Sentences written
for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[tuple[str, str]]:
    ev = profile(text).features["sourcing"].evidence
    return [(e.text, e.label) for e in ev if e.role == "source"]


def test_a_title_abbreviation_after_a_description_keeps_the_name():
    names = [t for t, _ in _sources("\"The harbor is safe for now,\" said retired Navy Adm. Jane Roe, who ran "
                                    "the port for a decade.")]
    assert "retired Navy Adm. Jane Roe" in names and "retired Navy Adm" not in names, names


def test_titles_in_a_row_keep_the_name():
    names = [t for t, _ in _sources("\"We will hold the line,\" wrote Army Lt. Gen. Peter Oakes. The ministry "
                                    "called the letter a draft.")]
    assert "Army Lt. Gen. Peter Oakes" in names, names


def test_a_title_abbreviation_right_after_the_cue_stays_as_it_was():
    names = [t for t, _ in _sources("\"The plan is sound,\" said Sen. Mary Holt on Tuesday.")]
    assert "Sen. Mary Holt" in names, names


def test_he_inside_a_quotation_that_goes_on_is_not_its_speaker():
    text = ("\"There was no sign of a deal,\" Halvorsen said. \"He said: 'We are looking at one bidder.' "
            "He said that bidder is a shipping firm.\"")
    labels = [lab for t, lab in _sources(text) if t == "He"]
    assert not any("Halvorsen" in lab for lab in labels), _sources(text)


def test_he_after_the_quotation_still_takes_up_its_speaker():
    text = ("\"There was no sign of a deal,\" Halvorsen said. \"We will wait.\" He said the bids would close "
            "in May.")
    labels = [lab for t, lab in _sources(text) if t == "He"]
    assert labels and "Halvorsen" in labels[-1], _sources(text)


def test_a_tag_right_after_a_quotation_keeps_its_pronoun():
    text = ("Halvorsen said the crew was tired. \"The tide is high, \"and we will close the pier,\" he said.")
    labels = [lab for t, lab in _sources(text) if t == "he"]
    assert labels and "Halvorsen" in labels[-1], _sources(text)


def test_a_verb_before_a_quantifier_is_no_part_of_the_speaker():
    names = [t for t, _ in _sources("Every trial of the vaccine ended in failure, leading many doctors to wonder "
                                    "whether it could work at all.")]
    assert "many doctors" in names and "leading many doctors" not in names, names


def test_an_adjective_in_ing_before_a_noun_stays():
    names = [t for t, _ in _sources("Leading economists said the slump would end by spring.")]
    assert "Leading economists" in names, names


def test_a_verb_that_is_no_adjective_leaves_no_object_as_speaker():
    names = [t for t, _ in _sources("Jane Roe, a vice president at the trust, said eliminating the ability to "
                                    "track the data is a huge loss.")]
    assert "the ability" not in names, names
