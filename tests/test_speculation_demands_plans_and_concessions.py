"""Eighth pass on speculation (speculation_stance_readings): a demand or standard "expects", a generic "you"
future, a time horizon of the speaker's plan, an "even if" concession with a present main clause, a graded
past prediction, a past "gonna", a yearbook "Most Likely to", the noun "projects that" and a past "would
likely" predict nothing; the forecasts beside them stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("The coach expects his players to behave on the road this season.", "expects"),
    ("The mayor said he expects the depot managers to comply with the new order.", "expects"),
    ("The clerks do the work with the care that the public expects.", "expects"),
    ("When you park downtown after six, you will pay twice the usual fee.", "will pay"),
    ("The union leader said: \u201cIn the coming weeks, we\u2019ll be proposing changes to the rota.\u201d",
     "in the coming weeks"),
    ("Even if I am mistaken, it doesn't matter here, because nothing I might believe changes the count.", "even if"),
    ("\u201cEven if the depot will close, that is worrying,\u201d admits a driver who says the union will fight.",
     "even if"),
    ("The analyst, who accurately predicted the slump of 2013, spoke on Monday.", "predicted"),
    ("\u201cWe knew they were gonna come after us,\u201d the driver said.", "gonna"),
    ("The suit says she was voted \u2018Most Likely to Fail\u2019 at school.", "most likely to"),
    ("The fund backs collaborative projects that would not otherwise have been pursued.", "projects that"),
    ("Without the radio, the rumor would probably have vanished within a day.", "would probably"),
    ("The board declined the audit in view of the delay that such a step would likely produce.", "would likely"),
    ("Any such effect was bound to fade within a month.", "bound to"),
    ("The inspector, as he explains, is bound to assume good faith in every case.", "bound to"),
    ("The deal would see the city bound to the region for years.", "bound to"),
    ("Past predictions of a closer alliance have proved overstated.", "predictions"),
    ("The board predicted at the time that the program would cost $2 million.", "predicted"),
    ("The index has predicted the winner in nine of the past 12 elections.", "predicted"),
    ("The study looked at how voters' party affiliation predicted their views on taxes.", "predicted"),
    ("Slower sales last year may have set the stage for a buying surge this spring.", "set the stage for"),
    ("He backed a plan that would have cut the deficit by $4 trillion over the next decade.", "over the next"),
    ("The senator said the city should threaten to withhold the funds.", "threaten to"),
    ("When asked by the council if it intended to close the depot, the firm said it will decide soon.", "if it intended"),
])
def test_demands_plans_concessions_and_past_cues_predict_nothing(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert not any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("The company expects 1,200 more buses to arrive within the next few weeks.", "expects"),
    ("The mayor expects the economy to grow again next year.", "expects"),
    ("Many drivers in the city will pay nearly $200 more a month next year.", "will pay"),
    ("Analysts say fares will rise in the coming years as costs climb.", "in the coming years"),
    ("Even if the vote passes, it's not inconceivable that the council could block it.", "even if"),
    ("Republicans predicted that the report will bolster the opposition.", "predicted"),
    ("\u201cWe are gonna win this fight,\u201d the driver said.", "gonna"),
    ("And even if the motion reaches the desk, there's every chance that the mayor, as many expect, will veto it.",
     "even if"),
    ("The budget is bound to take up much of the discussion at the retreat.", "bound to"),
    ("Analysts' predictions of a slump worry the council.", "predictions"),
    ("The mayor predicted his party would win the seat next year.", "predicted"),
    ("The cuts will set the stage for a buying surge next spring.", "set the stage for"),
    ("The plan would cut the deficit by $4 trillion over the next decade.", "over the next"),
    ("Work that should have taken place in the winter will certainly show up in the spring.", "will certainly"),
    ("The new warmth could have important effects down the road.", "down the road"),
    ("The mayor threatens to withhold the funds unless the firm pays.", "threatens to"),
    ("If the council closes the depot, the firm will sue.", "if the council"),
    ("Depot Closure Likely to Be Delayed", "likely to"),
    ("\u201cI'll probably get a raise, so I'll be fine over the next four years,\u201d she said.", "over the next"),
    ("The mayor, whose aide declined to comment, would likely take the plan further next year.", "would likely"),
    ("The budget office projects that the deficit will shrink next year.", "projects that"),
    ("The senators predicted that a motion to dismiss would likely fail next week.", "would likely"),
])
def test_forecasts_beside_them_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(cue in c for c in found_cues), found_cues
