"""Phrases found beside a cue that are part of what the cue says or does, not who speaks.

- The object of a verb whose subject is a pronoun right before it ("Both disliked [the Congress]", "They
  criticized [the governor]"): the verb has its subject; what follows it is its object. Readers of the
  independent draw 4747 judged "the Congress" there, shown as a named organisation, wrong. An inverted cue
  ('"...," said the minister', "Says Smith") has no subject before it and keeps the phrase after it.
- An owner and a bare adjective right before a noun cue ("a price for [his false] claim that ...", "[her
  repeated] assertion"): the adjective modifies the cue's noun; the phrase names nobody (draw 4747: "his false"
  given a kind). A noun for people or a body after the owner ("his aides claim", "its lawyers argue") stays.
- The object of a verb whose auxiliary stands right after a dash or a comma ("legal scholars -- some of them
  quite conservative -- have questioned [the constitutionality] of ..."): an inverted cue ('"...," said the
  minister') never takes an auxiliary, so the phrase after the verb is its object, the subject being the phrase
  before the aside. Readers of draw 5353 judged "the constitutionality" wrong as a speaker.

Word lists curated by reading the AllSides dev corpus (sessions 36, 37).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists
from .non_speaker_of_objects import object_of_a_thing
from .non_speaker_passive_things import thing_before_participle

# pronouns that are a clause's subject: a verb right after one has its subject
_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "i", "both", "you"})
# auxiliaries that make a verb after them finite with its subject before ("have questioned", "has said")
_AUXILIARIES: Final = frozenset({"have", "has", "had", "will", "would", "could", "can", "may", "might", "should",
                                 "must", "did", "does", "do", "shall", "is", "are", "was", "were"})
# adverbs between an auxiliary and its verb ("have also questioned", "has long argued")
_BETWEEN: Final = frozenset({"also", "long", "since", "already", "repeatedly", "previously", "often", "never",
                             "not", "publicly", "even", "now", "all", "both", "recently", "again"})
_REACH: Final = 4  # tokens back from the cue to its auxiliary
_OWNERS: Final = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# adjectives that modify a claim, an assertion or a statement ("his false claim", "her repeated assertion")
_CLAIM_ADJECTIVES: Final = frozenset({"false", "baseless", "bogus", "unfounded", "dubious", "repeated", "wild",
                                      "new", "latest", "earlier", "first", "last", "recent", "public", "own",
                                      "private", "bold", "misleading", "controversial", "unsubstantiated",
                                      "erroneous", "inaccurate", "incorrect", "untrue", "groundless", "frequent",
                                      "oft-repeated", "startling", "stunning", "famous", "infamous", "initial",
                                      "original", "central", "main", "key", "strange", "bizarre", "outlandish"})


def object_after_subject(doc: Doc, first: int, stop: int, cue: Match) -> bool:
    """Is the phrase after its cue the verb's object, a subject pronoun standing right before the cue in its
    sentence ("Both disliked the Congress")?"""
    if first < cue.stop or cue.first < 1 or cue.entry.words[0] == "according":
        return False
    before = cue.first - 1
    return doc.sentence_of[before] == doc.sentence_of[cue.first] and doc.norms[before] in _SUBJECTS


def object_after_auxiliary(doc: Doc, first: int, stop: int, cue: Match) -> bool:
    """Is the phrase after its cue the verb's object, an auxiliary standing before the cue right after a
    dash, a comma or a parenthesis ("— have questioned the constitutionality")?"""
    if first < cue.stop or cue.entry.words[0] == "according":
        return False
    sent = doc.sentence_of[cue.first]
    k = cue.first - 1
    auxiliary = False
    while k >= 0 and cue.first - k <= _REACH and doc.sentence_of[k] == sent and doc.is_word[k] \
            and (doc.norms[k] in _AUXILIARIES or doc.norms[k] in _BETWEEN):
        auxiliary = auxiliary or doc.norms[k] in _AUXILIARIES
        k -= 1
    return auxiliary and k >= 0 and doc.sentence_of[k] == sent and doc.tokens[k] in ("—", "–", "--", ",", ")")


def owner_adjective_before_cue(doc: Doc, first: int, stop: int, cue: Match) -> bool:
    """Is the phrase an owner and lower-case adjectives right before the cue's noun ("his false claim")?"""
    if stop != cue.first or stop - first < 2 or doc.norms[first] not in _OWNERS:
        return False
    return all(doc.is_word[t] and doc.tokens[t] == doc.norms[t] and base_norm(doc.norms[t]) in _CLAIM_ADJECTIVES
               for t in range(first + 1, stop))


def cue_part_not_speaker(doc: Doc, first: int, stop: int, cue: Match, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` found beside the cue part of what the cue says (see the module's
    docstring), a thing the participle cue describes (:mod:`.non_speaker_passive_things`), or the object of "of"
    after a thing (:mod:`.non_speaker_of_objects`)?"""
    return object_after_subject(doc, first, stop, cue) or owner_adjective_before_cue(doc, first, stop, cue) \
        or object_after_auxiliary(doc, first, stop, cue) or thing_before_participle(doc, first, stop, cue, lists) \
        or object_of_a_thing(doc, first, stop, cue, lists)
