"""A speaking he/she after one unnamed person who spoke stands for that person, not for someone named further
up; a named person cited after the unnamed one, or a group, keeps the named reading. Every sentence is written
for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def test_he_after_an_unnamed_worker_is_the_worker():
    labels = _labels("Peter Brandt, the head of the agency, has called for more staff. He says the rules can "
                     "be improved.\n\nAt a shelter in the south, a French hospital worker says families have been "
                     "patient.\n\n\"They are tired,\" he says. \"They want to go home.\"")
    assert labels[-1][0] == "he" and "Brandt" not in labels[-1][1] and "worker" in labels[-1][1]


def test_a_person_named_after_the_unnamed_one_stays():
    labels = _labels("A local nurse said the families were patient. Maria Keller, the director, said the plan "
                     "would work. She added that costs would fall.")
    assert labels[-1] == ("She", "named person (She = Maria Keller)")


def test_a_group_before_the_pronoun_does_not_take_it():
    labels = _labels("Maria Keller said the city would act. Residents said the water was dirty. She added "
                     "that it would take weeks.")
    assert labels[-1] == ("She", "named person (She = Maria Keller)")


def test_a_name_written_after_the_unnamed_one_keeps_the_named_reading():
    labels = _labels("Peter Brandt spoke first at the meeting. \"He is finished,\" said another local "
                     "Republican. The only time Brandt spoke again was when he suggested a new tax.")
    assert labels[-1][0] == "he" and "Brandt" in labels[-1][1]
