"""A reporter's credit at an article's end: "Stanglin reported from McLean, Va.; Contributing: ...".

"Daniella Silva reported from Minneapolis, Alicia Lozano from Los Angeles." names who wrote the article and
where, not a source whose words or view the article attributes: readers mark the name wrong as a speaker. A
"reported from" a place followed by what was reported ("Reuters reported from Havana that many Cubans were
heartened") stays.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .grammar import is_cap

# how many tokens after "from" the credit's places may run ("McLean, Va.", "Minneapolis, Alicia Lozano from Los
# Angeles and Dennis Romero from San Diego.")
_REACH: Final = 24

_CREDIT_ENDS: Final = frozenset({";", ".", ":"})
_PLACE_JOINERS: Final = frozenset({",", ".", "and", "&", "from"})  # ("..., Alicia Lozano from Los Angeles")


def reporters_credit(doc: Doc, m: Match) -> bool:
    """Is the cue ``m`` "reported from" (or "reporting from") with only capitalised places after it, up to a
    ";" or the end of the sentence, no clause of what was reported?"""
    norms, tokens = doc.norms, doc.tokens
    if norms[m.first] not in ("reported", "reporting") or m.first + 2 >= len(norms) or norms[m.first + 1] != "from":
        return False
    si = doc.sentence_of[m.first]
    stop = min(len(norms), m.first + 2 + _REACH, doc.sentences[si].stop)
    if not (is_cap(tokens[m.first + 2]) and doc.is_word[m.first + 2]):
        return False
    for t in range(m.first + 3, stop):
        if tokens[t] in _CREDIT_ENDS and (tokens[t] != "." or t + 1 >= stop or t + 1 == doc.sentences[si].stop):
            return True
        if doc.is_word[t] and not is_cap(tokens[t]) and norms[t] not in _PLACE_JOINERS:
            return False  # "from Havana that many Cubans ...": what was reported
    return stop == doc.sentences[si].stop
