"""Speakers across articles: one real speaker however each article names them, with every name kept."""
from __future__ import annotations

from framing.compare.speakers import merge_speakers, speaker_key
from framing.types import Speaker


def _s(name: str, kind: str = "person") -> Speaker:
    return Speaker(name, kind, 1, 0, f"{name} said so.", "text", 0, len(name))


def test_spellings_titles_and_surnames_of_one_person_are_one_speaker():
    groups = merge_speakers([[_s("Mohammad Javad Zarif")], [_s("Mohammed Javad Zarif")],
                             [_s("Foreign Minister Zarif"), _s("Zarif’s")]])
    assert len(groups) == 1
    g = groups[0]
    assert g.name in ("Mohammad Javad Zarif", "Mohammed Javad Zarif") and g.articles == (0, 1, 2)
    assert {name for _, name in g.forms} == {"Mohammad Javad Zarif", "Mohammed Javad Zarif",
                                              "Foreign Minister Zarif", "Zarif’s"}


def test_two_people_of_one_family_stay_two():
    groups = merge_speakers([[_s("Donald Trump")], [_s("Ivanka Trump")]])
    assert [g.name for g in groups] == ["Donald Trump", "Ivanka Trump"]
    assert merge_speakers([[_s("Sergei Lavrov")], [_s("Sergey Lavrov")], [_s("S. Lavrov")]])[0].articles == (0, 1, 2)


def test_organisations_and_outlets_merge_without_the_article_and_vague_sources_never():
    groups = merge_speakers([[_s("The New York Times", "outlet"), _s("officials", "anonymous")],
                             [_s("New York Times", "outlet"), _s("officials", "anonymous")]])
    assert [(g.name, g.articles) for g in groups] == [("The New York Times", (0, 1))]
    assert speaker_key(_s("critics", "anonymous")) is None
    assert speaker_key(_s("Moscow", "organization")) != speaker_key(_s("Moscow", "person"))


def test_one_document_of_a_story_is_shared_and_other_documents_stay_apart():
    groups = merge_speakers([[_s("memo", "document"), _s("report", "document")],
                             [_s("the memo", "document"), _s("lawsuit", "document")]])
    assert [(g.name, g.kind, g.articles) for g in groups] == [
        ("the memo", "document", (0, 1)), ("report", "document", (0,)), ("lawsuit", "document", (1,))]
    assert speaker_key(_s("memo", "document")) != speaker_key(_s("memo", "organization"))
