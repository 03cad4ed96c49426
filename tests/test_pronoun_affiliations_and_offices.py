"""A speaking he/she stands for the person quoted with their firm, not the firm ("Laura Vance of Crestline
Funds. She notes": :mod:`framing.analysis.features.sourcing.speaker_affiliated_names`), and for an office with
the words that make it ("the attorney general", not "general":
:mod:`framing.analysis.features.sourcing.pronoun_office_names`). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_he_after_a_name_with_its_shop_is_the_person():
    text = ("Dryer sales have barely moved this spring, reports Walter Greene with Sunbelt Appliance in Tucson. "
            "Even so, he says, more buyers now ask about water use.")
    labels = _labels(text, ("he",))
    assert labels and "Walter Greene" in labels[-1] and "Sunbelt" not in labels[-1], labels


def test_she_after_a_name_of_its_fund_is_the_person():
    text = ("The swings are a return to normal after a calm year, says Laura Vance of Crestline Funds. "
            "She notes that the daily change has been small for a decade.")
    labels = _labels(text, ("she",))
    assert labels and "Laura Vance" in labels[-1] and "Crestline" not in labels[-1], labels


def test_a_title_before_of_keeps_the_name_after_it():
    text = ("The deal is weak, said Secretary of State Alan Pryce. He added that talks would go on.")
    labels = _labels(text, ("he",))
    assert labels and "Pryce" in labels[-1], labels


def test_he_after_the_attorney_general_is_the_whole_office():
    text = ("Members pressed the witness on the firing of the special counsel. "
            "\"I cannot offer an opinion on that today,\" the attorney general responded. "
            "He said he would not comment on pardons either.")
    labels = _labels(text, ("he",))
    assert labels and "attorney general" in labels[-1], labels


def test_he_after_the_former_president_is_still_the_president():
    text = ("Crowds waited for hours outside the hall. Then the former president walked in. "
            "He said the country was tired of fighting.")
    labels = _labels(text, ("he",))
    assert labels and labels[-1].endswith("(He = president)"), labels


def test_he_after_a_first_name_the_article_also_writes_in_lower_case_is_that_person():
    # "bill" is also a common word here (the bill), so "Bill" was read as a word opening the clause
    text = ("Andrew Pike, an economist, says the bill would help. \"The effects are slow,\" he says by email. "
            "Workers may lose jobs to machines. Asked recently about the bill, Bill Hollins expressed doubt, "
            "but he suggested a tax credit would serve. \"Nobody is rich enough for that,\" he wrote online.")
    labels = _labels(text, ("he",))
    assert len(labels) >= 2 and all("Bill Hollins" in lab for lab in labels[-2:]), labels


def test_a_common_word_opening_a_sentence_before_a_name_is_still_passed_over():
    text = ("Mayor Tom Reyes spoke first. Celebrating Columbus, he said the city would keep the parade.")
    labels = _labels(text, ("he",))
    assert labels and "Reyes" in labels[-1], labels
