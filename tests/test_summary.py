"""The summary of a comparison says only what the evidence carries: enough occurrences, the counts
behind a ratio, and never a value flagged as unreliable."""
from __future__ import annotations

import framing
from framing.types import Article

FILLER = ("The council met on Tuesday to discuss the budget for the coming year and the state of the "
          "roads in the northern district. ")


def _profile(ident: str, sentences: list[str], filler: int = 12) -> framing.Profile:
    text = FILLER * filler + " ".join(sentences)
    return framing.analyze(Article(id=ident, title="The council meets", text=text))


def _bullets(a, b, about: str) -> list[str]:
    return [line for line in framing.compare([a, b]).summary if about in line]


def test_two_occurrences_are_not_a_headline_and_three_are():
    quiet = _profile("a", [])
    two = _profile("b", ["It was great!", "It was fine!"])
    three = _profile("c", ["It was great!", "It was fine!", "It was over!"])
    assert two["style"].measure("exclamations").count == 2
    assert _bullets(quiet, two, "exclamation") == []
    got = _bullets(quiet, three, "exclamation")
    assert len(got) == 1 and got[0].startswith("B uses ") and "(3 in all); A uses none." in got[0]


def test_a_ratio_says_the_counts_it_rests_on():
    few = _profile("a", ["It was great!"])
    many = _profile("b", ["It was great!", "It was fine!", "It was over!", "It is done!", "Go home!"])
    got = _bullets(few, many, "exclamation")
    assert len(got) == 1 and "4.8x as many" in got[0] and "(17.06 vs 3.55; 5 and 1 in all)" in got[0]


def test_a_gap_of_two_at_the_same_length_is_not_a_headline():
    three = _profile("a", ["It was great!", "It was fine!", "It was over!"])
    five = _profile("b", ["It was great!", "It was fine!", "It was over!", "It is done!", "Go home!"])
    assert _bullets(three, five, "exclamation") == []


def test_a_reading_grade_from_a_few_words_is_never_summarised():
    short = framing.analyze(Article(id="a", title="Notice", text="Meeting postponed indefinitely owing to "
                                    "unforeseeable organisational circumstances."))
    long = _profile("b", [], filler=20)
    assert short["readability"].note.startswith("low confidence")
    assert abs(short["readability"].value - long["readability"].value) >= 2
    assert _bullets(short, long, "grades") == []
