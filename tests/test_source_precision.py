"""Precision by reading of the sourcing layers (issue 13): each class of wrong highlight found by reading a
random sample of the AllSides dev corpus is a case here, on sentences written for the test: a plain use
that must not be marked beside a real use that must.
"""
from __future__ import annotations

import pytest
from conftest import profile

from framing.analysis.context import Context
from framing.types import Article


def _pairs(text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker or "", speaker kind) of each attribution the sourcing feature reports."""
    ev = profile(text).features["sourcing"].evidence
    cues = [e for e in ev if e.role == "cue"]
    sources = [e for e in ev if e.role == "source"]
    out = []
    for c in cues:
        # the source evidence of a cue comes right before or after it, in the same sentence
        # (nearness: the gap between the two spans, so that a long name before its cue is as near as it reads)
        gap = lambda s: max(s.start - c.end, c.start - s.end, 0)  # noqa: E731
        near = [s for s in sources if gap(s) < 80 and s.rule.split("'")[1] in c.text.split()]
        src = min(near, key=gap) if near else None
        out.append((c.text, src.text if src else "", src.measure if src else ""))
    return out


def _cues(text: str) -> list[str]:
    return [c for c, _, _ in _pairs(text)]


def _speakers(text: str) -> dict[str, str]:
    return {s: k for _, s, k in _pairs(text) if s}


def _claims(text: str) -> list[str]:
    return [e.text for e in profile(text).features["sourcing"].evidence if e.measure == "unattributed_claims"]


# ------------------------------------------------------------------ cues a reader does not count

def test_raising_verbs_are_no_cues_but_saying_is():
    text = ("The host seemed to suggest that the congressman had brought the attack on himself. "
            "The senator appears to have changed her mind on the bill since the spring. "
            "The host suggested on Monday that the congressman had brought the attack on himself.")
    cues = _cues(text)
    assert not any("seem" in c or "appear" in c for c in cues), cues
    assert "suggested" in cues


def test_is_expected_to_predicts_but_expects_that_attributes():
    text = ("The House is expected to take up the bill first, before the long recess in August. "
            "Economists expect that the central bank will cut rates again in the autumn.")
    cues = _cues(text)
    assert not any(c.endswith("expected") for c in cues), cues
    assert any("expect" in c for c in cues), cues


def test_the_writers_own_you_and_i_are_no_sources():
    text = ("Can he win the primary, you wonder as the polls close across the state tonight. "
            "I often remember the words of a judge who told me that the law is slow. "
            '"I think we will win this seat," the candidate said at the rally on Friday.')
    pairs = _pairs(text)
    assert not any(c == "wonder" or c == "remember" for c, _, _ in pairs), pairs
    assert any(c == "said" and s == "the candidate" for c, s, _ in pairs), pairs


def test_a_headline_in_capitals_and_pasted_link_text_are_no_attributions():
    text = ("PELOSI CLAIMS MUELLER WAS FIRED IN BIZARRE EMAIL TO DONORS\n\n"
            "President Trump Donald John TrumpKamala Harris calls for Twitter to suspend the account\n\n"
            "Pelosi said in the email that the inquiry was ended early by the White House.")
    pairs = _pairs(text)
    assert [(c, s) for c, s, _ in pairs] == [("said", "Pelosi")], pairs


# ------------------------------------------------------------------ speakers a reader recognises

@pytest.mark.parametrize("text, not_speaker", [
    ("The briefing grew testy when Carney was asked whether he knew of the plan.", "Carney"),
    ("Lamb is a strong candidate, while Saccone is seen as a weak fundraiser in the district.", "Saccone"),
    ("The transition emails are said to include exchanges on potential appointments.", "The transition emails"),
])
def test_the_subject_of_a_passive_cue_is_no_speaker(text, not_speaker):
    assert not_speaker not in _speakers(text), _pairs(text)


def test_quoted_as_saying_keeps_its_subject():
    assert _speakers("Mr. Smith was quoted as saying that the plant would close by the end of the year.") \
        == {"Mr. Smith": "person"}


def test_a_phrase_after_a_preposition_is_part_of_the_speaker_or_none():
    text = ("Sanders wore union pins, a move that several advocates in Nevada stressed could hurt the union. "
            "Proponents of the tax say it would raise revenue to offset the rate cuts. "
            "A geologist in Poland says the earthquake was caused by mining under the town. "
            "The group is fighting a lawsuit in federal court in California arguing that it broke a contract.")
    speakers = _speakers(text)
    assert speakers.get("several advocates in Nevada") == "anonymous"
    assert speakers.get("Proponents of the tax") == "anonymous"
    assert speakers.get("A geologist in Poland") == "anonymous"
    for wrong in ("Nevada", "the tax", "Poland", "California"):
        assert wrong not in speakers, speakers


def test_a_party_tag_is_not_the_name():
    text = ("In 2009 then-Sen. Leticia Van de Putte, D-San Antonio, who ran for governor last year, "
            "suggested that the state should pay the benefits.")
    speakers = _speakers(text)
    assert "D-San Antonio" not in speakers and speakers.get("Leticia Van de Putte") == "person", speakers


def test_kinds_of_a_person_from_a_place_and_an_unnamed_spokesman():
    text = ("Rep. Michael T. McCaul of Texas, the ranking Republican, told reporters the accord was being violated. "
            "A spokesman for Phil Mendelson, the council chairman, told me that the delay was needed. "
            "Mendelson said on Tuesday that the council would vote again in March.")
    kinds = {s: k for _, s, k in _pairs(text)}
    assert kinds.get("Rep. Michael T. McCaul of Texas") == "person", kinds  # (the whole name, initial included)
    assert kinds.get("A spokesman for Phil Mendelson") == "anonymous", kinds
    assert kinds.get("Mendelson") == "person", kinds


def test_a_phrase_without_a_head_noun_names_nobody():
    text = "These are among the most commonly cited factors for the rise in prices this year."
    assert "the most" not in _speakers(text)


def test_a_pronoun_takes_the_person_named_before_it_in_its_sentence():
    text = ("Buttigieg said the campaign was ready for the debate in Iowa. Trump said the economy was strong. "
            "Whether Trump can strike the positive tone he has promised will decide the race.")
    pairs = _pairs(text)
    promised = [p for p in pairs if p[0].endswith("promised")]
    ev = profile(text).features["sourcing"].evidence
    labels = [e.label for e in ev if e.role == "source" and e.text == "he"]
    assert all("Buttigieg" not in label for label in labels), labels
    assert not promised or any("Trump" in label for label in labels), labels


# ------------------------------------------------------------------ unattributed claims

def test_a_sentence_naming_its_poll_or_average_is_sourced():
    text = ("Opposition to the health care law has been above half of voters for over a year now. "
            "And that continues to be true, as the latest national poll finds voters oppose the law by eleven points. "
            "The president's approval rating is just under 40 percent in the RealClearPolitics polling average.")
    claims = _claims(text)
    assert claims == ["Opposition to the health care law has been above half of voters for over a year now."], claims


def test_analysis_phrases_and_conjecture_are_no_claims():
    text = ("Taken together, the accounts refute two years of denials by the president and his lawyers. "
            "The key to both of the legal standards is that the threat need not be real when force is used. "
            "In the process, the senator suddenly looks wobbly and even a little weak in the polls this month. "
            "The senator voted against the bill on Tuesday, a day after the committee sent it to the floor.")
    assert _claims(text) == ["The senator voted against the bill on Tuesday, a day after the committee sent it "
                             "to the floor."], _claims(text)


def test_known_as_names_and_a_related_link_attributes_nothing():
    text = ("The bomb, known more colloquially as the mother of all bombs, is the largest weapon of its kind. "
            "(Also on POLITICO: Democrats jump into the net neutrality fight) "
            "It is widely known that the agency tested the bomb in Florida, the Pentagon said.")
    cues = _cues(text)
    assert not any("known as" in c for c in cues) and ":" not in cues, cues
    assert "said" in cues


def test_according_to_a_released_statement_names_its_author():
    text = "Medics went to the house on Elm Street, according to a statement released Thursday by the Belmont Health Department."
    speakers = _speakers(text)
    assert speakers.get("the Belmont Health Department") == "organization", speakers
    assert "a statement released" not in speakers


def test_fragments_the_readers_you_and_continued_comparisons_are_no_unattributed_claims():
    text = ("Several senators backed the cuts last week. But other defense hawks, such as Republican Sens. "
            "John McCain of Arizona and Lindsey Graham of South Carolina, say now is not the time.\n\n"
            "Your financial contribution will not be tax deductible as a charitable donation this year.\n\n"
            "A Washington poll released Monday showed that 64 percent of Democrats support the program now. "
            "Republican support, meanwhile, had dropped from 75 percent to 52 percent over the same period.\n\n"
            "The city council passed the zoning measure on Tuesday by a vote of seven to two.")
    claims = _claims(text)
    assert claims == ["The city council passed the zoning measure on Tuesday by a vote of seven to two."], claims


def test_a_plea_in_court_is_a_deed_and_an_owner_is_not_the_speaker():
    from framing.analysis.features.sourcing.cues import acting_cue
    text = ("Trump's onetime campaign chairman, Paul Manafort, pleaded guilty to two counts in September. "
            "The mayor pleaded with lawmakers to keep the clinic open through the winter.")
    doc = Context(Article("t", "", text)).text
    pleaded = [k for k, norm in enumerate(doc.norms) if norm == "pleaded"]
    assert acting_cue(doc, pleaded[0], pleaded[0] + 1) and not acting_cue(doc, pleaded[1], pleaded[1] + 1)
    assert "Trump's" not in _speakers(text) and not any(c == "pleaded" for c in _cues(text))


def test_the_writers_lets_is_no_attribution():
    text = ("Before considering that possible downer, let's first look at the upside of the jobs report. "
            "Before considering the bill, the committee said it would hold two hearings in March.")
    cues = _cues(text)
    assert "considering" not in cues[:1] or cues.count("considering") <= 1, cues
    assert "said" in cues


def test_according_to_a_tweet_he_sent_is_his():
    text = ("Trump said on Monday that the wall would be finished by the summer. The visit was announced on "
            "Sunday, according to a tweet he sent that morning.")
    ev = profile(text).features["sourcing"].evidence
    labels = [e.label for e in ev if e.role == "source"]
    assert any("Trump" in (label or "") for label in labels), labels
    assert not any(e.text.startswith("a tweet") for e in ev if e.role == "source")


def test_a_definite_office_is_a_person_and_plural_people_are_vague():
    text = ("Trump met his new chief of staff on Monday. The president told Mr. Kelly that he wanted the adviser back. "
            "The donors understood that he needed their help this year, campaign aides said. "
            "Ms. Day admits her anguish quickened her temper at the market.")
    kinds = {s: k for _, s, k in _pairs(text)}
    assert kinds.get("The president") == "person", kinds
    assert kinds.get("The donors") == "anonymous", kinds
    assert kinds.get("Ms. Day") == "person", kinds
    assert kinds.get("campaign aides") == "anonymous", kinds


def test_a_name_across_for_is_one_organisation():
    text = "The Popular Front for the Liberation of Palestine, a militant group, said the cousins were members."
    assert _speakers(text) == {"The Popular Front for the Liberation of Palestine": "organization"}


@pytest.mark.parametrize("text", [
    "But things have not gone according to plan for the senator in Nevada this year.",
    "That explains why two advisers got White House jobs while others were turned away.",
    "Moreover, we don't know how much of the surge was the result of an open primary.",
    "Conservative Piece Calls For Elites to Have a Bigger Say in Choosing the President",
    "That's called a circuit split, and the court tends to step in to resolve it.",
    "States resisted the federal testing law by manipulating their own standards for years.",
])
def test_idioms_inferences_headlines_names_and_deeds_attribute_nothing(text):
    assert _cues(text) == [], _pairs(text)


@pytest.mark.parametrize("text", [
    "According to the plan's authors, the city will add four bus lines by the spring.",
    "That was the moment, the senator said, when the talks fell apart for good.",
    "We have not seen the report, a lawyer for the company said on Thursday afternoon.",
])
def test_real_cues_beside_those_rules_stay(text):
    assert _cues(text) != [], _pairs(text)


def test_speech_the_model_did_not_keep_and_expectations_are_no_unattributed_claims():
    text = ("Senator Brian Schatz of Hawaii had a stern warning for the majority about the rules of the chamber. "
            "When the president does hit the trail, he is expected to keep the debate focused on policy. "
            "The county built four new schools and two clinics between 2015 and 2019 with state money.")
    assert _claims(text) == ["The county built four new schools and two clinics between 2015 and 2019 with state money."], \
        _claims(text)


# ------------------------------------------------------------------ round 22 (seed 101 sample)

@pytest.mark.parametrize("text", [
    "And saying so is only fair to the people who voted for him in the first place.",
    "Who would have thought that the mayor would become the most popular figure in the county by June?",
    "The Iranian government does not recognize his American citizenship or his right to a lawyer.",
    "Party officials openly supported the governor all through the spring primary.",
])
def test_gerunds_of_nobody_rhetorical_questions_and_allegiance_attribute_nothing(text):
    assert _cues(text) == [], _pairs(text)


@pytest.mark.parametrize("text", [
    "The mayor thought the plan would pass easily, an aide said on Tuesday.",
    "The court recognized that the law was vague and sent the case back to the judge.",
    "The union supported that view in a statement released late on Friday night.",
    "The minister left the room, saying the talks had failed and would not resume.",
])
def test_cues_beside_the_gerund_and_allegiance_rules_stay(text):
    assert _cues(text) != [], _pairs(text)


def _quote_kinds(text: str) -> dict[str, str]:
    return {e.text: e.role for e in profile(text).features["sourcing"].evidence if e.role in ("quote", "scare_quote")}


def test_a_quoted_word_inside_the_writers_noun_phrase_or_a_title_is_no_quotation():
    text = ("Analysts warned about an \"invasion\" of cheap imports, and the minister blamed Beijing's \"dumping\" "
            "for the losses, he said. Alongside concerns like \"work\" and \"money,\" the survey found new worries, "
            "the pollster said. A columnist called the article \"The Horror!\" on the day he was elected. "
            "The minister said the imports were \"dangerous\" and must stop. The organizer yelled, \"Time's up!\"")
    kinds = _quote_kinds(text)
    for term in ('"invasion"', '"dumping"', '"work"', '"money,"', '"The Horror!"'):
        assert kinds.get(term) == "scare_quote", (term, kinds)
    assert kinds.get('"dangerous"') == "quote", kinds
    assert kinds.get('"Time\'s up!"') == "quote", kinds


def test_members_of_a_group_a_count_and_the_before_a_name_are_no_named_person():
    text = ("One of the black women was saying to the white woman that she should leave the stage. "
            "Of the 34 who said they had been to the border, 18 are Republicans. "
            "The Bolsheviks claimed the revolution was inevitable and near. "
            "Senator Maria Lopez said the plan was unfair to renters.")
    speakers = _speakers(text)
    assert speakers.get("One of the black women") == "anonymous", speakers
    assert speakers.get("the 34") == "anonymous", speakers
    assert speakers.get("The Bolsheviks") == "anonymous", speakers
    assert speakers.get("Senator Maria Lopez") == "person", speakers


def test_sentences_naming_nothing_quoting_someone_or_credits_are_no_unattributed_claims():
    text = ("His skepticism is not just a political equation that can be solved with more money. "
            "The bridge over the river has been closed to trucks for most of the past month. "
            "The council voted 7-2 on Tuesday to close the plant in Springfield by next year. "
            "A farmer was standing by the road with friends when the bridge \"came down with a huge crashing sound.\" "
            "GOVERNOR JANET MILLS: This whole notion of voting fraud is something that has been disproved by the courts. "
            "Ann Lee/The Daily Courier Jose made the monthlong journey to the border from El Salvador with his daughter. "
            "( Also on POLITICO: Walker ad on crime statistics in the city of Milwaukee )")
    assert _claims(text) == ["The bridge over the river has been closed to trucks for most of the past month.",
                             "The council voted 7-2 on Tuesday to close the plant in Springfield by next year."], \
        _claims(text)


def test_the_subject_of_a_passive_without_be_and_link_lists_name_no_speaker():
    text = ("The senator won the seat amid claims that he had ties to a controversial group accused of "
            "falsifying voter records. "
            "On The Money: Trump blames inquiry for stock market drop | Trump to hit EU with new tariffs. "
            "The senator accused the group of lying about its records, his office said.")
    speakers = _speakers(text)
    assert "a controversial group" not in speakers and "Trump" not in speakers, speakers
    assert not any(s.endswith("amid") for s in speakers), speakers
    assert "The senator" in speakers, speakers


def test_the_writers_framing_of_a_challenge_or_problems_and_making_the_case_are_no_unattributed_claims():
    text = ("The real challenge is figuring out how to help the governor get past those obstacles in March. "
            "There are a few problems though: the tax credit already reaches high earners in Ohio. "
            "The mayor also made the case that Walker would turn Wisconsin into a right-to-work state. "
            "The council voted 7-2 on Tuesday to close the plant in Springfield by next year.")
    assert _claims(text) == ["The council voted 7-2 on Tuesday to close the plant in Springfield by next year."], \
        _claims(text)


def test_quoted_words_that_modify_the_noun_after_them_are_a_term():
    text = ("The three states that the president tweeted \"liberate\" messages at have Democratic governors. "
            "Congress repealed the \"don't ask, don't tell\" policy during the lame-duck session. "
            "The chief of staff said the president is \"deadly serious\" about the tariffs. "
            "The senator called the plan \"dangerous\" today, and her aides agreed.")
    kinds = _quote_kinds(text)
    assert kinds.get('"liberate"') == "scare_quote", kinds
    assert kinds.get('"don\'t ask, don\'t tell"') == "scare_quote", kinds
    assert kinds.get('"deadly serious"') == "quote", kinds
    assert kinds.get('"dangerous"') != None, kinds


def test_a_colon_before_a_headline_in_title_case_is_no_cue():
    text = ("The mayor says he is unwilling to do it. Bill Maher: Donald Trump Is The National Emergency\n\n"
            "The chairman said on Monday that the emails had been coordinated by the agency.")
    assert _cues(text) == ["says", "said"], _pairs(text)


def test_unnamed_people_are_vague_and_a_body_stays_an_organisation():
    text = ("Authorities concluded the shooting was justified after a review of the video. "
            "The officers say they started to reach for their phones to call the police. "
            "The committee said it would release the report next week.")
    speakers = _speakers(text)
    assert speakers.get("Authorities") == "anonymous", speakers
    assert speakers.get("The officers") == "anonymous", speakers
    assert speakers.get("The committee") == "organization", speakers


def test_an_authors_bio_line_is_no_claim_and_a_finding_without_that_is_sourced():
    text = ("Naomi Lee is a resident fellow at the American Enterprise Institute in Washington, D.C. "
            "The station looked at data from 3,000 counties nationwide and found there's a huge variation in coverage. "
            "The council voted 7-2 on Tuesday to close the plant in Springfield by next year.")
    assert _claims(text) == ["The council voted 7-2 on Tuesday to close the plant in Springfield by next year."], \
        _claims(text)
    assert "found" in _cues("Researchers found there's a huge variation in coverage from state to state.")
    assert "found" not in _cues("Hikers found the water on the third day of the long walk north.")


# ------------------------------------------------------------------ independent draws (seeds 505, 606)

@pytest.mark.parametrize("text", [
    "The governor does not want to be on the same stage as his rivals this fall.",
    "Party insiders noticed. The candidate left the hall before the last round of questions.",
    "The mayor then asked his deputy, a former banker, to fire the city's auditor.",
    "The chairman only smiled when asked about the timing of the next vote.",
    "Asked the same question again, the spokesman gave the same short answer.",
    "Several towns had considered banning the sale of fireworks before the summer.",
    "The clerk denied the request for an extension late on Friday afternoon.",
    "In the nineties the senator showed himself to be a careful and patient negotiator.",
    "He is building a national organization called Forward Together across the Midwest.",
    "Called the Rural Teachers Program, it starts this year in twelve school districts.",
])
def test_desires_perceptions_requests_deliberation_refusals_conduct_and_naming_attribute_nothing(text):
    assert _cues(text) == [], _pairs(text)


@pytest.mark.parametrize("text", [
    "The governor said he wants the bill passed before the summer recess.",
    "Party insiders noticed that the candidate left the hall before the last round.",
    "“Why now?” the mayor asked, standing at the door of the council chamber.",
    "The reporter asked whether the city would pay for the repairs this year.",
    "The mayor asked that the council delay the vote until the audit was finished.",
    "The clerk denied the allegation in a short statement on Friday afternoon.",
    "The poll showed that most voters in the county oppose the new tax on fuel.",
    "The senator called the plan a disaster for the farmers of the state.",
])
def test_saying_beside_the_desire_request_refusal_and_naming_rules_stays(text):
    assert _cues(text) != [], _pairs(text)


@pytest.mark.parametrize("text", [
    "The governor's bond with rural voters has been highlighted time and again this year.",
    "The tax breaks for homeowners are being challenged in three state courts.",
    "So the judge was going to be confirmed unless something derailed the vote.",
])
def test_an_agentless_passive_deed_or_prospect_is_no_cue(text):
    assert _cues(text) == [], _pairs(text)


def test_an_agentless_passive_report_stays_a_cue():
    assert _cues("Heavy fighting was reported in the north of the province on Sunday.") != []


def test_a_feeling_and_a_named_agent_keep_a_passive_cue():
    assert _cues("Some aides in the White House are worried that the governor is losing ground.") != []
    assert _cues("The figures were questioned by two economists at the state university.") != []


@pytest.mark.parametrize("text", [
    "But this failed uprising suggests that the army is still divided.",
    "Any senator who says otherwise is simply not paying attention to the numbers.",
    "Jones reported from Dayton, Ohio.",
    "The vote follows Sen. Ann Marsh Ann Lee MarshGOP senators balk at long trial plan Mayor says city will sue MORE (R-Mo.) and her allies.",
])
def test_inferences_from_events_generic_speakers_credit_lines_and_link_cards_attribute_nothing(text):
    assert _cues(text) == [], _pairs(text)


@pytest.mark.parametrize("text", [
    "The new data suggests that most voters have already made up their minds.",
    "A senator who says the bill is dead is wrong, the majority leader said on Friday.",
    "The governor reported from the border that crossings had fallen by half.",
])
def test_sources_beside_the_inference_generic_and_credit_rules_stay(text):
    assert _cues(text) != [], _pairs(text)


def _pronoun_labels(text: str) -> list[str]:
    """The labels of the he/she speakers of a text, in order ("named person (he = Tom Becker)")."""
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in ("he", "she")]


@pytest.mark.parametrize("text, resolved", [
    # the person named in the sentence before, not the speaker cited last
    ("Governor Ann Price said the budget was balanced. Meanwhile, Price adviser Tom Becker, who ran the agency "
     "for years, had been due to testify on Monday. But he told a committee that he would not answer questions.",
     "he = Tom Becker"),
    # one capitalised word of a book's title is no person
    ("Karen Olsen, an economist and the author of a book titled Work, Money, Time, has praised the credit. "
     "\u201cIt pays to work,\u201d she told me.", "she = Karen Olsen"),
    # the end of an institute's name is no person
    ("\u201cMasks help,\u201d said Dr. Lena Ortiz, director of the Institute of Lungs and Infectious Diseases. "
     "\u201cWe see it every day,\u201d she said.", "she = Lena Ortiz"),
    # an unnamed person
    ("Only one doctor at the clinic can admit patients to the hospital. He has said he will stop if the law "
     "stands.", "He = one doctor"),
    # an honorific of the other gender
    ("Mrs. Alvarez met Mr. Grant on Friday. He said the talks had gone well.", "He = Grant"),
])
def test_a_pronoun_takes_the_nearest_plausible_person(text, resolved):
    labels = _pronoun_labels(text)
    assert labels and resolved in labels[0], labels


def test_a_pronoun_with_nobody_named_near_takes_the_speaker_cited_last():
    text = ("\u201cWe will win,\u201d Senator Dana Lee said on Tuesday. The vote is set for next week in the "
            "chamber. The bill has been changed twice since the spring. \u201cThe votes are there,\u201d she said.")
    labels = _pronoun_labels(text)
    assert labels and "she = Dana Lee" in labels[0], labels


@pytest.mark.parametrize("text, speaker", [
    ("Rep. Tom Hale, a Republican who represents Dayton, Ohio, said the plan would fail.", "Rep. Tom Hale"),
    ("Lena Park, a historian and the author of a book, Roads, Rivers, Towns, has argued that the plan will fail.",
     "Lena Park"),
    ("One witness, Sam Cole, a teacher at the school, told reporters the doors were locked.", "Sam Cole"),
])
def test_an_appositive_with_a_place_or_a_list_in_it_leaves_the_name_before_it_the_speaker(text, speaker):
    assert speaker in _speakers(text), _pairs(text)


@pytest.mark.parametrize("text", [
    "The 40,000 jobs claim comes from a report the agency published in the spring.",
    "The divided Congress simply cannot unite to deliver on promised major legislation.",
    "The state law prohibits anyone from standing within 30 feet of the clinic door.",
])
def test_a_subject_noun_an_adjective_participle_and_a_law_attribute_nothing(text):
    assert _cues(text) == [], _pairs(text)


@pytest.mark.parametrize("text, not_speaker", [
    ("The bill is illegal, according to federal law.", "federal law"),
    ("Similar allegations dominated the governor's first campaign.", "Similar"),
    ("Responses to the march have ranged from quiet support to open scorn, critics say.", "Responses"),
])
def test_a_law_and_a_word_before_a_noun_are_no_speakers(text, not_speaker):
    assert not_speaker not in _speakers(text), _pairs(text)


@pytest.mark.parametrize("text, speaker, kind", [
    ("The mayor's office on Sunday issued a long statement defending the decision.", "The mayor's office",
     "organization"),
    ("Aides said Lee, who as a candidate for governor criticized the plan, had changed his mind.", "Lee", "person"),
    ("GOP leaders said they would combine the two bills next week.", "GOP leaders", "anonymous"),
    ("The chain is eyeing the market, according to a Monday Bloomberg report.", "Bloomberg", "outlet"),
    ("A woman stuck her head out of a window and said she had no masks left.", "A woman", "anonymous"),
    ("Last week the White House legal counsel wrote to congressional leaders about the inquiry.",
     "the White House legal counsel", "person"),
    ("WikiLeaks, which has helped the contractor since he fled, said he was safe.", "WikiLeaks", "organization"),
])
def test_who_speaks_not_the_words_around_them(text, speaker, kind):
    speakers = _speakers(text)
    assert speakers.get(speaker) == kind, _pairs(text)


def test_critics_of_a_law_speak_and_a_name_run_together_in_an_organisation_is_no_link_text():
    assert _speakers("Critics of the law say it is a pretext to close the clinics.").get("Critics of the law") \
        == "anonymous"
    assert _cues("A WikiLeaks spokesman said the move put the contractor in danger.") != []
    assert _cues("Meanwhile, I always view these races as a long shot for the party.") == []


def test_an_honorific_owner_s_office_is_an_organisation():
    speakers = _speakers("Mr. Lopez's office on Sunday issued a statement defending the decrees.")
    assert speakers.get("Mr. Lopez's office") == "organization", speakers


def test_a_link_card_in_a_speaker_span_is_cut_and_an_abstract_plural_is_no_speaker():
    speakers = _speakers("Sen. Ann Marsh Ann Lee MarshGOP senators balk at long trial MORE (R-Mo.) said the trial "
                         "would be short.")
    assert "Sen. Ann Marsh Ann Lee MarshGOP" not in speakers, speakers
    assert "Responses" not in _speakers("Responses to the plan from his predecessors have been determined by polls.")


def test_the_writers_we_run_into_a_verb_is_no_source():
    assert _cues("Every outlet has its bias. We're all better off admitting our bias openly.") == []


@pytest.mark.parametrize("text, name", [
    ("The heat is clearly a sign of a changing climate, said Thomas R. Karl, who directs the center.",
     "Thomas R. Karl"),
    ("George W. Bush said the war was necessary to protect the country.", "George W. Bush"),
])
def test_a_middle_initial_stays_in_the_speakers_name(text, name):
    speakers = _speakers(text)
    assert speakers.get(name) == "person", speakers


@pytest.mark.parametrize("text", [
    "The district leans left, but who knows whether the recount fight will stir up bad blood.",  # rhetorical
    "The hawk also notably avoided criticizing Trump for his tone.",                             # speech avoided
    "As he continued, she began to wonder where she was.",                                       # no words follow
])
def test_cues_that_attribute_no_words_or_view(text):
    assert _cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("\"We will win,\" he continued.", "continued"),
    ("He continued, \u201cWe will win.\u201d", "continued"),
    ("She accused him of lying to the committee.", "accused"),
])
def test_continued_before_a_quotation_and_accused_of_stay_cues(text, cue):
    assert cue in _cues(text)


def test_a_long_title_after_titled_is_no_quotation():
    text = ("The Post ran an article on Tuesday titled \u201cThe judge worried that the scandal would end his "
            "coaching days\u201d and readers wrote in. \u201cThe judge worried that the scandal would end his "
            "coaching days,\u201d the coach said.")
    kinds = _quote_kinds(text)
    assert kinds.get("\u201cThe judge worried that the scandal would end his coaching days\u201d") == "scare_quote", kinds
    assert kinds.get("\u201cThe judge worried that the scandal would end his coaching days,\u201d") == "quote", kinds


@pytest.mark.parametrize("text, speaker", [
    ("Federal agencies are wondering whether they will see big cuts, the report said.", "Federal agencies"),
    ("In 2015, a Russian national who claimed ties to Moscow contacted the lawyer, the filing said.",
     "a Russian national"),
])
def test_a_capital_that_opens_the_sentence_or_a_nationality_names_no_organisation(text, speaker):
    assert _speakers(text).get(speaker) == "anonymous", _speakers(text)


def test_a_roman_numeral_before_a_stop_joins_no_name():
    speakers = _speakers("They felt slighted after World War I. Japan assumed that the West would not notice.")
    assert speakers.get("Japan") == "organization", speakers


def test_wapo_is_a_news_outlet():
    assert _speakers("As WaPo noted earlier, many candidates are being vetted.").get("WaPo") == "outlet"


def test_a_name_particle_stays_and_an_outlets_unnamed_writer_is_a_person_unnamed():
    assert _speakers("Cases are falling, but De Blasio has said the city cannot reopen yet.").get("De Blasio") \
        == "person"
    speakers = _speakers("In September, a USA Today columnist claimed the judge was unfit to coach.")
    assert speakers.get("a USA Today columnist") == "anonymous", speakers
    assert _speakers("The New York Times said the deal was done.").get("The New York Times") == "outlet"


@pytest.mark.parametrize("text", [
    "That raises another question: is Mr Rubio repudiating Mr Trump or capitulating to him?",
    "Did the senator say the plan would fail?",
])
def test_a_cue_in_the_writers_question_attributes_nothing(text):
    assert _cues(text) == []


@pytest.mark.parametrize("text", ["He asked: \u201cWhy now?\u201d", "\u201cWhy now?\u201d she asked."])
def test_asking_a_question_stays_a_cue(text):
    assert _cues(text) != []


def test_a_lowercase_name_particle_stays_and_a_comparison_opening_the_sentence_is_no_speaker():
    assert _speakers("\u201cHe has a lot to cash in on,\u201d de Blasio said.").get("de Blasio") == "person"
    speakers = _speakers("Similar to rivals who quit the race and quickly endorsed Mr. Lee, Mr. Stone said the "
                         "former governor had the best shot.")
    assert "Similar" not in speakers and speakers.get("Mr. Stone") == "person", speakers


@pytest.mark.parametrize("text, speaker, kind", [
    ("Police also said two people were shot, the St. Louis Post-Dispatch reported.", "the St. Louis Post-Dispatch",
     "outlet"),
    ("Residents of St. Louis say they are surprised to be in the news.", "Residents of St. Louis", "anonymous"),
    ("\u201cWe will see,\u201d said Rachel St. John, a historian of the border.", "Rachel St. John", "person"),
])
def test_st_in_a_name_stays(text, speaker, kind):
    assert _speakers(text).get(speaker) == kind, _speakers(text)
