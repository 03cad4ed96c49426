"""A sentence opening with a subordinate clause is about its main clause's subject
(:mod:`framing.analysis.features.sourcing.pronoun_opening_clauses`). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_the_main_clause_subject_comes_before_a_person_in_an_opening_when_clause():
    text = ("Ms. Grant testified for three hours. When Ms. Grant said every migrant can ask for asylum, "
            "Rep. Maria Delgado said she had seen cases where that was false. "
            "She said she had watched a father turned away at the gate.")
    labels = _labels(text, ("she",))
    assert labels and "Delgado" in labels[-1], labels


def test_a_person_in_an_opening_clause_stays_when_the_main_clause_names_nobody():
    text = ("Senator Ruth Ames spoke after the vote. When Ames left the chamber, reporters followed her. "
            "\"We will try again,\" she said.")
    labels = _labels(text, ("she",))
    assert labels and "Ames" in labels[-1], labels


def test_a_he_inside_an_opening_clause_is_the_main_subject_own():
    text = ("\"He will sign it,\" Mayor Tom Barker said of the governor. "
            "When pressed by the moderator on whether he would veto the bill, Governor Sam Walsh hedged. "
            "\"I have said it will not get there,\" he replied.")
    labels = _labels(text, ("he",))
    assert labels and "Walsh" in labels[-1], labels


def test_a_he_inside_an_opening_asked_clause_with_a_quoted_question_is_the_main_subject_own():
    text = ("Pastor Glen Hardy praised the candidate at the rally. The donor Ward Tillman sat in the front row. "
            "Asked by a radio host whether he was \"leaving the governor for the senator,\" Tillman laughed. "
            "\"I just admire the senator,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Tillman" in labels[-1], labels


def test_a_he_in_a_sentence_not_opened_by_a_clause_still_defers_to_the_speaker_cited_before():
    text = ("Pastor Glen Hardy praised the candidate at the rally. "
            "A radio host asked whether he was \"leaving the governor for the senator,\" and Tillman laughed. "
            "\"I just admire the senator,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Tillman" not in labels[-1], labels
