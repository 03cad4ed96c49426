"""Clutter in scraped text (framing.analysis.cleaning): each kind found on text written for these tests,
body sentences that look like clutter left alone, offsets into the original text, features that do
not see clutter, the outlet a text names for itself, and a check over the AllSides dev slice."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.analysis.cleaning import RULES, blank_out, find_clutter
from framing.catalog import CLUTTER_RULES
from framing.types import Profile

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"
PAGES = Path(__file__).parent / "pages"


def rules_of(text: str) -> list[tuple[str, str]]:
    return [(c.rule, text[c.start:c.end]) for c in find_clutter(text)]


BODY = "The council voted 7-2 on Tuesday to close the depot by March, officials said."

CASES = [
    ("caption", "Residents queue outside the depot in Marlow, Ohio, on May 4, 2021. (AP Photo/Jane Doe)"),
    ("caption", "FILE - In this Oct. 3, 2019, file photo, the mayor speaks at a rally in Marlow, Ohio."),
    ("caption", "Enlarge this image toggle caption Pat Rivera/Getty Images Pat Rivera/Getty Images"),
    ("photo credit", "(Photo: Kim Lee, USA TODAY)"),
    ("advertisement", "Advertisement"),
    ("advertisement", "Story Continued Below"),
    ("related link", "RELATED: Depot closures spread across the Midwest"),
    ("related link", "( PHOTOS: The depot through the years)"),
    ("related link", "( Also on POLITICO: Depot closures spread across the Midwest)"),
    ("related link", "( From Ledger Magazine: Why the depot mattered)"),
    ("related link", "( LEDGER podcast: The last train out)"),
    ("related link", "( Full 2021 depot results)"),
    ("related link", "► May 3: Depot closures spread across the Midwest"),
    ("related link", "Click for more from The Marlow Ledger."),
    ("related link", "SPECIAL COVERAGE: Rail and Transit"),
    ("photo credit", "(Illustration: Kim Lee)"),
    ("photo credit", "(Reuters file photo: Kim Lee)"),
    ("photo credit", "(Kim Lee)"),
    ("photo credit", "(Via WXYZ)"),
    ("contributor line", "Write to Dana Ortiz at dana.ortiz@marlowledger.com."),
    ("newsletter prompt", "Got a TIP about the depot? Email tips@marlowledger.com"),
    ("navigation", "This article tagged under: Transit"),
    ("newsletter prompt", "Sign up for our newsletter to get the day's top stories in your inbox."),
    ("newsletter prompt", "Be the first to hear about Ledger Travel trips and events."),
    ("newsletter prompt", "Send letters to letters@marlowledger.com."),
    ("share prompt", "Share this: Facebook Twitter Email"),
    ("share prompt", "Follow Dana Ortiz on Twitter: @dana_ortiz"),
    ("contributor line", "Associated Press writers Ann Holt and Raj Mehta contributed to this report."),
    ("contributor line", "Contributing: Ann Holt, USA TODAY"),
    ("wordpress footer", "The post Depot closes after 80 years appeared first on Marlow Ledger®."),
    ("copyright line", "Copyright © 2021 The Marlow Ledger, LLC. Click here for reprint permission."),
    ("social post", "Goodbye to the old depot. pic.twitter.com/AbC123xyz — Dana Ortiz (@dana_ortiz) May 4, 2021"),
    ("cookie banner", "We use cookies to improve your experience. By continuing you accept our cookie policy."),
    ("navigation", "Skip to content"),
    ("disclaimer", "The opinions expressed by columnists are their own and do not represent the views of the Ledger."),
    ("placeholder", "[image]"),
    ("editor's note", "CORRECTION: An earlier version of this story misstated the depot's age."),
    ("editor's note", "Correction: A previous version of this article incorrectly stated that the vote was 6-3."),
    ("editor's note", "[Editor's note: This story has been amended to clarify the mayor's position.]"),
    ("editor's note", "Editor’s note: As a public service, all our depot coverage is free. No paywall."),
    ("editor's note", "Update: This piece was updated with the mayor's statement on Friday."),
    ("editor's note", "This story was updated at 2:19 p.m."),
    ("editor's note", "- This report was updated at 11:22 a.m."),
    ("editor's note", "An earlier version of this article misspelled the clerk's name."),
    ("editor's note", "This story is being updated as more information becomes available."),
    ("editor's note", "An earlier headline of this post misstated the depot's age."),
]


@pytest.mark.parametrize("rule,line", CASES)
def test_each_kind_of_clutter_is_set_aside_as_a_whole_line(rule, line):
    text = f"{BODY}\n\n{line}\n\n{BODY}"
    assert rules_of(text) == [(rule, line)]


@pytest.mark.parametrize("text,tag", [
    ("WASHINGTON (AP) — The Senate passed the bill on Friday.", "WASHINGTON (AP) —"),
    ("DUBAI, United Arab Emirates (Reuters) - Oil prices rose on Monday.", "DUBAI, United Arab Emirates (Reuters) -"),
    ("ALBANY, N.Y. – The state's budget is late again.", "ALBANY, N.Y. –"),
    ("(CNN) -- The storm reached the coast overnight.", "(CNN) --"),
])
def test_a_dateline_alone_is_set_aside_and_its_sentence_stays(text, tag):
    assert rules_of(text) == [("dateline", tag)]
    profile = framing.analyze(framing.Article("d", "", text))
    sentence = text[len(tag):].strip()
    assert profile.n_words == len(sentence.split())


def test_a_wire_tag_alone_is_set_aside():
    text = "JUST IN: The governor has signed the depot bill into law.\n\n" + BODY
    assert rules_of(text) == [("wire tag", "JUST IN:")]


def test_an_update_that_gives_news_keeps_its_news_and_loses_only_its_label():
    text = f"{BODY}\n\nUPDATE: The governor signed the depot bill into law on Friday.\n\n{BODY}"
    assert rules_of(text) == [("wire tag", "UPDATE:")]


def test_a_correction_is_not_measured_and_its_incorrectly_stated_is_no_cue():
    note = "Correction: A previous version of this article incorrectly stated that the vote was 6-3."
    profile = framing.analyze(framing.Article("c", "", f"{BODY}\n\n{note}"))
    assert profile.n_words == len(BODY.split())
    cues = [e.text for e in profile.features["sourcing"].evidence if "stated" in e.text]
    assert cues == []


def test_a_live_blogs_update_stamp_is_set_aside_and_its_headline_kept():
    text = f"{BODY}\n\nUpdate at 9:54 a.m. ET. Council Votes Again:\n\n{BODY}"
    assert rules_of(text) == [("wire tag", "Update at 9:54 a.m. ET.")]
    text = f"{BODY}\n\nThe update at 9:54 a.m. on Tuesday changed little, officials said.\n\n{BODY}"
    assert rules_of(text) == []


def test_related_links_under_a_header_are_set_aside_until_the_prose_resumes():
    text = f"{BODY}\n\nRead more:\n\nWhy depots close\n\nThe long goodbye of rail freight\n\n{BODY}"
    assert [r for r, _ in rules_of(text)] == ["related link"] * 3


def test_a_card_of_related_stories_inside_a_sentence_is_set_aside_and_the_sentence_stays():
    card = ("Jane Ann DoeCouncil delays vote on depot sale Mayor's budget 'a mess,' critics say "
            "Five takeaways from the rail hearing MORE")
    text = f"The plan was backed by Sen. Jane Doe {card} (D-Ohio), who called it overdue."
    assert rules_of(text) == [("related link", card)]
    kept = blank_out(text, find_clutter(text))
    assert " ".join(kept.split()) == "The plan was backed by Sen. Jane Doe (D-Ohio), who called it overdue."


@pytest.mark.parametrize("line", [
    "MORE than 200 people came, and MORE are expected; the iPhone sold out in Doe's shop, Doe said MORE often.",
    "The union's leader, Sam Lee, said Lee's members want MORE (and soon).",
])
def test_capitals_and_possessives_are_no_card(line):
    assert rules_of(f"{BODY}\n\n{line}") == []


def test_a_later_capitalised_section_head_is_no_dateline():
    text = f"{BODY}\n\n{BODY}\n\nPOLL CHECK - Voters back the plan by a wide margin."
    assert rules_of(text) == []


@pytest.mark.parametrize("line", [
    "The advertisement ran for three weeks before the station pulled it, the council said.",
    "“Share what you know with the inspectors,” the mayor told residents on Tuesday.",
    "NPR — along with two member stations — asked the council for the minutes.",
    "Residents can sign up for the buyout until June, a spokesman said.",
    "Escalating tensions",  # a subhead: the writer's words, kept
    "More than 200 people signed up to speak at the hearing.",
    "The photo of the mayor (taken by a resident) spread quickly online.",
    "She said the cookies at the bake sale raised $400 for the library.",
    "The depot's closure was covered by Reuters and the AP (Reuters)",
    "(The council also voted on the budget: it passed 7-2.)",  # a parenthetical sentence of the writer's
    "(The council had voted on the budget the week before, and it passed.)",
    "► The council voted 7-2 on Tuesday to close the depot by March.",  # a bullet of the writer's
    "Write to the council at its office on Main Street if you want to speak, the mayor said.",
    # corrections and updates the story reports are the story
    "The Ledger's correction: the clerk, not the mayor, signed the order, the paper said on Friday.",
    "The council's earlier version of the plan kept the depot open, officials said.",
    "This story about the depot's closure has moved many residents, the mayor said.",
    # an editor's note that comments on the news is the outlet's own voice, measured
    "Editor's note: This is probably why the mayor's critics were kept out of the hearing.",
    "[Editors' note: In a letter to the council last week, the union called the closure a betrayal.]",
])
def test_body_sentences_that_look_like_clutter_are_kept(line):
    assert rules_of(f"{BODY}\n\n{line}\n\n{BODY}") == []


def test_offsets_slice_the_original_text_and_blanking_keeps_its_length():
    text = f"WASHINGTON (AP) — {BODY}\n\nAdvertisement\n\n{BODY}\n\nShare this: Facebook Twitter"
    spans = find_clutter(text)
    assert [text[c.start:c.end] for c in spans] == ["WASHINGTON (AP) —", "Advertisement", "Share this: Facebook Twitter"]
    blank = blank_out(text, spans)
    assert len(blank) == len(text) and blank.count("\n") == text.count("\n")
    assert "Advertisement" not in blank and BODY in blank
    profile = framing.analyze(framing.Article("o", "A title", text))
    for f in profile.features.values():
        for e in f.evidence:
            source = profile.article.title if e.field == "title" else profile.article.text
            assert source[e.start:e.end] == e.text
    assert [(s.start, s.end, s.rule) for s in profile.cleaning.spans] == [(c.start, c.end, c.rule) for c in spans]


def test_features_do_not_count_clutter():
    prompt = "Sign up for our newsletter and get the news you need in your inbox every morning."
    clean = framing.analyze(framing.Article("c", "", f"{BODY}\n\n{BODY}"))
    cluttered = framing.analyze(framing.Article("c", "", f"{BODY}\n\n{prompt}\n\n{BODY}"))
    assert cluttered.n_words == clean.n_words
    assert cluttered["style"].measure("direct_address").count == 0  # "you", "your" are in the prompt
    assert cluttered["sourcing"].measure("unattributed_claims").value == clean["sourcing"].measure(
        "unattributed_claims").value
    caption = "Council member Ann Holt said the vote was rushed. (AP Photo/Jane Doe)"
    with_caption = framing.analyze(framing.Article("c", "", f"{BODY}\n\n{caption}"))
    assert "Ann Holt" not in {s.name for s in with_caption.speakers}


def test_the_outlet_named_by_the_text_is_inferred_and_shown_as_inferred():
    footer = framing.analyze(framing.Article("w", "Depot", f"{BODY}\n\nThe post Depot appeared first on Marlow Ledger®."))
    assert footer.article.source is None and footer.inferred_source == "Marlow Ledger"
    span = footer.cleaning.source_span
    assert span is not None and footer.article.text[span.start:span.end].startswith("The post Depot")
    credit = framing.analyze(framing.Article("a", "", f"DENVER (AP) — {BODY}"))
    assert credit.inferred_source == "Associated Press"
    given = framing.analyze(framing.Article("g", "", f"DENVER (AP) — {BODY}", source="The Denver Daily"))
    assert given.inferred_source is None  # the input named its outlet
    from framing.render.text import format_text
    text = format_text(footer)
    assert "source: Marlow Ledger (inferred from the text)" in text
    assert "set aside 1 span of clutter: 1 WordPress footer" in text


def test_cleaning_round_trips_through_json():
    p = framing.analyze(framing.Article("j", "", f"WASHINGTON (AP) — {BODY}\n\nAdvertisement\n\n{BODY}"))
    data = json.loads(json.dumps(p.to_dict()))
    assert data["cleaning"]["counts"] == {"dateline": 1, "advertisement": 1}
    assert data["cleaning"]["inferred_source"]["name"] == "Associated Press"
    assert Profile.from_dict(data).cleaning == p.cleaning


def test_every_rule_is_in_the_catalog():
    assert set(RULES) == set(CLUTTER_RULES)


def test_clutter_is_greyed_in_the_report_with_its_rule_and_listed():
    hostile = "<b>Advertisement</b>"
    text = f"{BODY}\n\nAdvertisement\n\n{hostile}\n\n{BODY}"
    profiles = [framing.analyze(framing.Article("r", "T", text)), framing.analyze(framing.Article("q", "U", BODY))]
    html = framing.render_comparison(framing.compare(profiles))
    assert '<span class="clutter" tabindex="0" title="Set aside as clutter: advertisement"' in html
    assert "Set aside as clutter, not measured: 1 advertisement marker" in html
    assert "<b>Advertisement</b>" not in html


def test_segments_with_clutter_join_back_to_the_text():
    from framing.render.highlight import clutter_marks, marks_for, segments
    text = f"WASHINGTON (AP) — {BODY}\n\nAdvertisement\n\n“You must see this,” she said.\n\nShare this: Facebook"
    p = framing.analyze(framing.Article("s", "", text))
    evidence = [e for f in p.features.values() for e in f.evidence]
    segs = segments(text, marks_for(evidence, "text") + clutter_marks(p.cleaning, "text"))
    assert "".join(s.text for s in segs) == text
    assert {m.tip for s in segs for m in s.marks if m.layer == "clutter"} == {
        "Set aside as clutter: dateline", "Set aside as clutter: advertisement", "Set aside as clutter: share prompt"}


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.html")))
def test_saved_pages_lose_almost_none_of_their_article_to_cleaning(name):
    article = framing.load_article(PAGES / f"{name}.html")
    p = framing.analyze(article)
    # what the extraction keeps of a page is the article; cleaning sets aside at most its dateline and
    # credit lines (a short wire story's dateline and "Reporting by ..." line are 5% of it)
    assert p.cleaning.n_chars <= 0.08 * len(article.text)
    assert p.n_words >= 0.92 * len(article.text.split())


@pytest.fixture(scope="module")
def allsides_slice() -> list[framing.Article]:
    if not ALLSIDES.exists():
        pytest.skip(f"{ALLSIDES} is absent (the shared corpora are beside the project)")
    rows = []
    with ALLSIDES.open(encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k % 25 == 0:  # 60 of the 1,500 articles, every outlet's share about kept
                r = json.loads(line)
                rows.append(framing.Article(r["id"], r["title"], r["text"], r.get("source")))
    return rows


def test_on_the_allsides_slice_clutter_is_a_small_share_and_never_running_prose(allsides_slice):
    total = removed = with_clutter = 0
    for article in allsides_slice:
        spans = find_clutter(article.text)
        total += len(article.text)
        removed += sum(c.end - c.start for c in spans)
        with_clutter += bool(spans)
        for c in spans:
            piece = article.text[c.start:c.end]
            # no span is a stretch of running prose: long spans are single captions or embedded posts
            assert c.end - c.start <= 700 or c.rule in ("social post", "caption"), (c.rule, piece[:100])
            assert c.end - c.start <= 1500, (c.rule, piece[:100])
            assert piece.count("\n\n") == 0, (c.rule, piece[:100])
    assert 0.002 < removed / total < 0.08
    assert with_clutter >= len(allsides_slice) // 4


_PIECES = st.sampled_from(["Advertisement", "WASHINGTON (AP) — ", "(AP Photo/Jo Bo)", "Share this:", " Facebook",
                           "Sign up for", " newsletter", "READ MORE:", "\n", "\n\n", " ", "“", "”", "—", "(@a)",
                           " May 1, 2020", "pic.twitter.com/x", "The post ", " appeared first on ", "©", "x", "Y."])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join))
def test_any_text_gives_ordered_spans_inside_it_and_a_blanked_copy_of_its_length(text):
    spans = find_clutter(text)
    pos = 0
    for c in spans:
        assert pos <= c.start < c.end <= len(text) and c.rule in RULES
        assert text[c.start:c.end] == text[c.start:c.end].strip()
        pos = c.end
    blank = blank_out(text, spans)
    assert len(blank) == len(text)
    assert all(b == t or (b == " " and t != "\n") for b, t in zip(blank, text))
    profile = framing.analyze(framing.Article("h", "", text))
    for e in profile["style"].evidence:
        assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("line", ["© 2019 by King Features Syndicate", "© Jane Doe/AFP/Getty Images",
                                  "© 2018 Tribune Content Agency, LLC"])
def test_a_syndicate_or_a_photographer_is_not_inferred_as_the_outlet(line):
    p = framing.analyze(framing.Article("s", "", f"{BODY}\n\n{line}"))
    assert [s.rule for s in p.cleaning.spans] == ["copyright line"] and p.inferred_source is None


def test_a_copyright_line_names_the_outlet_only_with_a_year():
    dated = framing.analyze(framing.Article("y", "", f"{BODY}\n\nCopyright © 2021 The Marlow Ledger, LLC."))
    assert dated.inferred_source == "The Marlow Ledger"
    credit = framing.analyze(framing.Article("n", "", f"{BODY}\n\n© AFP The mayor at the depot on Tuesday"))
    assert credit.inferred_source is None


def test_a_dateline_and_a_card_on_one_line_come_in_order():
    card = "Jane Ann DoeCouncil delays vote on depot sale Five takeaways from the rail hearing MORE"
    text = f"WASHINGTON (AP) \u2014 The plan was backed by Sen. Jane Doe {card} (D-Ohio) on Monday."
    spans = find_clutter(text)
    assert [c.rule for c in spans] == ["dateline", "related link"], spans
    assert [c.start for c in spans] == sorted(c.start for c in spans)
