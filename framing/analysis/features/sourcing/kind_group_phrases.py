"""An unnamed group of people before a preposition, shown as a named organisation or person.

"Democrats in Congress immediately cried foul", "Critics of the Trump administration blame", "lawmakers on the
House intelligence committee said", "most black Americans throughout the country reject" and "Loyalists of
President Trump fear" speak for people nobody names: a reader calls them anonymous or vague, whatever body or
person the preposition brings in. The cue model's reading made them a named organisation, and a reading of
"Smith of Texas" (:func:`.reader.reader_kind`) made "Loyalists of President Trump" a person named Loyalists.
Readers of the AllSides dev sample marked two such kinds wrong in draws 6969-7070 (nineteenth pass); the dev
output held ten.

The phrase opens (after at most a determiner or a quantifier) with a plural word for people from the crowd
list (``WordLists.groups``: "Democrats", "Americans", "lawmakers", "critics"), or, before "of" only, a plural
ending like one ("loyalists", "defenders") written lower case or capitalised only as its sentence opens. Not a
body's name of that shape: "Americans for Prosperity", "Taxpayers for Common Sense", "Democrats Against ..."
(the preposition "for" or "against" before a capitalised word), nor a person ("Hess of the American
Enterprise Institute": no plural word for people), nor office holders, each named by the office ("The
presidents of Bolivia and Nicaragua").

A group defined by what its people do is unnamed too, whoever it does it to: "Those opposing Obama argue",
"people living near the plant said", "anyone following the case knows" (a word for people, then a lower-case
-ing word and its object): the name in the object is not the speaker. Readers of the final draws of the
nineteenth pass marked "Those opposing Obama", shown as the person Obama, wrong.
"""
from __future__ import annotations

from typing import Final

from .facts import DocFacts, base_norm
from .grammar import WordLists, is_cap
from .reader import OFFICES

# prepositions after which the group's body or place follows ("Democrats in Congress", "critics of the plan")
_PREPOSITIONS: Final = frozenset({"of", "for", "at", "with", "from", "in", "on", "throughout", "across", "around",
                                  "inside", "outside", "within", "against"})
# words that may open the phrase before the group's word ("the", "some", "top")
_OPENERS: Final = frozenset({"the", "some", "many", "most", "top", "other", "several", "few", "all"})
# endings of plural nouns for people outside the crowd list ("loyalists", "defenders")
_PEOPLE_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees")
_BODY_NAME_PREPOSITIONS: Final = frozenset({"for", "against"})  # "Americans for Prosperity"
# words for people that a participle defines ("those opposing", "people living near")
_PARTICIPLE_GROUPS: Final = frozenset({"those", "people", "anyone", "everyone", "others", "residents", "voters",
                                       "americans", "parents", "workers", "families", "someone", "somebody"})


def group_before_preposition(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the speaker ``[first, stop)`` an unnamed group of people before a preposition (see the module
    docstring)?"""
    doc = facts.doc
    norms, tokens = doc.norms, doc.tokens
    k = first
    while k < stop and k - first < 2 and norms[k] in _OPENERS:
        k += 1
    prep = k + 1
    if prep + 1 >= stop or not doc.is_word[k] or norms[prep] not in _PREPOSITIONS:
        return False
    if norms[prep] in _BODY_NAME_PREPOSITIONS and is_cap(tokens[prep + 1]):
        return False  # "Americans for Prosperity", "Taxpayers for Common Sense": a body's name
    word = base_norm(norms[k])
    if word in lists.groups:
        return True
    opening = doc.sentences[doc.sentence_of[k]].first == k
    if word.endswith("s") and word[:-1] in OFFICES:
        return False  # "The presidents of Bolivia and Nicaragua": office holders, each one named by the office
    return norms[prep] == "of" and word.endswith(_PEOPLE_ENDINGS) and not word.endswith("ss") \
        and (not is_cap(tokens[k]) or opening)


def group_by_participle(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the speaker ``[first, stop)`` a word for people followed by a lower-case -ing word and more ("Those
    opposing Obama", "people living near the plant")?"""
    doc = facts.doc
    norms, tokens = doc.norms, doc.tokens
    k = first + 1 if norms[first] in ("the", "some", "many", "all") else first
    verb = k + 1
    if verb + 1 >= stop or norms[k] not in _PARTICIPLE_GROUPS:
        return False
    word = tokens[verb]
    return doc.is_word[verb] and word.islower() and word.endswith("ing") and len(word) > 5


def unnamed_group_kind(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                       lists: WordLists) -> tuple[str, str, str]:
    """``found`` (kind, name, key), or the group's text as anonymous when a named organisation or person is an
    unnamed group of people (:func:`group_before_preposition`, :func:`group_by_participle`)."""
    if found[0] not in ("organization", "person") or not (group_before_preposition(facts, first, stop, lists)
                                                          or group_by_participle(facts, first, stop)):
        return found
    doc = facts.doc
    text = doc.cut(doc.starts[first], doc.ends[stop - 1])
    return "anonymous", text, text.lower()
