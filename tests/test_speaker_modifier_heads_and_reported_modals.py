"""A name after "a"/"an" cut off its noun is widened to the noun ("according to a Hillcrest report", "said a
Lopez ally"), and "a Democrat there" stays; a phrase after an inverted cue followed by a modal ("says Kim may")
is what is said, not who says it, and an inverted speaker before a relative clause stays. Every sentence is
written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    ev = profile(text).features["sourcing"].evidence
    return {e.text: e.label for e in ev if e.role == "source"}


def test_a_name_modifying_a_document_is_widened_to_the_document():
    sources = _sources("The bill may fail, according to a Politico report. Most voters favor limits, according "
                       "to a Reuters/Ipsos poll conducted last week.")
    assert "a Politico report" in sources and "a Politico" not in sources, sources
    assert "a Reuters/Ipsos poll" in sources, sources


def test_a_name_modifying_a_person_is_widened_to_the_person():
    sources = _sources('"He got something done," said a Lopez ally who would be key to any campaign.')
    assert "a Lopez ally" in sources, sources


def test_a_person_noun_with_an_adverb_after_it_stays():
    sources = _sources('"It is a yo-yo," said a Democrat there. Lane met Cole, according to a Democrat familiar '
                       'with the meeting.')
    assert "a Democrat" in sources, sources


def test_a_phrase_before_a_modal_after_an_inverted_cue_is_no_speaker():
    sources = _sources("The report is out. Mayor threatens 'Little Rocket Man,' says Kim may 'not be around much "
                       "longer'")
    assert "Kim" not in sources, sources


def test_an_inverted_speaker_before_a_relative_clause_stays():
    sources = _sources('"It is over," says Ann Lee, who runs the group. "We will win," said Governor Tom Hale.')
    assert "Ann Lee" in sources and "Governor Tom Hale" in sources, sources
