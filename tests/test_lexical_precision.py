"""Precision of the lexical layers on the false positives readers found on real pages (issue 13):
alarmist (alarm, not size or praise), loaded (plain uses), boosters (negation, conditions),
hedging (ability "could"), speculation (no past or counterfactual predictions), and the
"Saturday.Then" sentence join. Each false-positive case failed before the rules were added."""
from __future__ import annotations

import pytest

from conftest import found, profile
from framing.analysis.text import tokenize


# ------------------------------------------------------------------ alarmist

@pytest.mark.parametrize("text", [
    "It was the deadliest attack in U.S. history, investigators said on Monday.",
    "The new theater has a tremendous movie screen and very comfortable seats.",
    "Critics said the lawsuits were doomed to failure from the start.",
    "He ran the Office of U.S. Foreign Disaster Assistance for three years.",
    "Voters approved of the way the governor handled the disaster last fall.",
    "Families were sent back to countries torn by war and natural disasters.",
    "The ruling was made, to the horror of the climate skeptics, on Friday.",
    "Economists sometimes talk about a vicious cycle of falling prices.",
    "The troops are ready for the threat they face in the region.",
    "It is not at all a disaster for the town, the mayor said.",
    "The global financial crisis began in 2008 and lasted for years.",
    "The two disaster bills passed the House on Thursday.",
    "Many people buy catastrophic plans because they cost less.",
    # (second pass) plain description of violence or damage, reported emotions, figures of speech
    "Bloody legs of trapped people were seen jutting out of the rubble.",
    "The state saw a slew of devastating wildfires and widespread flooding last year.",
    "Many of our employees are devastated by the shutdown, a union official said.",
    "The words that his aides most dreaded were spoken on Monday.",
    "Parents let their children attend scary movies at the theater downtown.",
    "The lockdowns can have a long-term chilling effect on enrollment, the study found.",
    "She lived up to her Dr. Doom nickname in the briefing with the president.",
    "Maybe this is a wake-up call from the White House, the congressman said.",
    "The protests reached a tipping point last week on the campus.",
    "Was it a response to the death of a staff sergeant in Niger?",
    "The firm took companies that were on the verge of collapse and rebuilt them.",
    "The party was bankrupt and on the verge of insolvency, its data poor.",
    "Americans have tired of endless war in the Middle East.",
    "The comments sparked a national firestorm last month.",
    "Both drugs can cause a dangerously rapid heart rate, the agency said.",
    "He ran a horrific presidential bid and lost the election.",
    "The 'end of the world' has arrived at the store, and it feels pretty great.",
    "The senator's campaign office became a house of horrors for its young staff.",
    "A canard that has been obliterated from multiple angles is back on cable.",
    "If there is open warfare between senior advisers, that hurts morale, he said.",
    "She said the attack was more than an out-of-control protest that night.",
    "The basement is dark and damp, but it is far from hellish to work in.",
    "A decade ago the country teetered on the brink of civil war.",
    "The air campaign has left a trail of destruction in the cities it struck.",
    "An expert who wrote “Nuclear Showdown, North Korea Takes On The World,” spoke to the network.",
    "Families moved from boring logistics to more widespread fears of the federal government.",
    "He does have American blood on his hands, the former vice president said.",
    "The stock markets are still enjoying some uncontrollable exuberance after the vote.",
    "Police said an illegal gathering spun out of control and was broken up.",
    "The group posts videos of itself while wreaking havoc on villages in the north.",
    "That is probably why the administration is so panicked about sanctuary cities.",
    "It was written off as an unpopular and potentially doomed chunk of the legacy.",
    "A few months later, we saw the horrible bloodbath at the school in Newtown.",
    "The president wanted to take the country off a permanent war footing.",
    "He talked to Michael Wolff for the book Fire and Fury last year.",
    "He also pointed to the constant fear among the staff of the White House.",
    "The massacre left 49 people dead and 53 wounded, the police said.",
    "The results were a disaster for Theresa May, the party's leader said.",       # a setback
    "A defeat on health care would be disastrous for Trump this week.",          # a setback, one name
    "Losing the seat would be a catastrophe for Republicans, aides said.",       # a setback
    "For all the doomsday predictions, the delayed season did not cause much trouble.",  # dismissed
    "She avoided a repeat of her cataclysmic loss in Iowa last time.",            # an election lost
    "Party leaders fear the remarks will doom his prospects in November.",       # a setback
    "Arab states no longer saw Israel as an existential threat after the talks.",  # negated
])
def test_plain_and_exaggerating_words_are_not_alarm(text):
    p = profile(text)
    assert [e.text for e in p.features["alarmist"].evidence if e.measure != "exaggeration"] == []
    assert p.features["alarmist"].value == 0


@pytest.mark.parametrize("text, term", [
    ("Abramowitz and others are bracing for a nightmare scenario in the fall.", "nightmare"),
    ("Splitting foreign policy between the branches would be a disaster for US interests.", "disaster"),
    ("Experts fear a terrifying new threat like Ebola that comes from nature.", "terrifying"),
    # a past war's consequences weighed in hindsight ("it would have been worth it") are no threat ahead: set
    # aside since the eleventh pass (readers judged the dev sentence wrong 4 times in 5), see
    # tests/test_alarm_past_or_averted.py; a warning of consequences ahead is alarm
    ("Officials warned of dire consequences for the valley if the levee fails.", "dire consequences"),
])
def test_alarm_that_threatens_is_found(text, term):
    assert any(term in t for t in found(profile(text), "alarmist") if t) and profile(text)["alarmist"].value > 0


@pytest.mark.parametrize("text", [
    "Mrs. May's critics say her deal is the worst of both worlds for the country.",
    "Adding the suspected cases makes the situation look even worse than before.",
    "The court is unified despite the presence of extreme conservatives and liberals.",
    "These allegations are completely false, the spokesman said in a statement.",
    "The Dow had its worst performance in a week since October 2008, the data show.",
    "He is at best incompetent and at worst careless with the files.",
    "This guy did an incredible job for the state, the governor said.",
    "Only a fraction are Improvised Explosive Devices set by the militants.",
    "Recent market moves seem much worse than they actually are, he wrote.",
])
def test_plain_comparatives_idioms_and_degree_words_are_not_exaggeration(text):
    assert found(profile(text), "alarmist", "exaggeration") == []


@pytest.mark.parametrize("text, term", [
    ("The bitcoin price rose to $19,783 by November, a whopping 2,100% increase.", "whopping"),
    ("It was the worst deal I have seen of any nomination for office.", "worst"),
    ("Corporate fortunes have skyrocketed over the last decade.", "skyrocketed"),
    ("The region is on the verge of war, the envoy warned.", "on the verge"),
])
def test_exaggeration_and_threat_still_found(text, term):
    assert any(term in t for t in found(profile(text), "alarmist"))


@pytest.mark.parametrize("text, term", [
    ("Many refugees have suffered unspeakable horrors on the way, the charity said.", "horrors"),
    ("In the wake of the absolute disaster that was the repeal effort, the party regrouped.", "disaster"),
    ("Survivors recount horror of the night the dam broke.", "horror"),
])
def test_described_catastrophe_is_emotive_wording_not_alarm(text, term):
    p = profile(text)
    assert p.features["alarmist"].value == 0 and found(p, "alarmist") == []
    assert term in found(p, "loaded", "emotive")


@pytest.mark.parametrize("text, term", [
    ("A crackdown on the students would be a disaster for Beijing, diplomats said.", "disaster"),
    ("Experts warned of a catastrophe if the levees fail this spring.", "catastrophe"),
    ("The nightmare scenario for the party is a loss in both chambers.", "nightmare"),
    ("The result was a bloodbath.", "bloodbath"),
    ("Today the country is on the brink of civil war, the envoy said.", "on the brink"),
    ("In a recession, private debt can spiral out of control within months.", "spiral out of control"),
])
def test_catastrophe_ahead_is_alarm(text, term):
    p = profile(text)
    assert term in found(p, "alarmist") and p.features["alarmist"].value > 0


def test_exaggeration_is_its_own_measure_not_alarm():
    p = profile("It was a massive, unprecedented and stunning upset in the race for governor.")
    f = p.features["alarmist"]
    assert found(p, "alarmist", "exaggeration") != []
    assert f.value == 0 and f.count == 0
    assert f.measure("exaggeration").count >= 1


@pytest.mark.parametrize("text, term", [
    ("It was a bloodbath, and the country descended into chaos.", "bloodbath"),
    ("Protesters warned of an All Out War between the two parties.", "All Out War"),
    ("Protesters warned of an all-out war between the two parties.", "all-out war"),
    ("The vote plunged the country into total chaos within hours.", "total chaos"),
])
def test_strong_alarm_terms_are_found(text, term):
    assert any(term in t for t in found(profile(text), "alarmist"))


# ------------------------------------------------------------------ loaded

@pytest.mark.parametrize("text", [
    "The price of crude oil fell by four percent on Tuesday.",
    "My heart goes out to the families of the victims, the governor said.",
    "We are deeply saddened by the loss of our colleague, the company said.",
    "The company worried that the recall would bring adverse publicity.",
    "The FBI defines the category by its extremist ideologies and methods.",
    "The killer was arrested on Monday after a two-day search, police said.",
    "Adding the suspected cases makes the situation look worse than before.",
    "Money from super PACs poured into the race in the final weeks.",
    "It is neither xenophobic nor cruel to set rules for immigration.",
    "After a statement about the Orlando massacre, the senator spoke about voting lines.",
    "In the wake of the San Bernardino tragedy, advocates touted a ballot measure.",
    "A couple of years ago I was diagnosed with prostate cancer, he said.",
    "The bill seems poised to deliver another big win for the developer.",
    "One of the peaceful protests was suddenly riven by gunfire in the city.",
    "Even a deficit hawk like her thinks the cuts can wait a year.",
    "Struggling families lined up for food at the church on Saturday.",
    "The problem is not the scripture; the answer lies in speaking honestly about it.",
    "A whole bunch of psychologists are trying to figure out the rules of socializing.",
    "The talks aim to keep the country from becoming a haven for extremist groups.",   # the standard term
    "He spoke out against what his allies have taken to calling the Deep State.",   # a term mentioned
    "The report warned that white nationalism is growing in rural counties.",      # a movement's name
    # (fifth pass) stances, titles, a profession, a legal standard, sweeping change, common terms
    "The country went through a radical transformation of its energy supply.",
    "A Vicious Cycle? Economists talk about a vicious cycle of falling prices.",
    "Hannity described the report on Russian election meddling as partisan.",
    "A conservative group fired her over her support for a Holocaust denier.",
    "The theory came from a 17th-century English jurist who argued that wives had no say.",
    "The court asked whether the sentence was cruel and unusual punishment.",
    "Protesters carried anti-war signs and joined the anti-Trump effort downtown.",
    "Books like How to Be an Antiracist are sold out in the city.",
    "Where was the president during this market meltdown last week?",
])
def test_plain_uses_are_not_loaded(text):
    assert found(profile(text), "loaded") == []


@pytest.mark.parametrize("text, term", [
    ("The officer was gunned down outside his home on Sunday night.", "gunned down"),
    ("He does have American blood on his hands, the former vice president said.", "blood on his hands"),
    ("His campaign is built on lies and smears, critics said.", "lies"),
    # violence nouns chosen over plain ones judge ("massacre" for "shooting"): loaded wording, not alarm
    ("The massacre left 49 people dead and 53 wounded, the police said.", "massacre"),
    ("The regime's forces slaughtered villagers in the north, the report said.", "slaughtered"),
    # words that condemn rather than alarm
    ("She ran a horrific presidential bid and lost the election.", "horrific presidential bid"),
    ("The senator called it a corrupt, rigged deal.", "corrupt"),
])
def test_strong_loaded_terms_are_found(text, term):
    assert any(term in t for t in found(profile(text), "loaded"))


@pytest.mark.parametrize("text, term", [
    ("The senator called the plan a \u201cterrible deal\u201d on Monday.", "terrible deal"),
    ("He warned of a \u201ccorrupt bargain\u201d after the vote in the House.", "corrupt bargain"),
])
def test_a_term_in_scare_quotes_is_someone_elses_not_the_writers(text, term):
    """Quotation marks that hold no direct quotation still mark another's term: the word is labelled
    quoted (the measure ``quoted``), and the writer's own value does not count it."""
    result = profile(text).features["loaded"]
    spans = [e for e in result.evidence if term in e.text]
    assert spans and all(e.label == "quoted" for e in spans)
    assert result.value == 0


@pytest.mark.parametrize("text", [
    "Here is why the hurricane has been especially devastating for the coast.",
    "Officials warned that the coronavirus could prove brutal in crowded camps.",
    "The deal includes $12 billion in disaster funding for the flooded states.",
])
def test_severity_of_a_named_hazard_is_listed_apart_not_counted(text):
    """A strong word that describes a named hazard is no judgement: listed with the strong words of the
    measure ``valenced`` (shown apart), not highlighted or counted."""
    result = profile(text).features["loaded"]
    assert result.evidence and all(e.measure == "valenced" for e in result.evidence)
    assert result.value == 0


@pytest.mark.parametrize("text, term", [
    ("The cartoon used anti-Semitic tropes, the editors admitted.", "anti-Semitic"),
    ("The city was a disaster under his leadership, the column argued.", "disaster"),
])
def test_labels_and_judging_severity_stay_loaded(text, term):
    assert any(term in t for t in found(profile(text), "loaded"))


# ------------------------------------------------------------------ boosters

@pytest.mark.parametrize("text", [
    "It is not at all obvious that the plan will work.",
    "Nobody I talked to really disputed that the reading was valid.",
    "The suspect, if that is really his name, is 24 years old.",
    "What if the voters actually respond to the message?",
    "Is the administration truly concerned about violence against reporters?",
    "There is a chance that really evil people could take over.",
    "The difference between the parties seems clear to most voters.",
    "He is under pressure to show that the company has learned.",
    "Obstruction of justice, if proven, would be impeachable.",
    "His comments proved too much for his colleagues in the House.",
    # (fifth pass) intensity, ensuring, "certain" = particular, finality
    "In the wake of an absolutely stunning hour of revelations, the senators left.",
    "I want to make absolutely sure that the families know the truth.",
    "The characters stand as metaphors for certain ideas in the novel.",
    "The reform aims to get the money out of politics once and for all.",
    "\"And I am really sorry,\" he said. I am truly sorry for what I said.",       # how much is felt
    "The myth is rooted in truth, the doctor said.",
    "McDonough said plainly that moving the bill now would hurt the talks.",      # the manner of speaking
    "Other rules call upon the attorney general to make certain notices to the committees.",
])
def test_negated_conditional_and_degree_boosters_are_not_certainty(text):
    assert found(profile(text), "boosters") == []


def test_undeniable_evidence_is_a_booster():
    assert "undeniable evidence" in found(profile("There is undeniable evidence that he lied to them."),
                                          "boosters")


# ------------------------------------------------------------------ hedging

@pytest.mark.parametrize("text", [
    "Mueller said he could subpoena the president to appear before a grand jury.",
    "Fortunately, I could say I was there when it happened.",
])
def test_ability_could_is_not_a_hedge(text):
    assert "could" not in found(profile(text), "hedging")


@pytest.mark.parametrize("text", [
    "May offered her thoughts to those injured in the attack.",          # a name: a finite verb follows
    "The vote went against her. May also promised to stay on until a successor was chosen.",  # adverb first
    "Republicans were being treated fairly \u2014 and in fact better than the president, she insisted.",
])
def test_names_and_manner_words_are_not_hedges(text):
    assert found(profile(text), "hedging") == []


@pytest.mark.parametrize("text", [
    "The panel was asked to study the code and suggest improvements for lawmakers.",   # a proposal
    "The professor argues by suggesting that free speech rules should not apply on campus.",
    "That theory has been called into question since 2016 by many polls.",           # an idiom
    "The judge found probable cause to believe that the office contained evidence.",  # a legal standard
    "Drivers could only fill up on certain days.",                                    # what was allowed
    "There is no doubt that better communication boosts commerce.",                    # certainty
])
def test_proposals_idioms_and_legal_standards_are_not_hedges(text):
    assert found(profile(text), "hedging") == []


def test_suggest_and_probable_still_hedge():
    assert found(profile("The data suggest that the virus spreads faster indoors. It is probable that it "
                         "passes. The study suggests that people stay home more."), "hedging") \
        == ["suggest", "probable", "suggests"]


def test_may_and_fairly_still_hedge():
    assert found(profile("May be it will rain. It is a fairly safe bet that the bill will pass."), "hedging") \
        == ["May", "fairly"]


def test_epistemic_could_is_a_hedge():
    assert "could" in found(profile("The storm could be the worst in a decade."), "hedging")


# ------------------------------------------------------------------ speculation

@pytest.mark.parametrize("text", [
    "If the mistreatment is true, then this is wrong.",
    "He would never have won if he had acted presidential in the primaries.",
    "Roosevelt believed that if they failed, there would be a total collapse.",
    "Payouts would be capped at 6,000 dollars per household under the bill.",
    "The details of a final outcome cannot yet be forecasted, he said.",
    "As predicted, the revenue boost never came.",
    "The deficit is below what the budget office predicted three months ago.",
    "He was likely to be indicted, according to the term of art.",
    "If true, that would resemble the end of earlier investigations.",
])
def test_past_counterfactual_and_factual_conditions_are_not_predictions(text):
    assert found(profile(text), "speculation") == []


@pytest.mark.parametrize("text", [
    "If the talks fail, there will be war in the region.",
    "The bill is expected to pass the Senate next week.",
    "Prices are likely to rise over the next year.",
])
def test_predictions_are_found(text):
    assert found(profile(text), "speculation") != []


# ------------------------------------------------------------------ sentence splitting

def _sentences(text: str) -> list[str]:
    doc = tokenize(text)
    return [text[s.start:s.end] for s in doc.sentences]


def test_run_on_period_splits_sentences():
    assert _sentences("The rally was on Saturday.Then the crowd marched to the capitol.") == [
        "The rally was on Saturday.", "Then the crowd marched to the capitol."]


@pytest.mark.parametrize("text", [
    "He ordered it from Amazon.com last week.",
    "The U.S. Army said it rose 3.5 percent.",
    "Write to jane.Doe@example.com for details.",
    "See https://example.com/news.Today for the story.",
])
def test_no_split_in_domains_decimals_abbreviations_urls_and_mail(text):
    assert len(_sentences(text)) == 1
