"""Speakers people recognise, cues that attribute, quotations that quote, claims that claim (issue 13).

Each defect seen on real scraped articles is a case here, on sentences written for the test; the last
test reads a slice of the AllSides dev corpus (real pages with their clutter) and checks that no
speaker is a weekday, a month or a clutter word.
"""
from __future__ import annotations

import json

import pytest
from conftest import CORPORA, profile

import framing
from framing.analysis.context import Context
from framing.compare.speakers import merge_speakers
from framing.types import Article


def _speakers(text: str) -> dict[str, str]:
    """name -> kind of the speakers the sourcing feature lists."""
    return {s.name: s.kind for s in profile(text).speakers}


def _cues(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.role == "cue"]


# ------------------------------------------------------------------ named speakers

def test_clutter_lines_and_dates_are_no_speakers():
    text = ("Wednesday Mike Pompeo said the talks would go on in Geneva next month.\n\n"
            "Story Continued Below\n\n"
            "The senator said Monday that the vote would be held within days.\n\n"
            "Advertisement:\n\n"
            "On Thursday, Sen. Lindsey Graham (R-S.C.) told reporters the plan had the votes.\n\n"
            "Related: Lawmakers head home for the August recess")
    speakers = _speakers(text)
    assert "Mike Pompeo" in speakers and speakers["Mike Pompeo"] == "person"
    assert "Lindsey Graham" in speakers
    for bad in ("Wednesday", "Wednesday Mike Pompeo", "Story", "Monday", "Thursday", "Advertisement", "Related"):
        assert bad not in speakers, bad
    assert "Advertisement:" not in _cues(text) and ":" not in _cues("Advertisement: the rally will go on.")


def test_common_nouns_and_pronouns_are_no_named_speakers():
    text = ("The company faces more than 200 lawsuits from victims and their families. "
            "Lawsuits claim the hotel ignored warnings about the shooter. "
            "THEMSELVES said nothing at the hearing, according to a witness. "
            "He said the guards had done their job.")
    speakers = _speakers(text)
    assert speakers.get("Lawsuits") != "person"
    assert "THEMSELVES" not in speakers and "He" not in speakers


def test_a_caption_credit_is_no_outlet():
    text = ("Iran's foreign minister speaks in Tehran. (AP Photo/Vahid Salemi) "
            "AP Photo defense Iran's foreign minister said the strike was an act of war.")
    speakers = _speakers(text)
    assert not any(name.startswith("AP Photo") for name in speakers)
    assert "outlet" not in {kind for name, kind in speakers.items() if "minister" in name}


@pytest.mark.parametrize("sentence, name, kind", [
    ("The Las Vegas Review-Journal reported that the gunman had bought 33 guns.", "Las Vegas Review-Journal",
     "outlet"),
    ("The Associated Press reported that the talks had stalled.", "Associated Press", "outlet"),
    ("USA TODAY reported that the chain would close 40 stores.", "USA TODAY", "outlet"),
    ("Fox News reported that the senator would not run again.", "Fox News", "outlet"),
    ("The Baltimore Sun reported that the mayor had resigned.", "Baltimore Sun", "outlet"),
    ("MGM said in a statement that it was cooperating with the police.", "MGM", "organization"),
    ("The Interior Ministry said the border would reopen on Friday.", "Interior Ministry", "organization"),
    ("Las Vegas police said the gunman acted alone.", "Las Vegas police", "organization"),
    ("Officials said the border would reopen on Friday.", "Officials", "anonymous"),
    ('"We lost everything in one night," the woman said outside the shelter.', "woman", "anonymous"),
    ("A Minnesota Democrat said the bill would not pass the Senate.", "Minnesota Democrat", "anonymous"),
    ("Democrats said the bill would not pass the Senate this year.", "Democrats", "anonymous"),
    ("Republican Sen. Susan Collins said she would vote against the bill.", "Susan Collins", "person"),
    # a phrase with no name in it is no named body: an unnamed group, a document, a law
    ("A local group argued that the vaccine bill went too far.", "local group", "anonymous"),
    ("The complaints allege that the agency ignored its own rules.", "complaints", "anonymous"),
    ("The agency said the rules would change in May.", "agency", "organization"),
    ("The newspaper said it had interviewed more than 30 people for the story.", "newspaper", "outlet"),
    ("A decade ago, the Left declared the governor an enemy of science.", "Left", "anonymous"),
])
def test_kinds(sentence, name, kind):
    assert _speakers(sentence).get(name) == kind, _speakers(sentence)


def test_aliases_are_one_speaker_with_every_form_kept():
    text = ("Iran's Foreign Minister Mohammad Javad Zarif said the sanctions were illegal. "
            "Foreign Minister Zarif told reporters in New York that Iran would respond. "
            '"We will not bow to pressure," Mr. Zarif said. '
            "Mohammed Javad Zarif later wrote on Twitter that Washington was isolated. "
            "Zarif's spokesman said the minister would travel to Moscow. "
            "Donald Trump said the deal was dead. Ivanka Trump said the family was praying for the victims.")
    rows = {s.name: s for s in profile(text).speakers}
    zarif = [s for s in rows.values() if "Zarif" in s.name and s.kind == "person"]
    assert len(zarif) == 1, rows
    z = zarif[0]
    assert z.name == "Mohammad Javad Zarif" and z.count >= 4
    assert {"Foreign Minister Zarif", "Mr. Zarif", "Mohammed Javad Zarif"} <= set(z.forms)
    assert "Donald Trump" in rows and "Ivanka Trump" in rows  # one surname, two people
    # across articles the same rules (one implementation) merge the article's rows with another's
    other = profile("Zarif said on Sunday that Iran had no plans to leave the deal.").speakers
    groups = merge_speakers([list(rows.values()), list(other)])
    merged = [g for g in groups if g.kind == "person" and "Zarif" in g.name]
    assert len(merged) == 1 and merged[0].articles == (0, 1)
    assert {"Foreign Minister Zarif", "Zarif"} <= {form for _, form in merged[0].forms}


def test_speaker_forms_survive_json():
    s = profile("Foreign Minister Zarif said the talks had failed. Mohammad Javad Zarif said so again.").speakers[0]
    assert framing.types.Speaker.from_dict(s.to_dict()) == s and len(s.forms) == 2


# ------------------------------------------------------------------ cues

@pytest.mark.parametrize("sentence, deed", [
    ("The chief executive offered his resignation on Tuesday after the board met.", "offered"),
    ("The governor refused to budge on the budget after weeks of talks.", "refused"),
    ("Inspectors found the water contaminated with lead in three schools.", "found"),
    ("The team hired a new coach after the season ended badly.", "hired"),
    ("The judge ordered the release of the documents by Friday.", "ordered"),
    ("Both parties agreed to a ceasefire that took effect at midnight.", "agreed"),
    ("It was the first time the governor has issued a veto since taking office.", "issued"),
])
def test_verbs_of_acting_are_no_cues(sentence, deed):
    assert not any(deed in cue for cue in _cues(sentence)), _cues(sentence)


@pytest.mark.parametrize("sentence, cue", [
    ("The governor said the budget would pass by June.", "said"),
    ("According to the ministry, the border will reopen on Friday.", "According to"),
    ("The spokesman refused to comment on the report about the merger.", "refused"),
    ("Investigators found that the pilot had ignored two warnings.", "found"),
    ("The senator denied that she had met the lobbyist in March.", "denied"),
    ("The mayor warned that the river could flood the town again.", "warned"),
    ("The embassy issued a statement saying that the storm would reach the coast on Monday.", "issued"),
])
def test_verbs_of_saying_and_thinking_stay_cues(sentence, cue):
    assert any(cue in c for c in _cues(sentence)), _cues(sentence)


# ------------------------------------------------------------------ quotations

def test_scare_quotes_titles_and_slogans_are_no_quotations():
    text = ('The president again attacked what he calls "fake news" at a rally in Ohio on Friday night. '
            'Republicans voted to repeal "Obamacare" without a plan to replace it in the spring. '
            'Her memoir, "Becoming Myself in Public Life", sold a million copies in a month. '
            'Supporters wore "Make America Great Again" hats outside the convention hall all day. '
            '"We will rebuild the bridge before winter," the mayor said on Monday.')
    ctx = Context(Article("t", "", text))
    quoted = [text[s:e] for s, e in ctx.quotes(ctx.text)]
    scare = [text[s:e] for s, e in ctx.scare_quotes(ctx.text)]
    assert quoted == ['"We will rebuild the bridge before winter,"']
    assert {'"fake news"', '"Obamacare"', '"Becoming Myself in Public Life"', '"Make America Great Again"'} \
        == set(scare)
    assert not ctx.in_quote(ctx.text, text.index("fake news"))  # the writer's words, not quoted ones
    assert ctx.in_quote(ctx.text, text.index("rebuild"))
    f = profile(text).features["sourcing"]
    assert f.measure("quotes").count == 1 and f.measure("scare_quotes").count == 4
    assert f.measure("quoted_share").value == round(len(quoted[0]) / len(text), 3)
    assert all("quoting" not in e.label for e in f.evidence if e.role == "scare_quote")


def test_a_short_quotation_in_reported_speech_is_a_quotation():
    text = 'The senator said the plan was "dangerous" and should be dropped before the vote.'
    ctx = Context(Article("t", "", text))
    assert [text[s:e] for s, e in ctx.quotes(ctx.text)] == ['"dangerous"']


# ------------------------------------------------------------------ unattributed claims

def test_unattributed_claims_are_the_articles_own_facts():
    text = ("The bridge collapsed in March after weeks of heavy rain across the region.\n\n"
            "I think the city should have closed the bridge long before the storm arrived.\n\n"
            "Workers inspect the damaged bridge over the river on Tuesday, March 5. (AP Photo/John Smith)\n\n"
            "Was the city warned about the cracks in the pillars before the storm came?\n\n"
            "Two inspectors had flagged cracks in the north pillar of the bridge in 2017. "
            "That's according to records obtained by the Gazette.\n\n"
            "Unfortunately, the repairs were a failure from the start and wasted everyone's time.")
    f = profile(text).features["sourcing"]
    unattributed = [e.text for e in f.evidence if e.measure == "unattributed_claims"]
    assert unattributed == ["The bridge collapsed in March after weeks of heavy rain across the region."]


# ------------------------------------------------------------------ real pages

DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
          "november", "december"}  # (May is also a name: Theresa May)
CLUTTER = {"advertisement", "story", "photo", "photos", "related", "share", "image", "video", "file",
           "getty", "click", "read", "more", "subscribe", "newsletter", "comments", "opinion", "update",
           "exclusive", "caption", "credit", "he", "she", "it", "they", "we", "i", "you", "themselves",
           "this", "that", "who", "lawsuits"}


@pytest.mark.skipif(not (CORPORA / "allsides").is_dir(), reason=f"AllSides corpus not found at {CORPORA}")
def test_no_speaker_on_real_pages_is_a_date_or_clutter():
    """80 AllSides dev articles, as scraped with their clutter: no named speaker (person, organisation,
    outlet) is a weekday, a month or a clutter word, nor starts with one."""
    bad = []
    with (CORPORA / "allsides" / "articles.dev.jsonl").open(encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k >= 80:
                break
            d = json.loads(line)
            p = framing.analyze(Article(d["id"], d.get("title") or "", d["text"]))
            for s in p.speakers:
                words = [w.strip(".,’'").lower() for w in s.name.split()]
                words = [w for w in words if w and w != "the"]
                if s.kind in ("person", "organization", "outlet") and words and (
                        any(w in DAYS for w in words) or (len(words) == 1 and s.name[:1].isupper()
                                                          and words[0] in MONTHS | CLUTTER)
                        or words[0] in CLUTTER - {"more"} and s.name[:1].isupper()):
                    bad.append((d["id"], s.kind, s.name))
    assert bad == []


def test_an_honorific_names_a_person_even_when_the_name_is_an_outlets():
    profile = framing.analyze(Article("h", "", "Mr. Bloomberg said he would stay in the race. Bloomberg News "
                                      "reported the figures on Tuesday. Dr. Fox said the results were clear."))
    kinds = {(s.name, s.kind) for s in profile.speakers}
    assert ("Bloomberg", "person") in kinds and ("Bloomberg News", "outlet") in kinds  # two speakers, not one
    assert ("Fox", "person") in kinds
    assert not any(s.kind == "outlet" and "Mr. Bloomberg" in s.forms for s in profile.speakers)
