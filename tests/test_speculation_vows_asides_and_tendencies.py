"""Tenth pass on speculation: a first-person vow ("we are going to make it very difficult"), an embedded question
of means ("focused on how the mayor is going to get reelected"), "expect that" with no future expected, a past
"it was only a matter of time", a conditional whose modal is only in an aside (a concession, a comment, a relative
clause), "war" after a preposition taken for a consequence, a tendency listed ("less likely than others to X,
less likely to Y"), a discourse "I'll tell you", a counterfactual "if it weren't for" and a "looming" of a present
prominence or of a scheduled item predict nothing; the forecasts beside them stay. The sentences are written for
these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("“We are going to make it very, very difficult to dodge the fare,” the mayor said.", "are going to"),
    ("“We’re gonna raise the money,” he said.", "gonna"),
    ("All I can think about is: I’m gonna get him.", "gonna"),
    ("“I am going to argue loudly for the depot,” she said.", "am going to"),
    ("Now he is focused on how the mayor is going to get reelected.", "is going to"),
    ("It is hard to figure out how the new board is going to fix the buses.", "is going to"),
    ("Two aides told me they expect that the best period of the campaign ended at 8 p.m.", "expect that"),
    ("“We expect that when riders make commitments, that they keep them,” he said.", "expect that"),
    ("You would naturally expect that the court would have become less strict.", "expect that"),
    ("With the memo out, it was only a matter of time before someone would publish it.", "only a matter of time"),
    ("He complained that he might get shamed if he were to host a party, although delaying a party would seem "
     "a small price.", "if he were"),
    ("So if this is an attempt to help the campaign, as his past behavior would suggest, it's not a successful "
     "one.", "if this is"),
    ("He will quit if the court upholds the law, due to concerns if he became the only driver who could do the "
     "route.", "if the court"),
    ("If the chief justice is in the majority, he assigns who will write the opinion.", "if the chief"),
    ("Nobody can stop the strike, making chaos likely if the mayor holds to it, and the council must keep him "
     "from stumbling into war with the union.", "if the mayor"),
    ("Young riders were less likely than older ones to back the levy, substantially less likely to favor a fare "
     "rise and less likely to support new routes.", "less likely to"),
    ("The deaths were among young residents, who tend to be healthier and less likely to show symptoms.",
     "less likely to"),
    ("We are now more likely to believe them.", "more likely to"),
    ('"If it is deemed to stand," he continued, "then I\'ll tell you one thing."', "if it is deemed"),
    ('"I will certainly tell you, I\'m under enormous pressure," she said.', "will certainly"),
    ('He said if it weren\'t for the council\'s persistence, "we would be left with lies."', "if it weren't"),
    ("No one is looking out for when riders are going to be hurt by the failures.", "are going to"),
    ("“Wherever the two mayors are going to be, we have events,” he said.", "are going to"),
    ("You have to think through what you are going to do with them.", "are going to"),
    ("Such groups are looming large, he reports.", "looming"),
    ("Looming over them all is a candidate not even running.", "looming"),
    ("Members are pummeled over the looming impeachment vote.", "looming"),
    ("The holidays are looming, a time when people pay less attention.", "looming"),
])
def test_vows_asides_and_tendencies_predict_nothing(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert not any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("“We are going to win the nomination,” he said.", "are going to"),
    ("“We’re gonna get clobbered in the suburbs,” he said.", "gonna"),
    ("“Eventually, we are going to make a very reasonable deal with the union,” he said.", "are going to"),
    ("“We’re gonna have to hit the pause button,” she said.", "gonna"),
    ("Rents are going to rise next year.", "are going to"),
    ("The debate centers on how much fares are going to go up.", "are going to"),
    ("“We expect that the agency will do better,” the judge wrote.", "expect that"),
    ("They expect that number to rise sharply if the strike drags on.", "expect that"),
    ("It's only a matter of time before the rule is scrapped.", "it's only a matter of time"),
    ("If the bill passes, as expected, premiums will rise.", "if the bill"),
    ("If he wins, that would be a shock.", "if he wins"),
    ("If the strike goes on, though, the city will lose millions.", "if the strike"),
    ("If they attack us, it's war.", "if they attack"),
    ("Even if the mayor wins this or that battle with the unions, he cannot win the war.", "even if"),
    ("Without talks, a final deal is thus less likely to be achieved.", "less likely to"),
    ("A retired general will be more likely to win their trust.", "more likely to"),
    ("If the fare rises, I'll tell you, riders will leave.", "if the fare"),
    ("When the strike ends, fares are going to rise.", "are going to"),
    ("The mayor will certainly lose the vote.", "will certainly"),
    ("If it weren't for the subsidy, fares would be higher, and if it is cut, they will rise.", "if it is cut"),
    ("A looming recession in Europe may prompt firms to cut jobs.", "looming"),
])
def test_forecasts_beside_them_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(c.startswith(cue) for c in found_cues), found_cues
