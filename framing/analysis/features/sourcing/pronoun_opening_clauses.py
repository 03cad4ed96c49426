"""A sentence that opens with a subordinate clause ("When Ms. Lane said ..., Rep. Ann Ortiz said ...", "When
pressed on whether he would veto the bill, Walker hedged"): its main clause's subject is who the sentence is
about.

Two readings follow for a speaking he/she after it. The subject of the main clause comes before a person
named inside the opening clause ("When Ms. Nielsen said anyone can ask for asylum, Rep. Nanette Barragan said
she has seen cases ... She said" is Barragan: readers marked "She = Nielsen" wrong, draw 3737). And a pronoun
of the same gender inside the opening clause is the main subject's own, said before the name ("When pressed
by the moderator if he would veto ..., Walker hedged. '...,' he replied" is Walker: readers marked "he =
Barrett" wrong, draw 4747), so it does not make the sentence about someone further back.

A participle of asking opens such a clause too, and the question it reports may be quoted ('Asked by an
anchor whether he was "jumping ship from Santorum to Cruz," Friess laughed. "...," he said' is Friess:
readers marked "he = Begala", the speaker cited before, wrong; nineteenth pass).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# words that open a subordinate clause before the main one
_SUBORDINATORS: Final = frozenset({"when", "whenever", "if", "after", "before", "while", "although", "though",
                                   "since", "because", "once", "until", "unless", "whereas"})
# participles of asking that open a clause whose subject is the main clause's ("Asked whether ..., Friess laughed")
_ASKED: Final = frozenset({"asked", "pressed", "questioned", "quizzed", "challenged"})
# how many tokens an opening clause runs at most before its comma
_CLAUSE_REACH: Final = 40


def opening_clause_end(doc: Doc, sent_first: int, stop: int) -> int:
    """The token of the comma that ends a subordinate clause opening the sentence at ``sent_first`` (before
    ``stop``), or -1 when the sentence opens with no such clause."""
    first = next((t for t in range(sent_first, min(stop, sent_first + 3)) if doc.is_word[t]), -1)
    if first < 0 or doc.norms[first] not in _SUBORDINATORS and doc.norms[first] not in _ASKED:
        return -1
    # (a question asked may be quoted, its comma inside the marks: 'Asked whether he was "jumping ship,"')
    marks = (";", ":") if doc.norms[first] in _ASKED else (";", ":", "“", '"')
    for t in range(first + 1, min(stop, first + _CLAUSE_REACH)):
        if doc.tokens[t] == ",":
            return t
        if doc.tokens[t] in marks:
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


# subordinators before a titled subject whose pronoun follows ("As the president recounted ..., he"); "as" is
# read here too ("As the senator spoke, she"), not "as for"
_TITLED_OPENERS: Final = _SUBORDINATORS | frozenset({"as"})


def titled_opening_subject(doc: Doc, sent_first: int, at: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """The subject "the president" of an opening clause "As the president recounted his story," right before a
    he/she at token ``at``, or None.

    Readers of the eighteenth pass (round 1 leftovers) marked "he = Samet" wrong in "As the president recounted
    his story, he also mentioned that Tuesday was Mr. Samet's birthday": the resolver looks for a person named,
    and a role with "the" names none, so the guest named before was taken. The subject of the opening clause is
    who the main clause's pronoun stands for; a named subject is already read so ("When Kennedy announced ...,
    he called"). Only "the" + a title word + a lowercase verb, the clause ending at the comma right before the
    pronoun."""
    first = next((t for t in range(sent_first, min(at, sent_first + 3)) if doc.is_word[t]), -1)
    if first < 0 or doc.norms[first] not in _TITLED_OPENERS or at - 1 <= first + 3 or doc.tokens[at - 1] != ",":
        return None
    if doc.norms[first + 1] != "the" or doc.norms[first + 2] not in titles:
        return None
    verb = first + 3
    if not doc.is_word[verb] or doc.tokens[verb] != doc.norms[verb] or doc.norms[verb] in ("of", "and", "or", "for"):
        return None  # "As the president of ...", "When the senator and ..."
    if any(doc.tokens[t] in (",", ";", ":", "“", '"') for t in range(verb, at - 1)) \
            or at - 1 - first > _CLAUSE_REACH:
        return None
    return (first + 1, first + 3)
