"""Seventeenth pass, round 1, on cues: verbs that attribute nothing in context. The writer's hedged inference
("perhaps suggesting that"), a verb of showing inside the clause another cue reports ("suggested they reveal
that"), ", revealing" a thing, a passive "considered" in an asked question, the writer's "Just ask ...", a "wondering"
of the reader or of a made-up person, a verb of speech named as a skill ("to read, write, and argue"), a thing delivered ("delivering record
ratings"), help called for in an emergency ("called for medical help") and "share ... and reject" of a group's
attitudes are set aside; the similar cues beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The mayor walked out of the hearing — perhaps suggesting that a deal was near.", "suggesting"),
    ("The rebels answered with new attacks, seemingly suggesting that talks had failed.", "suggesting"),
    ("The firm delayed its filing, possibly indicating trouble with its lenders.", "indicating"),
    ("Turnout fell in the suburbs, which perhaps suggests the message did not land.", "suggests"),
    ("The paper printed the memos and said they reveal that the agency knew of the flaw.", "reveal"),
    ("Students leave school without the skills needed to read, write, and argue well.", "argue"),
    ("Many adults never learned to speak, read or write the language.", "speak"),
    ("The scandal has been a gift for the networks, delivering huge ratings and ad sales.", "delivering"),
    ("The governor is delivering on his promise to cut taxes.", "delivering"),
    ("Late that night the neighbor called for medical help, reporting chest pains.", "called for"),
    ("The driver called for an ambulance after the crash.", "called for"),
    ("The patient apparently called for medical help in Dayton, reporting a fever.", "apparently called for"),
    ("Rural voters share their parents' faith in hard work and reject the new urban elites.", "reject"),
    ("The storm tore the roof off the barn, revealing a nest of owls in the rafters.", "revealing"),
    ("The ruling laid bare old wounds — revealing the deep split within the party.", "revealing"),
    ("The host asked on air why the group isn't considered a gang.", "considered"),
    ("Reporters asked whether the plan is still considered viable.", "considered"),
    ("Just ask Governor Reyes, who had to bargain for every vote.", "ask"),
    ("Ask anyone in the town about the mill.", "ask"),
    ("Still wondering why the bill died? Look at the donors.", "wondering"),
    ("His win might reassure the lonely teenager wondering whether anyone cares.", "wondering"),
])
def test_inferences_skills_and_wordless_objects_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The senator warned his colleagues, suggesting that they would be blamed.", "suggesting"),
    ("The aide seemingly rejected the offer, saying it came too late.", "rejected"),
    ("The paper said the memos revealed that the agency knew of the flaw.", "revealed"),
    ("He wanted to argue that the law was void.", "argue"),
    ("She rose to speak and argue for the bill.", "argue"),
    ("He ran against both parties, delivering a fierce critique of their leaders.", "delivering"),
    ("The mayor is delivering the State of the City address on Monday.", "delivering"),
    ("The governor called for more help from the federal government.", "called for"),
    ("The senator called for help in passing the bill.", "called for"),
    ("The senator called for help in Ohio to pass the bill.", "called for"),
    ("The union called for an immediate evacuation of the plant.", "called for"),
    ("Democrats reject these allegations.", "reject"),
    ("Voters in the district reject the idea that the race is over.", "reject"),
    ("He spoke to the press on Friday, revealing he had been ill for months.", "revealing"),
    ("She spoke to the board, revealing to its members that the plant would close.", "revealing"),
    ("The agent is considered a flight risk.", "considered"),
    ("If he is considered a flight risk, the judge may deny bail.", "considered"),
    ("He asked Governor Reyes whether she would sign it.", "asked"),
    ("The vote left Senate Republicans wondering if the deal was dead.", "wondering"),
    ("Many voters are wondering whether the plant will reopen?", "wondering"),
])
def test_similar_cues_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
