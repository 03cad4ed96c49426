"""Speakers and their kinds as a careful reader judges them (issue 13, session 26): pronouns resolved to
the person a reader takes, an unresolved pronoun kept apart from anonymous sources, places and names
after titles. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> list[tuple[str, str, str]]:
    """(span, measure, label) of the source highlights of ``text``."""
    return [(e.text, e.measure, e.label) for e in profile(text).features["sourcing"].evidence if e.role == "source"]


def _label_of(text: str, span: str) -> str:
    return next(label for said, _, label in _sources(text) if said == span)


# ------------------------------------------------------------------ unresolved pronouns

def test_an_unresolved_pronoun_is_no_anonymous_source():
    text = "He said the guards had done their job and would be back on Monday."
    sources = _sources(text)
    assert [(s, m) for s, m, _ in sources] == [("He", "unresolved")]
    assert sources[0][2].startswith("pronoun not resolved")
    sourcing = profile(text).features["sourcing"]
    assert sourcing.measure("anonymous").count == 0
    assert sourcing.measure("attributions").count == 1


def test_a_resolved_pronoun_keeps_its_kind():
    text = "Senator Mary Alvarez spoke on Tuesday. She said the guards had done their job."
    assert _label_of(text, "She") == "named person (She = Mary Alvarez)"


# ------------------------------------------------------------------ pronouns resolved as a reader does

def test_a_state_between_commas_is_no_antecedent():
    text = ("In the run up to the vote, former Fairview, Nebraska, Mayor Tom Walsh was asked by a voter how he "
            "would win. He answered: “By listening to people.”")
    assert _label_of(text, "He") == "named person (He = Tom Walsh)"


def test_a_titled_name_that_ends_like_a_newspaper_is_a_person():
    text = ("In a separate essay, professor Helen Post disputes this by arguing that campuses are different. "
            "She argues that universities judge speech all the time.")
    assert _label_of(text, "She") == "named person (She = Helen Post)"


def test_the_speaker_after_a_reported_clause_is_who_speaks_next():
    text = ("“He should not be stopped,” said Ann Lee, a former captain. Even if he stays out of it, his record is "
            "an advance, said Mark Dunn, policy director at the network. “It has been easier to send troops out,” "
            "he said.")
    assert _label_of(text, "he") == "named person (he = Mark Dunn)"


def test_a_name_before_supporter_or_host_is_no_antecedent():
    text = ("Tom Avery said on Monday that he would run again. "
            "When Tom Avery supporter Jake Miles tried to storm the rally, radio host Dana Quinn seemed to excuse it. "
            "She wrote: “It was bound to happen.”")
    assert _label_of(text, "She") == "named person (She = Dana Quinn)"


def test_they_is_no_single_person():
    text = ("Republicans backed down when Colin Marsh told them to stop. They see the treaty as crucial to the "
            "country's future.")
    assert _label_of(text, "They") == "anonymous or vague (They = Republicans)"  # the plural group, not Marsh
    text = "Democrats argued on Monday that the bill was unfair. They said the vote would be held this week."
    assert _label_of(text, "They") == "anonymous or vague (They = Democrats)"


# ------------------------------------------------------------------ whole spans

def test_a_share_of_a_group_is_the_speaker_and_unnamed():
    text = "According to the new survey, 23 percent of Republicans say it is time for an inquiry."
    sources = _sources(text)
    assert ("23 percent of Republicans", "anonymous") in [(s, m) for s, m, _ in sources]


def test_an_ordinal_is_part_of_a_court_name():
    text = "The ban took effect after the 4th Circuit Court of Appeals ruled that the order was lawful."
    assert [(s, m) for s, m, _ in _sources(text)] == [("the 4th Circuit Court of Appeals", "organization")]


# ------------------------------------------------------------------ kinds: places and names

def test_a_surname_that_is_also_part_of_a_place_is_a_person():
    text = "“We need more scrutiny of these visas,” says Daniel Costa, director of policy at the institute."
    assert ("Daniel Costa", "person") in [(s, m) for s, m, _ in _sources(text)]
    text = "Costa Rica said it would send doctors. South Korea said the missile fell into the sea."
    assert [(s, m) for s, m, _ in _sources(text)] == [("Costa Rica", "organization"), ("South Korea", "organization")]


def test_a_surname_introduced_with_a_first_name_is_a_person_though_a_place_has_it():
    text = ("Deputy Attorney General Lisa Monaco spoke on Monday. “We did what we could,” Monaco says. "
            "East Jerusalem was quiet. Jerusalem has seen attacks, police said.")
    sources = [(s, m) for s, m, _ in _sources(text)]
    assert ("Monaco", "person") in sources
    assert not any(s == "Jerusalem" and m == "person" for s, m in sources)


def test_the_named_person_before_a_title_between_commas_speaks():
    text = ("“He had made up his mind,” Paul Sieminski, general counsel at Automattic, which runs the site, said "
            "of the judge. Others, including Sen. Rand Paul, Kentucky Republican, and Sen. Christopher Murphy, "
            "Connecticut Democrat, have vowed to push Congress.")
    sources = [s for s, _, _ in _sources(text)]
    assert "Paul Sieminski" in sources and "general counsel at Automattic" not in sources
    assert "Kentucky Republican" not in sources


def test_a_name_with_its_affiliation_is_a_person():
    text = "“The plan fails working families,” said Nora Vance of the Economic Policy Institute."
    assert [(s, m) for s, m, _ in _sources(text)] == [("Nora Vance of the Economic Policy Institute", "person")]
    text = "The Bank of Ireland said the rates would stay where they are."
    assert ("The Bank of Ireland", "person") not in [(s, m) for s, m, _ in _sources(text)]


def test_an_owner_in_the_pronouns_own_sentence_is_its_antecedent_unless_the_pronoun_tags_a_speaker():
    text = ("“The standards were poor,” says Mark Brill, a policy director. Observers give less weight to "
            "Governor Tom Judd’s lawsuit, in which he claims the government coerced the states.")
    assert _label_of(text, "he") == "named person (he = Tom Judd)"
    text = ("“China will weather the storm,” Kamel Mellor said in an interview. Xi’s government, he says, is "
            "focused on the long term.")
    assert _label_of(text, "he") == "named person (he = Kamel Mellor)"


# ------------------------------------------------------------------ a sentence's opening conjunction

def test_a_sentences_opening_conjunction_is_no_part_of_the_speaker():
    text = ("The agency defended the warrants. But experts on the surveillance court note that few requests "
            "are ever refused.")
    spans = [s for s, _, _ in _sources(text)]
    assert "experts on the surveillance court" in spans and not any(s.startswith("But") for s in spans), spans


# ------------------------------------------------------------------ names with particles

def test_a_name_keeps_its_particle_and_its_forms_are_one_speaker():
    text = ("Mayor Bill de Blasio told reporters that the trains would run. \u201cWe will see,\u201d de Blasio "
            "said. De Blasio added that the city would pay.")
    rows = profile(text).features["sourcing"].details["speakers"]
    assert [(r["name"], r["kind"], r["count"]) for r in rows] == [("Bill de Blasio", "person", 3)], rows


# ------------------------------------------------------------------ persons named like an outlet

def test_a_person_named_like_an_outlet_is_a_person():
    text = ("Former mayor Mike Bloomberg left the race on Wednesday. Bloomberg said he would back the "
            "front-runner. Mike Bloomberg told donors the campaign had been worth it.")
    rows = profile(text).features["sourcing"].details["speakers"]
    assert [(r["name"], r["kind"]) for r in rows] == [("Mike Bloomberg", "person")], rows


def test_an_outlet_named_alone_stays_an_outlet():
    text = "Stocks fell on Monday, Bloomberg reported. The index lost 2 percent, Bloomberg News said."
    rows = profile(text).features["sourcing"].details["speakers"]
    assert {r["kind"] for r in rows} == {"outlet"}, rows


def test_the_subject_of_a_second_verb_stops_before_the_first_verb():
    text = ("City officials say they received the same threat but concluded that it was a hoax. "
            "Schools stayed open.")
    spans = [s for s, _, _ in _sources(text)]
    assert spans and all(not s.endswith(" say") for s in spans), spans


def test_an_outlet_that_obtained_a_document_is_not_its_source():
    text = "The plan would cut 5,000 jobs, according to an internal memo obtained by the Daily Ledger."
    spans = [s for s, _, _ in _sources(text)]
    assert spans == ["an internal memo"], spans
    text = "The plan would cut 5,000 jobs, according to a statement released Thursday by the Health Department."
    assert [s for s, _, _ in _sources(text)] == ["the Health Department"]


def test_every_name_particle_stays_and_a_capitalised_al_is_a_first_name():
    rows = profile("Wages will recover slowly, Till von Wachter said. Von Wachter added that jobs were scarce.")\
        .features["sourcing"].details["speakers"]
    assert [(r["name"], r["count"]) for r in rows] == [("Till von Wachter", 2)], rows
    rows = profile("Al Gore said the vote mattered. Gore later told reporters that the count was fair.")\
        .features["sourcing"].details["speakers"]
    assert [(r["name"], r["count"]) for r in rows] == [("Al Gore", 2)], rows
