"""Short forms an article ties to a fuller name are one speaker: an abbreviation and the name it spells
("the Bureau of Labor Statistics" and "BLS"), an outlet's last words ("the Post-Dispatch"), a person's first
word alone ("Louisa" after "Louisa Lim"), a name's last words ("Lamont Scott" of "Keith Lamont Scott") and an
unnamed source with and without "the"; what the article does not tie stays apart."""
from __future__ import annotations

from framing.analysis.features.sourcing.alias_links import abbreviation, initials
from framing.analysis.features.sourcing.aliases import AliasGroups
from framing.compare.speakers import merge_speakers
from framing.types import Speaker


def _speaker(name, kind):
    return Speaker(name, kind, 1, 0, f"{name} said so.", "text", 0, 10, (name,))


def _one(*pairs, article=0):
    groups = AliasGroups()
    return len({groups.add(kind, name, article) for kind, name in pairs}) == 1


def test_abbreviations_and_initials():
    assert abbreviation("the U.N.") == "un" and abbreviation("BLS") == "bls" and abbreviation("Bls") is None
    assert initials("the Bureau of Labor Statistics") == "bls" and initials("Agence France-Presse") == "afp"
    assert initials("Trump administration") is None


def test_an_abbreviation_joins_the_name_it_spells_in_one_article_in_either_order():
    assert _one(("organization", "the Ohio Farm Council"), ("organization", "OFC"))
    assert _one(("organization", "OFC"), ("organization", "the Ohio Farm Council"))


def test_an_abbreviation_does_not_join_two_names_it_could_spell():
    groups = AliasGroups()
    a = groups.add("organization", "Ohio Farm Council")
    b = groups.add("organization", "Oregon Forest Coalition")
    assert groups.add("organization", "OFC") not in (a, b)


def test_a_spelled_out_abbreviation_holds_within_its_article_only():
    groups = AliasGroups()
    assert groups.add("organization", "Ohio Farm Council", 0) != groups.add("organization", "OFC", 1)


def test_a_well_known_abbreviation_joins_across_articles():
    groups = AliasGroups()
    assert groups.add("outlet", "AP", 0) == groups.add("outlet", "the Associated Press", 1)
    assert groups.add("organization", "DOJ", 0) == groups.add("organization", "Justice Department", 1)


def test_an_outlet_by_its_last_words():
    assert _one(("outlet", "the Springfield Herald-Ledger"), ("outlet", "the Herald-Ledger"))
    assert _one(("outlet", "The Times"), ("outlet", "the New York Times"))


def test_a_second_outlet_of_the_same_last_word_stays_apart():
    groups = AliasGroups()
    ny = groups.add("outlet", "the New York Times")
    assert groups.add("outlet", "the Times") == ny
    assert groups.add("outlet", "the Los Angeles Times") != ny


def test_a_first_name_alone_after_the_full_name():
    assert _one(("person", "Marta Kowal"), ("person", "Marta"))
    assert _one(("person", "Marta"), ("person", "Marta Kowal"), ("person", "Ms. Kowal"))


def test_a_first_name_alone_is_no_one_when_two_full_names_start_with_it():
    groups = AliasGroups()
    a, b = groups.add("person", "Marta Kowal"), groups.add("person", "Marta Nowak")
    assert groups.add("person", "Marta") not in (a, b)


def test_a_first_name_alone_holds_within_its_article_only():
    groups = AliasGroups()
    assert groups.add("person", "Marta Kowal", 0) != groups.add("person", "Marta", 1)


def test_a_surname_alone_stays_with_its_surname_not_a_first_name():
    groups = AliasGroups()
    lindsey = groups.add("person", "Lindsey Graham")
    assert groups.add("person", "Graham") == lindsey
    assert groups.add("person", "Graham Brookie") != lindsey


def test_a_shared_korean_surname_alone_joins_no_one():
    groups = AliasGroups()
    assert groups.add("person", "Kim Yong Chol") != groups.add("person", "Kim")


def test_a_hyphen_or_not_a_part_of_one_name():
    assert _one(("person", "Keith Lamont Scott"), ("person", "Lamont Scott"))
    assert _one(("person", "Ocasio-Cortez"), ("person", "Alexandria Ocasio-Cortez"))
    assert _one(("person", "Debbie Wasserman Schultz"), ("person", "Wasserman-Schultz"))


def test_relatives_stay_apart():
    groups = AliasGroups()
    assert groups.add("person", "Donald Trump") != groups.add("person", "Ivanka Trump")
    assert groups.add("person", "Donald Trump") != groups.add("person", "Donald Trump Jr.")
    assert groups.add("person", "Bill Clinton") != groups.add("person", "Hillary Clinton")
    assert groups.add("person", "Chelsea Clinton") != groups.add("person", "Bill Clinton")


def test_an_unnamed_source_with_and_without_the_in_one_article():
    assert _one(("anonymous", "the woman"), ("anonymous", "woman"))
    groups = AliasGroups()
    assert groups.add("anonymous", "the woman") != groups.add("anonymous", "another woman")
    assert groups.add("anonymous", "the woman", 0) != groups.add("anonymous", "woman", 1)


def test_compare_merges_a_well_known_abbreviation_but_not_a_first_name_across_articles():
    a = [_speaker("Associated Press", "outlet"), _speaker("Marta Kowal", "person")]
    b = [_speaker("AP", "outlet"), _speaker("Marta", "person")]
    shared = merge_speakers([a, b])
    assert [s.articles for s in shared if s.kind == "outlet"] == [(0, 1)]
    assert sorted(s.articles for s in shared if s.kind == "person") == [(0,), (1,)]


def test_a_nickname_of_two_first_names_fits_both():
    from framing.analysis.features.sourcing.aliases import compatible_first
    assert compatible_first("ted", "theodore") and compatible_first("ted", "edward")
    assert not compatible_first("ted", "donald")
