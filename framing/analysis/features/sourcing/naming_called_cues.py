""""Called" giving a thing its name after a noun, not words (nineteenth pass, round 3: readers wrong 1 of 1 in
draw 6969-7070, "a pro-Ted Cruz PAC called Keep the Promise I"; on the dev cues 13 more of the kind: "a
behavioral health theory called post-traumatic growth", "created an organization called the “Friends of ...”",
"co-founded a super PAC called Friends of Democracy", "an exercise called the “flexed arm hang”", "involves a
technology— called a lateral flow assay", ", sometimes called California lilac").

``non_speech_act_cues`` already sets aside "a small town called Worthington." when the name is a run of
capitalised words ending the phrase; names with small words or figures inside ("Keep the Promise I", "Make
America Number 1") and common names ("a derecho") escaped it. Here the left side decides: an indefinite noun
phrase (a/an ... noun) that is the object of a verb or a preposition ("gave $2 million to an anti-Clinton super
PAC called ...", "was formerly a ... PAC called ...") names a thing; a subject calling someone something stands
at the start of a clause ("An Ohio Republican called Pence ...", "when a senator called Trump a liar") and stays,
as does a pronoun object ("a rival called him a liar"); the walk back to the article crosses no coordinator
and no comma opening a clause ("in a tweet late Thursday, Trump called ...", "one gave X a lead and another
called ..."). An apposition ", sometimes called X" / "— also called X"
names too. :func:`.cues.acting_cue` asks :func:`name_given_after_noun` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_NP_REACH: Final = 7  # tokens walked back from "called" to the article of the noun phrase
# words that open a clause: an indefinite noun phrase after them is a subject ("when a senator called ...")
_CLAUSE_OPENERS: Final = frozenset({
    "when", "after", "as", "because", "before", "since", "while", "if", "and", "but", "or", "so", "that", "then",
    "though", "although", "until", "once", "where", "whereas", "unless", "yet", "who", "which", "said", "says",
    "meanwhile", "later", "also", "even", "instead", "today", "yesterday", "recently", "earlier"})
# words that stop the walk back: a definite or pronoun subject, a relative
_STOPS: Final = frozenset({"the", "who", "which", "that", "he", "she", "they", "it", "we", "i", "you", "this",
                           "these", "those", "his", "her", "their", "its", "our"})
_PRONOUN_OBJECTS: Final = frozenset({"him", "her", "it", "them", "us", "me", "you", "himself", "herself",
                                     "themselves", "itself", "myself", "ourselves", "this", "that", "these",
                                     "those", "everyone", "everybody", "someone"})
_NAMING_ADVERBS: Final = frozenset({"sometimes", "often", "also", "commonly", "formerly", "now", "once",
                                    "popularly", "officially", "informally", "colloquially", "originally"})
_COORDINATORS: Final = frozenset({"and", "or", "but", "nor"})
_APPOSITION_MARKS: Final = frozenset({",", "—", "–", "("})
_DASHES: Final = frozenset({"—", "–", "-"})


def name_given_after_noun(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a lone "called" naming the thing an object noun phrase or an apposition
    stands for ("to a super PAC called Keep the Promise I", ", sometimes called California lilac")?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    if stop - first != 1 or norms[first] != "called" or stop >= n or first < 2:
        return False
    if norms[stop] in _PRONOUN_OBJECTS:
        return False  # "a rival called him a liar"
    if norms[first - 1] in _NAMING_ADVERBS and tokens[first - 2] in _APPOSITION_MARKS:
        return True  # "pedagogy — sometimes called “direct instruction” —"
    sent_first = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    if tokens[k] in _DASHES:
        k -= 1  # "a technology— called a lateral flow assay"
    if k < sent_first or not is_word[k] or norms[k] in _STOPS or norms[k] in _NAMING_ADVERBS:
        return False
    j = k
    while j >= sent_first and first - j <= _NP_REACH:
        if norms[j] in ("a", "an"):
            break
        if norms[j] in _STOPS or norms[j] in _COORDINATORS or not is_word[j] and tokens[j] not in (",", "-"):
            return False  # "one gave X a lead and another called ...": a new subject after a coordinator
        if tokens[j] == "," and not (tokens[j - 1][:1].islower() and tokens[j + 1][:1].islower() and j + 1 < k):
            return False  # "in a tweet late Thursday, Trump called ...": a clause starts after the comma
        j -= 1
    else:
        return False
    before = j - 1
    if before < sent_first:
        return False  # "An Ohio Republican called Pence ...": the subject opens the sentence
    if tokens[before] in _DASHES:
        return True  # "a different standard — an exercise called ..."
    return is_word[before] and tokens[before][:1].islower() and norms[before] not in _CLAUSE_OPENERS
