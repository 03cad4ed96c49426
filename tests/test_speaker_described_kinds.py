"""Speakers first read as organisations that a second look reads otherwise, and phrases found where a speaker
stands that name nobody (readers of the AllSides dev sample, session 27). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def _speaker_names(text: str) -> set[str]:
    return {s["name"] for s in profile(text).features["sourcing"].details["speakers"]}


# ------------------------------------------------------------------ a person described, not the body

def test_a_party_member_on_a_committee_is_a_person_not_the_committee():
    sources = _sources("Rep. Ann Lowe, ranking Democrat on the House Budget Committee said the plan was weak.")
    assert sources.get("ranking Democrat on the House Budget Committee",
                       sources.get("Democrat on the House Budget Committee")) != "named organization"


def test_the_committee_itself_stays_an_organisation():
    sources = _sources("The House Budget Committee said the plan was weak.")
    assert sources.get("The House Budget Committee") == "named organization"


def test_a_title_in_lower_case_is_a_person_not_a_body():
    sources = _sources("The chief justice responded that the court has no such judges.")
    assert sources.get("The chief justice") == "anonymous or vague"


def test_a_body_in_lower_case_stays_an_organisation():
    sources = _sources("The court said the law was valid. The state party said it would appeal.")
    assert sources.get("The court") == "named organization"
    assert sources.get("The state party") == "named organization"


# ------------------------------------------------------------------ a common noun opening its sentence

def test_a_common_noun_opening_a_sentence_is_no_named_organisation():
    assert _sources("Hacked emails later revealed that the staff had taken sides.").get("Hacked emails") \
        == "anonymous or vague"
    assert _sources("Entrance polls showed that most caucusgoers were moderates.").get("Entrance polls") \
        == "anonymous or vague"


def test_a_body_opening_a_sentence_stays_an_organisation():
    assert _sources("Police said the road would stay closed.").get("Police") == "named organization"


def test_a_crowd_of_allies_is_vague():
    assert _sources("Sanders’s allies believe he was deprived of momentum.").get("Sanders’s allies") \
        == "anonymous or vague"


# ------------------------------------------------------------------ outlets, pollsters, people

def test_a_wire_service_is_a_news_outlet():
    assert _sources("The union wants a smooth exit in March, the wire service says.").get("the wire service") \
        == "news outlet"


def test_a_pollster_named_like_a_surname_is_an_organisation():
    assert _sources("According to Gallup, only 2 percent of Americans agree.").get("Gallup") == "named organization"


def test_a_first_name_before_a_place_like_surname_is_a_person():
    sources = _sources("Tulsa Police Chief Chuck Jordan said the video was difficult to watch.")
    assert sources.get("Tulsa Police Chief Chuck Jordan") == "named person"


def test_a_country_after_a_title_stays_a_place():
    sources = _sources("The Foreign Ministry of Jordan said the border would reopen.")
    assert sources.get("The Foreign Ministry of Jordan") == "named organization"


def test_a_possessive_is_no_part_of_an_organisations_name():
    names = _speaker_names("Senator Lee said that the White House’s vow to act alone sounds like a threat.")
    assert "White House’s" not in names


# ------------------------------------------------------------------ phrases that name nobody

def test_a_programme_name_after_told_is_no_speaker():
    sources = _sources("One witness, Zack Vance, a software engineer, told All Things Considered that he was at lunch.")
    assert "All Things" not in sources


def test_a_headline_verb_after_a_name_stays_a_cue():
    p = profile("The rally went on into the night.", title="Trump Says He Will Win")
    assert any(e.role == "source" and e.text == "Trump" for e in p.features["sourcing"].evidence)


def test_a_lone_lower_case_word_after_a_cue_is_no_speaker():
    assert "shut" not in _sources("The window for a savior — if one ever existed — slammed shut Monday night.")


def test_a_lone_source_word_after_a_cue_stays():
    assert _sources("\"We will not leave,\" said police.").get("police") == "named organization"


def test_a_people_noun_after_a_cue_stays():
    assert "insurers" in _sources("Nobody should ignore the new levy, say insurers: the costs will rise.")


def test_a_document_after_according_to_stays():
    assert "filings" in _sources("The firm was set up a month later, according to filings with the state.")


def test_a_subhead_in_capitals_keeps_its_speaker():
    p = profile("The talks ended. KERRY SAYS ATTACKS STILL POSSIBLE - After the first day of talks, he spoke.")
    assert any(e.role == "source" and e.text == "KERRY" for e in p.features["sourcing"].evidence)
