"""Modals of an option open to someone, a definition, a listed form or a plant's output, and a literal
look, fourteenth pass (read on the AllSides dev corpus; the session-34 fresh draw of modal hedges and the
independent readers of 3131/3535 judged them wrong: "option, not softening", "could be either X or Y
lists forms", "capacity 'could' of a reactor").

:func:`.hedge_modal_abilities.ability_reading` asks :func:`option_reading` of a single-word modal, and
:func:`.hedge_word_senses.plain_word_sense` asks :func:`looking_well_or_ill` of "appear to", so the
WikiWeasel figures and the learned filter are left as they are; each rule returns why the match is no
hedge ('' if it may be one):

* :func:`open_option_could`: "could" of what someone is free to choose (Coates 1983: root "could"):
  a sentence opening "Or" + a short subject ("Or they could take the safer route", "Or the lawmakers
  could override"), "could take (various / such / small ...) steps / action / measures / control",
  and a person's "could argue / contend / point to"; "Or it could be ...", "it could take months" (what
  may happen, or how long) stay;
* :func:`defining_could`: "could be defined / classified / counted as" (a criterion met, "about four
  incidents a year could be defined as mass shootings") and "could be either X or Y" (the forms a thing
  takes, "a rule, which could be either a regulation or a guidance"); "could be considered" stays;
* :func:`plant_output_could`: "a reactor / plant / facility that (eventually) could make / produce"
  what it is built to put out, like the weapons' reach of :mod:`.hedge_readings`;
* :func:`looking_well_or_ill`: "people who appear to be healthy / sick": how someone looks, not a
  softened claim; "the effort appears to be dead" stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_CHOOSING_SUBJECT_REACH: Final = 3  # words of the subject between "Or" and "could"
# verbs after "Or X could" of what may be or happen, not of an act chosen
_NOT_CHOSEN: Final = frozenset({"be", "have", "mean", "become", "end", "prove", "lead", "cause", "result", "get",
                                "happen", "turn", "go", "also", "even", "well", "easily", "not", "never",
                                "present", "face", "lose", "fail", "hurt", "cost"})
_NON_AGENTS: Final = frozenset({"it", "this", "that", "which", "there", "these", "those", "what"})
_OPTION_NOUNS: Final = frozenset({"steps", "step", "action", "actions", "measures", "control", "route"})
_TAKE_REACH: Final = 5  # words between "take" and the noun of act ("take small but symbolically important steps")
_ARGUING: Final = frozenset({"argue", "contend", "counter", "retort"})


def open_option_could(doc: Doc, match: Match) -> str:
    """Why a "could" states an option open to someone ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word, tokens = doc.norms, doc.is_word, doc.tokens
    verb = word_after(doc, first)
    subject = word_before(doc, first)
    if not verb or not subject or subject in _NON_AGENTS:
        return ""
    if verb in _ARGUING or verb == "point" and word_after(doc, first + 1) == "to":
        return "Obama could argue / who could point to: what someone is free to say, not a possibility"
    if verb == "take":
        stop = min(len(tokens), first + 2 + _TAKE_REACH)
        for k in range(first + 2, stop):
            if not is_word[k]:
                break
            if norms[k] in _OPTION_NOUNS:
                return "Mexico could take various steps: an option open to someone, not a possibility"
    if verb in _NOT_CHOSEN:
        return ""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    lo = max(sentence_first, first - 1 - _CHOOSING_SUBJECT_REACH)
    for k in range(first - 1, lo - 1, -1):
        if not is_word[k]:
            return ""
        if norms[k] == "or" and tokens[k] == "Or" and (k == sentence_first or not is_word[k - 1]):
            return "Or they could take the safer route: an option set beside another, not a possibility"
    return ""


_DEFINING: Final = frozenset({"defined", "classified", "categorized", "categorised", "counted"})
_EITHER_REACH: Final = 10  # tokens from "either" to its "or"


def defining_could(doc: Doc, match: Match) -> str:
    """Why "could be defined as" / "could be either X or Y" states a criterion or the forms a thing takes
    ('' if it may hedge)."""
    if match.entry.words not in (("could",), ("may",)):
        return ""
    first = match.first
    if word_after(doc, first) != "be":
        return ""
    nxt = word_after(doc, first + 1)
    if nxt in _DEFINING and word_after(doc, first + 2) == "as":
        return "could be defined as: a criterion met, not a possibility"
    if nxt == "either":
        stop = min(doc.sentences[doc.sentence_of[first]].stop, first + 3 + _EITHER_REACH)
        if any(doc.is_word[k] and doc.norms[k] == "or" for k in range(first + 3, stop)):
            return "could be either X or Y: the forms a thing takes, not a possibility"
    return ""


_PLANTS: Final = frozenset({"reactor", "reactors", "plant", "plants", "facility", "facilities", "factory",
                            "factories", "refinery", "refineries", "centrifuges", "mine", "mines"})
_OUTPUTS: Final = frozenset({"make", "produce", "generate", "enrich", "process", "refine", "build", "supply"})
_PLANT_ADVERBS: Final = frozenset({"eventually", "soon", "now", "then", "ultimately"})


def plant_output_could(doc: Doc, match: Match) -> str:
    """Why "a reactor that (eventually) could make" states what a plant is built to put out ('' if it may
    hedge)."""
    if match.entry.words != ("could",) or word_after(doc, match.first) not in _OUTPUTS:
        return ""
    k = match.first - 1
    if k >= 0 and doc.is_word[k] and doc.norms[k] in _PLANT_ADVERBS:
        k -= 1
    if k < 1 or not doc.is_word[k] or doc.norms[k] not in ("that", "which") or not doc.is_word[k - 1]:
        return ""
    if doc.norms[k - 1] in _PLANTS:
        return "a reactor that could make plutonium: what a plant is built to put out, not a possibility"
    return ""


def option_reading(doc: Doc, match: Match) -> str:
    """Why this single-word modal states an option, a definition, listed forms or a plant's output ('' if
    it may hedge)."""
    return open_option_could(doc, match) or defining_could(doc, match) or plant_output_could(doc, match)


_LOOKS: Final = frozenset({"healthy", "sick", "ill", "well", "asymptomatic", "symptomatic", "unwell", "fit"})
_LOOKERS: Final = frozenset({"who", "don't", "doesn't", "didn't", "not"})


def looking_well_or_ill(doc: Doc, first: int) -> str:
    """Why "people who appear to be healthy" at token ``first`` ("appear") states how someone looks ('' if
    it may hedge)."""
    if doc.norms[first] not in ("appear", "appears", "appeared", "seem", "seems", "seemed"):
        return ""
    if word_after(doc, first) != "to" or word_after(doc, first + 1) != "be" \
            or word_after(doc, first + 2) not in _LOOKS or word_before(doc, first) not in _LOOKERS:
        return ""
    return "people who appear to be healthy: how someone looks, not a softened claim"
