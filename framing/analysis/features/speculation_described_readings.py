"""Speculation cues and conditionals that describe a measure, a past foresight or a hazard, not a forecast
(ninth pass, round 2: the kinds the independent readers of seed 1818 judged wrong, read on the AllSides dev
corpus):

- a conditional that tells how a measure works: "If a majority of the House supports the resolution, it would
  authorize a lawsuit", "If a company does not comply, it would be penalized with an excise tax": the
  consequence is what the measure allows, requires or penalizes, and a measure (bill, resolution, law ...) is
  named in the sentence or just before it. "If the bill passes, millions would lose coverage" stays (the
  consequence is no provision verb), and so does "if elected, I will not permit ..." (no measure named);
- foresight of the past or a capacity to foresee: "an outcome he seemed to anticipate last week", "the failures
  to anticipate the tests of 1974", "to be able to anticipate" ("we anticipate that the Secretary will ..."
  stays);
- a hazard's level or kind named: "the bodies pose a public health risk of spreading disease", "the inmates
  with the lowest risk of violence", "the public is at low risk of contracting it" ("there's the risk of
  alienating voters come November", "face the risk of alienating" stay).

:mod:`.speculation` asks :func:`described_forecast_reading` and :func:`provision_conditional_reading`; each
returns why the match predicts nothing ('' if it may predict).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

# a measure whose workings a conditional may describe
_MEASURES: Final = frozenset({"bill", "bills", "resolution", "law", "laws", "legislation", "provision", "provisions",
                              "amendment", "act", "rule", "rules", "measure", "proposal", "regulation", "regulations",
                              "statute", "ordinance", "treaty", "mandate", "section", "clause", "program"})
# what a measure does to those it covers
_PROVISION_VERBS: Final = frozenset({"authorize", "authorizes", "authorized", "allow", "allowed", "permit",
                                     "permitted", "require", "required", "penalize", "penalized", "penalise",
                                     "penalised", "fined", "taxed", "subject", "entitled", "eligible", "barred",
                                     "prohibited", "disqualified", "exempt", "exempted", "compel", "compelled"})
# words between the modal and the provision verb ("it would then be penalized", "will also be subject")
_FILLERS: Final = frozenset({"be", "also", "then", "automatically", "immediately", "still", "only", "not", "become",
                             "instead", "legally", "effectively"})
_MODALS: Final = frozenset({"would", "will", "'ll", "shall"})
_MEASURE_REACH: Final = 60  # tokens looked back from the "if" for the measure (the previous sentence or two)
_SPAN_REACH: Final = 60  # tokens of the conditional looked at for its consequence

_FORESIGHT: Final = frozenset({"anticipate", "predict", "foresee", "forecast"})
# "seemed to anticipate", "the failures to anticipate", "failed to foresee", "to be able to anticipate"
_PAST_OR_CAPACITY: Final = frozenset({"seemed", "appeared", "failed", "failure", "failures", "managed", "able",
                                      "unable", "inability", "ability"})
# a hazard's level or its bearer: "a public health risk of", "the lowest risk of", "at low risk of"
_LEVELS: Final = frozenset({"low", "lower", "lowest", "high", "higher", "highest", "greater", "greatest", "minimal",
                            "negligible", "elevated", "increased", "heightened", "reduced", "little", "small",
                            "smaller", "big", "bigger", "significant", "serious", "grave"})
_POSE: Final = frozenset({"pose", "poses", "posed", "posing"})


def _provision_consequence(doc: Doc, first: int, stop: int) -> bool:
    """A modal followed, over a few fillers, by a provision verb in the conditional ("it would be penalized",
    "it would authorize")."""
    norms = doc.norms
    end = min(stop, first + _SPAN_REACH)
    for k in range(first + 1, end):
        if norms[k] in _MODALS or norms[k].endswith("'ll"):
            j = k + 1
            while j < end and j < k + 4 and norms[j] in _FILLERS:
                j += 1
            if j < end and norms[j] in _PROVISION_VERBS:
                return True
    return False


def _measure_named(doc: Doc, first: int, stop: int) -> bool:
    """A measure named in the conditional or up to ``_MEASURE_REACH`` tokens before it."""
    norms = doc.norms
    lo = max(0, first - _MEASURE_REACH)
    return any(norms[k] in _MEASURES for k in range(lo, min(stop, first + _SPAN_REACH)))


def provision_conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why the conditional from ``first`` to ``stop`` predicts nothing, by this module's reading ('' if it may)."""
    if _provision_consequence(doc, first, stop) and _measure_named(doc, first, stop):
        return "if a company does not comply, it would be penalized: how a measure works, not a forecast"
    return ""


def _foresight_past_or_capacity(doc: Doc, match: Match) -> bool:
    words, first, norms = match.entry.words, match.first, doc.norms
    if len(words) != 1 or words[0] not in _FORESIGHT or first < 2 or norms[first - 1] != "to":
        return False
    return norms[first - 2] in _PAST_OR_CAPACITY


def _hazard_named(doc: Doc, match: Match) -> bool:
    words, first, norms = match.entry.words, match.first, doc.norms
    if words != ("risk", "of") or first < 1:
        return False
    if norms[first - 1] in _LEVELS:
        return True
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 5)
    for k in range(first - 1, lo - 1, -1):
        if not doc.is_word[k]:
            return False
        if norms[k] in _POSE:
            return True
    return False


def described_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if _foresight_past_or_capacity(doc, match):
        return "seemed to anticipate / the failures to anticipate: past foresight or a capacity, no forecast"
    if _hazard_named(doc, match):
        return "pose a health risk of / the lowest risk of: a hazard's level named, not a forecast"
    return ""
