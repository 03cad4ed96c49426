""""Highlight" said of a thing, an event or a deed (``highlight_subject_cues``): no cue; beside the same verb
said of a person, a body or a text, which stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The shouting match highlighted the distrust between the two camps.", "highlighted"),
    ("The flooding in the valley highlights how thin the levees have become.", "highlights"),
    ("These stories highlight the gap between wages and rents.", "highlight"),
    ("To some analysts, the drought has highlighted flaws in the water plan.", "has highlighted"),
    ("The dispute over the stadium also highlights the council's divisions.", "also highlights"),
    ("Here is a list of the budget's highlights: more teachers and lower fees.", "highlights"),
])
def test_a_thing_that_highlights_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The mayor highlighted the distrust between the two camps.", "highlighted"),
    ("The governor also highlighted the new jobs figures in her speech.", "also highlighted"),
    ("The report highlights how thin the levees have become.", "highlights"),
    ("Local officials highlighted the gap between wages and rents.", "highlighted"),
    ("The campaign's ad highlights the senator's votes on taxes.", "highlights"),
    ("Critics have highlighted flaws in the water plan.", "have highlighted"),
    ("They highlight the council's divisions at every meeting.", "highlight"),
])
def test_a_person_body_or_text_that_highlights_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The shouting underscored how close the race had become.", "underscored"),
    ("Their contempt reveals the fears they hide from voters.", "reveals"),
    ("The slump in sales points to a deeper problem at the firm.", "points to"),
])
def test_a_thing_that_underscores_reveals_or_points_to_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The investigation revealed that the firm had hidden losses.", "revealed"),
    ("The mayor met reporters and revealed that she would run again.", "revealed"),
    ("It was revealed that the deputy had lied to the board.", "revealed"),
    ("Economists point to the slump in sales.", "point to"),
    ("The leaked emails reveal that the deal was struck in May.", "reveal"),
])
def test_a_person_body_or_record_that_reveals_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Surveys of young adults reveal a deep distrust of banks.", "reveal"),
    ("A review of the e-mails revealed an effort to avoid disclosure.", "revealed"),
    ("Some polls this year have already revealed warning signs for the party.", "have already revealed"),
])
def test_a_record_before_an_of_phrase_or_a_time_phrase_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)
