"""Hedging: epistemic hedges that weaken commitment to a claim.

Lexicon ``hedges.txt`` (Hyland 2005; Recasens et al. 2013; CoNLL-2010 weasel
cues) with context rules for the common false positives:

* ``May`` as the month ("May 5", "in May", "May 2017") is not a hedge;
* ``could not`` / ``could never`` state an inability, not a possibility;
* approximators (``about``, ``around``, ``some``, ``up to`` ...) hedge only a
  number that follows ("about 40 people"), not "talked about";
* ``think tank`` is not thinking.

Higher value: more hedges per 1,000 words, i.e. more tentative writing.
"""
from __future__ import annotations

from ..lexicons import Match
from ..text import Doc
from ..types import FeatureResult
from ._base import Context, is_number, rate_result
from .lexical import category_measures, collect, word_after

NAME = "hedging"
MEANING = "Words that soften a claim (may, reportedly, it is believed): higher = more tentative."

_MONTH_NEIGHBOURS = frozenset({"in", "on", "since", "until", "till", "by", "early", "late", "mid",
                               "last", "next", "this", "of", "from", "through", "during", "before",
                               "after"})
_APPROX_EXEMPT = frozenset({"virtually", "practically", "more or less", "or so"})


def _number_follows(doc: Doc, stop: int) -> bool:
    j = stop
    if j < len(doc.tokens) and doc.tokens[j] in ("$", "£", "€", "¥"):
        j += 1
    return is_number(doc, j)


def keep(doc: Doc, match: Match) -> str | None:
    entry = match.entry
    first = match.first
    if entry.category == "modal" and len(entry.words) == 1:
        word = entry.words[0]
        if word == "may" and doc.tokens[first] == "May":
            before = doc.norms[first - 1] if first > 0 else ""
            sentence = doc.sentences[doc.sentence_of[first]]
            at_start = sentence.first == first or not any(doc.is_word[sentence.first:first])
            if not at_start or is_number(doc, first + 1) or before in _MONTH_NEIGHBOURS \
                    or (first > 0 and doc.norms[first - 1][:1].isdigit()):
                return "the month May"
        if word == "could" and word_after(doc, first) in ("not", "never"):
            return "could not: inability, not possibility"
    if entry.category == "approximator" and entry.term not in _APPROX_EXEMPT:
        if not _number_follows(doc, match.stop):
            return "approximator without a number"
    if entry.term in ("think", "thinks") and word_after(doc, first) in ("tank", "tanks"):
        return "think tank"
    return None


def compute(ctx: Context) -> FeatureResult:
    """Hedges per 1,000 words (title and text)."""
    evidence = collect(ctx, NAME, "hedges", keep)
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "hedges", evidence))
