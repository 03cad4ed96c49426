"""Nineteenth pass, round 1, on cues: a bare cue verb joined by "and"/"but"/"or" to a verb under a modal or an
infinitive "to" ("the paper could praise the plan but say ...", "the right to stay silent and not say ...") is
what someone could or may say, not what anyone said; "identifying" of a search under way and "identify with" of an
affinity attribute nothing either. These are set aside; a finite cue after the conjunction, an infinitive after a
verb of a deed done ("rose to speak and argue") and "identified ... as" stay. The sentences are written for
these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The network could welcome every view, but say plainly that it has standards.", "say"),
    ("The site could encourage a free exchange of views worldwide, but say it has rules.", "say"),
    ("The judge told him he had the right to stay silent and not say anything at all.", "say"),
    ("He is the sort of man who might walk into the room and tell the mayor to resign.", "tell"),
    ("The group is not supposed to coordinate with or endorse any candidate.", "endorse"),
    ("Voters hoped to pressure the senator to vote more often and oppose the plan.", "oppose"),
    ("The prosecutor may soon show his hand — and reveal what he knows.", "reveal"),
])
def test_bare_cue_under_a_modal_or_to_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The agency would not comment on the case but said the rule was sound.", "said"),
    ("She rose to speak and argue for the bill.", "argue"),
    ("Critics hear the phrase and scoff at it.", "scoff"),
    ("The senator could not attend, and says the vote was rigged.", "says"),
    ("They say the plan will fail.", "say"),
    ("He wanted to warn the board that the plant would close.", "warn"),
    ("Many students point to the incidents and insist that the campus is unsafe.", "insist"),
    ("Such voters tend to distrust politicians but feel they have found a champion.", "feel"),
    ("The rebels are risking their lives to free the city, and vow to fight on.", "vow"),
    ("Even the governor cannot help but acknowledge the problem.", "acknowledge"),
])
def test_finite_or_done_cues_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The agency is still identifying the outside experts who will sit on the panel.", "identifying"),
    ("She won by analyzing and identifying voters who had not made up their minds.", "identifying"),
    ("Younger voters will identify less strongly with either party.", "identify"),
])
def test_identify_of_finding_or_belonging_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Police identified the driver as a local man.", "identified"),
    ("A woman identifying herself as a nurse said the ward was full.", "identifying"),
    ("Economists have identified several benefits of the credit.", "identified"),
    ("The campaign erred, publicly identifying a number of women -- some of them wrongly -- as victims.", "identifying"),
])
def test_identify_of_naming_or_finding_reported_stays(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
