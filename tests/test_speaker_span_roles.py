"""Phrases where a speaker stands that play another part: the one told before a second verb, the object of a
passive past an adverb, a verb before a noun cue, a topic after "Regarding", a heading before a colon, a thing,
the agent of a participle inside an appositive; and pronouns that a first name alone or a list of objects
must not take. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str, title: str = "Headline") -> list[str]:
    return [e.text for e in profile(text, title).features["sourcing"].evidence if e.role == "source"]


def _labels(text: str) -> list[str]:
    return [e.label for e in profile(text, "Headline").features["sourcing"].evidence if e.role == "source"]


def test_the_one_told_is_not_the_source_of_a_second_verb():
    sources = _sources('"We found nothing," a bureau official told the Herald News and referred to a report.')
    assert "the Herald News" not in sources and "Herald News" not in sources
    assert "a bureau official" in sources


def test_a_subject_before_and_stays():
    assert "The mayor" in _sources("The mayor met the press and said the budget was balanced.")


def test_the_object_of_a_passive_past_an_adverb_is_no_speaker():
    assert "Jenkins" not in _sources("Jenkins was subsequently asked, twice, whether the senator would testify.")


def test_the_subject_of_an_active_verb_after_an_adverb_stays():
    assert "Jenkins" in _sources("Jenkins subsequently said the senator would testify.")


def test_a_verb_before_a_noun_cue_is_nobody():
    assert "raises" not in _sources("The ruling, though, raises questions about whether the tax will survive.")


def test_a_topic_after_regarding_is_nobody():
    sources = _sources("Regarding the governor's plans for the budget, it is worth noting that the term is vague.")
    assert not any(s.startswith("Regarding") for s in sources)


def test_a_heading_before_a_colon_is_nobody_but_a_name_stays():
    assert "Conclusion" not in _sources("Conclusion: The two plans are very much alike, the author said.")
    assert "Harlan" in _sources("Harlan: The two plans are very much alike.")


def test_a_call_and_an_exception_are_no_speakers():
    sources = _sources("Democrats have argued that the call revealed a trade, saying the deal was clear.")
    assert "the call" not in sources and "Democrats" in sources
    assert "The exception" not in _sources("The exception cited Monday was that the rule was a deterrent.")


def test_the_agent_of_a_participle_in_an_appositive_is_not_the_source():
    sources = _sources("A report of the Council on Schools, co-chaired by Judge Mary Stone and Rep. Lee Hart, "
                       "titled The Civic Mission, explains that civics matters.")
    assert not any("Stone" in s for s in sources)


def test_a_name_before_its_title_stays_the_source():
    assert "Ann Lee" in _sources("Ann Lee, a professor at Yale, said that wages rose.")


def test_he_is_not_a_first_name_of_a_woman_alone():
    labels = _labels("Paul Grant and his ex-wife Kathleen dispute the value of the ring; he says it is worth "
                     "ten thousand dollars.")
    assert not any("= Kathleen" in lab for lab in labels)


def test_he_is_not_the_last_of_a_list_after_a_preposition():
    labels = _labels("Critics say the senator governs in the mold of Huey Long, Strom Thurmond, and, yes, George "
                     "Wallace. He has said that he wants more tariffs.")
    assert not any("Wallace" in lab for lab in labels)


def test_he_still_takes_a_subject_named_before():
    labels = _labels("Senator Mark Ruffalo met voters in Ohio on Monday. He said the vote was close.")
    assert any("Ruffalo" in lab for lab in labels)


def test_the_agent_of_a_study_led_by_researchers_stays():
    sources = _sources("A study led by Yale researchers, for instance, found that wages rose.")
    assert not any(s.endswith("led") for s in sources)


def test_an_object_before_and_said_gives_way_to_the_subject():
    sources = _sources("But the governor previously defended Hartley and said he deserved due process.")
    assert "Hartley" not in sources and "the governor" in sources


def test_a_pronoun_or_a_group_opening_the_sentence_is_the_subject_of_and_said():
    assert "Most Senate Republicans" in _sources(
        "Most Senate Republicans have embraced the call for no witnesses and say they will stick to it.")
    assert "Navarro" not in _sources("Some in the inner circle were furious with Navarro and blamed her for it.")


def test_the_outlet_told_is_not_the_source_of_on_condition_of_anonymity():
    sources = _sources('"He hurt his knee," the aide told the Herald News on condition of anonymity.')
    assert "the Herald News" not in sources and "the aide" in sources


def test_a_subject_cut_short_before_its_noun_gives_no_source():
    sources = _sources("The Ivory Tower crowd that runs the papers fell over themselves critiquing Hale and "
                       "praising Dunn.")
    assert "Hale" not in sources and "The Ivory Tower" not in sources
