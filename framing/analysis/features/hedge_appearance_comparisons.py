"""A "seem" / "appear" that compares how a thing looks with how it is, fifteenth pass (read on the AllSides
dev corpus; the session-35 fresh draw judged "rejects the idea that the economy is doing as well as it may
seem" wrong: the appearance is set against the writer's claim, nothing of the claim is softened).

:mod:`.hedge_readings` asks :func:`compared_appearance`, which returns why the match is no hedge ('' if it
may be one): "as ADJ as it (may / might) seem", "as surprising as it might seem at first glance", "harder
than it seems": "as ... as" or "than", a pronoun and at most a modal right before the verb. "It seems to
be as good as ..." and "what appeared to be rocks" stay hedges.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import words_back

_APPEARANCE: Final = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
_PRONOUNS: Final = frozenset({"it", "they", "he", "she", "this", "that", "things", "we", "you", "i"})
_MODALS: Final = frozenset({"may", "might", "would", "could", "does", "did", "first", "once", "initially"})
_STOPS: Final = frozenset({".", ";", ":", "?", "!", ",", "—", "–", "(", ")"})
# "as soon as it appeared", "as long as it seems": a time or a condition, not a comparison
_TIME_OR_CONDITION: Final = frozenset({"soon", "long", "far"})
_REACH: Final = 6  # words back: "as well as it may", "as surprising as it might"


def compared_appearance(doc: Doc, match: Match) -> str:
    """Why a "seem" compares a look with what is ('' if it may soften a claim)."""
    words = match.entry.words
    back = [doc.norms[k] for k in words_back(doc, match.first, _REACH, _STOPS)]
    if len(words) == 2 and words[0] in _PRONOUNS and words[1] in _APPEARANCE:
        back = [words[0]] + back  # the phrase "it seems" holds the pronoun
    elif len(words) != 1 or words[0] not in _APPEARANCE:
        return ""
    elif back and back[0] in _MODALS:
        back = back[1:]
    if len(back) < 2 or back[0] not in _PRONOUNS:
        return ""
    if back[1] == "than":
        return "harder than it seems: a look set against what is, not a softened claim"
    # "as ADJ as it may seem" / "as well as it seems": "as", one or two words, "as"
    if back[1] == "as" and "as" in back[3:5] and back[2] not in _TIME_OR_CONDITION:
        return "as well as it may seem: a look set against what is, not a softened claim"
    return ""
