"""A survey's share named as such where a speaker stands ("the share of dock workers who said") is a
statistic, no speaker (:mod:`framing.analysis.features.sourcing.speaker_survey_shares`); a share told by its
figure ("61 percent of residents said") names the respondents, and stays an unnamed speaker, as a group
that speaks does. Every sentence is written for the test."""
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


def test_a_share_named_as_such_is_no_speaker():
    text = "The harbor board met on Tuesday. The share of residents who said they wanted a higher wall grew."
    assert not any("share" in s or "residents" in s for s in _sources(text)), _sources(text)


def test_share_words_are_set_aside_and_figures_are_not():
    assert _share("The share of dock workers who said so grew.")
    assert _share("Only the percentage of voters who said so fell.")
    assert _share("A proportion of those surveyed said so.")
    assert not _share("93% of immigrants from the east side said so.")
    assert not _share("Thirty-two percent of dock workers said so.")
    assert not _share("About a quarter of those surveyed said so.")
    assert not _share("A majority of harbor commissioners said so.")


def test_respondents_told_by_their_figure_stay_speakers():
    text = "The harbor board met on Tuesday. In the poll, 61 percent of residents said they wanted a higher wall."
    assert "61 percent of residents" in _sources(text)


def test_a_group_that_speaks_stays():
    text = "Harbor commissioners said on Tuesday that the wall was too low."
    assert "Harbor commissioners" in _sources(text)
