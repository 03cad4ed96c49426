"""A body the article named in full, met again by the first word of its name alone, read as a person's surname.

Readers of the AllSides dev sample judged "Kaiser points out" (after "a 2011 Kaiser Family Foundation study",
draw 5252) and "Brookings" (after "the Brookings Institution", draw 4444) wrong as named persons: the word is the
short form of the body's name, an organisation. So a one-word speaker read as a person is the organisation where
the article wrote, within ``_REACH`` tokens before it, the same word opening a capitalised name that ends in an
organisation's head word ("Kaiser Family Foundation", "Cato Institute", "Pew Research Center"); an outlet where
the name is an outlet's ("Fox reported" after "Fox News").

Kept a person: a word the article also writes as a person's surname anywhere (after a first name, an initial,
an honorific or a title: "the Clinton Foundation" beside "Hillary Clinton", "Gerald Ford", "Mr. Gates"), or
before another name ("Kim Jong Un"), or follows with "he" or "she" in its sentence ("Trump ... he said"); a word
that is a common first name; a label before a colon ("[Watch Fox: ...").
"""
from __future__ import annotations

from typing import Final

from .aliases import plain
from .facts import DocFacts, base_norm
from .given_names import given_name
from .grammar import WordLists, is_cap

_REACH: Final = 1500  # tokens before the phrase to look for the body's full name
_AROUND: Final = 2500  # tokens either side of the phrase read for the word written as a person's
_NAME_WORDS: Final = 3  # capitalised words after the short form, up to the body's head ("Family Foundation")
_BEFORE_A_NAME: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "president",
                                   "senator", "speaker", "leader"})
_HE_SHE: Final = frozenset({"he", "his", "him", "himself", "she", "her", "herself"})
_PEOPLE_AFTER: Final = 7  # tokens after the word read for "he" or "she"


def short_body_name(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The kind ("organization", or "outlet" where the full name is an outlet's: "Fox" after "Fox News") of the
    one-word phrase ``[first, stop)`` that is the first word of a body's name the article wrote in full before
    (see the module's docstring); else None."""
    doc = facts.doc
    if stop - first != 1 or not doc.is_word[first] or not is_cap(doc.tokens[first]) or doc.tokens[first].isupper():
        return None
    word = plain(doc.tokens[first])
    base = base_norm(doc.norms[first])
    if given_name(base) or base in lists.org_heads or base in lists.titles:
        return None
    if stop < len(doc.tokens) and doc.tokens[stop] == ":":
        return None  # "[Watch Fox: ...": a label before a colon, left as read
    kind = next((found for k in range(first - 1, max(0, first - _REACH) - 1, -1)
                 if (found := _opens_body_name(facts, k, word, lists)) is not None), None)
    if kind is None or _written_as_a_person(facts, first, word, lists):
        return None
    return kind


def _opens_body_name(facts: DocFacts, k: int, word: str, lists: WordLists) -> str | None:
    """The kind of the capitalised name the word at ``k`` opens, in one sentence, with no possessive inside it:
    "outlet" where it is an outlet's name or ends in an outlet's head word ("Fox News"), "organization" where it
    ends in an organisation's head word ("Kaiser Family Foundation"); else None."""
    doc = facts.doc
    if not doc.is_word[k] or not is_cap(doc.tokens[k]) or plain(doc.tokens[k]) != word \
            or doc.norms[k].endswith(("'s", "’s")):
        return None
    n = len(doc.tokens)
    for j in range(k + 1, min(n, k + 1 + _NAME_WORDS)):
        if not doc.is_word[j] or not is_cap(doc.tokens[j]) or doc.sentence_of[j] != doc.sentence_of[k]:
            return None
        head = base_norm(doc.norms[j])
        if " ".join(base_norm(doc.norms[t]) for t in range(k, j + 1)) in lists.outlets or head in lists.outlet_heads:
            return "outlet"
        if head in lists.org_heads and head not in lists.titles \
                and (len(head) > 3 or doc.tokens[j].removesuffix("'s").removesuffix("’s").isupper()):
            return "organization"  # (a short head in capitals only: "Un" of "Kim Jong Un" is no "UN")
        if doc.norms[j].endswith(("'s", "’s")):
            return None
    return None


def _other_name_after(facts: DocFacts, k: int, lists: WordLists) -> bool:
    """Does a capitalised word follow the word at ``k`` in its sentence, opening no body's name ("Kim Jong
    Un")?"""
    doc = facts.doc
    j = k + 1
    return j < len(doc.tokens) and doc.is_word[j] and is_cap(doc.tokens[j]) and doc.sentence_of[j] == doc.sentence_of[k]


def _written_as_a_person(facts: DocFacts, first: int, word: str, lists: WordLists) -> bool:
    """Does the article write the word (not opening a body's name) after a first name, an initial, an honorific,
    a title or another capitalised word inside a sentence ("Hillary Clinton", "Henry J. Kaiser"), before another
    name ("Kim Jong Un"), or follow it with "he" or "she" in its sentence?"""
    doc = facts.doc
    n = len(doc.tokens)
    for k in range(max(0, first - _AROUND), min(n, first + _AROUND)):
        if not doc.is_word[k] or plain(doc.tokens[k]) != word or not is_cap(doc.tokens[k]):
            continue
        if _opens_body_name(facts, k, word, lists) is not None:
            continue
        if _other_name_after(facts, k, lists):
            return True  # "Kim Jong Un": a name the word opens, no body's
        p = k - 1
        if p >= 0 and doc.tokens[p] == "." and p >= 1:
            p -= 1  # "Mr. Kaiser", "Henry J. Kaiser"
        if p >= 0 and doc.is_word[p] and doc.sentence_of[p] == doc.sentence_of[k]:
            before = base_norm(doc.norms[p])
            sent = doc.sentences[doc.sentence_of[p]]
            opening = next((j for j in range(sent.first, sent.stop) if doc.is_word[j]), p)
            if before in _BEFORE_A_NAME or given_name(before) or is_cap(doc.tokens[p]) and opening != p:
                return True  # (a capitalised title is a capitalised word: "Senator Kaiser")
        sent_stop = doc.sentences[doc.sentence_of[k]].stop
        if any(doc.norms[j] in _HE_SHE for j in range(k + 1, min(sent_stop, k + _PEOPLE_AFTER))):
            return True
    return False
