"""A speaking he/she/they finds the person a reader would: a name set off by commas before "of" and a place
("Rep. Dana Kolb of Ohio, said"), a one-word name the article described before ("Jayden, a 17-year-old"), a
name after ", as" that opens a clause; a "they" after two persons cited together is the pair. Not: a name after
a verb before "of" ("accused Sinema of"). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_a_name_before_of_and_a_place_is_the_antecedent():
    text = ("Senator Ann Lowry spoke first. The panel's top Democrat, Rep. Dana Kolb of Ohio, said the program "
            "works. \"I would hate to see it end,\" he said.")
    labels = _labels(text, ("he",))
    assert labels and "Kolb" in labels[0], labels


def test_a_name_after_a_verb_before_of_is_no_antecedent():
    text = ("Martha Ruiz spoke at the rally. Ruiz never accused Kane of treason. She accused Kane of lying, "
            "she said.")
    labels = _labels(text, ("she",))
    assert labels and "Kane" not in labels[-1], labels


def test_a_one_word_name_described_before_is_the_antecedent():
    text = ("Economist Paul Varga said the losses last. Before the crisis, Jayden, a 17-year-old in Ohio, wanted "
            "to study. Now Jayden is not sure. \"I just want a real job,\" she told me.")
    labels = _labels(text, ("she",))
    assert labels and "Jayden" in labels[0], labels


def test_a_name_after_comma_as_opens_a_clause():
    text = ("Mr Rubio spoke to voters in Ohio. The plan is unrealistic, as Mr Rubio, who never criticises Mr Trump, "
            "cannot help but admit. \"The future is coming,\" he says.")
    labels = _labels(text, ("he",))
    assert labels and "Rubio" in labels[0], labels


def test_they_after_a_pair_is_the_pair():
    text = ("Senator Ann Lowry and Senator Bill Tate said the vote would come on Friday. They also said the "
            "bill would pass.")
    labels = _labels(text, ("they",))
    assert labels and "Lowry and" in labels[0] and "Tate" in labels[0], labels


def test_they_after_one_person_stays_unresolved():
    text = "Senator Ann Lowry said the vote would come on Friday. They also said the bill would pass."
    labels = _labels(text, ("they",))
    assert labels and "Lowry" not in labels[0], labels


def test_they_after_a_plural_group_is_the_group():
    text = ("The new plan was mocked by moderate Republicans on Monday. They note that the plan has passed "
            "nothing so far.")
    labels = _labels(text, ("they",))
    assert labels and "Republicans" in labels[0], labels


def test_they_after_a_group_inside_a_quotation_stays_unresolved():
    text = ("Mayor Ann Lowry spoke on Monday. \"Voters must not be held hostage by the cable companies,\" they "
            "wrote in the letter.")
    labels = _labels(text, ("they",))
    assert labels and "Voters" not in labels[0], labels


def test_they_after_a_group_spoken_to_stays_unresolved():
    text = "Mayor Ann Lowry spoke to reporters on Monday. They said the budget would pass."
    labels = _labels(text, ("they",))
    assert labels and "reporters" not in labels[0], labels


def test_they_after_one_unnamed_office_holder_is_not_the_office_holder():
    # "the president", an unnamed one person in the history (as a role noun leaves it), is no "they": the
    # plural group before the pronoun is
    from framing.analysis.features.sourcing.speakers import SpeakerMention, resolve_pronoun
    from framing.analysis.text import tokenize
    doc = tokenize("The president spoke. Many lawmakers wore white, they said.")
    they = list(doc.norms).index("they")
    president = SpeakerMention(0, 2, "anonymous", "president", "president")
    found = resolve_pronoun("they", None, [president], doc, they)
    assert found is None or "president" not in found.name, found
    spokesman = SpeakerMention(0, 2, "anonymous", "spokesmen", "spokesmen")  # a group stays a "they"
    doc2 = tokenize("The spokesmen spoke. Many lawmakers wore white, they said.")
    assert resolve_pronoun("they", None, [spokesman], doc2, they) is spokesman
