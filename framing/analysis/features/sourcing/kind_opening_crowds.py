"""A plural noun for people that opens its sentence, read as a surname: unnamed people, not a named person.

The first reading (:mod:`.speakers`) takes one capitalised word before a cue for a surname ("Sanders said").
Opening its sentence, a common noun is capitalised too: "Insurers also objected", "Backers say",
"Environmentalists have framed", "Agents said" name nobody; they are a crowd, a vague source. In the AllSides
dev output (seventeenth pass) six such words were shown as named persons, each wrong as readers judge kinds
("a person with a name is a named person"; "officials", "experts", "critics" are vague); the non-speaker
lexicon's groups ("Democrats", "Protesters") were already read as crowds.

The word must have a people-noun plural ending ("-ers", "-ors", "-ists", "-ians", "-ants", "-ents"), open its
sentence (or follow an opening quote or a colon), and never be capitalised inside a sentence of the article,
nor be a given name: a surname with such an ending ("Sanders", "Rogers", "Conyers") is written inside a
sentence when the article introduces the person ("Sen. Bernie Sanders"), so it stays a person.
"""
from __future__ import annotations

from typing import Final

from .facts import DocFacts, base_norm
from .given_names import first_names

# plural endings of nouns for people by what they do or hold ("insurers", "backers", "environmentalists")
_PEOPLE_PLURALS: Final = ("ers", "ors", "ists", "ians", "ants", "ents")
_OPENERS: Final = frozenset({"“", "\"", "‘", "'", "(", ":", "—", "-"})


def opening_crowd(facts: DocFacts, first: int, stop: int) -> bool:
    """Is ``[first, stop)`` one capitalised plural noun for people opening its sentence, a word the article
    never capitalises inside a sentence (see the module's docstring)?"""
    doc = facts.doc
    if stop - first != 1 or not doc.is_word[first]:
        return False
    token = doc.tokens[first]
    if not token[:1].isupper() or token.isupper() or not token[1:].islower():
        return False
    base = base_norm(doc.norms[first])
    if not base.endswith(_PEOPLE_PLURALS) or len(base) < 6:
        return False
    sent = doc.sentences[doc.sentence_of[first]]
    opens = first == sent.first or (first > sent.first and not doc.is_word[first - 1]
                                    and doc.tokens[first - 1] in _OPENERS)
    if not opens:
        return False
    return base not in facts.name_case().inside and base not in first_names()
