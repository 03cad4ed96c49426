"""Report verbs whose object makes them an act (``act_object_cues``), self-identification, an effect felt,
"wait and see", an email account (``idiom_sense_cues``), a participle after a possessive (``empty_cues``), a
track record that "shows" (``event_subject_cues``), "strive" (``acting_verbs.txt``) and a stance whose "that"
belongs to the next clause (``stance_cues``); each beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Several towns are asserting county control over the water board.", "asserting"),
    ("The council asserts itself on zoning for the first time.", "asserts"),
    ("The county party recalled some results after a reporting error.", "recalled"),
    ("The dean rejected the student's request last week.", "rejected"),
    ("The board has rejected many of Ms. Lane's requests for records.", "rejected"),
    ("The college rejects 80 percent of its applicants.", "rejects"),
    ("The mayor and her allies are embracing a fight with the press.", "are embracing"),
    ("The guards responded by closing the gates and calling for help.", "responded"),
    ("The tremor was felt as far south as Fresno.", "was felt"),
    ("The effects were felt across the region.", "were felt"),
    ("The rule covers students who identify as women.", "identify"),
    ("Most of the workers surveyed identified as independents.", "identified"),
    ("Now we wait and see whether the court takes the case.", "see"),
    ("And in an email account, agents found the messages.", "in an email"),
    ("This year's proposed change splits the survey in two.", "proposed"),
    ("Smith's proposed questions were leaked to the paper.", "proposed"),
    ("He's proposed a new budget for the city.", "proposed"),
    ("He was never her preferred candidate.", "preferred"),
    ("Mr. Lane's record shows that the council can be moved.", "shows"),
    ("Lawmakers strive to fix the rule at the state level.", "strive"),
    ("The report says the firm welcomed foreign money, and that its chief lied about it.", "welcomed"),
])
def test_an_act_or_idiom_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator asserted that the plan was sound.", "asserted"),
    ("She recalled a tense meeting with the envoy.", "recalled"),
    ("Stein also rejects the idea that voters must pick a side.", "rejects"),
    ("The mayor rejected the claim, calling it false.", "rejected"),
    ("The state court rejected a request from the county to delay the vote.", "rejected"),
    ("Lee responded by using the example of his own city.", "responded"),
    ("Lee responded by calling the claim a distraction.", "responded"),
    ("The minister responded by saying the talks would go on.", "responded"),
    ("He felt the plan was too strict.", "felt"),
    ("It was felt that the plan went too far.", "was felt"),
    ("Police identified the driver as a local man.", "identified"),
    ("They discussed what officials identified as a foreign campaign.", "identified"),
    ("The woman, identified as Jane Roe, spoke to the crowd.", "identified"),
    ("The agency said in an email that it would not comment.", "in an email"),
    ("Her stated goal is to win the state.", "stated"),
    ("Smith's alleged remarks drew a rebuke.", "alleged"),
    ("A county poll last month showed that Lee led.", "showed"),
    ("Court records show that he paid the fee.", "show"),
    ("The union welcomed the “timely” ruling.", "welcomed"),
])
def test_words_of_a_source_stay_cues(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Lee told reporters the mayor slammed his hand on the table.", "slammed"),
    ("That door slammed shut on Monday night.", "slammed"),
    ("Residents have contended with dust and smoke for years.", "have contended"),
    ("The water exposed town residents to high levels of lead.", "exposed"),
    ("About a third of the 5,100 confirmed virus cases are in the capital.", "confirmed"),
])
def test_a_blow_a_hardship_a_harm_or_a_count_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator slammed the decision as a tragedy.", "slammed"),
    ("Lee slammed the mayor for refusing to testify.", "slammed"),
    ("He contends that the rule is unfair.", "contends"),
    ("The report exposed how the scheme worked.", "exposed"),
])
def test_words_of_judgement_stay_cues(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("Many had heard of the plan but didn't know the deadline for signing up, or missed it.", "didn't know"),
    ("He served there for years, so he knows the territory well.", "knows"),
])
def test_a_thing_known_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("He knew the plan would fail.", "knew"),
    ("Republicans know that too.", "know"),
    ("Analysts thought the board had made the files public.", "thought"),
])
def test_a_view_known_or_held_stays_a_cue(text, cue):
    assert not acting_cue(text, cue)
