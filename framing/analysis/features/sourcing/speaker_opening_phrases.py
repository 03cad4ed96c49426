"""Phrases found where a speaker stands that open their sentence and name nobody (curated by reading the
AllSides dev corpus and the session-31 fresh draw of speakers):

- a participle's clause ("Jabbing the President in a personal way, Comey noted", "Echoing Bouie, ...",
  "Stumping for Donald Trump, ...", "Making a charge ..."): an -ing word opening the sentence, then an
  object (a determiner, a possessive, a preposition or a name). An -ing word that modifies a title or a
  group stays ("Acting Defense Secretary Mark Esper", "Ranking Member Doug Collins", "Striking workers");
  whether the word is a name the article writes inside sentences (Beijing, Rowling) the caller asks;
- a lone determiner, what is left of a phrase cut at a capitalised date ("According to a Monday poll from
  Monmouth University" gave "a");
- a lone "research" opening its sentence ("Research has found that ..."): a body of work, no one;
- a prepositional phrase opening the sentence of a participle cue ("In the New York Times, Bartels and Achen
  go as far as arguing", "In Plandemic, Mikovits relates ..., saying", "In DC, ...", "In Thunberg's case, ...,
  calling"): where the words were published, a place or a topic, not the clause's subject, which follows
  the phrase's comma. Every such span of the dev output (six) was wrong, one judged by readers (draw 5656);
- the words of a quotation that opens the sentence of a participle cue ('"... Virginia conducts fair
  elections ...," Gov. Terry McAuliffe countered, claiming'): the quoted words are the speaker's, and their
  subject is no speaker (readers of draw 5353: "Virginia is inside McAuliffe's quote"); the clause's subject
  follows the closing quotation mark.
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
# lower-case words that open a noun phrase before a capitalised word ("the Post", "his Senate colleagues")
_PHRASE_OPENERS: Final = _DETERMINERS | {"his", "her", "their", "its", "our", "my"}

# prepositions that open a sentence with a phrase of place, time, venue or topic before its subject
_OPENING_PREPOSITIONS: Final = frozenset({"in", "at", "on", "during", "after", "before", "under", "among", "amid",
                                          "despite", "from", "since", "throughout", "within", "inside", "outside",
                                          "following", "unlike", "across", "beyond", "near", "through"})
_PHRASE_REACH: Final = 12  # tokens from the preposition to its comma


def subject_start(doc: Doc, first_word: int, stop: int) -> int:
    """Where the subject of a participle cue's sentence starts, given the sentence's first word and the cue
    at ``stop``: past an opening prepositional phrase and its comma ("In the New York Times, [Bartels] ...");
    -1 where such a phrase has no comma before the cue (no subject to find: "In Active Liberty: Interpreting"),
    unless the cue is a noun its owner has inside the phrase ("In Fox & Friends' framing,"); else ``first_word``."""
    if first_word < 0 or doc.norms[first_word] not in _OPENING_PREPOSITIONS:
        return first_word
    for t in range(first_word + 1, min(stop, first_word + _PHRASE_REACH)):
        if doc.tokens[t] == ",":
            return next((k for k in range(t + 1, stop) if doc.is_word[k]), -1)
    if stop - 1 > first_word and (doc.norms[stop - 1] in ("'", "'s") or doc.norms[stop - 1].endswith("'s")):
        return first_word  # the cue is a noun inside the phrase, its owner before it ("In Smith's telling,")
    return -1


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


_CLOSING_QUOTES: Final = frozenset({"”", '"'})


def after_quotation(doc: Doc, first_word: int, stop: int) -> int:
    """The first word after the last closing quotation mark before the cue at ``stop``, for a sentence whose
    first word ``first_word`` is inside a quotation; -1 where no quotation closes before the cue."""
    q = next((t for t in range(stop - 1, first_word, -1) if doc.tokens[t] in _CLOSING_QUOTES), -1)
    if q < 0:
        return -1
    k = next((k for k in range(q + 1, stop) if doc.is_word[k]), -1)
    if 0 <= k < stop - 1 and not is_cap(doc.tokens[k]) and doc.norms[k] not in _PHRASE_OPENERS \
            and doc.is_word[k + 1] and is_cap(doc.tokens[k + 1]):
        return k + 1  # an inverted verb before the name ('," sang Bob Marley, echoing')
    return k
