"""Speculation and prediction: forecasts, time horizons and conditional threats.

Lexicon ``speculation.txt`` (categories ``forecast``, ``conditional``,
``future``). Rules:

* a forecast cue counts as it is ("likely to", "expected to", "within the next");
* a conditional (``if``, ``unless`` ...) counts only as a *conditional
  prediction*: its sentence must go on to a consequence (will, would, 'll,
  could, means, it's war ...). The evidence is the clause from the conditional
  word to the end of the sentence. "as if", "even if", "asked if" and the
  like are not predictions.

Higher value: more forecasting per 1,000 words.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from ...types import Evidence, FeatureResult
from ..context import Context
from ..evidence import rate_result, span_evidence
from .lexical import category_measures, collect, word_before

NAME: Final = "speculation"

_CONSEQUENCE: Final = frozenset({"will", "would", "'ll", "could", "might", "may", "means", "mean", "then",
                                 "won't", "wouldn't", "shall", "it's", "going", "gonna"})
_NOT_CONDITIONAL_BEFORE: Final = frozenset({"as", "even", "asked", "ask", "asks", "asking", "know", "knows",
                                            "knew", "see", "wonder", "wondered", "unclear", "clear",
                                            "whether", "decide", "decided", "determine", "tell", "check",
                                            "doubt", "only", "what"})


def _consequence_after(doc: Doc, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[stop - 1]]
    norms = doc.norms
    seen_break = False
    for j in range(stop, sentence.stop):
        tok = norms[j]
        if tok in (",", ";", "—", "-", ":", "then"):
            seen_break = True
        if seen_break and (tok in _CONSEQUENCE or tok.endswith("'ll") or tok == "war"):
            return True
    return False


def keep(doc: Doc, match: Match) -> "str | Match | None":
    if match.entry.category != "conditional":
        return None
    if word_before(doc, match.first) in _NOT_CONDITIONAL_BEFORE:
        return "not a condition"
    if not _consequence_after(doc, match.stop):
        return "condition without a predicted consequence"
    sentence = doc.sentences[doc.sentence_of[match.first]]
    stop = sentence.stop
    while stop - 1 > match.first and not doc.is_word[stop - 1] and doc.tokens[stop - 1] in ".!?":
        stop -= 1
    return Match(match.entry, match.first, stop)


def compute(ctx: Context) -> FeatureResult:
    """Forecast cues and conditional predictions per 1,000 words."""
    evidence: list[Evidence] = []
    for e in collect(ctx, NAME, "speculation", keep):
        if e.measure == "conditional":
            doc = ctx.title if e.field == "title" and ctx.title is not None else ctx.text
            e = span_evidence(NAME, "conditional", doc,
                              e.start, e.end, e.rule.replace("[conditional]", "[conditional prediction]"),
                              label=e.label)
        evidence.append(e)
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "speculation", evidence))
