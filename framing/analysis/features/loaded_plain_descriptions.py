"""Loaded words that describe an act, a place or a feeling and judge nobody in the writer's voice (issue 13,
sixteenth pass: classes the independent readers of draws 4747/4848 judged wrong in :mod:`.loaded`; tallies over
every judged row of the layer in judgments/*.jsonl, each dev use read):

* "mocked" / "mocks" told as what someone did, a finite verb with its subject and its object right after it
  ("Democrats mocked the GOP's outreach effort", "she mocked Trump for his complaints", "hoped the party
  imploded, mocked the positions of Trump"), with what was mocked a stance, a remark or a trait, or the reason
  told ("for ..."): the act reported, as "criticized" would be (readers: wrong 4 of 4
  of this shape across the draws; "liberals enjoy mocking", "the teens were seemingly mocking", where the
  writer reads behaviour as mocking, were judged right and are not of this shape; "corruption mocks the very
  notion of democracy", a figure with a thing as subject, stays);
* "iconic" of a place, a building, a brand or a show ("crowded places and 'iconic locations'", "the iconic
  building", "the iconic Gibson Guitars", "the iconic American spectacle"): famous, the conventional
  descriptor (readers: wrong 2 of 2); of people ("iconic rapper", "iconic leader", "iconic billionaires",
  judged right 3 of 3) it stays;
* "thought police" where "thought" is the verb ("White Americans generally thought police to be friendly"):
  no phrase at all (readers: wrong 1 of 1); after a determiner ("the thought police", "their thought police")
  it stays;
* an evaluative word of "the thing(s) about" an experience ("One of the most wonderful things about being
  outside of Washington"): a personal sentiment about a way of living, no reported subject judged (readers:
  wrong 2 of 2, one span in draws 2727 and 4747); "the most disgusting thing about his speech" (a noun after
  "about") stays.
Every look-back and look-ahead is a fixed number of tokens.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_MOCKED: Final = frozenset({"mocked", "mocks"})
# what may stand right before the reported verb: its subject pronoun, an auxiliary, an adverb of the telling,
# or a comma of a series of acts ("hoped the party imploded, mocked the positions")
_BEFORE_REPORT: Final = frozenset({"he", "she", "they", "we", "i", "has", "have", "had", "also", "then", "later",
                                   "repeatedly", "publicly", "openly", "often", "once", "and", "who", "both",
                                   "even", "again", "further", "previously", "recently", "frequently"})
_OBJECT_OPENERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "him", "them", "those",
                                    "these", "this", "that", "some", "several", "both", "each"})
# "mocked the elderly widow" (a person, with no reason told) stays: the PTC annotators mark it
_REASONS: Final = frozenset({"for", "by", "over"})
_STANCES: Final = frozenset({"position", "positions", "effort", "efforts", "comment", "comments", "claim", "claims",
                             "record", "response", "remarks", "remark", "idea", "ideas", "plan", "plans", "proposal",
                             "statement", "statements", "tweet", "tweets", "views", "stance", "policy", "policies",
                             "hair", "speech", "slogan", "argument", "arguments", "notion", "outreach"})
_OBJECT_REACH: Final = 5  # tokens after the verb read for what was mocked or why
_ICONIC: Final = frozenset({"iconic"})
_THINGS: Final = frozenset({
    "location", "locations", "landmark", "landmarks", "building", "buildings", "site", "sites", "place", "places",
    "brand", "brands", "company", "companies", "bridge", "bridges", "tower", "towers", "skyline", "monument",
    "monuments", "statue", "statues", "image", "images", "photo", "photos", "photograph", "photographs", "venue",
    "venues", "stadium", "hotel", "hotels", "store", "stores", "restaurant", "restaurants", "car", "cars",
    "guitar", "guitars", "logo", "logos", "song", "songs", "album", "albums", "film", "films", "show", "shows",
    "spectacle", "street", "streets", "square", "building's", "structure", "structures", "church", "cathedral",
    "museum", "museums", "park", "parks", "mountain", "scene", "scenes", "product", "products", "franchise"})
_ICONIC_REACH: Final = 3  # words after "iconic" read for the thing ("Iconic baseball bat brand")
_THOUGHT_POLICE: Final = frozenset({"thought police"})
_NOUN_PHRASE_OPENERS: Final = frozenset({"the", "a", "an", "their", "our", "his", "her", "its", "your", "my",
                                         "orwellian", "liberal", "new", "self-appointed", "campus"})
_AFTER_THOUGHT_VERB: Final = frozenset({"to", "were", "was", "would", "had", "could", "might", "should", "did",
                                        "are", "is", "will", "can", "have", "as"})
_SENTIMENT_WORDS: Final = frozenset({"wonderful", "amazing", "fantastic", "marvelous", "marvellous", "terrific",
                                     "glorious", "beautiful", "awesome", "incredible"})
_THINGS_ABOUT: Final = frozenset({"thing", "things"})
_SENTIMENT_REACH: Final = 3  # tokens after the word before "about" ("wonderful things about")


def _word(doc: Doc, k: int) -> str:
    return doc.norms[k] if 0 <= k < len(doc.norms) and doc.is_word[k] else ""


def _what_or_why_mocked(doc: Doc, after: int) -> bool:
    """Is what was mocked a stance, a remark or a trait ("the positions of Trump", "the GOP's effort", "Trump's
    hair"), or is the reason given ("mocked Trump for his complaints", "mocked him by ...")?"""
    for k in range(after, min(len(doc.tokens), after + _OBJECT_REACH)):
        if doc.norms[k] in _REASONS or doc.norms[k] in _STANCES or doc.tokens[k].endswith(("'s", "’s", "s'", "s’")):
            return True
    return False


def _act_reported(doc: Doc, first: int, stop: int) -> bool:
    """ "Democrats mocked the GOP's effort", "she mocked Trump": a finite verb, a subject before, an object after."""
    after = stop
    if after >= len(doc.tokens) or not doc.is_word[after]:
        return False
    if not (doc.norms[after] in _OBJECT_OPENERS or doc.tokens[after][:1].isupper()):
        return False
    if not _what_or_why_mocked(doc, after):
        return False
    k = first - 1
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    if k < sentence_first:
        return False
    if doc.tokens[k] == ",":
        return True
    return doc.is_word[k] and (doc.norms[k] in _BEFORE_REPORT or doc.tokens[k][:1].isupper())


def _iconic_thing(doc: Doc, stop: int) -> bool:
    sentence_stop = doc.sentences[doc.sentence_of[stop - 1]].stop
    for k in range(stop, min(sentence_stop, stop + _ICONIC_REACH)):
        if not doc.is_word[k]:
            return False
        if doc.norms[k] in _THINGS:
            return True
    return False


def _thought_is_verb(doc: Doc, first: int, stop: int) -> bool:
    """ "generally thought police to be": a word other than a determiner before, a verb's complement after."""
    before = first - 1
    if before < 0 or not doc.is_word[before] or doc.norms[before] in _NOUN_PHRASE_OPENERS:
        return False
    if doc.tokens[before].endswith(("'s", "’s")):
        return False
    return _word(doc, stop) in _AFTER_THOUGHT_VERB


def _sentiment_about_living(doc: Doc, first: int, stop: int) -> bool:
    """ "the most wonderful things about being outside Washington": thing(s) about, then a gerund."""
    k = stop
    while k < min(len(doc.norms), stop + _SENTIMENT_REACH) and _word(doc, k) not in _THINGS_ABOUT:
        k += 1
    return _word(doc, k) in _THINGS_ABOUT and _word(doc, k + 1) == "about" and _word(doc, k + 2).endswith("ing")


def plain_description(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded word ``term`` at tokens ``[first, stop)`` describes an act, a place or a feeling rather
    than judging (the reason shown), or None."""
    if term in _MOCKED and _act_reported(doc, first, stop):
        return "Democrats mocked the GOP's effort: the act reported"
    if term in _ICONIC and _iconic_thing(doc, stop):
        return "iconic locations, the iconic building: famous, the conventional descriptor"
    if term in _THOUGHT_POLICE and _thought_is_verb(doc, first, stop):
        return "generally thought police to be: 'thought' is the verb"
    if term in _SENTIMENT_WORDS and _sentiment_about_living(doc, first, stop):
        return "the most wonderful things about being: a personal sentiment about a way of living"
    return None
