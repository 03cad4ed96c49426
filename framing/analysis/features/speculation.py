"""Speculation and prediction: forecasts, time horizons and conditional threats.

Lexicon ``speculation.txt`` (categories ``forecast``, ``conditional``,
``future``). Rules:

* a forecast cue counts as it is ("likely to", "expected to", "within the next");
* a conditional (``if``, ``unless`` ...) counts only as a *conditional
  prediction*: its sentence must go on to a consequence (will, would, 'll,
  could, means, it's war ...). The evidence is the clause from the conditional
  word to the end of the sentence (at most 80 tokens, so that a run-on text of
  conditionals stays linear in time and memory). "as if", "even if", "asked if" and the
  like are not predictions.

Higher value: more forecasting per 1,000 words of the writer's own.
The value counts the writer's own voice: spans outside direct quotations per 1,000
own-voice words (the words outside quotation marks, so quotations neither add to the
rate nor thin it); spans inside them stay evidence, labelled ``quoted``, and are the
measure ``quoted`` (per 1,000 quoted words). See ``evidence.rate_result``.
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
MAX_CLAUSE_TOKENS: Final = 80  # a conditional's evidence runs to the end of its sentence, at most this far

_CONSEQUENCE: Final = frozenset({"will", "would", "'ll", "could", "might", "may", "means", "mean", "then",
                                 "won't", "wouldn't", "shall", "it's", "going", "gonna"})
_NOT_CONDITIONAL_BEFORE: Final = frozenset({"as", "even", "asked", "ask", "asks", "asking", "know", "knows",
                                            "knew", "see", "wonder", "wondered", "unclear", "clear",
                                            "whether", "decide", "decided", "determine", "tell", "check",
                                            "doubt", "only", "what"})


_BREAKS: Final = frozenset({",", ";", "—", "-", ":", "then"})


def consequences_ahead(doc: Doc) -> list[bool]:
    """Per token j: does the rest of its sentence, from j on, hold a break (a comma, a dash, "then" ...)
    followed, there or later, by a consequence (will, would, 'll, it's war ...)? One pass from the end
    of each sentence, so that a text of many conditionals costs linear time."""
    norms = doc.norms
    ahead = [False] * len(norms)
    for sentence in doc.sentences:
        consequence_later = False
        found = False
        for j in range(sentence.stop - 1, sentence.first - 1, -1):
            tok = norms[j]
            if tok in _CONSEQUENCE or tok.endswith("'ll") or tok == "war":
                consequence_later = True
            if tok in _BREAKS and consequence_later:
                found = True
            ahead[j] = found
    return ahead


class _Conditionals:
    """The rule for conditional matches, with each document's :func:`consequences_ahead` worked out once."""

    def __init__(self) -> None:
        self.docs: list[Doc] = []
        self.ahead: list[list[bool]] = []

    def consequence_after(self, doc: Doc, stop: int) -> bool:
        for k in range(len(self.docs)):
            if self.docs[k] is doc:
                return stop < len(doc.norms) and self.ahead[k][stop] \
                    and doc.sentence_of[stop] == doc.sentence_of[stop - 1]
        self.docs.append(doc)
        self.ahead.append(consequences_ahead(doc))
        return self.consequence_after(doc, stop)

    def keep(self, doc: Doc, match: Match) -> "str | Match | None":
        return keep(doc, match, self)


def keep(doc: Doc, match: Match, conditionals: _Conditionals | None = None) -> "str | Match | None":
    if match.entry.category != "conditional":
        return None
    if word_before(doc, match.first) in _NOT_CONDITIONAL_BEFORE:
        return "not a condition"
    if not (conditionals or _Conditionals()).consequence_after(doc, match.stop):
        return "condition without a predicted consequence"
    sentence = doc.sentences[doc.sentence_of[match.first]]
    stop = min(sentence.stop, match.first + MAX_CLAUSE_TOKENS)
    while stop - 1 > match.first and not doc.is_word[stop - 1] and doc.tokens[stop - 1] in ".!?":
        stop -= 1
    return Match(match.entry, match.first, stop)


def compute(ctx: Context) -> FeatureResult:
    """Forecast cues and conditional predictions per 1,000 words."""
    evidence: list[Evidence] = []
    for e in collect(ctx, NAME, "speculation", _Conditionals().keep):
        if e.measure == "conditional":
            doc = ctx.title if e.field == "title" and ctx.title is not None else ctx.text
            e = span_evidence(NAME, "conditional", doc,
                              e.start, e.end, e.rule.replace("[conditional]", "[conditional prediction]"),
                              label=e.label)
        evidence.append(e)
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "speculation", evidence))
