"""Speakers' kinds (eighteenth pass, kind45): a broadcast station named by its call sign is a news outlet where the
article shows the letters as a station ("WFAA-TV", "member station WFPL", "WRAL, a television station"), never
K/W acronyms the article does not show so ("KPMG", "the WHO", "WWE"); a name spelt as a brand with a description
in apposition ("eMarketer, a research firm") is what the description says; "X Mutual" is a firm. Sentences written for the test."""
from __future__ import annotations

import pytest

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


@pytest.mark.parametrize("text, speaker", [
    ("The mayor signed the order late on Friday, KXYZ-TV of Tulsa reported.", "KXYZ-TV of Tulsa"),
    ("KXYZ-TV covered the vote. The council will meet again in May, according to KXYZ.", "KXYZ"),
    ("The county will reopen its parks, according to member station WQRT in Bangor.", "member station WQRT"),
    ("WQRT, a radio station in Maine, reported that the mill would close.", "WQRT"),
    ("The mayor spoke to the Fox affiliate KQRS on Monday. KQRS reported that he would run.", "KQRS"),
])
def test_a_station_named_by_its_call_sign_is_an_outlet(text, speaker):
    assert _sources(text).get(speaker) == "news outlet", _sources(text)


@pytest.mark.parametrize("text, speaker", [
    ("Audit fees rose by a third last year, KPMG reported.", "KPMG"),
    ("The virus spreads through droplets, the WHO said.", "the WHO"),
    ("WWE said the match would go ahead.", "WWE"),
    ("Forty inmates were moved on Sunday, WQBX reported.", "WQBX"),  # nothing shows the letters are a station
])
def test_k_and_w_acronyms_not_shown_as_stations_stay(text, speaker):
    assert _sources(text).get(speaker) != "news outlet", _sources(text)


def test_a_reporter_of_a_station_stays_unnamed():
    sources = _sources("The mayor spoke to member station KQRS. The KQRS reporter asked him about the tax.")
    assert sources.get("The KQRS reporter") == "anonymous or vague", sources


def test_a_name_spelt_as_a_brand_takes_its_apposition():
    sources = _sources("Online ad spending will grow by a fifth, according to zMetrics, a research firm.")
    assert sources.get("zMetrics") == "named organization", sources


def test_an_insurer_named_mutual_is_a_firm():
    sources = _sources("Most savers keep too much cash, according to Northern Lakes Mutual.")
    assert sources.get("Northern Lakes Mutual") == "named organization", sources
