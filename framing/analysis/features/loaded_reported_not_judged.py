"""Loaded words that report a charge, a suspicion, others' view or the speaker's own ordeal, and so judge
nobody in the writer's voice (fifteenth pass, round 2: classes the independent readers of draws 4343/4444 and
the round-2 fresh draw judged wrong; tallies over every judged row in the commit message):

* the name of a criminal charge: "sentenced on charges of 'spreading propaganda'", "two counts of predatory
  sexual assault", "charged with corrupt practices": the offence as the court names it ("convicted of a
  heinous crime" stays: "convicted" is not a naming of the charge);
* a suspicion reported: "an official suspected of corrupt practices" ("accused of shoddy work" stays: readers
  judged the accusation's own word loaded);
* what others find: "which some find morally repugnant", "many consider it offensive": a view reported as
  held by others ("most politicians would find shameless" stays: the writer's judgment through a would);
* (sixteenth pass, s36 fresh draw) a view perceived by others: "the establishment is seen as out of touch",
  "was widely viewed as heavy-handed": a copula and "seen", "viewed", "perceived" or "regarded" then "as", at
  most ``_AS_REACH`` words before the entry ("I see it as a disgrace", the writer's own seeing, stays, and so
  does a label quoted after "as": "they were regarded as “Muslim invaders”", the speaker's own word, which the
  PTC annotators mark). "Struck some as an ominous encroachment" stays too, though a reader of the fresh draw
  judged "struck some advocates as misguided" wrong: the PTC annotators mark it, and setting it aside lowered
  that agreement (F1 0.3591 -> 0.3589).
* the speaker's own ordeal: "the most miserable feeling in the world", "a frightening time for our city",
  "an exhausting day for all involved": how a time felt, told by who lived it ("a glorious moment",
  "a heartwarming moment" stay: they judge the moment);
* anti- a group as the name of a prejudice: "addressed anti-Blackness and racism": the topic named, as
  "racism" is ("anti-Semitic tropes" is left to the other rules).
Every look-back and look-ahead is a fixed number of tokens.

It also asks the sixteenth pass's modules (:mod:`.loaded_named_categories`, :mod:`.loaded_plain_descriptions`,
:mod:`.loaded_headline_lines`, :mod:`.loaded_effects_and_ordeals`), as every kind of loaded candidate (lexicon, emotive, valenced, label shape)
is read by this function.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .loaded_effects_and_ordeals import effect_or_ordeal
from .loaded_headline_lines import headline_line
from .loaded_named_categories import named_category
from .loaded_plain_descriptions import plain_description
from .lexical import QUOTE_MARKS

_CHARGE_NOUNS: Final = frozenset({"charges", "count", "counts"})  # not "his charge of a rigged system": an accusation
_CHARGE_REACH: Final = 3  # words between "charges of" and the loaded word ("of 'spreading propaganda'")
_SUSPECTED: Final = frozenset({"suspected"})
_OTHERS: Final = frozenset({"some", "many", "others", "critics", "opponents", "detractors"})
_FIND: Final = frozenset({"find", "finds", "found", "consider", "considers", "considered", "deem", "deems"})
_FIND_REACH: Final = 3  # "some find morally repugnant", "many consider it offensive"
_PERCEIVED: Final = frozenset({"seen", "viewed", "perceived", "regarded"})
_PERCEIVED_LINKS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "widely", "largely",
                                     "often", "generally", "increasingly", "long", "still", "also"})
_AS_REACH: Final = 2  # words between "as" and the entry ("as deeply misguided")
_ORDEAL_WORDS: Final = frozenset({"miserable", "frightening", "exhausting", "terrifying", "scary", "harrowing",
                                  "grueling", "gruelling", "agonizing", "heartbreaking", "painful", "stressful",
                                  "depressing", "lonely", "traumatic", "awful", "horrible", "horrifying"})
_ORDEAL_NOUNS: Final = frozenset({"feeling", "feelings", "time", "times", "day", "days", "night", "nights",
                                  "week", "weeks", "year", "years", "experience", "experiences", "ordeal"})
_PREJUDICE_NAMES: Final = frozenset({"anti-blackness", "anti-semitism"})


def _word(doc: Doc, k: int) -> str:
    return doc.norms[k] if 0 <= k < len(doc.norms) and doc.is_word[k] else ""


def _after_within(doc: Doc, first: int, reach: int, heads: frozenset[str], link: str) -> bool:
    """Is the loaded word at ``first`` within ``reach`` words after ``head link`` ("charges of")?"""
    sentence = doc.sentences[doc.sentence_of[first]]
    for k in range(max(sentence.first + 1, first - reach - 1), first):
        if doc.norms[k] == link and doc.norms[k - 1] in heads:
            return True
    return False


def _charge_named(doc: Doc, first: int) -> bool:
    if _after_within(doc, first, _CHARGE_REACH, _CHARGE_NOUNS, "of"):
        return True
    return _word(doc, first - 1) == "with" and _word(doc, first - 2) in ("charged", "charging")


def _others_find(doc: Doc, first: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    for k in range(max(sentence.first + 1, first - _FIND_REACH), first):
        if doc.norms[k] in _FIND and doc.norms[k - 1] in _OTHERS:
            return True
    return False


def _perceived_as(doc: Doc, first: int) -> bool:
    """"is seen as out of touch", "was widely viewed as heavy-handed": a view perceived, told as others'."""
    floor = doc.sentences[doc.sentence_of[first]].first
    for a in range(first - 1, max(floor, first - 2 - _AS_REACH), -1):
        if doc.norms[a] != "as":
            continue
        if any(doc.tokens[k] in QUOTE_MARKS for k in range(a + 1, first)):
            return False
        return a - 1 > floor and doc.norms[a - 1] in _PERCEIVED and doc.norms[a - 2] in _PERCEIVED_LINKS
    return False


def reported_not_judged(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded word ``term`` at tokens ``[first, stop)`` reports a charge, a suspicion, others' view or
    the speaker's ordeal rather than judging (the reason shown), or None."""
    if _charge_named(doc, first):
        return "charges of 'spreading propaganda': the name of a criminal charge"
    if _word(doc, first - 1) == "of" and _word(doc, first - 2) in _SUSPECTED:
        return "suspected of corrupt practices: a suspicion reported"
    if _others_find(doc, first):
        return "which some find repugnant: a view reported as others'"
    if _perceived_as(doc, first):
        return "is seen as out of touch: a view perceived, told as others'"
    if term in _ORDEAL_WORDS and _word(doc, stop) in _ORDEAL_NOUNS:
        return "a frightening time, the most miserable feeling: how a time felt, told by who lived it"
    if term in _PREJUDICE_NAMES:
        return "addressed anti-Blackness: the name of a prejudice, the topic"
    # sixteenth pass: categories named, acts and places described, headline lines (each module says why)
    return named_category(doc, first, stop, term) or plain_description(doc, first, stop, term) \
        or headline_line(doc, first, stop) or effect_or_ordeal(doc, first, stop, term)
