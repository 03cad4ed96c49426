"""Ninth pass, round 2 on speculation (speculation_described_readings): a conditional that tells how a measure
works ("if a company does not comply, it would be penalized"), a past foresight or a capacity to foresee
("seemed to anticipate", "the failures to anticipate", "to be able to anticipate") and a hazard's level or
kind named ("pose a health risk of", "at low risk of"), a legal test or a misspelt "imminently", estimates
named ("HHS's projections of the impact"), a present "is remains to be seen" and a narrative "would soon"
predict nothing; the forecasts beside them stay. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import found, profile


def _speculation(text: str) -> list[str]:
    return [t.lower() for t in found(profile(text), "speculation")]


@pytest.mark.parametrize("text, cue", [
    ("The council passed the depot resolution. If a majority of members back it, it would authorize a suit "
     "against the operator.", "if a majority"),
    ("The bill caps fares. If an operator does not comply with the cap, it would be penalized with a fine of "
     "5 percent of its takings.", "if an operator"),
    ("Under the new rule, if a driver skips a shift, he will be subject to a fine.", "if a driver"),
    ("It was a result the mayor seemed to anticipate when he spoke to reporters last week.", "anticipate"),
    ("It was as grave as the failures to anticipate the floods of 1953.", "anticipate"),
    ("Riders like to be able to anticipate delays, as it makes them calmer.", "anticipate"),
    ("The stalled buses also pose a public safety risk of blocking ambulances.", "risk of"),
    ("Most riders are at low risk of catching the virus, the agency says.", "risk of"),
    ("The depot may close if the fire would imminently threaten the safety of workers.", "imminently"),
    ("The old bus is, however, imminently well-suited to short routes.", "imminently"),
    ("The board may land closer to the union's projections of the cost of the plan.", "projections"),
    ("Just how strong the network is remains to be seen.", "remains to be seen"),
    ("The mayor cut the budget. Mayor Jones would soon face the reality of a strike.", "would soon"),
])
def test_provisions_past_foresight_and_hazards_predict_nothing(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert not any(c.startswith(cue) for c in found_cues), found_cues


@pytest.mark.parametrize("text, cue", [
    ("The bill passed the House. If the Senate passes it too, millions of riders would lose their passes.",
     "if the senate"),
    ("If elected, I will not permit any fare rise.", "if elected"),
    ("If the talks fail, the union will strike on Monday.", "if the talks"),
    ("We anticipate that the council will approve the plan next week.", "anticipate"),
    ("The mayor expects to anticipate the union's next move.", "expects"),
    ("Candidates who back the plan face the risk of alienating some of their voters.", "risk of"),
    ("There's the risk of losing the seat come November.", "risk of"),
    ("Officials say the troops will imminently withdraw from the town.", "imminently"),
    ("The board is heartened about projections of a heavy turnout next week.", "projections"),
    ("It remains to be seen whether the council will approve the fares.", "remains to be seen"),
    ("The mayor told him that the union would soon strike.", "would soon"),
])
def test_forecasts_beside_them_stay(text: str, cue: str) -> None:
    found_cues = _speculation(text)
    assert any(c.startswith(cue) for c in found_cues), found_cues
