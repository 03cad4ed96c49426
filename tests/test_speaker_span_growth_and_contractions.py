"""Speaker spans grown over what the phrase search left off ("the Smith camp", "one senior member of the
Council", "Those opposing Smith", "attorneys general"), a sentence adverb taken off ("Now Smith"), and a name in
"'s" that is a contraction before a verb set aside ("Smith’s expected to"). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> set[str]:
    """the highlighted speaker spans."""
    return {e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_following_of_a_name_is_taken_in():
    assert "the Smith camp" in _sources("The aide was fired last week, according to the Smith camp, which denies it.")


def test_name_alone_after_according_stays():
    assert "Smith" in _sources("The aide was fired last week, according to Smith.")


def test_member_of_a_body_is_the_speaker():
    assert "one senior member of the City Council" in _sources(
        "“We were misled,” one senior member of the City Council told reporters.")


def test_body_that_speaks_itself_stays():
    assert "the City Council" in _sources("“We were misled,” the City Council said in a statement.")


def test_group_defined_by_participle_is_the_speaker():
    assert "Those opposing Smith" in _sources("Those opposing Smith argue that the mayor broke the rules.")


def test_participle_not_after_a_group_word_stays_out():
    assert "Smith" in _sources("Smith argues that the mayor broke the rules.")


def test_sentence_adverb_is_no_part_of_the_name():
    found = _sources("Now Smith says the mayor broke the rules.")
    assert "Smith" in found and "Now Smith" not in found


def test_adjective_opening_the_phrase_stays():
    assert "Later reports" in _sources("Later reports showed that the mayor broke the rules.")


def test_contracted_is_before_a_passive_is_no_source():
    assert not any("Smith" in s for s in _sources("In a speech, Smith’s expected to stress the stakes."))


def test_owner_before_a_noun_cue_stays():
    assert "Smith's" in _sources("Smith's claim that the mayor broke the rules was denied by the city.")


def test_title_after_its_noun_is_taken_whole():
    assert "50 attorneys general" in _sources("On the same day, 50 attorneys general announced an investigation.")


def test_general_alone_stays():
    assert "The general" in _sources("The general said the troops were ready.")


def test_longer_phrase_of_the_search_stays():
    assert "He and Democratic members of the Rules Committee" in _sources(
        "He and Democratic members of the Rules Committee wrote to the mayor that they would wait.")


def test_part_of_a_group_opening_the_sentence_is_taken():
    assert "one of the Democrats surveyed" in _sources("Only one of the Democrats surveyed think that he hurts her.")


def test_phrase_cut_after_most_is_no_speaker():
    found = _sources("And Smith’s most daring step as mayor — invoking the “emergency clause” on city contracts — "
                     "will leave the council unable to block his budget.")
    assert not any(s.endswith("most") for s in found)


def test_most_opening_a_group_stays():
    assert "Most Republicans" in _sources("Most Republicans voted no, saying the bill is bad.")


def test_owner_after_a_preposition_keeps_its_cue():
    text = "But in Smith’s telling, the biggest gain of the plan was the new school."
    assert any(e.text == "telling" for e in profile(text).features["sourcing"].evidence)
