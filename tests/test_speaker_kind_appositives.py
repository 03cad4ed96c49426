"""Speaker kinds a second look at the words around the phrase corrects (readers of the AllSides dev sample,
session 28, independent draws 1414 and 1515): an epithet in apposition after a name, a name before a
description of what it is, a description of the person the sentence before named, a crowd of a person, and a
plural common noun opening its sentence. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def _labels(text: str) -> list[str]:
    return [e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"]


# ------------------------------------------------------------------ an epithet after a name

def test_a_party_epithet_after_a_name_is_that_person():
    sources = _sources("The race is close. Sen. Jane M. Roe, Ohio Democrat, who faces a tough race, announced "
                       "Friday that she would vote against the bill.")
    assert sources.get("Ohio Democrat") == "named person"


def test_a_party_epithet_after_no_name_stays_unnamed():
    sources = _sources("The race is close. Ohio Democrat voters announced Friday that they would stay home.")
    assert "named person" not in sources.values()


# ------------------------------------------------------------------ a name before what it is

def test_a_name_before_a_newspaper_in_apposition_is_an_outlet():
    sources = _sources("The meeting drew a crowd. The Valley Ledger, a newspaper in Dayton, reported on the "
                       "meeting last week.")
    assert sources.get("The Valley Ledger") == "news outlet"


def test_a_person_before_a_spokesman_for_a_group_stays_a_person():
    sources = _sources("The rule drew fire. Erin Platt, a spokesman for the group, said the rule was unfair.")
    assert sources.get("Erin Platt") == "named person"


# ------------------------------------------------------------------ a description of the person just named

def test_a_described_person_after_a_sentence_they_spoke_is_named():
    sources = _sources("Senators asked about the program. Gen. Keith Barrow testified for hours. \u201cFalse,\u201d "
                       "Barrow responded. The NSA chief, who also runs the command, said he is pressing to release "
                       "the figures.")
    assert sources.get("The NSA chief") == "named person"


def test_a_described_person_named_in_apposition_is_not_the_one_before():
    labels = _labels("Prime Minister Paul Vance spoke on Monday. Vance told the radio it was unacceptable. "
                     "The US ambassador, Charles Rifkin, declined to comment, though he noted that ties were good.")
    assert "named person (he = Charles Rifkin)" in labels, labels


def test_a_described_person_after_two_people_stays_unnamed():
    sources = _sources("Paul Vance met Tom Castor on Monday. \u201cExcuse me?\u201d Mr. Vance said to Mr. Castor. "
                       "The Cuban diplomat explained that he was trying to hear the question.")
    assert sources.get("The Cuban diplomat") == "anonymous or vague"
    # ("The Cuban leader", one nation's leader, is one person: test_speaker_kind_named_elsewhere)


# ------------------------------------------------------------------ crowds and plural common nouns

def test_the_family_of_a_person_is_a_crowd_not_the_person():
    sources = _sources("A memorial is planned. The family of Michael Browne says they will hold a public memorial.")
    assert sources.get("The family of Michael Browne") == "anonymous or vague"


def test_a_person_of_a_body_stays_a_person():
    sources = _sources("A memorial is planned. Michael Browne of the Urban League says they will hold a memorial.")
    assert "anonymous or vague" not in sources.values()


def test_the_family_of_a_person_is_listed_as_the_family_not_as_the_person():
    rows = profile("A memorial is planned. The family of Michael Browne says they will hold a public memorial."
                   ).features["sourcing"].details["speakers"]
    names = [(r["name"], r["kind"]) for r in rows]
    assert ("family of Michael Browne", "anonymous") in names
    assert not any(name == "Michael Browne" for name, _ in names)


def test_a_plural_common_noun_opening_its_sentence_is_a_vague_crowd():
    sources = _sources("The talks resumed. Poorer nations blame extreme weather on the emissions of rich countries.")
    assert sources.get("Poorer nations") == "anonymous or vague"


def test_a_name_opening_its_sentence_stays_named():
    sources = _sources("The talks resumed. Doctors Without Borders blames the weather for the outbreak, and "
                       "Doctors Without Borders said so again.")
    assert "anonymous or vague" not in sources.values()


# ------------------------------------------------------------------ what an unnamed source is close to

def test_what_an_unnamed_source_is_close_to_is_no_named_speaker():
    labels = _labels("The talks stalled. One person close to the White House said the aide was at the dinner.")
    assert "named organization" not in labels and "anonymous or vague" in labels, labels


def test_a_named_person_close_to_no_one_stays_named():
    sources = _sources("The talks stalled. Senator Jane Roe said the aide was at the dinner.")
    assert sources.get("Senator Jane Roe") == "named person"
