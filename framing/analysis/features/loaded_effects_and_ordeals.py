"""Loaded words that tell an effect on people, a witness's own ordeal or the unexpected, and so judge nobody in
the writer's voice (issue 13, sixteenth pass, round 2: classes the independent readers of draws 4949/5050 judged
wrong in :mod:`.loaded`, each dev use read):

* a verb of frightening with the frightened people as its object ("sending unemployment soaring and frightening
  potential homebuyers", "scaring off investors"): the effect of an event on people, told (readers: wrong 1 of 1
  in the draws; the shape recurs in economic and health reporting). The object must be a word for people
  (buyers, investors, voters, consumers ...) right after, or after one modifier ("potential", "off", "away",
  "many"); "a frightening prospect", "frightening images" (the adjective before a thing) stay, and so does
  "frightening people" (ambiguous: people who frighten);
* a witness's own "It was terrible." or "It's been really awful.", a quoted sentence of its own, of what they
  went through (readers: wrong 1 of 1 in draws 4949, "witness describing hardship"; the same shape as the ordeal
  rule of :mod:`.loaded_reported_not_judged`): only the past ("was", "has been"), so "It is terrible," a present
  judgement of a policy, stays, and so does "The policy was terrible." (no bare "it");
* "crazy" of something that happens ("unless something crazy happens", "anything crazy happened"): the
  colloquial word for the unexpected (readers: wrong 1 of 1 in draw 4949); "he said something crazy" stays.
Every look-back and look-ahead is a fixed number of tokens.
"""
from __future__ import annotations

from typing import Final

from ..context import quotation_spans
from ..text import Doc

_FRIGHTENING: Final = frozenset({"frightening", "scaring", "terrifying", "spooking", "alarming"})
# people an event may frighten: the object of the verb
_PEOPLE_OBJECTS: Final = frozenset({
    "buyers", "homebuyers", "investors", "voters", "consumers", "customers", "shoppers", "tourists", "residents",
    "patients", "parents", "employers", "lenders", "borrowers", "businesses", "companies", "markets", "donors",
    "travelers", "travellers", "renters", "tenants", "landlords", "savers", "traders", "advertisers", "users",
    "viewers", "readers", "students", "workers", "families", "households", "farmers", "retirees", "sellers",
    "homeowners", "bidders", "applicants", "visitors", "clients", "allies", "lawmakers", "republicans",
    "democrats"})
# one word that may stand between the verb and its object ("frightening potential homebuyers", "scaring off")
_OBJECT_MODIFIERS: Final = frozenset({"potential", "prospective", "would-be", "off", "away", "many", "some",
                                      "foreign", "small", "local", "the", "wary", "nervous", "younger", "older",
                                      "new", "first-time"})
_ORDEAL: Final = frozenset({"terrible", "awful", "horrible", "horrendous", "miserable", "frightening", "terrifying",
                            "scary", "harrowing", "brutal", "hellish", "traumatic", "painful", "exhausting"})
_INTENSIFIERS: Final = frozenset({"so", "really", "just", "pretty", "absolutely", "very", "truly", "quite"})
_ORDEAL_TOKENS: Final = 16  # tokens of such a sentence at most (quotation marks included): "“It was so terrible.”"
_CRAZY: Final = frozenset({"crazy", "wild", "insane", "weird"})
_SOMETHING: Final = frozenset({"something", "anything"})
_HAPPENS: Final = frozenset({"happens", "happened", "happen", "happening", "occurs", "occurred"})


def _word(doc: Doc, k: int) -> str:
    return doc.norms[k] if 0 <= k < len(doc.norms) and doc.is_word[k] else ""


def _frightening_people(doc: Doc, stop: int) -> bool:
    """"frightening potential homebuyers", "scaring off investors": people, the verb's object, right after."""
    after = _word(doc, stop)
    if after in _PEOPLE_OBJECTS:
        return True
    return after in _OBJECT_MODIFIERS and _word(doc, stop + 1) in _PEOPLE_OBJECTS


def _past_ordeal(doc: Doc, first: int, stop: int) -> bool:
    """A quoted sentence that is only "It was (so) terrible." / "It's been really awful.": an ordeal told."""
    sentence = doc.sentences[doc.sentence_of[first]]
    if sentence.stop - sentence.first > _ORDEAL_TOKENS:
        return False
    words = [doc.norms[k] for k in range(sentence.first, sentence.stop) if doc.is_word[k]]
    if not words or words[-1] != doc.norms[first] or stop - first != 1:
        return False
    body = words[:-1]
    while body and body[-1] in _INTENSIFIERS:
        body.pop()
    if body not in (["it", "was"], ["it's", "been"], ["it’s", "been"], ["it", "'s", "been"], ["it", "’s", "been"],
                    ["it", "has", "been"], ["that", "was"]):
        return False
    pos = doc.starts[first]
    return any(a <= pos < b for a, b in quotation_spans(doc.text))


def effect_or_ordeal(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded word ``term`` at tokens ``[first, stop)`` tells an effect on people, an ordeal or the
    unexpected (the reason shown), or None."""
    if term in _FRIGHTENING and stop - first == 1 and _frightening_people(doc, stop):
        return "frightening potential homebuyers: an effect on people, told"
    if term in _ORDEAL and _past_ordeal(doc, first, stop):
        return "'It was terrible.': a witness's own ordeal, told"
    if term in _CRAZY and _word(doc, first - 1) in _SOMETHING and _word(doc, stop) in _HAPPENS:
        return "unless something crazy happens: the unexpected, not a judgement"
    return None
