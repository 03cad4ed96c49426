"""The two seed articles, with values checked by reading them.

VOV = Voice of Vietnam, "Russia-US confrontation, mounting concerns" (a wire-style report).
PL  = Personal Liberty, "With America's focus on Las Vegas, war drums get louder" (an opinion piece).
"""
from __future__ import annotations

import framing

from conftest import found


def speakers(p):
    return {(s["name"], s["kind"]): s for s in p.features["sourcing"].details["speakers"]}


def test_pl_has_three_its_war_phrases(pl):
    # "... Russian fatalities, it's war." / "... diplomatic raids, it's war." / "... too hard, it's war."
    assert found(pl, "alarmist", "war") == ["it’s war"] * 3
    assert pl.features["alarmist"].measure("war").count == 3


def test_pl_alarm_idioms(pl):
    terms = found(pl, "alarmist")
    # "a massive international military conflict": the exaggeration is shown with the phrase it modifies
    for term in ("on the verge", "massive international military conflict", "boil over", "hanging by a thread",
                 "too late"):
        assert term in terms
    assert found(pl, "alarmist", field="title") == ["war drums"]


def test_vov_has_no_war_declarations_and_less_alarm(vov, pl):
    assert vov.features["alarmist"].measure("war").count == 0
    assert vov.features["alarmist"].value < pl.features["alarmist"].value / 2


def test_pl_hedges_boosters_and_predictions(pl):
    hedges = found(pl, "hedging")
    assert "may" in hedges            # "the U.S. may be on the verge"
    assert "allegedly" in hedges      # in Lavrov's quotation
    assert hedges.count("likely") == 2  # "are likely to boil over", "is likely to double down"
    assert found(pl, "boosters") == ["The bottom line"]
    conditionals = [e for e in pl.features["speculation"].evidence
                    if e.measure == "conditional" and e.label != "quoted"]
    assert [e.text.split(",")[0] for e in conditionals] == [
        "If the U.S. pushes its hand too far in Syria resulting in Russian fatalities",
        "If the Russians go too far and harm U.S. officials or assets in their retaliatory diplomatic raids",
        "If North Korea barks and the U.S. bites back too hard"]
    assert all(e.text.endswith("it’s war") for e in conditionals)
    assert "within the next" in found(pl, "speculation")


def test_pl_imperatives(pl):
    imperatives = [e for e in pl.features["style"].evidence if e.measure in ("imperatives", "quoted_imperatives")]
    assert [e.text.split()[0] for e in imperatives] == ["Expect", "Stand"]
    assert [e.label for e in imperatives] == [None, "quoted"]  # "Stand by your phones" is Lee's
    assert [e.measure for e in imperatives] == ["imperatives", "quoted_imperatives"]


def test_vov_has_no_direct_address(vov):
    assert vov.features["style"].measure("direct_address").count == 0
    assert vov.features["style"].measure("imperatives").count == 0


def test_pl_speakers(pl):
    sp = speakers(pl)
    # Lavrov: "accusing", "... Lavrov said", "he says", "Lavrov charged that", "he said", "Lavrov said, adding"
    assert sp[("Sergey Lavrov", "person")]["count"] == 7
    assert ("Reuters", "outlet") in sp
    assert ("Yong Suk Lee", "person") in sp
    assert ("State Department officials", "anonymous") in sp
    assert ("U.S. officials", "anonymous") in sp
    assert ("Russian Foreign Ministry", "organization") in sp


def test_vov_speakers(vov):
    sp = speakers(vov)
    for person in ("Sergei Lavrov", "Sergey Kislyak"):
        assert (person, "person") in sp
    # Ryabkov "warned" only in a photo caption ("... (Photo: Sputnik/VNA)"), set aside as clutter
    assert not any(name == "Sergei Ryabkov" for name, _ in sp)
    assert sp[("Moscow", "organization")]["count"] == 2  # "Moscow has denied", "Moscow ... announced"
    assert ("observers", "anonymous") in sp
    assert ("US officials", "anonymous") in sp
    assert ("Russian Defense Ministry", "organization") in sp


def test_quotations(vov, pl):
    vov_quotes = [e.text for e in vov.features["sourcing"].evidence if e.role == "quote"]
    # 'hinted at a “plan B”' (VOV) and 'what they classified as a “break in”' (PL) are the writer's terms
    assert vov_quotes == ["“war crimes”", "“an absurd accusation.”", "“imminent threats by the US”"]
    vov_terms = [e.text for e in vov.features["sourcing"].evidence if e.role == "scare_quote"]
    assert "“plan B”" in vov_terms
    assert pl.features["sourcing"].measure("quotes").count == 8
    assert pl.features["sourcing"].measure("quoted_share").value > 5 * vov.features["sourcing"].measure(
        "quoted_share").value


def test_size(vov, pl):
    # 23 paragraphs and 32 sentences, less the WordPress footer ("The post ... appeared first on ...")
    assert pl.features["style"].measure("paragraphs").value == 22
    assert pl.features["readability"].details["sentences"] == 31
    assert vov.features["style"].measure("words").value < pl.features["style"].measure("words").value


def test_comparison_of_the_seeds(vov, pl):
    c = framing.compare([vov, pl])
    assert set(c.shared_speakers) >= {"Moscow"}
    assert any("Lavrov" in name for name in c.shared_speakers)
    assert any("\"it's war\"-type phrases" in line and line.startswith("B ") for line in c.summary)
    # B hedges about twice as much as A; since the weasel quantifiers ("observers described",
    # "many dead" in A) count, that is no longer among the six largest differences of the summary.
    assert pl.features["hedging"].value > 1.5 * vov.features["hedging"].value
    assert c.similarity_verdict == "related topic"
    assert 0.05 < c.similarity[0][1] < 0.3
    top_b = [t.term for t in c.distinctive[1]]
    assert "lavrov" in top_b or "north korea" in top_b
