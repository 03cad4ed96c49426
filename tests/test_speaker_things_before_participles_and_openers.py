"""Speakers of the eighteenth pass: a thing right before a participle that describes it ("the film cited in the
protests", "the tactics described in the report") is what was cited, not who cites; a modifier opening its
sentence ("Rather than", "Mere weeks later", "Longtime friend") names no speaker alone. Sentences written for
the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> set[str]:
    """the highlighted speaker spans."""
    return {e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"}


# ------------------------------------------------------------------ a thing before its participle

def test_thing_before_participle_with_in_is_no_speaker():
    assert "The film" not in _sources("The protests spread quickly. The film cited in the protests was barely seen.")


def test_thing_before_participle_then_its_verb_is_no_speaker():
    assert "Other common worries" not in _sources(
        "Half of adults are anxious about money. Other common worries cited include health care and crime.")


def test_thing_before_naming_participle_is_no_speaker():
    assert "a legal theory" not in _sources(
        "The lawyer kept pressing a legal theory called the “common sense rule” in court.")


def test_people_before_participle_stay():
    assert "Critics" in _sources("Critics cited the cost of the plan and said it would fail.")


def test_document_that_speaks_stays():
    assert "The report" in _sources("The report cited rising costs and warned of layoffs.")


def test_thing_with_active_object_stays():
    assert "The lawsuit" in _sources("The lawsuit alleged that the company hid the defects.")


# ------------------------------------------------------------------ modifiers opening a sentence

def test_opening_rather_is_no_speaker():
    assert "Rather" not in _sources("Rather than citing the law, the governor acted alone.")


def test_opening_mere_is_no_speaker():
    assert "Mere" not in _sources("Mere weeks ago, the two rivals were trading insults and threatening war.")


def test_opening_longtime_is_no_speaker():
    assert "Longtime" not in _sources("Longtime friend and neighbor Sam Ortiz said the man was kind.")


def test_opening_group_noun_stays():
    assert "Critics" in _sources("Critics argue that the plan costs too much.")


def test_pronoun_before_participle_stays():
    assert "she" in _sources("The senator was careful. Though she called the deal “a disgrace” in May, she voted yes.")


def test_body_calling_something_stays():
    assert "The Smith campaign" in _sources("The Smith campaign called the charges false and fabricated.")


def test_opener_word_inside_a_name_stays():
    assert "Dan Rather" in _sources("The anchor spoke out. “We can't shrug this off,” Dan Rather wrote on Twitter.")


def test_people_before_intransitive_past_stay():
    assert "the plaintiffs" in _sources("As the plaintiffs argued in a brief to the court, the rule is unfair.")


def test_subject_of_relative_naming_clause_stays():
    assert "many papers" in _sources("He began a drive that many papers labeled “the great purge” at the time.")


# ------------------------------------------------------------------ the object of "of" after a thing

def test_object_of_a_thing_is_no_speaker():
    assert "the right" not in _sources("Scholars worry that the “culture wars” of the right often dismisses facts.")


def test_object_of_a_common_noun_is_no_speaker():
    assert "the law" not in _sources("Others involved in the drafting of the law say they never met him.")


def test_part_of_a_group_stays():
    assert any("the left" in s for s in _sources("Much of the left believes the plan will fail."))


def test_members_of_a_body_stay():
    assert any("the union" in s for s in _sources("Members of the union said they would strike."))


def test_people_of_both_parties_stay():
    assert any("both parties" in s for s in _sources("Candidates of both parties have argued that taxes are too high."))


def test_listed_thing_before_participle_stays_without_speaker():
    assert "The views" not in _sources("This is an opinion piece. The views expressed are those of the writer.")


def test_family_of_a_person_stays():
    assert any("Jane Doe" in s for s in _sources("The family of Jane Doe says they will hold a memorial."))


def test_part_after_of_stays():
    assert any("half of" in s for s in _sources("Just shy of half of party insiders said Smith won the debate."))


# ------------------------------------------------------------------ values, theories and ideas speak no words

def test_value_is_no_speaker():
    assert "a fourth democratic value" not in _sources(
        'Finally, a fourth democratic value emphasizes "democracy as insurance." Voters agree.')


def test_theory_is_no_speaker():
    assert "a behavioral health theory" not in _sources(
        "The changes illustrate a behavioral health theory called post-traumatic growth.")


def test_body_named_for_values_stays():
    assert "The Values Coalition" in _sources("The Values Coalition said the bill was wrong.")
