"""Capitals that shout: emphasis in running text counts; acronyms, names, headings, datelines, bylines,
credits and page labels do not (issue 13)."""
from __future__ import annotations

import itertools
import json

import pytest

import framing
from conftest import CORPORA, article, found, profile
from framing.analysis.lexicons import load_lexicon


def caps(text: str) -> list[str]:
    return found(profile(text), "style", "all_caps")


@pytest.mark.parametrize("text, shouted", [
    ("Let me be clear: this is NOT normal, and the voters know it.", ["NOT"]),
    ("The mayor said the city MUST act before the storm arrives.", ["MUST"]),
    ("He called the senator a LIAR in a post on Sunday night.", ["LIAR"]),
])
def test_emphasis_in_running_text_is_shouting(text, shouted):
    assert caps(text) == shouted


@pytest.mark.parametrize("text", [
    # acronyms and initialisms that are also dictionary words
    "Agents of ICE and the FBI met NATO officials and a super PAC donor on Tuesday.",
    "The DNC said the ACA helped millions, and the USDA agreed with the report.",
    "A DNA test and a ZIP code were all the police had to go on that night.",
    # names of outlets and firms printed in capitals
    "The casino group MGM said in a statement that a VIP guest had been hurt.",
    "The figures were first reported by USA TODAY and later confirmed by ESPN.",
    "Chaffetz told CSPAN that the hearing would go ahead as planned next week.",
    "Shares of AT&T rose after the deal with Time Warner was approved by the court.",
    # laws named in capitals
    "The Senate passed the HEROES Act and the CARES Act in the spring of that year.",
])
def test_acronyms_and_names_are_not_shouting(text):
    assert caps(text) == []


@pytest.mark.parametrize("text", [
    # dateline
    "DUBAI, United Arab Emirates (AP) — Iran said on Monday that the talks were over for now.",
    "WASHINGTON (Reuters) - The House voted on Friday to extend the program for a year.",
    # byline
    "By JOHN SMITH\nThe council met on Monday evening to discuss the new budget proposal.",
    # photo credit
    "The suspect was taken away by officers (AP Photo/Evan Vucci, FILE) after the incident on Monday.",
    # related-link headline and app promotion in capitals
    "The vote failed on Friday.\nSENATE FAILS TO MOVE FORWARD ON PHASE THREE BILL\nMany Democrats objected.",
    "The vote failed on Friday. CLICK HERE TO GET THE FOX NEWS APP Many Democrats had objected to it.",
    # section labels and page links
    "OPINION: The governor's plan will not solve the state's housing problems at all.",
    "WATCH: The president speaks to reporters on the lawn of the White House.",
    "The senator won her race with ease. Read MORE about it in our coverage of the night.",
    "The hearing ran late into the night. ADVERTISEMENT The committee will meet again on Monday.",
    # a lead-in set in capitals, as papers open a story or a section
    "The vote is on Monday.\n\nTHE president said on Monday that the plan would go ahead despite the protests.",
    "The vote is on Monday.\n\nJUDGING BY the numbers, the plan is working for most families in the county.",
])
def test_datelines_bylines_credits_headings_and_labels_are_not_shouting(text):
    assert caps(text) == []


def _acronyms() -> set[str]:
    return {e.term for e in load_lexicon("acronyms").entries if e.category == "acronym"}


def test_acronym_list_is_curated_data():
    terms = _acronyms()
    assert {"fbi", "nato", "ice", "pac", "dna"} <= terms
    assert "not" not in terms and "must" not in terms


ALLSIDES = CORPORA / "allsides" / "articles.dev.jsonl"


@pytest.mark.skipif(not ALLSIDES.exists(), reason="../shared/corpora/allsides is not present")
def test_no_capitals_evidence_is_a_listed_acronym_on_allsides():
    """On 60 real articles, no word counted as shouting is an acronym of the curated list."""
    acronyms = _acronyms()
    names = {e.term for e in load_lexicon("acronyms").entries}
    counted = []
    with ALLSIDES.open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, 60):
            rec = json.loads(line)
            p = framing.analyze(article(rec["text"], rec.get("title") or ""))
            counted += [e.text for e in p.features["style"].evidence if e.measure == "all_caps"]
    bad = [w for w in counted if w.lower() in acronyms or w.lower() in names]
    assert bad == []


@pytest.mark.parametrize("text", [
    # initialisms the dictionary reads letter by letter
    "She earned an MBA before the hospital bought its first MRI scanner in the county.",
    "Soldiers patrolled the DMZ while the shop offered TLC to customers with dry skin.",
    # a word in capitals inside a name, beside a capitalised word
    "Researchers at the MIND Institute studied the babies for a year and a half.",
    "The fire broke out at the Arkema SA plant in Crosby early on Thursday morning.",
    "The CIA ran Operation CHAOS to watch American activists in the late 1960s.",
    # a word in capitals before a naming noun
    "The House passed the HEROES act, and a vote on the STOP resolution came later.",
    # datelines in the middle of a line
    "Story by Jane Roe McALLEN, TEXAS – The raft reached the north shore before dawn.",
    "Reporting by John Doe FERGUSON, MO. — The grand jury began hearing evidence on Wednesday.",
    # page prompts and video labels
    "The race is tight. Got a TIP from the RIGHT or LEFT? Email tips@example.com with your news.",
    "The feud goes on JUST WATCHED Biden speaks about his friend Replay More Videos on the site.",
])
def test_initialisms_names_datelines_and_prompts_are_not_shouting(text):
    assert caps(text) == []


@pytest.mark.parametrize("text, shouted", [
    # emphasis beside lower-case words, a comma or a dash is still shouting
    ("The vote, NOT the count, is what matters to the people of this town.", ["NOT"]),
    ("The mayor said the city MUST act now, before the storm reaches the coast.", ["MUST"]),
    ("He wrote that the emails were REALLY bad for everyone involved in the campaign.", ["REALLY"]),
])
def test_shouting_beside_names_rules_still_counts(text, shouted):
    assert caps(text) == shouted
