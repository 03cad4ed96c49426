"""A person called by an office or a role ("the president", "the former justice", "the political commentator")
is the one the article titled so before: one speaker row with the named person, a named person's kind (readers
of session 30's fresh AllSides draw). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def _rows(text: str) -> dict[str, list[str]]:
    """speaker row name -> its surface forms."""
    return {r["name"]: r["forms"] for r in profile(text).features["sourcing"].details["speakers"]}


def test_the_president_joins_the_row_of_the_president_named_before():
    rows = _rows("President Ada Quill signed the bill on Monday. Quill said the law was overdue. "
                 "Later the president said she would sign another one.")
    assert "Ada Quill" in rows and "president" in rows["Ada Quill"]
    assert "president" not in rows


def test_the_president_is_no_foreign_president_named_before():
    rows = _rows("Senators met on Monday. Ruritanian President Olaf Brenn visited the city. "
                 "The president said the visit was overdue.")
    assert "Olaf Brenn" not in rows or "president" not in rows["Olaf Brenn"]


def test_the_president_is_no_former_president():
    rows = _rows("Former President Ada Quill spoke in Ohio. The president said the law was overdue.")
    assert "Ada Quill" not in rows or "president" not in rows["Ada Quill"]


def test_the_attorney_general_is_the_one_named_last():
    rows = _rows("Attorney General Ada Quill left in May. Attorney General Ben Dorn took over. "
                 "Critics met Quill on Monday. \u201cWe are done,\u201d Dorn said. The attorney general also said "
                 "the case was closed.")
    assert "attorney general" in rows.get("Ben Dorn", [])


def test_the_vice_president_is_not_the_president():
    rows = _rows("President Ada Quill signed the bill. The vice president said the law was overdue.")
    assert "vice president" not in rows.get("Ada Quill", [])


def test_a_described_former_justice_is_the_justice_named_before():
    sources = _sources("Former Supreme Court Justice Ada Quill wrote an essay on Tuesday. \u201cIt would make "
                       "schools safer,\u201d the 97-year-old former justice wrote.")
    assert any(label == "named person" for text, label in sources.items() if "justice" in text)


def test_a_commentator_named_in_apposition_before_is_that_person():
    sources = _sources("Ben Dorn, a political commentator, spoke at the rally. \u201cWe will win,\u201d he said. "
                       "The political commentator predicted that progressives would win the fight.")
    assert sources.get("The political commentator") == "named person"


def test_an_unnamed_official_stays_unnamed():
    sources = _sources("President Ada Quill signed the bill. The senior administration official told reporters "
                       "the law was overdue.")
    assert sources.get("The senior administration official") == "anonymous or vague"


def test_a_description_never_titled_before_stays_unnamed():
    sources = _sources("Ben Dorn spoke at the rally. The political commentator predicted a win.")
    assert sources.get("The political commentator") == "anonymous or vague"


def test_the_representative_is_the_one_named_after_an_abbreviated_title():
    rows = _rows("Rep. Ada Quill stood by a poster of the agent. The representative said she wanted colleagues "
                 "to see the cost.")
    assert "Ada Quill" in rows and "representative" in rows["Ada Quill"]


def test_the_representative_is_no_senator_named_after_an_abbreviated_title():
    rows = _rows("Sen. Ada Quill stood by a poster of the agent. The representative said she wanted colleagues "
                 "to see the cost.")
    assert "Ada Quill" not in rows or "representative" not in rows["Ada Quill"]
