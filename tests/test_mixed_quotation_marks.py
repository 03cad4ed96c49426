"""Quotation marks as scraped pages mix them ('"We will win,” she said'), and whose words a quotation is
when its sentence has more than one attribution. Sentences written for the test."""
from __future__ import annotations

import pytest
from conftest import profile

from framing.analysis.context import quotation_spans


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quotation_spans(text)]


@pytest.mark.parametrize("text, quotes", [
    # a straight opening mark closed by a curly one, then a curly quotation: two quotations, not one run
    ('"We will win the vote,\u201d the senator said. \u201cWe have the numbers.\u201d',
     ['"We will win the vote,\u201d', '\u201cWe have the numbers.\u201d']),
    # a curly opening mark closed by a straight one
    ('\u201cThe plan is dead," the aide said. "Nobody wants it."',
     ['\u201cThe plan is dead,"', '"Nobody wants it."']),
    # a straight opening mark after a curly quotation's own straight closing one
    ('\u201cIt is over" said the coach, and "we move on\u201d he added.',
     ['\u201cIt is over"', '"we move on\u201d']),
    # a curly quotation nested inside a straight one stays inside it
    ('"He told me \u201cnever again\u201d and left," she said.', ['"He told me \u201cnever again\u201d and left,"']),
    # a straight quotation nested inside a curly one stays inside it
    ('\u201cHe called it "a disgrace" and left,\u201d she said.', ['\u201cHe called it "a disgrace" and left,\u201d']),
    # styles that do not mix are paired as before
    ('"One," he said. "Two."', ['"One,"', '"Two."']),
    ('\u201cOne,\u201d he said. \u201cTwo.\u201d', ['\u201cOne,\u201d', '\u201cTwo.\u201d']),
])
def test_mixed_quotation_marks_pair_into_the_quotations_a_reader_sees(text, quotes):
    assert _quoted(text) == quotes


def _quote_labels(text: str) -> dict[str, str]:
    ev = profile(text).features["sourcing"].evidence
    return {e.text: e.label for e in ev if e.role == "quote"}


def test_a_quotation_belongs_to_the_cue_before_it_not_a_later_one_in_its_sentence():
    text = ('Senator Maria Lopez said the governor had "crossed a line that no one should cross" by noting '
            'that the union had praised the bill.')
    assert _quote_labels(text) == {'"crossed a line that no one should cross"': "quoting Maria Lopez"}


def test_a_quotation_with_no_cue_before_it_belongs_to_the_first_cue_after_it():
    text = ('\u201cThe budget is balanced and the schools will open on time,\u201d Mayor John Harris said, while '
            'council chairman Tom Baker told reporters that the plan was late.')
    assert _quote_labels(text) == {
        '\u201cThe budget is balanced and the schools will open on time,\u201d': "quoting John Harris"}
