"""Loaded entries used as a term of art of the law, of medicine or of zoology, which judges nobody (fourteenth
pass, round 3: classes the independent readers of draws 3636/3737 and the round-3 fresh draw judged wrong):

* "recklessly" / "reckless" in a legal standard of mind: "acted intentionally or recklessly", "knowingly or
  recklessly", "recklessly or negligently": the state of mind a statute or a court requires, named
  ("The Obama administration recklessly chose to ...", "a reckless provocation" stay);
* "catastrophic" of an injury or of public health: "caused multiple catastrophic injuries", "amid catastrophic
  public health and economic crises": the medical grade of a harm, described ("a catastrophic failure of
  leadership", "catastrophic consequences" stay);
* "predator(s)" of animals: "sedentary predators that ambush their prey", "apex predators": the animal's place
  in the food chain ("sexual predators", "online predators" stay). Looked for within ``_ANIMAL_REACH`` words.
* (sixteenth pass, round 2: readers of draw 5050 judged "the same perverse incentives will be at work" wrong,
  "a standard economics term") "perverse incentive(s)": the economist's name for a rule that rewards what it
  meant to prevent, which judges nobody ("a perverse decision", "perverse appetites" stay).
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_RECKLESS: Final = frozenset({"reckless", "recklessly"})
# the other grades of a legal standard of mind, joined to "recklessly" by "or"/"and"
_MENTAL_STATES: Final = frozenset({"intentionally", "knowingly", "willfully", "wilfully", "purposely",
                                   "purposefully", "negligently", "deliberately", "intentional", "knowing",
                                   "willful", "wilful", "negligent", "grossly"})
_CATASTROPHIC: Final = frozenset({"catastrophic"})
_MEDICAL_HARMS: Final = frozenset({"injury", "injuries", "injured", "wound", "wounds", "brain", "head", "spinal",
                                   "bleeding", "burns", "illness", "illnesses", "health", "medical", "trauma"})
_PREDATORS: Final = frozenset({"predator", "predators"})
_ANIMAL_WORDS: Final = frozenset({
    "prey", "species", "animal", "animals", "wildlife", "fish", "sharks", "shark", "birds", "bird", "mammals",
    "wolves", "wolf", "bears", "bear", "lions", "lion", "snakes", "insects", "ecosystem", "ecosystems", "apex",
    "habitat", "habitats", "zoo", "zoologist", "biologist", "biologists", "coyotes", "foxes", "cats", "owls",
    "hawks", "eagles", "whales", "seals", "reptiles", "marine", "natural", "rodents", "deer", "livestock"})
_ABSURD: Final = frozenset({"absurd"})
_RESULTS: Final = frozenset({"result", "results"})
_BRAGGING: Final = frozenset({"bragging"})
_PERVERSE: Final = frozenset({"perverse"})
_INCENTIVES: Final = frozenset({"incentive", "incentives"})
_ANIMAL_REACH: Final = 12  # words on each side, within the sentence


def _word(doc: Doc, k: int) -> str:
    return doc.norms[k] if 0 <= k < len(doc.norms) and doc.is_word[k] else ""


def _legal_standard(doc: Doc, first: int, stop: int) -> bool:
    """ "intentionally or recklessly", "recklessly or negligently": joined by "or"/"and" to another grade."""
    before = _word(doc, first - 1)
    if before in ("or", "and") and _word(doc, first - 2) in _MENTAL_STATES:
        return True
    return _word(doc, stop) in ("or", "and") and _word(doc, stop + 1) in _MENTAL_STATES


def _among_animals(doc: Doc, first: int, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    low = max(sentence.first, first - _ANIMAL_REACH)
    high = min(sentence.stop, stop + _ANIMAL_REACH)
    return any(doc.norms[k] in _ANIMAL_WORDS for k in range(low, high) if k < first or k >= stop)


def term_of_art(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded word ``term`` at tokens ``[first, stop)`` is a legal, medical or zoological term of art
    (the reason shown), or None."""
    if term in _RECKLESS and _legal_standard(doc, first, stop):
        return "intentionally or recklessly: a legal standard of mind, named"
    if term in _CATASTROPHIC and (_word(doc, stop) in _MEDICAL_HARMS
                                  or _word(doc, stop) == "public" and _word(doc, stop + 1) == "health"):
        return "catastrophic injuries: the medical grade of a harm, described"
    if term in _PREDATORS and _among_animals(doc, first, stop):
        return "predators that ambush their prey: the animal's place in the food chain"
    if term in _ABSURD and _word(doc, stop) in _RESULTS:
        return "lead to absurd results: the legal canon against absurd readings, named"
    if term in _PERVERSE and _word(doc, stop) in _INCENTIVES:
        return "perverse incentives: the economist's term of art, naming a rule's effect"
    if term in _BRAGGING and _word(doc, stop) == "rights":
        return "bragging rights: the idiom for a win's credit, told"
    return None
