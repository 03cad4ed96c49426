"""Cue words used as nouns that attribute no words and no view (seventeenth pass, first round: readers of draw
5252 marked "peppered the former congressman with questions about it", "her hopes are still alive" wrong; the own
reading of fresh draws and of the AllSides dev corpus found "a voter's warmth was associated with backing for
Trump", "raises questions about whether", "amid questions about the strength of his candidacy", "Republican hopes
are highest in the 31 districts", "would end his White House hopes"):

- "questions about" put to someone or raised by a thing: after a verb of fielding them ("peppered him with",
  "dodged", "faced", "referred", "addressing") or of stirring them ("fueled", "renewed", "sparked"), or after
  "amid"/"despite": questions as events, nobody's doubt is given;
- "hopes"/"hope" as a noun after a possessive ("her hopes are still alive", "his White House hopes") or a party
  adjective ("Republican hopes are highest"), with no "that", "to" or "for" saying what is hoped;
- "backing" as a noun ("backing for Trump", "the backing of the union"): support counted, no words or view.

"Republicans raised questions about his record" (someone's doubt), "the president hopes will replace NAFTA",
"their hopes that the deal holds", "Outside groups backing Clinton" stay cues. Every look is a few tokens long.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_QUESTIONS: Final = frozenset({"questions", "question"})
# verbs of taking, fielding or avoiding questions put to someone, and of stirring them up (things do that)
_FIELDED: Final = frozenset({
    "pepper", "peppered", "peppering", "pelted", "bombarded", "barraged", "dodge", "dodged", "dodges", "dodging",
    "face", "faced", "faces", "facing", "field", "fielded", "fields", "fielding", "refer", "referred", "refers",
    "referring", "address", "addressed", "addressing", "answer", "answered", "answers", "answering", "deflect",
    "deflected", "deflecting", "sidestep", "sidestepped", "sidestepping", "duck", "ducked", "ducking", "evade",
    "evaded", "evading", "avoid", "avoided", "avoiding", "take", "took", "taking", "fueled", "fuelled", "fueling",
    "fuels", "renewed", "renews", "sparked", "sparks", "sparking", "prompted", "prompts", "prompting", "revived",
    "stirred", "spurred", "triggered", "reignited", "amid", "amidst", "despite", "with"})
_HOPES: Final = frozenset({"hopes", "hope"})
_POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# adjectives of a side before "hopes" the noun ("Republican hopes are highest", "sunk Democratic hopes for")
_SIDES: Final = frozenset({"democratic", "republican", "gop", "conservative", "liberal", "presidential",
                           "reelection", "re-election", "election", "electoral", "playoff", "championship"})
# what follows "hopes" the noun (a verb of its own, a preposition, the sentence's end), not its object clause
_AFTER_NOUN: Final = frozenset({"are", "were", "is", "was", "remain", "remained", "rest", "rested", "of", "in",
                                "on", "at", "this", "faded", "dimmed", "rose", "soared", "alive", "."})
_BACKING: Final = frozenset({"backing"})
_NOUN_BEFORE: Final = frozenset({"the", "a", "his", "her", "their", "its", "our", "with", "without", "of", "financial",
                                 "strong", "public", "broad", "bipartisan", "full", "official", "whose"})


def _questions_put(doc: Doc, first: int, head: int) -> bool:
    """"peppered him with questions about it", "dodged questions about", "fueled questions about", "amid
    questions about": questions as events, at most three words after the verb."""
    norms = doc.norms
    if norms[head] not in _QUESTIONS or head + 1 >= len(norms) or norms[head + 1] != "about":
        return False
    for j in range(first - 1, max(-1, first - 4), -1):
        if not doc.is_word[j]:
            return False
        if norms[j] in _FIELDED:
            return True
    return False


def _hopes_noun(doc: Doc, head: int) -> bool:
    """"her hopes are still alive", "would end his White House hopes.", "Republican hopes are highest"."""
    norms, n = doc.norms, len(doc.norms)
    if norms[head] not in _HOPES or head == 0:
        return False
    after = norms[head + 1] if head + 1 < n else "."
    if after in ("that", "to", "for") or doc.tokens[head][:1].isupper():
        return False  # "their hopes that the deal holds", "Republican hopes to win", "China's hopes for a deal": what is hoped
    before = norms[head - 1]
    if before in _POSSESSIVES:
        return True
    if before in _SIDES or before.endswith("'s") or before.endswith("’s"):
        return head + 1 >= n or after in _AFTER_NOUN or not doc.is_word[head + 1]
    # "his White House hopes": a possessive two or three words back, capitalised words between
    j = head - 1
    while j > 0 and head - j <= 3 and doc.tokens[j][:1].isupper():
        j -= 1
    return j < head - 1 and norms[j] in _POSSESSIVES


def _backing_noun(doc: Doc, head: int) -> bool:
    """"backing for Trump", "the backing of the union": the noun, support counted."""
    norms, n = doc.norms, len(doc.norms)
    if norms[head] not in _BACKING:
        return False
    return head + 1 < n and norms[head + 1] == "for" or head > 0 and norms[head - 1] in _NOUN_BEFORE


def noun_attributes_nothing(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "questions about" put or stirred up, "hopes" as a noun without what is
    hoped, or "backing" as a noun?"""
    head = first
    while head < stop and not doc.is_word[head]:
        head += 1
    if head >= stop:
        return False
    return _questions_put(doc, first, head) or _hopes_noun(doc, head) or _backing_noun(doc, head)
