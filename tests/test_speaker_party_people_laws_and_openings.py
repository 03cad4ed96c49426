"""Session 32's speaker kinds and non-speakers (readers of the AllSides dev sample: fresh draw 3232, independent
draws 2525-2626): a party's person is the person the article speaks of, "the national security adviser" the one
titled so, a document with an owner pronoun is its owner's, lower-case crowds after a body's name are unnamed
people; a law's text, "What" of a clause, an imperative and the outlet that obtained a document are no
speakers; a name with a lower-case particle ("diGenova") opening a sentence is a person. Sentences written for
the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


# ------------------------------------------------------------------ a party's person

def test_the_democrat_is_the_person_the_article_speaks_of():
    sources = _sources("Ben Dorn entered the race in May. In his note to supporters, the Democrat acknowledged "
                       "he saw no path to victory.")
    assert sources.get("the Democrat") == "named person"


def test_the_republican_front_runner_is_a_person_not_a_body():
    sources = _sources("Ada Quill leads the field. The Republican front-runner thinks the last president lied.")
    assert sources.get("The Republican front-runner") == "named person"


def test_the_republican_introduced_unnamed_stays_unnamed():
    sources = _sources("An Iowa Republican said the pick was good. \u201cHe is steady,\u201d the Republican said.")
    assert sources.get("the Republican") == "anonymous or vague"


# ------------------------------------------------------------------ offices, documents, crowds

def test_the_national_security_adviser_is_the_one_titled_so():
    sources = _sources("The move was announced by national security adviser Ada Quill on Monday. "
                       "The national security adviser also said the court was illegitimate.")
    assert sources.get("The national security adviser") == "named person"


def test_an_adviser_alone_stays_unnamed():
    sources = _sources("Ada Quill spoke on Monday. The adviser also said the court was illegitimate.")
    assert sources.get("The adviser") != "named person"


def test_his_remarks_are_his_and_a_directive_a_document():
    sources = _sources("Senator Ben Dorn spoke for an hour. His remarks suggest the committee will act.")
    assert sources.get("His remarks") == "named person"
    sources = _sources("The agency formalized a policy on arrests. The two-page directive said agents will "
                       "enter courthouses only for specific targets.")
    assert sources.get("The two-page directive") == "document"


def test_remarks_with_no_owner_stay_vague():
    sources = _sources("The remarks echoed the views of the committee, observers said.")
    assert sources.get("The remarks", "anonymous or vague") == "anonymous or vague"


def test_lower_case_people_after_a_body_s_name_are_unnamed_people():
    sources = _sources("Not all House GOP freshmen say they would support the cuts.")
    assert sources.get("all House GOP freshmen") == "anonymous or vague"


def test_a_body_s_name_stays_a_body():
    sources = _sources("The Republican National Committee said it would support the cuts.")
    assert sources.get("The Republican National Committee") == "named organization"


# ------------------------------------------------------------------ no speakers

def test_a_law_s_text_is_no_speaker():
    sources = _sources("Twenty senators introduced a bill on Monday. The bill threatens new sanctions if Ruritania "
                       "fails to comply.")
    assert "The bill" not in sources
    sources = _sources("Those special budget rules prohibit Congress from adding to the deficit, critics said.")
    assert "Those special budget rules" not in sources


def test_people_of_a_law_and_according_to_a_measure_stay():
    sources = _sources("Proponents of the law say it protects patients.")
    assert "Proponents of the law" in sources
    sources = _sources("The patient must be able to decide, according to the measure.")
    assert "the measure" in sources


def test_what_of_a_clause_and_an_imperative_are_no_speakers():
    sources = _sources("The race is over. What Democrats like those quoted here still do not see is that it "
                       "is over.")
    assert not any(s.startswith("What") for s in sources)
    sources = _sources("The editors went over the edge. Say what you will about human nature, and believe me, "
                       "it is fickle.")
    assert "Say" not in sources


def test_the_outlet_that_obtained_a_document_is_no_speaker():
    sources = _sources("Text messages exclusively obtained by Fox News this week revealed that the agency "
                       "raised concerns.")
    assert "Fox News" not in sources


def test_an_outlet_that_reports_stays():
    sources = _sources("The agency raised concerns, Fox News reported this week.")
    assert sources.get("Fox News") == "news outlet"


# ------------------------------------------------------------------ names with a lower-case particle

def test_a_name_with_a_lower_case_particle_opening_a_sentence_is_a_person():
    sources = _sources("Former prosecutor Joseph diGenova blasted the tactic. \u201cIt was designed to "
                       "intimidate,\u201d diGenova said.\n\nDiGenova likened the arrest to a raid on a mob boss.")
    assert sources.get("DiGenova") == "named person"


# ------------------------------------------------------------------ crowds before a preposition

def test_consultants_for_a_company_are_unnamed_people():
    sources = _sources("Analysts at Stifel Nicolaus, in a note to investors, predicted a long review.")
    assert sources.get("Analysts at Stifel Nicolaus") == "anonymous or vague"


def test_a_surname_of_a_body_stays_a_person():
    sources = _sources("Frederick Hess of the American Enterprise Institute spoke first. Hess of the American "
                       "Enterprise Institute said the plan would fail.")
    assert sources.get("Hess of the American Enterprise Institute", "named person") == "named person"
