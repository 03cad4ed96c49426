"""Phrases found where a speaker stands that open their sentence and name nobody (curated by reading the
AllSides dev corpus and the session-31 fresh draw of speakers):

- a participle's clause ("Jabbing the President in a personal way, Comey noted", "Echoing Bouie, ...",
  "Stumping for Donald Trump, ...", "Making a charge ..."): an -ing word opening the sentence, then an
  object (a determiner, a possessive, a preposition or a name). An -ing word that modifies a title or a
  group stays ("Acting Defense Secretary Mark Esper", "Ranking Member Doug Collins", "Striking workers");
  whether the word is a name the article writes inside sentences (Beijing, Rowling) the caller asks;
- a lone determiner, what is left of a phrase cut at a capitalised date ("According to a Monday poll from
  Monmouth University" gave "a");
- a lone "research" opening its sentence ("Research has found that ..."): a body of work, no one.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .grammar import is_cap

# -ing words that modify a title, an office or a group ("Acting Secretary", "Outgoing Chairman", "Leading
# Democrats", "Striking workers"): the phrase they open is a speaker
_MODIFYING_PARTICIPLES: Final = frozenset({"acting", "outgoing", "incoming", "ranking", "leading", "presiding",
                                           "founding", "managing", "visiting", "governing", "reigning", "sitting",
                                           "retiring", "traveling", "travelling", "dissenting", "striking",
                                           "remaining", "opposing", "participating", "voting", "polling",
                                           "morning", "evening", "housing", "working", "ruling", "surviving",
                                           "grieving", "rising", "emerging", "existing", "competing", "neighboring",
                                           "neighbouring", "supervising", "consulting", "attending", "reporting",
                                           "investigating", "prosecuting", "defending", "sponsoring", "ensuing",
                                           "underlying", "winning", "losing", "trailing", "fighting", "striving",
                                           "aspiring", "dying", "living", "veteran", "wedding", "building"})

# words after the -ing word that make it a verb with an object or an adverbial ("Jabbing the President",
# "Stumping for", "Overlooking his")
_OBJECT_OPENERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
                                    "that", "these", "those", "for", "to", "at", "on", "in", "with", "about",
                                    "from", "into", "over", "up", "out", "back", "off", "him", "them", "it", "us"})

_DETERMINERS: Final = frozenset({"a", "an", "the", "this", "these", "those", "that", "some", "any"})


def participle_clause(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase of two words or more a participle's clause: an -ing word (six letters or more) opening it,
    not one that modifies a title or a group, then a determiner, possessive, preposition or a capitalised word?"""
    if stop - first < 2 or not doc.is_word[first] or not is_cap(doc.tokens[first]):
        return False
    norm = base_norm(doc.norms[first])
    if not norm.endswith("ing") or len(norm) < 6 or norm in _MODIFYING_PARTICIPLES:
        return False
    nxt = first + 1
    return doc.is_word[nxt] and (doc.norms[nxt] in _OBJECT_OPENERS or is_cap(doc.tokens[nxt]))


def lone_determiner(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase one determiner alone ("a", "the")?"""
    return stop - first == 1 and doc.norms[first] in _DETERMINERS


def research_opening(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase a lone "research" opening its sentence ("Research has found that ...")?"""
    if stop - first != 1 or doc.norms[first] != "research":
        return False
    sent = doc.sentences[doc.sentence_of[first]]
    return not any(doc.is_word[t] for t in range(sent.first, first))
