"""A he/she tagging the clause before it ('"...," he said') is not a person named inside that clause; a he/she
opening a bulleted item is the person of the list's lead-in. Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile

from framing.analysis.features.sourcing.pronoun_bullet_lists import bullet_lead_speaker
from framing.analysis.features.sourcing.speakers import SpeakerMention
from framing.analysis.text import tokenize


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_a_name_inside_the_quotation_a_he_tags_is_not_him():
    text = ("Obama said in 2005 that the rule should stay. Later, Mr. Reid told reporters that things had changed. "
            "\"It is a different Senate. Nobody expected this. They have tried to deny that Obama won twice,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Reid" in labels[-1], labels


def test_a_name_inside_a_reported_clause_before_he_said_is_not_him():
    text = ("Mr. Trump said he would hold a rally. \"They start fights in the line,\" said Mr. Varley, an organizer. "
            "\"They stay calm inside. Outside, the media will cover it. The key is to start the conflict.\" "
            "Provoking Trump supporters was easy, he said.")
    labels = _labels(text, ("he",))
    assert labels and "Varley" in labels[-1], labels


def test_a_name_before_a_pronoun_that_tags_nothing_is_still_the_antecedent():
    text = ("Aides to Governor Ben Okafor spoke last week. It is unclear whether Okafor can keep the promise "
            "he said he would keep.")
    labels = _labels(text, ("he",))
    assert labels and "Okafor" in labels[-1], labels


def test_a_he_opening_a_bulleted_item_is_the_person_of_the_lead_in():
    text = ("Mr. Dalton also told the paper:\n\n"
            "⦁ Ms. Irene Voss is \"a strong candidate\" for the court:\n\n"
            "\"She is a talented person.\"\n\n"
            "⦁ He would sign the bill if it reached his desk:\n\n"
            "\"We will get it done. If we can do it in a nice way, that would be better.\"\n\n"
            "⦁ He doesn't expect a deal with the union this month:\n\n"
            "\"Eventually, we are going to make a deal. I can tell you they want it.\"\n\n"
            "⦁ He says the endorsement won't matter in the race:\n\n"
            "\"I don't think it makes a difference.\"")
    labels = _labels(text, ("he",))
    assert labels and all("Dalton" in label for label in labels), labels


def _bullet_he(text: str) -> str:
    doc = tokenize(text)
    dalton = doc.tokens.index("Dalton")
    history = [SpeakerMention(dalton, dalton + 1, "person", "Dalton", "dalton")]
    he = max(t for t, w in enumerate(doc.tokens) if w == "He")
    found = bullet_lead_speaker(doc, he, history, lambda sp: False)
    return found.name if found is not None else ""


def test_a_he_opening_an_item_after_a_lead_in_with_a_colon_is_its_speaker():
    assert _bullet_he("Dalton told the paper:\n\n⦁ He says the rules won't matter.") == "Dalton"


def test_a_he_opening_an_item_after_a_paragraph_that_is_no_lead_in_stays_unresolved():
    assert _bullet_he("Dalton spoke to the paper.\n\n⦁ He says the rules won't matter.") == ""
    assert _bullet_he("Dalton told the paper:\n\nHe says the rules won't matter.") == ""


def _they_labels(text: str) -> list[str]:
    return _labels(text, ("they",))


def test_they_is_not_one_thing_named_by_a_singular_noun():
    text = ("Since the movement is made of anarchists, its activists trust little. An activist journal said the left "
            "offers serious answers. They prefer direct action.")
    labels = _they_labels(text)
    assert labels and all("journal" not in label for label in labels), labels


def test_they_after_the_left_or_an_anonymous_source_stays_possible():
    left = "The left argued that the bill was weak. They said it would fail."
    assert any("left" in label for label in _they_labels(left)), _they_labels(left)
    source = "One source familiar with the talks described the mood as tense. They said no deal was near."
    assert any("source" in label for label in _they_labels(source)), _they_labels(source)


def test_they_after_some_of_a_group_stays_the_group():
    text = "Some of the protesters told reporters the march would go on. They said the city had ignored them."
    labels = _they_labels(text)
    assert labels and "protesters" in labels[-1], labels
