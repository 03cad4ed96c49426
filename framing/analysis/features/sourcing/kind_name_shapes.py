"""Second looks at a speaker's kind from the shape of its capitalised name, where a word of the name misled
the first reading (:mod:`.speakers`).

Readers of the AllSides dev sample (session 30, independent draws 2121 and 2222, and same-story pairs) judged
these kinds wrong:

- a body's name whose head stands before "for" or "of" ("the Center for Public Integrity", "the Society of
  Critical Care Medicine"), read as a person named by the words after the preposition: the organisation;
- a firm's name with an ampersand ("AT&T", "the latest S&P") or ending in a firm's word that is no
  organisation word elsewhere ("Fidelity Investments", "the Covid Tracking Project"): the organisation;
- a first name before a surname that is also a title or a word of a body's name ("Natalie Dean", "Alan
  Cross" beside "the Red Cross"), and that surname alone after the article wrote the full name: the person;
- two bodies' names joined by "and" ("the Open Technology Institute and Public Knowledge"), read as unnamed
  because the last word is also a vague source's ("people with knowledge of"): the organisations.

Titled people stay people: "Club for Growth President Chris Chocola", "Office of Management and Budget
Director Mick Mulvaney", "Greg Valliere of Potomac Research", "Texas A&M professor George Edwards".
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon, load_word_set
from .aliases import plain
from .facts import DocFacts, base_norm
from .given_names import first_names, given_name
from .grammar import WordLists, is_cap

_JOINING: Final = frozenset({"the", "of", "for", "on", "and", "a", "&"})
_BODY_PREPOSITIONS: Final = frozenset({"for", "of", "on"})
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof"})


def body_heads() -> frozenset[str]:
    """Last words of a firm's or project's name (``lexicons/kind_body_heads.txt``): "investments", "project"."""
    return load_word_set("kind_body_heads")


@functools.cache
def _one_word_org_heads() -> frozenset[str]:
    """Organisation heads that are a whole term alone ("center", "church"), not only a word of a longer one
    ("cross" of "red cross")."""
    return frozenset(e.term for e in load_lexicon("source_heads").entries
                     if e.category == "org_head" and len(e.words) == 1)


def _capitalised_name(doc, a: int, stop: int) -> bool:
    """Are the words of ``[a, stop)`` capitalised, but for joining words ("of", "for", "and", "&")?"""
    return all(not doc.is_word[t] or is_cap(doc.tokens[t]) or doc.norms[t] in _JOINING for t in range(a, stop))


def body_by_name_shape(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is a phrase read as a person's name a body's name by its shape (see the module's docstring)?"""
    doc = facts.doc
    a = first + 1 if doc.norms[first] == "the" else first
    if a >= stop or not _capitalised_name(doc, a, stop):
        return False
    if any(base_norm(doc.norms[t]) in lists.titles and is_cap(doc.tokens[t]) for t in range(a, stop)):
        return False  # "Club for Growth President Chris Chocola": a titled person
    if any("&" in doc.tokens[t] and len(doc.tokens[t]) > 1 for t in range(stop - 1, stop)) \
            or stop - a >= 3 and doc.tokens[stop - 2] == "&":
        return True  # "AT&T", "Johnson & Johnson"
    prep = next((t for t in range(a + 1, min(stop, a + 4)) if doc.norms[t] in _BODY_PREPOSITIONS), None)
    if prep is not None and prep + 1 < stop and base_norm(doc.norms[prep - 1]) in _one_word_org_heads():
        return True  # "the Center for Public Integrity", "The Society of Critical Care Medicine"
    last = base_norm(doc.norms[stop - 1])
    # ("Greg Valliere of Potomac Research" opens with a first name: a person of the firm)
    return stop - a >= 2 and last in body_heads() and base_norm(doc.norms[a]) not in first_names()


def person_by_name_shape(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The person's name of a phrase read as unnamed or as a body whose surname is also a title or a word of a
    body's name ("Natalie Dean", "Alan Cross", "Cross" after "Alan Cross"); else None."""
    doc = facts.doc
    last = stop - 1
    if not doc.is_word[last] or not is_cap(doc.tokens[last]) or doc.tokens[last].isupper() \
            or doc.norms[last].endswith(("'s", "’s")):
        return None
    word = base_norm(doc.norms[last])
    if word not in lists.titles and (word not in lists.org_heads or word in _one_word_org_heads()):
        return None
    titled = 2 < stop - first <= 5 and all(base_norm(doc.norms[t]) in lists.titles or base_norm(doc.norms[t]) in lists.org_heads
                                           for t in range(first, last - 1))
    if titled:
        first = last - 1  # "spokeswoman Dana White", "Pentagon spokeswoman Dana White": a title before the name
    if stop - first == 2:
        given = doc.tokens[first]
        if doc.is_word[first] and is_cap(given) and not given.isupper() and given_name(base_norm(doc.norms[first])) \
                and base_norm(doc.norms[first]) not in lists.titles and base_norm(doc.norms[first]) not in lists.org_heads \
                and (titled or first == 0 or base_norm(doc.norms[first - 1]) not in lists.titles):
            return doc.cut(doc.starts[first], doc.ends[last])  # "Natalie Dean", "Alan Cross", "Dana White"
        return None
    if stop - first != 1 or doc.sentences[doc.sentence_of[first]].first == first:
        return None
    at = facts.surnames().full_name.get(plain(doc.tokens[last]), last)
    if at < last and given_name(base_norm(doc.norms[at - 1])) and base_norm(doc.norms[at - 1]) not in lists.titles:
        return doc.tokens[last]  # "Cross says" after "Alan Cross, a pastor,"
    return None


def bodies_joined(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Are two or more bodies' names joined by "and" ("the Open Technology Institute and Public Knowledge"):
    capitalised words, one of them before "and" an organisation head?"""
    doc = facts.doc
    a = first + 1 if doc.norms[first] == "the" else first
    and_at = next((t for t in range(a + 1, stop - 1) if doc.norms[t] == "and"), None)
    if and_at is None or not _capitalised_name(doc, a, stop) or doc.norms[stop - 1] == "and":
        return False
    if any(is_cap(doc.tokens[t]) and (base_norm(doc.norms[t]) in lists.groups or base_norm(doc.norms[t]) in lists.titles)
           for t in range(a, stop)):
        return False  # "Democrats and Republicans", "Chairman and CEO"
    return base_norm(doc.norms[and_at - 1]) in _one_word_org_heads()
