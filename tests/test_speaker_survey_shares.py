"""A share of those polled where a speaker stands ("93% of immigrants said so", "a quarter of those surveyed
predicting") is a poll's figure, no speaker (:mod:`framing.analysis.features.sourcing.speaker_survey_shares`);
a group that speaks stays. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile

from framing.analysis.context import Context
from framing.analysis.features.sourcing.facts import doc_facts
from framing.analysis.features.sourcing.speaker_survey_shares import survey_share
from framing.types import Article


def _sources(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def _share(text: str) -> bool:
    doc = doc_facts(Context(Article(id="t", title="", text=text)))[-1].doc
    return survey_share(doc, 0, min(6, len(doc.norms)))


def test_a_percentage_of_respondents_is_no_speaker():
    text = "The harbor board met on Tuesday. In the poll, 61 percent of residents said they wanted a higher wall."
    assert not any("percent" in s or "residents" in s for s in _sources(text)), _sources(text)


def test_shares_in_figures_words_and_fractions():
    assert _share("93% of immigrants from the east side said so.")
    assert _share("Thirty-two percent of dock workers said so.")
    assert _share("About a quarter of those surveyed said so.")
    assert _share("The share of dock workers who said so grew.")
    assert not _share("A majority of harbor commissioners said so.")
    assert not _share("Three dock workers said so.")


def test_a_group_that_speaks_stays():
    text = "Harbor commissioners said on Tuesday that the wall was too low."
    assert "Harbor commissioners" in _sources(text)
