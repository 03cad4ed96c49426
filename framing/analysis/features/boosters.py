"""Boosters: words and phrases of certainty ("clearly", "make no mistake").

Lexicon ``boosters.txt`` (Hyland 2005 boosters; factives and certainty markers
from Recasens et al. 2013). Context rules:

* a negated booster ("not clear", "never certain") expresses doubt, not certainty;
* ambiguous adjectives (``certain``, ``clear``, ``sure`` ...) count only when
  they assert certainty: after a copula or degree word ("it is clear", "quite
  sure") or before ``that``/``to``/``of`` ("certain that"); "certain areas" is
  not certainty;
* a booster verb after a determiner is a noun ("a show of force").

Higher value: more certainty markers per 1,000 words of the writer's own, i.e. more assertive writing.
The value counts the writer's own voice: spans outside direct quotations per 1,000
own-voice words (the words outside quotation marks, so quotations neither add to the
rate nor thin it); spans inside them stay evidence, labelled ``quoted``, and are the
measure ``quoted`` (per 1,000 quoted words). See ``evidence.rate_result``.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from ...types import FeatureResult
from ..context import Context
from ..evidence import rate_result
from .lexical import COPULAS, DETERMINERS, NEGATORS, category_measures, collect, word_after, word_before

NAME: Final = "boosters"

_PREDICATIVE_ONLY: Final = frozenset({"certain", "clear", "sure", "true", "real", "plain", "sound",
                                      "definite", "firm", "positive", "evident", "obvious", "undeniable",
                                      "convinced", "confident"})


def keep(doc: Doc, match: Match) -> str | None:
    entry = match.entry
    first = match.first
    before = word_before(doc, first)
    if before in NEGATORS or before.endswith("n't") or (
            before in COPULAS and word_before(doc, first - 1) in NEGATORS):
        return "negated booster"
    if len(entry.words) == 1:
        word = entry.words[0]
        if word in _PREDICATIVE_ONLY:
            after = word_after(doc, first)
            if before not in COPULAS and after not in ("that", "to", "of", "whether", "about"):
                return "attributive adjective"
        if entry.category == "verb" and before in DETERMINERS:
            return "noun use"
    return None


def compute(ctx: Context) -> FeatureResult:
    """Boosters per 1,000 words (title and text)."""
    evidence = collect(ctx, NAME, "boosters", keep)
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "boosters", evidence))
