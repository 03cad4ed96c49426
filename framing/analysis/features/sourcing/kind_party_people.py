"""A person called by a party alone ("the Democrat", "The Republican nominee", "the Republican front-runner") is
the one person the article has been speaking of, unless the article introduced an unnamed one so.

Reading session 32's fresh draw of the AllSides dev corpus, "the Democrat" (Cory Booker, named just before, "In his
note to supporters, the Democrat acknowledged") was shown "anonymous or vague", and "The Republican front-runner"
(Trump) a "named organization"; readers of earlier draws judged "the California Democrat" (Adam Schiff) wrong as
vague. A definite singular phrase of a party word and, at most, one role of a single person ("nominee",
"front-runner", "candidate", "lawmaker", "senator") is that person.

It stays unnamed where the article introduced "a(n)"/"one" such person before ("An Iowa Republican said ...
the Republican said", "One Colorado Republican called ... the Republican said"), and a crowd ("the Republican
lawmakers"), a body ("the Republican Party", "the Republican establishment") or an unnamed source ("the
Republican source") is no person.
"""
from __future__ import annotations

from typing import Final

from .facts import DocFacts

_PARTY_PEOPLE: Final = frozenset({"democrat", "republican"})
_PARTY_ADJECTIVES: Final = frozenset({"democratic", "republican", "gop"})
# roles of one person after a party word ("the Republican nominee")
_ROLES: Final = frozenset({"nominee", "front-runner", "frontrunner", "candidate", "lawmaker", "senator",
                           "congressman", "congresswoman", "incumbent", "challenger", "presidential"})
_INTRODUCING: Final = frozenset({"a", "an", "one", "another"})
_LOOK_BACK: Final = 3000  # tokens: the article so far (bounded: a megabyte without a full stop must not hang)
_BETWEEN: Final = 3  # words between "a(n)" and the party word ("An Iowa Republican", "one New York Republican")


def party_person(facts: DocFacts, first: int, stop: int) -> bool:
    """Is ``[first, stop)`` "the" + a party word alone ("the Democrat") or a party word + one person's role ("The
    Republican nominee"), capitalised as a party is, with no unnamed person of that party introduced before?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) not in (2, 3) or doc.norms[words[0]] != "the" or not doc.tokens[words[1]][:1].isupper():
        return False
    party = doc.norms[words[1]]
    if len(words) == 2:
        if party not in _PARTY_PEOPLE:
            return False
    elif party not in _PARTY_ADJECTIVES or doc.norms[words[2]] not in _ROLES:
        return False
    return not _unnamed_introduced(facts, first, party)


def _unnamed_introduced(facts: DocFacts, first: int, party: str) -> bool:
    """Does "a(n)"/"one"/"another" stand up to ``_BETWEEN`` words before the party word somewhere before
    ``first`` ("An Iowa Republican", "one Colorado Republican")?"""
    doc = facts.doc
    norms = doc.norms
    for k in range(first - 1, max(0, first - _LOOK_BACK) - 1, -1):
        if norms[k] != party:
            continue
        for j in range(k - 1, max(0, k - _BETWEEN - 1) - 1, -1):
            if norms[j] in _INTRODUCING:
                return True
            if not doc.is_word[j] or not doc.tokens[j][:1].isupper():
                break
    return False
