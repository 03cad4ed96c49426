"""A speaking it/they/he/she no antecedent was found for takes up the subject of the sentence before when it
agrees (:mod:`framing.analysis.features.sourcing.pronoun_subject_antecedents`), and stays unresolved when it
does not. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_it_takes_up_a_document_that_opens_the_sentence_before():
    text = ("The harbor study looked at ten years of tides. It found that the sea wall was too low.")
    labels = _labels(text, ("it",))
    assert labels and "study" in labels[-1], labels


def test_it_stays_unresolved_after_a_phrase_that_runs_into_its_verb():
    text = ("The left opposes the ruling on the harbor. It also warns against the cost of the wall.")
    labels = _labels(text, ("it",))
    assert all("ruling" not in lab and "left" not in lab for lab in labels), labels


def test_they_takes_up_a_plural_group_of_people():
    text = ("Lawmakers at the hearing were angry about the delays. Further, they voiced concerns that the "
            "agency was slow.")
    labels = _labels(text, ("they",))
    assert labels and "Lawmakers" in labels[-1], labels


def test_they_takes_no_single_thing():
    text = ("The harbor wall was finished in May. They said the wall would hold.")
    labels = _labels(text, ("they",))
    assert all("wall" not in lab for lab in labels), labels


def test_he_takes_up_one_person_by_a_role():
    text = ("The party chairman stated the meeting was a success. He said, \"We kept our word to the voters.\"")
    labels = _labels(text, ("he",))
    assert labels and "chairman" in labels[-1], labels


def test_he_takes_no_woman_by_a_role():
    text = ("The county chairwoman called the meeting a success. He said the vote came too late.")
    labels = _labels(text, ("he",))
    assert all("chairwoman" not in lab for lab in labels), labels


def test_a_pronoun_inside_a_quotation_takes_nothing_up():
    text = ("The county chairman spoke on Monday. \"It feels strange to be thanked for this,\" the chairman said.")
    labels = _labels(text, ("it",))
    assert all("chairman" not in lab for lab in labels), labels


def test_he_takes_up_the_adviser_who_spoke_just_before():
    text = ("\"The party is more centrist than people think,\" said the senior campaign adviser. He noted that "
            "the ratings were high.")
    labels = _labels(text, ("he",))
    assert labels and "adviser" in labels[-1], labels


def test_he_takes_no_spokeswoman_who_spoke_just_before():
    text = ("\"We like the plan,\" said the spokeswoman. He noted that the ratings were high.")
    labels = _labels(text, ("he",))
    assert all("spokeswoman" not in lab for lab in labels), labels


def test_they_takes_up_a_group_after_a_connective():
    text = ("But conservatives from Ann Brook to Tom Carter have blasted the bill as \"too weak.\" They argue "
            "from two directions.")
    labels = _labels(text, ("they",))
    assert labels and "conservatives" in labels[-1], labels


def test_a_subordinate_clause_opening_gives_no_subject():
    text = ("Although the official count stood at ten, the harbor was closed on Monday. He feared the count "
            "would rise.")
    labels = _labels(text, ("he",))
    assert all("official" not in lab for lab in labels), labels


def test_it_after_the_cue_is_its_object_not_a_source():
    text = ("The elite assumed the harbor deal was a good one. All publicly praised it; none privately liked it.")
    sources = [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]
    assert "it" not in [s.lower() for s in sources], sources


def test_it_opening_a_clause_before_the_cue_stays_a_source():
    text = ("The harbor agency met on Monday. It said the wall would hold.")
    sources = [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]
    assert "It" in sources, sources


def test_a_name_after_an_inverted_added_stays_the_antecedent():
    text = ("\"We will vote in May,\" added Senator Tom Reyes. \"It cannot wait,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Reyes" in labels[-1], labels
