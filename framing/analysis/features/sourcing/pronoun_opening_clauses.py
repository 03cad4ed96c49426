"""A sentence that opens with a subordinate clause ("When Ms. Lane said ..., Rep. Ann Ortiz said ...", "When
pressed on whether he would veto the bill, Walker hedged"): its main clause's subject is who the sentence is
about.

Two readings follow for a speaking he/she after it. The subject of the main clause comes before a person
named inside the opening clause ("When Ms. Nielsen said anyone can ask for asylum, Rep. Nanette Barragan said
she has seen cases ... She said" is Barragan: readers marked "She = Nielsen" wrong, draw 3737). And a pronoun
of the same gender inside the opening clause is the main subject's own, said before the name ("When pressed
by the moderator if he would veto ..., Walker hedged. '...,' he replied" is Walker: readers marked "he =
Barrett" wrong, draw 4747), so it does not make the sentence about someone further back.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# words that open a subordinate clause before the main one
_SUBORDINATORS: Final = frozenset({"when", "whenever", "if", "after", "before", "while", "although", "though",
                                   "since", "because", "once", "until", "unless", "whereas"})
# how many tokens an opening clause runs at most before its comma
_CLAUSE_REACH: Final = 40


def opening_clause_end(doc: Doc, sent_first: int, stop: int) -> int:
    """The token of the comma that ends a subordinate clause opening the sentence at ``sent_first`` (before
    ``stop``), or -1 when the sentence opens with no such clause."""
    first = next((t for t in range(sent_first, min(stop, sent_first + 3)) if doc.is_word[t]), -1)
    if first < 0 or doc.norms[first] not in _SUBORDINATORS:
        return -1
    for t in range(first + 1, min(stop, first + _CLAUSE_REACH)):
        if doc.tokens[t] == ",":
            return t
        if doc.tokens[t] in (";", ":", "“", '"'):
            return -1
    return -1


def main_clause_first(doc: Doc, sent_first: int, stop: int, firsts: list[int]) -> list[int]:
    """The indices of ``firsts`` (tokens where subjects start, in order) to prefer: those of the main clause,
    after an opening subordinate clause, when there are any; else all."""
    end = opening_clause_end(doc, sent_first, stop)
    if end < 0:
        return list(range(len(firsts)))
    main = [i for i, t in enumerate(firsts) if t > end]
    return main or list(range(len(firsts)))


def chain_start(doc: Doc, sent_first: int, chosen: int) -> int:
    """Where to look for the same pronoun before a subject chosen at token ``chosen``: after an opening
    subordinate clause that ends before it (a pronoun there is the subject's own), else the sentence's start."""
    end = opening_clause_end(doc, sent_first, chosen)
    return end + 1 if 0 <= end < chosen else sent_first
