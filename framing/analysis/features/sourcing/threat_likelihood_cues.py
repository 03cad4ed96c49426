""""Threaten" of an event or a thing: "be likely to", no threat uttered (curated in the nineteenth pass, helper
cue48, from its fresh draw: "the controversy ... is threatening to overshadow everything else" wrong 1 of 1; on the
AllSides dev corpus 6 such cues shown: "The legal move Thursday threatens to revive those tensions", "Ocean
acidification threatens to cause billions of dollars in damage", "the decentralized structure threatens that
control", "[a decision on biofuel] threatens to create a political bind").

A threat is a speech act only in a speaker's mouth: when the subject of "threaten" is a noun for an event, a
situation, a measure or a thing (``lexicons/threat_likelihood_subjects.txt``, or a lower-case noun with an
abstract suffix: "acidification", "controversy" is listed), the verb says what may happen. The subject is the
word just before the verb, past an auxiliary, an adverb or a date ("is now threatening", "the move Thursday
threatens"), or before a clause set off by dashes or commas ("The controversy — which ... — is threatening",
"The decision, concerning ..., threatens"), within the sentence; a complement is passed over ("the furor over
her remarks ... is threatening": "furor"). A person, a group or a body ("Trump threatens to close the border", "senators threatening to delay",
"the regime threatens", "the administration is threatening", "the delegation threatened", a body of people
in ``lexicons/collective_agents.txt``) keeps its cue, as does a title-case headline.

:func:`.cues.acting_cue` asks :func:`threat_as_likelihood` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from ...text import Doc
from .grammar import word_lists

_THREATEN: Final = frozenset({"threaten", "threatens", "threatened", "threatening"})
# words between the subject and the verb: auxiliaries and adverbs ("is now threatening", "has already threatened")
_BETWEEN: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "now", "also", "already", "still",
                             "further", "again", "even", "only", "increasingly", "suddenly", "itself", "alone"})
_BACK: Final = 4  # words before the verb in which its subject comes
_CLAUSE: Final = 40  # tokens back to the dash that opens an interposed clause
_DASHES: Final = frozenset({"—", "–"})
_COMMAS: Final = frozenset({","})
# prepositions between a thing and the noun of its complement ("the furor over Omar's remarks")
_OF: Final = frozenset({"of", "over", "about", "on", "in", "against", "with", "for"})
_ABSTRACT_SUFFIXES: Final = ("tion", "sion", "ment", "ity", "ness", "ism", "ance", "ence")


def _subject(doc: Doc, first: int) -> int:
    """The index of the word just before the verb at ``first`` that is its subject, past auxiliaries, adverbs,
    dates and a clause between dashes; -1 if none in the sentence."""
    opening = doc.sentences[doc.sentence_of[first]].first
    dates = word_lists().dates
    norms, tokens = doc.norms, doc.tokens
    k = first - 1
    skipped = 0
    while k >= opening and skipped < _BACK:
        if tokens[k] in _DASHES or tokens[k] in _COMMAS:  # "The controversy — which ... — is threatening"
            marks = _DASHES if tokens[k] in _DASHES else _COMMAS
            j = k - 1
            while j >= opening and k - j < _CLAUSE and tokens[j] not in marks:
                j -= 1
            if j < opening or tokens[j] not in marks:
                return -1
            k = j - 1
            continue
        if not doc.is_word[k]:
            return -1
        if norms[k] in _BETWEEN or norms[k] in dates:
            k -= 1
            skipped += 1
            continue
        return k
    return -1


def _thing(doc: Doc, k: int) -> bool:
    """Is word ``k`` a lower-case noun for an event, a situation, a measure or a thing, not a person or a body?"""
    tok, norm = doc.tokens[k], doc.norms[k]
    if not tok[:1].islower():
        return False
    lists = word_lists()
    if norm in lists.titles or norm in lists.org_heads or norm in lists.vague or norm in lists.groups \
            or norm in lists.person_nouns or norm in load_word_set("collective_agents"):
        return False  # a person, a group or a body ("the delegation threatened to walk out")
    return norm in load_word_set("threat_likelihood_subjects") or norm.endswith(_ABSTRACT_SUFFIXES)


def threat_as_likelihood(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "threaten" whose subject is an event or a thing ("the move threatens to
    revive tensions")?"""
    last = stop - 1
    while last > first and not doc.is_word[last]:
        last -= 1
    if doc.norms[last] not in _THREATEN:
        return False
    verb = first
    while verb < last and doc.norms[verb] not in _THREATEN and doc.norms[verb] not in _BETWEEN:
        verb += 1
    k = _subject(doc, verb if doc.norms[verb] in _BETWEEN else last)
    if k < 0:
        return False
    if _thing(doc, k):
        return True
    # the head before a complement: "the furor over Omar's remarks — ... — is threatening"
    opening = doc.sentences[doc.sentence_of[k]].first
    for j in range(k - 1, max(opening, k - 4) - 1, -1):
        if doc.norms[j] in _OF:
            return j - 1 >= opening and doc.is_word[j - 1] and _thing(doc, j - 1)
        if not doc.is_word[j]:
            return False
    return False
