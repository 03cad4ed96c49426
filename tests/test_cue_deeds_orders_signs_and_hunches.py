"""Cue words that attribute nothing, from the eighth pass's own reading (seed 2828) and the independent
readings before it: a race entered or an office left ("announced his candidacy"), a phone call ("Zoom calls"),
an order ("the court told the judge to reconsider"), a gut or history that "tells", a lesson a person has
found, "signal" as a sign, and an event ("the dust-up") as the subject of "underscored". Each is set aside
with the verbs of acting (``cues.acting_cue``), beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The young mayor was little known when he announced his campaign in April.", "announced"),
    ("The former diplomat announced his resignation after the vote.", "announced"),
    ("She polled third before she had even officially announced her candidacy.", "announced"),
    ("He announces his second bid for the governorship on Monday.", "announces"),
    ("Since announcing her 2022 Senate run, she has raised $3 million.", "announcing"),
    ("The grandmother stays in touch with her family through Zoom calls, she said.", "calls"),
    ("The meetings and calls have come as the party regroups.", "calls"),
    ("But the state court last month told Judge Moore to reconsider the ruling.", "told"),
    ("The mayor was telling the three agencies to look at whether they could cut costs.", "telling"),
    ("The aide was told not to speak to the crowd at the event.", "told"),
    ("My gut tells me that too many people knew about it.", "tells"),
    ("But history tells us the margin matters more than the winner.", "tells"),
    ("She is not easily placated, and she's found that her method works.", "found"),
    ("Republicans held on to the county board, signaling their suburban problem may not be statewide.",
     "signaling"),
    ("The governor signaled his intentions by flying to Reno the day after the vote.", "signaled"),
    ("Rising prices are market signals that move goods to where they are needed.", "signals"),
    ("The dust-up over his years at the fund underscored the scrutiny ahead.", "underscored"),
    ("The court's willingness to hear the case signals a possible win for the city.", "signals"),
    ("On Tuesday the alliance called an emergency meeting of its envoys.", "called"),
    ("The speaker still has not called a vote on the measure.", "called"),
    ("No one answered the door when a reporter knocked.", "answered"),
    ("The governor avoided the subject of the strike for months.", "avoided"),
    ("The tour was announced as the mayor tried to move past a feud.", "was announced"),
    ("On Thursday it was announced that the old chief would return.", "was announced"),
])
def test_a_deed_an_order_a_hunch_or_a_sign_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The governor announced that she would resign in June.", "announced"),
    ("The agency announced a new office to protect nurses.", "announced"),
    ("The group announced it would launch an ad campaign in the fall.", "announced"),
    ("Calls from senior party members for him to step aside grew louder.", "calls"),
    ("He calls the plan a disaster for the state.", "calls"),
    ("The senator told reporters that the bill would pass.", "told"),
    ("The candidate told NPR he used to think voters would balk.", "told"),
    ("The coach told him to “get his head in the game.”", "told"),
    ("Research tells us that children learn more in small classes.", "tells"),
    ("Researchers have found that longer school days help little.", "found"),
    ("A 2014 study found that children with lawyers did better.", "found"),
    ("Republicans have already signaled they will not block the bill.", "signaled"),
    ("The department signaled that more arrests were likely.", "signaled"),
    ("Mayor Lee's chief of staff underscored the point in a memo.", "underscored"),
    ("The mayor called the vote “misguided and political.”", "called"),
    ("Only four of the 70 who answered the question guessed right.", "answered"),
    ("The governor said that she would not avoid the subject.", "said"),
    ("The raid was first announced by the regional police.", "was first announced"),
    ("The lies told by the smugglers appear to have come true.", "told"),
    ("The central bank, which has held rates down since 2008, has been signaling a change.", "has been signaling"),
])
def test_words_or_a_view_of_a_source_stay_cues(text, cue):
    assert not acting_cue(text, cue)
