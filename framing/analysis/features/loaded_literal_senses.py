"""Loaded entries in a literal or idiomatic sense that judges nobody (issue 13, ninth pass: classes read wrong in
the s29 fresh draw and by the independent readers of draws 1414-1717, each checked on every dev use):

* "toxic" of a poison or a bad debt: before a substance ("toxic metals discharged into the river", "toxic
  clouds floated over Ohio", "66,260 pounds of a toxic chemical", "toxic assets"), after one in its clause
  ("wouldn't call the smoke toxic"), or "toxic to aquatic life": the literal property, not a judgement ("a
  toxic workplace", "toxic polarization", "toxic to most women voters" stay);
* "an awful lot (of)": the intensifier of quantity ("I like an awful lot of it"), not "awful" as a verdict;
* "body slamming" a reporter: the wrestling move described, not "slamming" as harsh criticism;
* "lies" as the verb of place: "therein lies the balancing act", "behind this number lies a long history",
  "immense opportunity lies before us", "a copy which probably lies in the basement" (the falsehoods, "the
  lies they tell", "full of lies", "lies about his bio", stay);
* "radical new" ("a radical new way to finance a campaign"): sweeping novelty, as "a radical
  transformation", not a label;
* "inspiring" as the verb, before its object ("credited with inspiring the Arab Spring", "in hopes of inspiring
  people to flee", "by inspiring 'collaborative projects'"): to cause, not praise ("inspiring stories" stays);
* "a fitness fanatic", "a golf fanatic": an enthusiast of a pastime, not a zealot;
* "bullying" counted in school or civil-rights data ("allegations of bullying and harassment on the basis of
  religion", "8 percent of reported bullying"): the behaviour recorded, not a verdict on anyone ("Trump's
  bullying style" stays).
* (thirteenth pass, s33 fresh draw) "spew" of smoke, flames or fumes ("the missile spewed out a stream of
  flames", "poisons spewing from the smokestacks"): a physical outflow, a matter or its source within
  ``_OUTFLOW_REACH`` words; "spewing hatred", "spewed forth a slew of reports" stay.
* (fifteenth pass, round 2 fresh draw) "lobbed" of a thing thrown ("a Molotov cocktail that was lobbed at the
  building", "grenades lobbed over the wall"): the throw, a projectile within ``_OUTFLOW_REACH`` words; "lobbed a
  threat at", "the charges lobbed against him" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_TOXIC: Final = frozenset({"toxic"})
_SUBSTANCES: Final = frozenset({
    "chemical", "chemicals", "metal", "metals", "substance", "substances", "waste", "wastes", "gas", "gases",
    "fumes", "smoke", "cloud", "clouds", "spill", "spills", "sludge", "algae", "mold", "mould", "pollutant",
    "pollutants", "pollution", "material", "materials", "dust", "ash", "runoff", "emissions", "compound",
    "compounds", "plume", "plumes", "chemicals", "lead", "mercury", "arsenic", "pesticides", "pesticide",
    "residue", "contaminants", "contamination", "exposure", "levels", "dump", "dumps", "sites", "mushrooms",
    "plants", "shock", "water", "soil", "air", "fluid", "fluids", "byproducts", "vapors", "vapours", "assets",
    "loans", "mortgages", "debt", "securities"})
_LIVING: Final = frozenset({"aquatic", "fish", "humans", "human", "animals", "plants", "wildlife", "bees", "birds",
                            "marine", "dogs", "cats", "livestock", "cells", "organisms", "pets"})
_SUBSTANCE_BEFORE: Final = 4  # words looked at before "toxic", within its clause ("the smoke toxic")


def _literal_toxic(doc: Doc, i: int, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    norms = doc.norms
    if stop < sentence.stop and norms[stop] in _SUBSTANCES:
        return True
    if stop + 1 < sentence.stop and norms[stop] == "to" and norms[stop + 1] in _LIVING:
        return True
    k = i - 1
    while k >= sentence.first and k >= i - _SUBSTANCE_BEFORE and doc.is_word[k]:
        if norms[k] in _SUBSTANCES and norms[k] not in ("levels", "sites", "assets", "air", "plants"):
            return True
        k -= 1
    return False


_LIES: Final = frozenset({"lies"})
# words before "lies" that make it the verb of place ("therein lies", "which probably lies")
_PLACE_BEFORE: Final = frozenset({"therein", "there", "here", "herein", "wherein", "which", "where"})
# words before "lies" that make it the noun ("the lies the smugglers told", "his lies", "big lies")
_NOUN_BEFORE: Final = frozenset({"the", "these", "those", "his", "her", "their", "its", "our", "your", "my", "such",
                                 "what", "whose", "of", "big", "outright", "many", "more", "any", "no", "white",
                                 "damn", "damned", "blatant", "obvious", "own", "and", "&"})
_LIE_ADVERBS: Final = frozenset({"probably", "still", "now", "currently", "likely", "surely", "perhaps", "really",
                                 "truly", "actually", "also", "thus"})
# words after "lies" that make it the verb ("lies a long history", "lies before us", "lies buried")
_PLACE_AFTER: Final = frozenset({"a", "an", "the", "before", "beyond", "far", "deep", "just", "buried", "hidden",
                                 "largely", "mainly", "mostly", "partly", "squarely", "solely", "primarily",
                                 "entirely", "only", "another", "one", "perhaps", "somewhere", "near", "close",
                                 "idle", "dormant", "there", "here", "beside", "across", "along", "atop", "under",
                                 "underneath", "inside", "among", "amid", "next"})


def _lies_of_place(doc: Doc, i: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    norms = doc.norms
    k = i - 1
    if k >= sentence.first and norms[k] in _NOUN_BEFORE:
        return False
    if k >= sentence.first and norms[k] in _LIE_ADVERBS:
        k -= 1
    if k >= sentence.first and norms[k] in _PLACE_BEFORE:
        return True
    return i + 1 < sentence.stop and doc.is_word[i + 1] and norms[i + 1] in _PLACE_AFTER


_INSPIRING: Final = frozenset({"inspiring"})
# objects that make "inspiring" the verb: a determiner, a pronoun, people, a quotation mark
_OBJECTS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                             "my", "your", "people", "them", "him", "us", "me", "others", "everyone", "anyone",
                             "millions", "thousands", "voters", "fear", "confidence", "hope", '"', "“", "‘", "'"})
_FANATICS: Final = frozenset({"fanatic", "fanatics"})
_PASTIMES: Final = frozenset({"fitness", "golf", "sports", "sport", "football", "baseball", "basketball", "soccer",
                              "hockey", "tennis", "music", "jazz", "opera", "film", "movie", "car", "gym", "health",
                              "cycling", "running", "hunting", "fishing", "tech", "gadget", "chess", "poker",
                              "baseball's"})
_BULLYING: Final = frozenset({"bullying"})
# words of the records in which bullying is counted
# ("allegations", "reported" are not among them: "described his threats to the witnesses of the Ukraine
# allegations as bullying" judges)
_RECORDS: Final = frozenset({"harassment", "percent", "data", "records", "recorded", "subgroups", "collection",
                             "survey", "category", "categories", "statistics"})
_RECORDS_REACH: Final = 12  # words on each side, within the sentence


def _bullying_recorded(doc: Doc, i: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    return any(doc.norms[k] in _RECORDS for k in range(max(sentence.first, i - _RECORDS_REACH),
                                                          min(sentence.stop, i + _RECORDS_REACH + 1)))


_SPEW: Final = frozenset({"spew", "spews", "spewed", "spewing"})
# what spews physically, and where from
_OUTFLOWS: Final = frozenset({"flames", "flame", "fire", "smoke", "fumes", "gas", "gases", "lava", "ash", "steam",
                              "oil", "water", "sewage", "exhaust", "smokestack", "smokestacks", "chimney",
                              "chimneys", "volcano", "pipe", "pipes", "pipeline", "well", "plant", "plants",
                              "poisons", "pollution", "pollutants", "debris", "sparks", "soot", "mud", "methane",
                              "carbon", "emissions", "missile", "rocket", "engine", "engines", "tailpipe"})
_OUTFLOW_REACH: Final = 6  # words on each side, within the sentence


_LOBBED: Final = frozenset({"lobbed"})
_PROJECTILES: Final = frozenset({"cocktail", "cocktails", "molotov", "grenade", "grenades", "bomb", "bombs", "rock",
                                 "rocks", "stone", "stones", "bricks", "brick", "bottle", "bottles", "firework",
                                 "fireworks", "canister", "canisters", "rocket", "rockets", "mortar", "mortars",
                                 "shell", "shells", "missile", "missiles", "ball", "balls", "eggs", "projectiles"})


def _thrown_thing(doc: Doc, i: int, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    return any(doc.norms[k] in _PROJECTILES
               for k in range(max(sentence.first, i - _OUTFLOW_REACH), min(sentence.stop, stop + _OUTFLOW_REACH)))


def _physical_spew(doc: Doc, i: int, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    return any(doc.norms[k] in _OUTFLOWS
               for k in range(max(sentence.first, i - _OUTFLOW_REACH), min(sentence.stop, stop + _OUTFLOW_REACH)))


def literal_sense(doc: Doc, match: Match) -> str | None:
    """Why a loaded match is a literal or idiomatic sense that judges nobody (the reason shown), or None."""
    term, i, stop = match.entry.term, match.first, match.stop
    after = doc.norms[stop] if stop < len(doc.norms) else ""
    before = doc.norms[i - 1] if i > 0 else ""
    if term in _TOXIC and _literal_toxic(doc, i, stop):
        return "toxic metals, toxic clouds, toxic assets: the literal property, not a judgement"
    if term == "awful" and after == "lot":
        return "an awful lot of it: an intensifier of quantity, not a verdict"
    if term.startswith("slam") and before == "body":
        return "body slamming a reporter: the wrestling move described, not harsh criticism"
    if term in _LIES and _lies_of_place(doc, i):
        return "therein lies, behind it lies a long history: the verb of place, not falsehoods"
    if term == "radical" and after == "new":
        return "a radical new way: sweeping novelty, not a label"
    if term in _INSPIRING and (after in _OBJECTS or stop < len(doc.tokens) and doc.tokens[stop] in _OBJECTS):
        return "credited with inspiring the Arab Spring: the verb, to cause, not praise"
    if term in _FANATICS and before in _PASTIMES:
        return "a fitness fanatic: an enthusiast of a pastime, not a zealot"
    if term in _BULLYING and _bullying_recorded(doc, i):
        return "allegations of bullying and harassment: the behaviour recorded, not a verdict"
    if term in _SPEW and _physical_spew(doc, i, stop):
        return "the missile spewed out flames: a physical outflow, not speech judged"
    if term in _LOBBED and _thrown_thing(doc, i, stop):
        return "a Molotov cocktail lobbed at the building: a thing thrown, not words"
    return None
