"""Loaded words in a fixed technical, legal or idiomatic sense, and labels used as the standard name of what
they name (issue 13, thirteenth pass, round 2: the wrong rows of the independent draws 2929 and 3030, each class
checked on every dev use; curated by reading the AllSides dev corpus):

* "Predator" of the drone ("a Predator drone", "deployed a predator drone"): the aircraft's name
  (sexual "predators", "predatory lending" stay);
* "hoax" of a false alarm found false: in a sentence, or the one before, about a threat, a rumour, a prank call
  or swatting ("the bomb threat turned out to be a hoax", "the rumor was probably a hoax", "SWAT-ing refers to a
  hoax in which ..."); Trump's "Russia hoax" and "the Impeachment Hoax" stay;
* "corrupt intent" (and "corrupt purpose", "corrupt motive"): the legal term of art of obstruction law;
* "the lesser evil", "the lesser of two evils", "a necessary evil": idioms that weigh options, judging no one;
* "legendary status": became a legend, told;
* "nightmares" coordinated with "dreams" ("their common dreams and nightmares"): hopes and fears, described;
* "scary" after "seem", "look", "sound" ("those numbers are high and they seem scary," said an official who
  then dismisses the worry): an appearance conceded, not a judgement;
* "mocking" said of a medium ("a series of tweets mocking the mayor", "parody accounts that mocked him", "a
  Facebook post that mocks a student"): what the tweets or posts did, described (readers: 3 of 3 such uses wrong;
  "the teens were seemingly mocking", "liberals enjoy mocking", people mocking, stay: readers split on those);
  (fourteenth pass, round 3, draw 3737) also a work made, in the passive ("Books were published mocking his
  garbled sentences");
* labels used as the standard name (decided by class, as the brief asks; readers split on "extremist", 8 right
  and 7 wrong, which stays): "regime" after a country's or leader's name ("the North Korean regime's ideology",
  "the Assad regime's air power": readers 2 of 2 wrong; "a brutal regime" keeps its adjective);
  "jihadists" before a verb of violence ("jihadists killed an ambassador"): the attackers named (readers 5 of 5
  wrong across the shapes of "jihadist"); "white-supremacist", "white-nationalist" written with a hyphen, like
  the two words.

Left loaded on purpose, though the readers of draws 2929/3030 judged them wrong: "Trumpism" (2 of 2) and
"jihadist attacks" - the PTC annotators mark both as name calling ("denunciations of Trumpism", "jihadist attacks
against America", 5 gold spans of the training split), and setting them aside lowered the agreement.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .loaded_terms_of_art import term_of_art

_REACH: Final = 30  # tokens looked at around a word, within its sentence and the one before (linear on any text)

_PREDATOR: Final = frozenset({"predator", "predators"})
_DRONES: Final = frozenset({"drone", "drones", "aircraft", "uav", "uavs", "missile", "missiles", "b", "strike"})

_HOAX: Final = frozenset({"hoax", "hoaxes"})
# a false alarm: what a hoax of the plain sense was
_FALSE_ALARMS: Final = frozenset({"threat", "threats", "threatening", "rumor", "rumors", "rumour", "rumours", "prank",
                                  "prankster", "pranksters", "swatting", "swat-ing", "swat", "bomb", "calls", "caller",
                                  "airdrop", "911"})

_CORRUPT: Final = frozenset({"corrupt", "corruptly"})
_LEGAL_STATES: Final = frozenset({"intent", "intention", "purpose", "motive", "motives", "state"})

_EVIL: Final = frozenset({"evil", "evils"})
_LEGENDARY: Final = frozenset({"legendary"})
_NIGHTMARES: Final = frozenset({"nightmare", "nightmares"})
_DREAMS: Final = frozenset({"dream", "dreams"})
_FEAR_WORDS: Final = frozenset({"scary", "frightening", "terrifying", "alarming"})
_APPEARANCE: Final = frozenset({"seem", "seems", "seemed", "look", "looks", "looked", "sound", "sounds", "sounded"})

_MOCKING: Final = frozenset({"mocking", "mocked", "mocks"})
# a medium that mocks: what it did is told ("tweets mocking the mayor", "parody accounts that mocked him")
_MEDIA: Final = frozenset({"tweet", "tweets", "post", "posts", "meme", "memes", "video", "videos", "ad", "ads",
                           "cartoon", "cartoons", "sketch", "sketches", "skit", "skits", "parody", "parodies",
                           "accounts", "account", "story", "column", "editorial", "segment", "chyrons", "song",
                           "songs", "message", "messages", "website", "book", "books", "headline", "headlines"})
# a work made, in the passive, before "mocking" ("books were published mocking")
_MADE: Final = frozenset({"published", "written", "released", "aired", "posted", "broadcast", "produced"})
_BE_FORMS: Final = frozenset({"was", "were", "been", "be", "is", "are"})

_REGIMES: Final = frozenset({"regime", "regimes"})
_NOT_NAMES: Final = frozenset({"i", "the", "a", "an", "this", "that", "communist", "islamic"})

_JIHADISTS: Final = frozenset({"jihadists"})
_VIOLENCE_VERBS: Final = frozenset({"killed", "kill", "attacked", "attack", "murdered", "beheaded", "stormed",
                                    "seized", "captured", "bombed", "shot", "massacred", "overran"})
_HYPHENED_MOVEMENTS: Final = ("white-supremacis", "white-nationalis", "whitesupremacis", "whitenationalis")


def _sentence_window(doc: Doc, i: int, previous: bool) -> range:
    """Tokens within ``_REACH`` of ``i`` in its sentence (and the sentence before, if ``previous``)."""
    s = doc.sentence_of[i]
    first = doc.sentences[max(0, s - 1) if previous else s].first
    return range(max(first, i - _REACH), min(doc.sentences[s].stop, i + _REACH + 1))


def _next_word(doc: Doc, stop: int) -> str:
    """The norm of the word token at ``stop`` in the same sentence ("" if none)."""
    sentence = doc.sentences[doc.sentence_of[stop - 1]]
    return doc.norms[stop] if stop < sentence.stop and doc.is_word[stop] else ""


def _word_before(doc: Doc, first: int, back: int = 1) -> str:
    sentence = doc.sentences[doc.sentence_of[first]]
    k = first - back
    return doc.norms[k] if k >= sentence.first and doc.is_word[k] else ""


def _predator_drone(doc: Doc, first: int, stop: int) -> bool:
    if _next_word(doc, stop) in _DRONES:
        return True
    opens = first == doc.sentences[doc.sentence_of[first]].first
    return doc.tokens[first] == "Predator" and not opens


def _false_alarm(doc: Doc, i: int) -> bool:
    return any(doc.norms[k] in _FALSE_ALARMS for k in _sentence_window(doc, i, True))


def _idiomatic_evil(doc: Doc, first: int, stop: int) -> bool:
    before = _word_before(doc, first)
    if before in ("lesser", "necessary"):
        return True
    return before == "two" and _word_before(doc, first, 2) == "of" and _word_before(doc, first, 3) == "lesser"


def _dreams_and_nightmares(doc: Doc, first: int, stop: int) -> bool:
    if _word_before(doc, first) in ("and", "or") and _word_before(doc, first, 2) in _DREAMS:
        return True
    return _next_word(doc, stop) in ("and", "or") and stop + 1 < len(doc.norms) and doc.norms[stop + 1] in _DREAMS


def _medium_mocks(doc: Doc, first: int) -> bool:
    before = _word_before(doc, first)
    if before == "that":
        before = _word_before(doc, first, 2)
    if before in _MADE and _word_before(doc, first, 2) in _BE_FORMS:
        return True  # "books were published mocking his sentences": what the works did
    return before in _MEDIA


def _named_regime(doc: Doc, first: int) -> bool:
    """ "the North Korean regime", "the Assad regime": a capitalised name right before, not opening the sentence."""
    k = first - 1
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    if k <= sentence_first or not doc.is_word[k]:
        return False
    tok = doc.tokens[k]
    return tok[:1].isupper() and not tok.isupper() and doc.norms[k] not in _NOT_NAMES


def _violence_told(doc: Doc, stop: int) -> bool:
    """ "jihadists killed", "jihadists have attacked": the attackers named as the subject of what they did."""
    after = _next_word(doc, stop)
    return after in _VIOLENCE_VERBS or after in ("have", "had") and stop + 1 < len(doc.norms) \
        and doc.norms[stop + 1] in _VIOLENCE_VERBS


def fixed_sense(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded word ``term`` at tokens ``[first, stop)`` is used in a fixed technical, legal or idiomatic
    sense, or as the standard name of what it names (the reason shown), or None."""
    if term in _PREDATOR and _predator_drone(doc, first, stop):
        return "a Predator drone: the aircraft's name"
    if term in _HOAX and _false_alarm(doc, first):
        return "a threat or rumour that was a hoax: a false alarm found false, the plain sense"
    if term in _CORRUPT and _next_word(doc, stop) in _LEGAL_STATES:
        return "corrupt intent: the legal term of art"
    if term in _EVIL and _idiomatic_evil(doc, first, stop):
        return "the lesser evil, a necessary evil: an idiom that weighs options"
    if term in _LEGENDARY and _next_word(doc, stop) == "status":
        return "legendary status: became a legend, told"
    if term in _NIGHTMARES and _dreams_and_nightmares(doc, first, stop):
        return "dreams and nightmares: hopes and fears, described"
    if term in _FEAR_WORDS and _word_before(doc, first) in _APPEARANCE:
        return "they seem scary: an appearance conceded, not a judgement"
    if term in _MOCKING and _medium_mocks(doc, first):
        return "tweets mocking him: what the tweets did, described"
    if term in _REGIMES and _named_regime(doc, first):
        return "the North Korean regime, the Assad regime: the standard name of that government"
    if term in _JIHADISTS and _violence_told(doc, stop):
        return "jihadists killed an ambassador: the standard term for the attackers"
    return term_of_art(doc, first, stop, term)


def standard_label_shape(doc: Doc, i: int, word: str) -> bool:
    """Is the labelling shape ``word`` at token ``i`` the standard name of what it names: "white-supremacist" with a
    hyphen, or "jihadists" as the subject of a verb of violence?"""
    if word.startswith(_HYPHENED_MOVEMENTS):
        return True
    return fixed_sense(doc, i, i + 1, word) is not None
