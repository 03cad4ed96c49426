""""Propose" of a measure put forward, not words or a view (thirteenth pass: readers' judgments of issue 13, where
all five "propose" spans judged were wrong, the last in seed 2828; second round: readers of draws 2929 and 3030
marked every judged "propose" wrong, 8 of 8; read on the AllSides dev corpus):

- a measure to be taken: "The administration threw a scare into the industry by proposing to scale back the
  requirement", "He proposed to add six new justices to the court", "Obama proposed barring people from making
  contributions", "One thing the agency hasn't proposed changing";
- a document or a policy put forward: "McConnell proposed a clean bill", "the agency proposed a 2016 volume
  mandate", "has proposed major cuts", "the budget Obama proposed last year", "what Hagel is proposing.";
- the participle of a measure: "Trump's proposed budget", "the freeze proposed by the Chinese".

A view stays a cue: "Scholars have proposed that these trends reflect ...", "I propose we ...", "proposed a theory
that ...". PolNeAR's annotators count a policy proposal as an attribution ("He proposes doing away with the
mandate"): :func:`.cues.acting_cue` asks :func:`proposes_a_measure` (through ``sense_cues``) with the verbs of
acting, so that ``framing evaluate`` adds these back by PolNeAR's definition. Every look is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_PROPOSE: Final = frozenset({"propose", "proposes", "proposed", "proposing"})
# what opens a clause that states a view ("proposed that ...", "I propose we ...")
_CLAUSE_OPENERS: Final = frozenset({"that", "whether", "how", "why", "he", "she", "they", "we", "i", "there",
                                    "you"})
# what a source proposes that is a view, not a measure ("proposed a theory that ...")
_VIEWS: Final = frozenset({"theory", "theories", "hypothesis", "hypotheses", "explanation", "explanations", "idea",
                           "ideas", "notion", "interpretation", "reading", "definition", "model", "argument"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "another", "his", "her", "their", "its", "our", "new",
                                 "different", "alternative", "competing", "simple", "novel", "radical"})
_REACH: Final = 4  # tokens looked at after the verb


def _states_a_view(doc: Doc, k: int) -> bool:
    """ "proposed that ...", "proposed instead that ...", "propose we ...", "proposed a theory", "proposed: “...”": a view
    or words, not a measure."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    j = k + 1
    while j < n and j - k <= 2 and (norms[j] in ("instead", "also", "then", "once") or norms[j].endswith("ly")
                                    and doc.is_word[j]):
        j += 1  # "proposed instead that", "proposed recently that"
    if j >= n:
        return False  # "what Hagel is proposing.": the measure stands before it
    if norms[j] in _CLAUSE_OPENERS or tokens[j] == ":":
        return True
    while j < n and j - k <= _REACH and norms[j] in _DETERMINERS:
        j += 1
    return j < n and norms[j] in _VIEWS


def proposes_a_measure(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` propose a measure, a policy or a document ("proposing to scale back",
    "proposed barring people", "proposed a bill", "Trump's proposed budget"), not a view ("proposed that ...")?"""
    for k in range(first, stop):
        if doc.norms[k] in _PROPOSE and not _states_a_view(doc, k):
            return True
    return False
