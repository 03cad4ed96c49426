"""Report verbs used of an official act or a taking, not of words (curated by reading the AllSides dev corpus and
the own reading of issue 13's eleventh pass, seed 3131): a state of emergency or a bankruptcy declared ("the
county declared a state of emergency", "the company declared bankruptcy in May"), lives, a seat or a person
claimed ("the conflict has claimed the lives of 8,000", "pundits have claimed him as one of their own"), and a
conditional confirmation ("If confirmed, the use of cluster bombs could ...", "... if confirmed as attorney
general"): an act, a vote or a hypothesis, nobody's words.
"declared victory", "declared that the war was over", "claimed responsibility for the attack", "claimed credit",
"claimed the vote was rigged" and "the Pentagon confirmed that ..." stay cues: they report what a source said.
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_DECLARE: Final = frozenset({"declare", "declares", "declared", "declaring"})
# what a declaration brings into force (an act of office), not what a source says
_DECLARED_STATES: Final = frozenset({"emergency", "emergencies", "bankruptcy", "martial", "disaster", "disasters",
                                     "holiday", "ceasefire", "cease-fire", "truce", "moratorium", "quarantine",
                                     "curfew", "lockdown"})
# words between the verb and what it brings into force ("a national emergency", "a state of public health emergency")
_BEFORE_STATE: Final = frozenset({"a", "an", "the", "its", "his", "their", "state", "of", "national", "public",
                                  "health", "federal", "statewide", "local", "major", "new", "formal", "official",
                                  "chapter", "11", "7", "9", "citywide", "countywide", "emergency"})
_CLAIM: Final = frozenset({"claim", "claims", "claimed", "claiming"})
# what a claim takes, when it is a taking: lives, a seat, a title
_TAKEN: Final = frozenset({"lives", "life", "seat", "seats", "title", "titles", "crown", "throne", "prize", "prizes",
                           "trophy", "medal", "medals"})
_OWN_AFTER: Final = 7  # tokens after the object in which "as (one of) their own" may stand
_POSSESSIVES: Final = frozenset({"their", "his", "her", "its", "our", "my", "your"})
_CONFIRM: Final = frozenset({"confirmed"})
_CONDITIONS: Final = frozenset({"if", "once", "unless", "until", "when", "after"})


def _state_declared(doc: Doc, k: int) -> bool:
    """"declared a state of emergency", "declared bankruptcy", "did declare a public health emergency"."""
    norms = doc.norms
    n = len(norms)
    j = k + 1
    while j < n and j - k <= 6 and norms[j] in _BEFORE_STATE and norms[j] != "emergency":
        j += 1
    return j < n and norms[j] in _DECLARED_STATES


def _taken(doc: Doc, k: int) -> bool:
    """"has claimed the lives of", "claimed the seat", "have claimed him as one of their own"."""
    norms = doc.norms
    n = len(norms)
    j = k + 1
    if j < n and norms[j] in ("the", "a", "his", "her", "their", "its", "two", "three", "many", "more"):
        j += 1
    if j < n and norms[j] in _TAKEN:
        return True
    # "claimed him as (one of) their own": adopting a person, not a claim of words
    for a in range(k + 1, min(n, k + 1 + _OWN_AFTER)):
        if norms[a] == "as":
            rest = norms.between(a + 1, min(n, a + 5))
            return "own" in rest and any(w in _POSSESSIVES for w in rest)
        if norms[a] in ("that", ",", ":") or not doc.is_word[a]:
            return False
    return False


def _conditional_confirmation(doc: Doc, k: int, first: int, stop: int) -> bool:
    """"If confirmed, ...", "if confirmed as attorney general", "once confirmed by the Senate": a reduced
    conditional, a vote or a hypothesis (nobody named confirms anything); not "if confirmed that"."""
    norms = doc.norms
    n = len(norms)
    if stop - first != 1 or first == 0 or norms[first - 1] not in _CONDITIONS:
        return False
    return not (k + 1 < n and norms[k + 1] == "that")


def performative_cue(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a state declared, a taking claimed or a conditional "if confirmed"?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    w = doc.norms[k]
    if w in _DECLARE:
        return _state_declared(doc, k)
    if w in _CLAIM:
        return _taken(doc, k)
    return w in _CONFIRM and _conditional_confirmation(doc, k, first, stop)
