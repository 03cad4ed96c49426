"""A state declared, a taking claimed, "if confirmed" (``performative_cues``), questions asked without words,
coverage measured, the writer's generic "one" (``wordless_speech_cues``) and a topic or audience addressed
(``topic_cues``); each beside a use that stays a cue."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("The county declared a state of emergency early Sunday.", "declared"),
    ("The governor did declare a public health emergency in March.", "declare"),
    ("The firm fell behind on its loans and declared bankruptcy in May.", "declared"),
    ("So far the war has claimed the lives of 900 soldiers.", "claimed"),
    ("Pundits on the right have claimed him as one of their own.", "claimed"),
    ("If confirmed, the report would change the debate.", "confirmed"),
    ("She would lead the agency if confirmed as its director.", "confirmed"),
    ("The reporters then asked four more questions about the budget.", "asked"),
    ("The reason he asked this question was simple.", "asked"),
    ("The network asked the mayor 12 questions in all.", "asked"),
    ("The channels ignored or barely mentioned the lawsuit.", "mentioned"),
    ("After the bill passed, one might have expected the party to rally.", "expected"),
    ("One would think that the board had learned by now.", "think"),
    ("With so little rain, you'd think farmers would plant less.", "think"),
    ("But one wonders what the party gains from this.", "wonders"),
    ("He addressed the topic soon after he took office.", "addressed"),
    ("A package addressed to the former director was found.", "addressed"),
    ("The mayor addressed the crowd at the rally on Friday.", "addressed"),
])
def test_an_act_or_speech_without_words_is_no_cue(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The general declared that the war was over.", "declared"),
    ("The mayor declared victory late on Tuesday.", "declared"),
    ("The group claimed responsibility for the blast.", "claimed"),
    ("The senator claimed the vote was rigged.", "claimed"),
    ("The Pentagon confirmed that ships were on the way.", "confirmed"),
    ("The reporter asked the question: will you run again?", "asked"),
    ("She asked him a question about whether he would run.", "asked"),
    ("He asked whether the plan would pass.", "asked"),
    ("She barely mentioned that the vote had failed.", "mentioned"),
    ("Only one said he would vote for the plan.", "said"),
    ("One recalled the cold morning they started.", "recalled"),
    ("The mayor addressed reporters, warning that the storm was close.", "addressed"),
    ("The mayor declined to address the report.", "address"),
])
def test_words_or_a_view_stay_cues(text, cue):
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue, aside", [
    ("The old song reminded him of his late brother.", "reminded", True),
    ("It reminds me, in a way, of a film I saw.", "reminds", True),
    ("The ministry reminded Trump of its autonomy.", "reminded", False),
    ("She reminded him that the vote was Tuesday.", "reminded", False),
    ("The state boasts some of the highest rents in the nation.", "boasts", True),
    ("His team can boast a number of wins.", "boast", True),
    ("He boasted that his campaign was lean.", "boasted", False),
    ("He boasts how efficient his staff is.", "boasts", False),
    ("The lawyer spent hours pressing her for every detail.", "pressing", True),
    ("Reporters pressed the senator on whether he would run.", "pressed", False),
])
def test_likeness_having_and_pressing(text, cue, aside):
    assert acting_cue(text, cue) is aside


@pytest.mark.parametrize("text, cue, aside", [
    ("All told, the three groups have $9 million in the bank.", "told", True),
    ("He told them all, and they left.", "told", False),
    ("He spent the day holding babies and talking to firemen and nurses.", "talking", True),
    ("The mayor talked civil rights and the budget at the dinner.", "talked", True),
    ("Leaders are talking tough about the cuts, saying they will not budge.", "talking", False),
    ("Two aides spoke on condition of anonymity to describe the talks.", "spoke", False),
])
def test_all_told_and_talk_without_words(text, cue, aside):
    assert acting_cue(text, cue) is aside


@pytest.mark.parametrize("text, cue, aside", [
    ("It's also worth noting that the rule was older.", "noting", True),
    ("Experts were noting that the rule was older.", "noting", False),
    ("Don't tell me the market will fix it.", "tell", True),
    ("Let me say once more how odd that was.", "say", True),
    ("Most voters don't think the plan will pass.", "think", False),
    ("The army ended its \"don't ask, don't tell\" rule in 2011.", "tell", True),
    ("Half are unsure who is telling the truth.", "telling", True),
    ("She told reporters the truck had left.", "told", False),
    ("He has argued dozens of cases before the court.", "argued", True),
    ("The lawyer who argued the case on behalf of the state spoke later.", "argued", True),
    ("The judge argued the case should go back to the lower court.", "argued", False),
])
def test_writers_voice_set_phrases_and_cases_argued(text, cue, aside):
    assert acting_cue(text, cue) is aside


@pytest.mark.parametrize("text, cue, aside", [
    ("The unrest abroad threatened national security at home.", "threatened", True),
    ("A split could threaten the future of the law.", "threaten", True),
    ("The White House threatened a veto of the bill.", "threatened", False),
    ("He threatens the firms with new rules.", "threatens", False),
    ("The mayor threatened to close the bridge.", "threatened", False),
    ("On another note, the panel meets Friday.", "note", True),
    ("Officials note that the panel meets Friday.", "note", False),
])
def test_a_thing_endangered_and_another_note(text, cue, aside):
    assert acting_cue(text, cue) is aside
