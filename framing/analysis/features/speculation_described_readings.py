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
  alienating voters come November", "face the risk of alienating" stay);
- "imminently" in a legal test of a danger ("if the suspension would imminently threaten the safety of life",
  "a state that will imminently be subject to an attack", "reason to believe that she will imminently give
  birth") or for "eminently" ("imminently well-suited to"); "troops will imminently withdraw" stays;
- "projection(s) of" after a possessive, "the" or "such", with no figure after: estimates named ("closer to
  HHS's projections of the impact", "the projection of shortfall"); "projections of a heavy turnout" and "the
  Fed's projection of 3 percent growth" stay;
- "remains to be seen" right after a present "is" or "are" ("just how strong the economy is remains to be
  seen": the present state is unknown); "it remains to be seen whether he will ..." stays;
- a bare narrative "would soon" opening its sentence ("Obama would soon face the reality of pandemics"): a
  future in the past; "told him that she would soon speak" stays (a forecast reported).

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
# "would imminently threaten the safety of", "will imminently be subject to": a danger's legal test
_DANGER_TESTS: Final = frozenset({"threaten", "threatens", "endanger", "endangers", "be"})
_CRITERIA: Final = frozenset({"if", "where", "unless", "believe", "believes", "whether"})
_NAMING_BEFORE: Final = frozenset({"the", "such", "these", "those", "their", "its", "his", "her"})


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


def _imminently_not_a_forecast(doc: Doc, match: Match) -> bool:
    first, norms = match.first, doc.norms
    if match.entry.words != ("imminently",) or first + 1 >= len(norms):
        return False
    nxt = norms[first + 1]
    if nxt.startswith("well-") or nxt.endswith(("ed", "able", "ible")) and nxt not in ("need", "exceed"):
        return True  # "imminently well-suited / qualified / reasonable": "eminently" misspelled
    if nxt in _DANGER_TESTS:
        return True
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 10)
    return any(norms[k] in _CRITERIA for k in range(lo, first))


def _projections_named(doc: Doc, match: Match) -> bool:
    first, stop, norms = match.first, match.stop, doc.norms
    if match.entry.words not in (("projection",), ("projections",)) or first < 1:
        return False
    before = doc.tokens[first - 1]
    if not (norms[first - 1] in _NAMING_BEFORE or before.endswith(("'s", "’s"))):
        return False
    if stop < len(norms) and norms[stop] != "of":
        return False
    return not any(norms[k][:1].isdigit() or norms[k] in ("percent", "%") for k in range(stop, min(len(norms), stop + 5)))


def _narrative_would_soon(doc: Doc, match: Match) -> bool:
    first = match.first
    if match.entry.words != ("would", "soon"):
        return False
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    return first - sentence_first <= 2 and all(doc.is_word[k] and doc.tokens[k][:1].isupper()
                                               for k in range(sentence_first, first))


def described_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if _foresight_past_or_capacity(doc, match):
        return "seemed to anticipate / the failures to anticipate: past foresight or a capacity, no forecast"
    if _hazard_named(doc, match):
        return "pose a health risk of / the lowest risk of: a hazard's level named, not a forecast"
    if _imminently_not_a_forecast(doc, match):
        return "would imminently threaten / imminently well-suited: a legal test of a danger or 'eminently'"
    if _projections_named(doc, match):
        return "HHS's projections of the impact: estimates named, no forecast given"
    if match.entry.words == ("remains", "to", "be", "seen") and match.first > 0 \
            and doc.norms[match.first - 1] in ("is", "are"):
        return "how strong the economy is remains to be seen: a present state unknown, no forecast"
    if _narrative_would_soon(doc, match):
        return "Obama would soon face: a future in a past narrative"
    return ""
