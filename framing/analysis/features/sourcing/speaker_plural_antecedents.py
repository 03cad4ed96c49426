"""The group a speaking "they" stands for when no speaker cited before fits: the plural noun phrase for people
nearest before it, in its sentence or the one before ("The strategy is lampooned by moderate Republicans. They
note that ..." is the moderate Republicans; "Republicans who control the Senate won't bring the bill to the
floor. They say it ignores ..."). A reader takes that group; "pronoun not resolved" names nobody.

A group in the pronoun's own sentence comes before the speaker cited in a sentence further back ("Officials
said ... If Democrats are serious about the threat they say Trump poses" is the Democrats).

Not: a group after "to", "with", "about" or "against" (the ones spoken to or about: "Trump told reporters ...
They" is not the reporters), an owner ("Democrats' plan"), a group word before another noun ("Republican
voters' worries"), or one inside a "one of" ("one of the critics").
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, np_left

# how far back (tokens) a group may stand before the pronoun
_WINDOW: Final = 60

# words right before a group (past its adjectives) that make it the one spoken to or about
_SPOKEN_TO: Final = frozenset({"to", "with", "about", "against", "told", "tell", "tells", "asked", "urged", "for",
                               "among", "between", "like", "than", "including", "as"})

# plural vague words that name no people
_NO_PEOPLE: Final = frozenset({"documents", "reports", "posts", "rumors", "rumours", "outlets", "media", "many",
                               "some", "others", "groups", "matter", "knowledge", "ground"})


_CLOSING: Final = frozenset({"”", '"'})
_TAG_MARKS: Final = frozenset({",", "—", "–", "”", '"'})


def _quote_opening(doc: Doc, t: int, first: int) -> int:
    """The token of the quotation mark that opens the quotation closed at ``t`` (or ``first``): the words
    quoted are the speaker's, not the writer's naming of a group."""
    k = t - 1
    while k > first and doc.tokens[k] not in ("“", '"'):
        k -= 1
    return k


def plural_group_before(doc: Doc, at: int, lists: WordLists, cited: int = -1) -> tuple[int, int] | None:
    """The span of the plural group a "they" at token ``at`` stands for (see the module docstring), or None.
    With ``cited`` (where the speaker cited last ends), only a group in the pronoun's own sentence when that
    speaker was cited in a sentence before it: "If Democrats are serious about the threat they say Trump
    poses" is the Democrats, not the officials of the paragraph before."""
    si = doc.sentence_of[at]
    first = doc.sentences[si - 1].first if si > 0 else doc.sentences[si].first
    first = max(first, at - _WINDOW)
    if cited >= 0:
        if cited > doc.sentences[si].first or at > 0 and doc.tokens[at - 1] in _TAG_MARKS:
            # the speaker cited last is in the pronoun's sentence: theirs; or the pronoun tags what the clause
            # before it says ("Many lawmakers wore white, they said": the speaker further back)
            return None
        first = max(first, doc.sentences[si].first)
    t = at
    while t > first:
        t -= 1
        if doc.tokens[t] in _CLOSING:
            t = _quote_opening(doc, t, first)  # '"Internet users must not be held hostage," they wrote'
            continue
        if not doc.is_word[t]:
            continue
        norm = doc.norms[t]
        if norm in ("he", "she", "it", "they", "we", "i"):
            return None  # another pronoun comes between: the chain is someone else's
        word = base_norm(norm)
        if not (word in lists.groups or word in lists.vague and word.endswith("s") and word not in _NO_PEOPLE):
            continue
        if norm.endswith(("'s", "’s", "s'", "s’")) and word != norm \
                or t + 1 < at and doc.tokens[t + 1] in ("'", "’"):
            return None  # "Democrats' plan", "their parents’ parochialism": an owner
        if t + 1 < at and doc.is_word[t + 1] and base_norm(doc.norms[t + 1]) in lists.groups:
            continue  # "Republican senators": the head is the next word
        sent_first = doc.sentences[doc.sentence_of[t]].first
        np = np_left(doc, t + 1, sent_first, lists)
        if np is None or np[1] != t + 1:
            return None
        before = np[0] - 1
        if before >= sent_first and doc.norms[before] in _SPOKEN_TO:
            return None
        if before >= sent_first + 1 and doc.norms[before] == "of" and doc.norms[before - 1] in ("one", "none", "each"):
            return None
        return np
    return None
