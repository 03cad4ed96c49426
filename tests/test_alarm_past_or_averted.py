"""Alarm words that tell of harm past or averted, of a fear conceded or relived, or of an argument's tone raise
no alarm; the same words raising a threat ahead still do.

Written for the test (issue 13, eleventh pass): each set-aside sentence is a class independent readers judged
wrong (a crisis averted in the past, last year's floods, consequences weighed in hindsight, a fear conceded
then countered, a trauma relived, a manifesto's apocalyptic argument). The functions are called on a match
of the alarm lexicon directly, so that the other rules of :mod:`.alarmist` do not decide the outcome.
"""
from __future__ import annotations

import pytest

from framing.analysis.features.alarm_past_or_averted import past_or_averted
from framing.analysis.lexicons import scan
from framing.analysis.text import tokenize


def _reason(text: str, word: str) -> str | None:
    doc = tokenize(text, "text")
    for match in scan(doc, ("alarmist",))["alarmist"]:
        if doc.norms[match.first] == word:
            return past_or_averted(doc, match)
    raise AssertionError(f"{word!r} is no alarm match in {text!r}")


@pytest.mark.parametrize("text, word", [
    ("The curfew has helped the island so far avoid the kind of catastrophic losses its neighbours saw.",
     "catastrophic"),
    ("The senator has often stepped in at the last minute to help the caucus avoid calamities.", "calamities"),
    ("In 1890 the bankers met at night and worked out a plan to avert disaster.", "disaster"),
    ("Engineers narrowly averted disaster at the dam on Monday.", "disaster"),
    ("The storm may rival last year's catastrophic storms that flattened the coast.", "catastrophic"),
    ("Given the dire consequences of the invasion, it would've been wiser to wait.", "dire"),
    ("She said the letters can be scary for tenants, but added that most of them are routine.", "scary"),
    ("It's scary, but we will get through this winter together.", "scary"),
    ("A smell will trigger a memory, and the memory will trigger a horror.", "horror"),
    ("The sound fades; the horror will leave you shaking for hours.", "horror"),
    ("What marks the pamphlet is its apocalyptic argument that the old order must fall.", "apocalyptic"),
    ("The agents watched the militias for years. Their ultimate fear was race war.", "race"),
    ("In 1962 the generals met daily; his greatest fear was a nuclear war.", "nuclear"),
    ("That summer the president exchanged threats of total destruction with the dictator.", "total"),
    ("The two capitals had traded threats of nuclear war for a decade.", "nuclear"),
])
def test_past_averted_conceded_or_described_is_not_alarm(text, word):
    assert _reason(text, word)


@pytest.mark.parametrize("text, word", [
    ("Congress must act this week to avert disaster in the bond markets.", "disaster"),
    ("To avoid calamity, the two parties will likely agree to raise the limit.", "calamity"),
    ("The senator has to act now to avert disaster.", "disaster"),
    ("Forecasters warn of catastrophic storms along the coast this weekend.", "catastrophic"),
    ("Officials warned of dire consequences if the levee fails.", "dire"),
    ("The new strain is scary, and doctors fear it will spread.", "scary"),
    ("It's scary, but it gets worse: the dam is cracking.", "scary"),
    ("The collapse of the bridge would be a horror for the valley.", "horror"),
    ("An apocalyptic future awaits the coast if the ice sheet goes.", "apocalyptic"),
    ("My greatest fear is a nuclear war on the peninsula.", "nuclear"),
    ("Our fear was nuclear war, and it still is.", "nuclear"),
    ("Their fear is that a race war is coming.", "race"),
    ("The dictator now threatens total destruction of the southern cities.", "total"),
    ("The threat of nuclear war hangs over the talks.", "nuclear"),
    ("Officials warn the exchange of threats could end in nuclear war.", "nuclear"),
])
def test_threat_ahead_stays_alarm(text, word):
    assert _reason(text, word) is None
