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
