"""A name after a preposition and the words that describe it: an object, never the subject a pronoun takes.

'She lost in the primary, against long-time incumbent Rep. Jane Roe. "...," she tweeted': the resolver passed
over a name right after a preposition ("with Cummings") but not one with a title or a describing word between
("against long-time incumbent Rep. Roe", "with former Gov. Smith"), took the name for the sentence's subject
and, the sentence opening on "She", gave up on it and fell back on the speaker cited last (readers' draws
7474-7878, speaker kinds: "she is Mckayla Wilkes, not Haynes", 1 of 1). Looking back from the name over at most
_LOOK words that describe a person (a title, an honorific and its dot, a person noun, a modifier such as
"former", a hyphenated word such as "long-time"), a preposition of an object means the name is that object,
and the resolver reads on to the sentence before. Dev output: 1 pronoun set right ('one criticizing the
administration of former President Barack Obama ... "...," he said in the tweet': Trump, not Obama), none lost.

Not: a name after a comma or a verb ("In a statement, Gov. Smith said", "told former Gov. Smith"), which the
look back stops at.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import MODIFIERS, WordLists
from .speakers import HONORIFICS

# how many describing tokens (words and an honorific's dot) may stand between the preposition and the name
_LOOK: Final = 5
# prepositions after which a name is an object ("against", "with", "for"), as pronouns._BEFORE_OBJECT without
# "as" (", as Gov. Smith said": a clause) and "like"
_PREPOSITIONS: Final = frozenset({"of", "for", "to", "with", "by", "about", "against", "from", "on", "at", "in",
                                  "than", "into", "over", "toward", "towards", "under", "behind"})
# describing words of a title that lists may miss
_DESCRIBING: Final = frozenset({"incumbent", "fellow", "longtime", "then", "late", "retiring", "outgoing",
                                "freshman", "embattled", "challenger", "opponent", "rival"})


def described_object(doc: Doc, first: int, lists: WordLists) -> bool:
    """Is the name opening at token ``first`` an object of a preposition with only describing words between
    ("against long-time incumbent Rep. Roe", "with former Gov. Smith"; see the module)?"""
    tokens, norms = doc.tokens, doc.norms
    t = first - 1
    seen = 0
    while t >= 0 and seen <= _LOOK:
        norm = norms[t]
        if norm in _PREPOSITIONS:
            return seen > 0
        describes = tokens[t] == "." and t > 0 and norms[t - 1] in HONORIFICS or norm in HONORIFICS \
            or norm in lists.titles or norm in lists.person_nouns or norm in MODIFIERS or norm in _DESCRIBING \
            or "-" in norm and doc.is_word[t] and norm.replace("-", "").isalpha()
        if not describes:
            return False
        seen += 1
        t -= 1
    return False
