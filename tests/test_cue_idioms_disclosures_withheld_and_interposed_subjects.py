"""Sixteenth pass, round 2, on cues: the writer's "To put it mildly", a negated disclosure before its "that" ("does
not disclose that"), a belief borne out ("confirmed his suspicions"), and a verb of acting after a phrase set
between commas (", who ... retired, shared the transcript", ", run by the institute, provided therapy to babies
who were identified as ...") attribute nothing; the similar cues beside them stay. The sentences are written for
these tests. An estimate ("puts the rise at") and words issued ("issued its statement") stay cues."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("To put it mildly, the governor is widely seen as stubborn.", "put it"),
    ("The plan is, to put it bluntly, a mess.", "put it"),
    ("In fact, the agency does not disclose that it is being sued.", "does not disclose"),
    ("The firm never revealed that its founder had been paid.", "revealed"),
    ("The footage released by the group confirmed his suspicions of fraud.", "confirmed"),
    ("The results confirmed their worst fears.", "confirmed"),
    ("The firm issued new shares.", "issued"),
    ("Mr. Diaz, who was serving as the press chief but has since retired, shared the transcript of his remarks.",
     "shared"),
    ("Ms. Lee, a former press aide, shared the transcript of the remarks with reporters.", "shared"),
    ("The trial, run by a university clinic, provided free weekly therapy to infants aged two to five months who"
     " were identified as at risk.", "provided"),
])
def test_idioms_disclosures_and_acts_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("As one aide put it, the plan is dead.", "put it"),
    ("The agency disclosed that it is being sued.", "disclosed"),
    ("He did not say that he would resign.", "did not say"),
    ("The spokesman confirmed that the talks had ended.", "confirmed"),
    ("The doctor confirmed his fears that the tumor had spread.", "confirmed"),
    ("The country, considered a sponsor of terrorism, refused.", "considered"),
    ("In Asia, the country, considered a sponsor of terrorism, refused.", "considered"),
    ("Mr. Diaz, who was the chief, considered the plan as a threat.", "considered"),
    ("Voters see his handling of the hearings as a major issue.", "see"),
    ("The Agency, a climate watchdog, puts the rise at two degrees.", "puts"),
    ("The survey still puts the senator ahead of her rival.", "puts"),
    ("The Group, which had helped him flee, issued its statement in a post.", "issued"),
])
def test_similar_cues_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)
