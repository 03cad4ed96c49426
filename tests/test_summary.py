"""The summary of a comparison says only what the evidence carries: enough occurrences, the counts
behind a ratio, and never a value flagged as unreliable."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import framing
from framing.types import Article

FILLER = ("The council met on Tuesday to discuss the budget for the coming year and the state of the "
          "roads in the northern district. ")


def _profile(ident: str, sentences: list[str], filler: int = 12) -> framing.Profile:
    text = FILLER * filler + " ".join(sentences)
    return framing.analyze(Article(id=ident, title="The council meets", text=text))


def _bullets(a, b, about: str) -> list[str]:
    return [line for line in framing.compare([a, b]).summary if about in line]


def test_two_occurrences_are_not_a_headline_and_three_are():
    quiet = _profile("a", [])
    two = _profile("b", ["It was great!", "It was fine!"])
    three = _profile("c", ["It was great!", "It was fine!", "It was over!"])
    assert two["style"].measure("exclamations").count == 2
    assert _bullets(quiet, two, "exclamation") == []
    got = _bullets(quiet, three, "exclamation")
    assert len(got) == 1 and got[0].startswith("B uses ") and "(3 in all); A uses none." in got[0]


def test_a_ratio_says_the_counts_it_rests_on():
    few = _profile("a", ["It was great!"])
    many = _profile("b", ["It was great!", "It was fine!", "It was over!", "It is done!", "Go home!"])
    got = _bullets(few, many, "exclamation")
    assert len(got) == 1 and "4.8x as many" in got[0] and "(17.06 vs 3.55; 5 and 1 in all)" in got[0]


def test_a_gap_of_two_at_the_same_length_is_not_a_headline():
    three = _profile("a", ["It was great!", "It was fine!", "It was over!"])
    five = _profile("b", ["It was great!", "It was fine!", "It was over!", "It is done!", "Go home!"])
    assert _bullets(three, five, "exclamation") == []


def test_a_reading_grade_from_a_few_words_is_never_summarised():
    short = framing.analyze(Article(id="a", title="Notice", text="Meeting postponed indefinitely owing to "
                                    "unforeseeable organisational circumstances."))
    long = _profile("b", [], filler=20)
    assert short["readability"].note.startswith("low confidence")
    assert abs(short["readability"].value - long["readability"].value) >= 2
    assert _bullets(short, long, "grades") == []


# --- the writer's own voice: a bullet about how an outlet writes never rests on the words it quotes

QUOTING = Article(id="quoting", source="Metro Daily", title="Police search for man after break-in at downtown hotel",
                  text=(
    "Police were searching on Sunday for a man who broke into a downtown hotel overnight and took cash from "
    "the front desk, the second such break-in on the street this month.\n\n"
    "Officers were called to the hotel on Fifth Avenue shortly after 2 a.m., when a night clerk reported a "
    "man behind the counter. The man left through a service door before officers arrived.\n\n"
    "\"If you see a man matching this description, call 911 right away. Do not try to stop him yourself. "
    "You are our eyes and ears out there, and we clearly need your help on this one,\" police spokesman "
    "Dan Ortiz said at a news conference.\n\n"
    "\"Lock your doors tonight and tell your neighbours what happened, because this man has done it "
    "before and he knows the street,\" he added.\n\n"
    "The hotel's owner said the business would add a second clerk on the night shift. Footage from a "
    "camera across the street has been handed to detectives, according to the police department.\n\n"
    "The first break-in, at a restaurant two blocks away, was reported on May 3. No arrests have been made "
    "in either case."))

REPORTING = Article(id="reporting", source="City Wire", title="Cash taken in overnight hotel break-in",
                    text=(
    "A man broke into a hotel on Fifth Avenue early on Sunday and left with cash from the front desk, "
    "police said.\n\n"
    "\"The suspect entered through a service door shortly after two in the morning and was gone within "
    "four minutes, before the first patrol car reached the block,\" the hotel's manager, Lisa Chen, said "
    "in a statement. \"Our staff followed the procedures we train for, and nobody was hurt. We are "
    "working with detectives and have shared the footage from our cameras.\"\n\n"
    "The department said it was reviewing footage from nearby businesses. The break-in is the second on "
    "the street this month; a restaurant two blocks away was broken into on May 3.\n\n"
    "The hotel plans to add a second clerk on the night shift, the manager said."))

ADDRESSING = Article(id="addressing", source="Street Talk", title="Lock your doors: the Fifth Avenue burglar is back",
                     text=(
    "You have probably walked past the hotel on Fifth Avenue a hundred times. Now you may want to cross "
    "the street. A man broke in there early on Sunday and walked off with the cash from the front desk.\n\n"
    "Check your locks tonight. If your building has a service door, ask your landlord who has the key.\n\n"
    "\"The suspect entered through a service door shortly after two in the morning and was gone within "
    "four minutes, before the first patrol car reached the block,\" the hotel's manager, Lisa Chen, said "
    "in a statement. Police said they were reviewing footage from nearby businesses."))


def test_two_upbeat_articles_differ_in_how_positive_they_are_not_in_negativity():
    warm = _profile("a", ["We are delighted and grateful for the wonderful, generous help."] * 6)
    mild = _profile("b", ["The help was fine."] * 2)
    sour = _profile("c", ["The terrible, awful failure was a disaster and a disgrace."] * 6)
    assert mild["sentiment"].value >= 0 and warm["sentiment"].value > mild["sentiment"].value + 0.15
    assert [line[:28] for line in _bullets(warm, mild, "in tone")] == ["B is less positive in tone t"]
    assert sour["sentiment"].value < 0
    assert [line[:28] for line in _bullets(warm, sour, "in tone")] == ["B is more negative in tone t"]


def _subject(line: str, comparison) -> tuple[int, tuple[str, str | None]] | None:
    """(article, (feature, measure)) of a bullet "X uses ... PHRASE ..." (the longest phrase it holds)."""
    from framing.catalog import SUMMARY_PHRASES
    head, _, rest = line.partition(" uses ")
    if not rest or head not in comparison.labels:
        return None
    keys = [k for k, phrase in SUMMARY_PHRASES.items() if phrase in rest]
    if not keys:
        return None
    return comparison.labels.index(head), max(keys, key=lambda k: len(SUMMARY_PHRASES[k]))


def _own_voice_spans(profile: framing.Profile, feature: str, measure: str | None) -> int:
    return sum(1 for e in profile[feature].evidence
               if (measure is None or e.measure == measure) and e.label != "quoted")


def assert_voice_bullets_rest_on_own_voice(comparison) -> int:
    """Every bullet about a writer's-voice measure names an article with at least MIN_COUNT spans of it
    outside quotations; returns how many such bullets there were."""
    from framing.catalog import OWN_VOICE_FEATURES, QUOTED_MEASURES
    from framing.compare import MIN_COUNT
    checked = 0
    for line in comparison.summary:
        subject = _subject(line, comparison)
        if subject is None:
            continue
        i, (feature, measure) = subject
        if feature in OWN_VOICE_FEATURES or (feature, measure) in QUOTED_MEASURES:
            own = _own_voice_spans(comparison.profiles[i], feature, measure)
            assert own >= MIN_COUNT, f"{line!r} rests on {own} own-voice spans of {comparison.profiles[i].article.id}"
            checked += 1
    return checked


def test_a_spokesman_addressing_the_public_is_not_the_outlet_addressing_the_reader():
    quoting, reporting = framing.analyze(QUOTING), framing.analyze(REPORTING)
    style = quoting["style"]
    assert style.measure("direct_address").count == 0  # the writer never says "you"
    assert style.measure("quoted_direct_address").count >= 5  # the spokesman does, and it stays evidence
    # the spokesman's "you" is evidence of the quoted measure, never of the outlet's direct address
    quoted = [e for e in style.evidence if e.measure == "quoted_direct_address"]
    assert len(quoted) == style.measure("quoted_direct_address").count and all(e.label == "quoted" for e in quoted)
    assert not any(e.measure == "direct_address" for e in style.evidence)
    assert quoting["boosters"].count == 0 and quoting["boosters"].measure("quoted").count == 1  # "clearly"
    comparison = framing.compare([quoting, reporting])
    assert not [line for line in comparison.summary if line.startswith("A uses") and "direct address" in line]
    said = [line for line in comparison.summary if "direct addresses" in line]
    assert len(said) == 1 and said[0].startswith("A quotes people using ") and said[0].endswith("B quotes none.")
    assert_voice_bullets_rest_on_own_voice(comparison)


def test_a_writer_who_addresses_the_reader_is_still_named():
    comparison = framing.compare([framing.analyze(REPORTING), framing.analyze(ADDRESSING)])
    got = [line for line in comparison.summary if "direct addresses" in line]
    assert len(got) == 1 and got[0].startswith("B uses ") and "in its own voice" in got[0], comparison.summary
    assert assert_voice_bullets_rest_on_own_voice(comparison) >= 1


def test_the_comparison_rows_and_the_higher_column_compare_the_writers_voice():
    comparison = framing.compare([framing.analyze(QUOTING), framing.analyze(REPORTING)])
    row = next(r for r in comparison.rows if (r.feature, r.measure) == ("style", "direct_address"))
    assert row.values == (0.0, 0.0) and row.highest is None  # neither writer addresses the reader
    assert row.quoted_counts[0] >= 5 and row.quoted_counts[1] == 0  # the spokesman does, beside it


ALLSIDES = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"


def test_on_allsides_same_story_sets_no_voice_bullet_rests_on_quoted_words():
    """Articles of the AllSides dev slice that share topic and date (the first 30 such stories, in key
    order; a trio where a story has three or more articles): every summary bullet about how an outlet
    writes rests on at least MIN_COUNT spans of the named article's own voice."""
    if not ALLSIDES.is_file():
        pytest.skip(f"AllSides dev corpus not found at {ALLSIDES} (the shared corpora sit beside the repo)")
    stories: dict[tuple[str, str], list[dict]] = {}
    for line in ALLSIDES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("topic") and row.get("date"):
            stories.setdefault((row["topic"], row["date"]), []).append(row)
    sets = [rows[:3] for _, rows in sorted(stories.items()) if len(rows) >= 2][:30]
    assert len(sets) == 30
    checked = quoted = 0
    for rows in sets:
        profiles = [framing.analyze(Article(id=r["id"], title=r["title"], text=r["text"], source=r["source"]))
                    for r in rows]
        comparison = framing.compare(profiles)
        checked += assert_voice_bullets_rest_on_own_voice(comparison)
        quoted += sum(" quotes people using " in line for line in comparison.summary)
    assert checked >= 20 and quoted >= 1  # the check ran on real bullets of both kinds
