"""Alarmist language: fear and catastrophe terms, exaggeration, alarm idioms and
war declarations ("it's war", "that means war").

Lexicon ``alarmist.txt`` (categories ``fear``, ``intensifier``, ``idiom``,
``war``), built from the propaganda-technique definitions of Da San Martino et
al. (2019): appeal to fear, exaggeration, loaded language. Rules:

* a term that is negated right before ("no crisis", "not a disaster") is not
  counted;
* a single-word fear or exaggeration term is widened to its phrase like loaded
  wording (see ``phrases.extend``): the amplifiers and coordinated evaluative
  words around it and, for an adjective, the noun it modifies ("utterly
  catastrophic failure", "massive scale"); idioms and war declarations are
  kept as matched. The rule of widened evidence ends in ``· phrase``.

Higher value: more alarm per 1,000 words of the writer's own.
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
from .lexical import category_measures, word_before
from .evaluative_model import decide, to_evidence
from .phrases import lexicon_candidates

NAME: Final = "alarmist"


def keep(doc: Doc, match: Match) -> str | None:
    before = word_before(doc, match.first)
    if before in ("no", "not", "never") or (before in ("a", "an") and word_before(doc, match.first - 1)
                                             in ("not", "no", "never")):
        return "negated"
    return None


def candidates(ctx: Context):
    return lexicon_candidates(ctx, NAME, "alarmist", keep)


def compute(ctx: Context) -> FeatureResult:
    """Alarmist phrases per 1,000 words (title and text); ``war`` counts the "it's war" phrases."""
    evidence = to_evidence(NAME, decide(candidates(ctx)))
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "alarmist", evidence))
