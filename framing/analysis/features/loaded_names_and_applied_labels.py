"""Loaded entries that are a surname, a label someone applied, or denied by "far from" (issue 13, ninth pass,
round 2: classes the independent readers of draw 1818 judged wrong in :mod:`.loaded`, each checked on every dev
use):

* a capitalised entry that ends a first-and-last name in a list of names or before a comma ("Christopher Rants,
  Kim Reem"): a surname, no word of the writer's; a capitalised label after a capitalised word with no
  list around it ("Crooked Hillary", "Radical Left") stays;
* a word after "marked as", "flagged as", "tagged as", "branded as", "classified as" ("videos were errantly
  marked as hateful"): the label a platform or an agency applied, reported; "a hateful video" stays;
* "far from (being)" before the entry ("Obama, far from being incompetent, was ..."): denied, as after "not";
* a capitalised entry joined by "&" to another capitalised word that is no loaded word itself ("Standard & Poor's
  affirmed", "the Fast & Furious scandal", a book's "Secrets & Lies"): part of the name of a firm, an operation or
  a work (issue 13, tenth pass: every such pair in the dev corpus read); "the Fake & Corrupt News", two judging
  words paired, stays.
"""
from __future__ import annotations

import functools
from typing import Final

from ..lexicons import load_lexicon
from ..text import Doc
from .phrases import strong_words

# what follows a name in a list or a sentence: a comma, a semicolon, a bracket, "and"
_AFTER_A_NAME: Final = frozenset({",", ";", ")", "and", "&"})
_LIST_OPENERS: Final = frozenset({",", ";", "(", "and", "&", ":"})
_APPLYING: Final = frozenset({"marked", "flagged", "tagged", "branded", "classified", "rated", "categorized",
                              "categorised"})


def _capitalised_word(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    return doc.is_word[k] and token[:1].isupper() and not token.isupper() and len(token) > 1


def _surname_in_list(doc: Doc, first: int, stop: int) -> bool:
    """"Christopher Rants, Kim Reem": the entry is capitalised, a capitalised word before it opens a name after a
    comma or "and" (or at the sentence start), and a comma or "and" then a capitalised word follow it."""
    if stop - first != 1 or first < 1 or not _capitalised_word(doc, first):
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    given = first - 1
    if given < sentence.first or not _capitalised_word(doc, given):
        return False
    opens = given == sentence.first or (given - 1 >= sentence.first and doc.norms[given - 1] in _LIST_OPENERS)
    if not opens:
        return False
    return stop + 1 < sentence.stop and doc.norms[stop] in _AFTER_A_NAME and _capitalised_word(doc, stop + 1)


@functools.cache
def _judging_words() -> frozenset[str]:
    """The loaded lexicon's single words, its phrases' first words ("fake" of "fake news") and the strongly
    valenced VADER words: a partner of these across "&" makes a pair of judging words, not a name."""
    firsts = frozenset(e.words[0] for e in load_lexicon("loaded").entries if "*" not in e.words[0])
    return firsts | strong_words()


def ampersand_name(doc: Doc, first: int, stop: int) -> bool:
    """"Standard & Poor's", "Fast & Furious": one capitalised word, "&" on one side of it and beyond that a
    capitalised word that judges nothing ("Fake & Corrupt" is a pair of judging words)."""
    if stop - first != 1 or not _capitalised_word(doc, first):
        return False
    n = len(doc.norms)
    for amp, partner in ((first - 1, first - 2), (stop, stop + 1)):
        if 0 <= partner < n and doc.norms[amp] == "&" and _capitalised_word(doc, partner) \
                and doc.norms[partner] not in _judging_words():
            return True
    return False


def _applied_label(doc: Doc, first: int) -> bool:
    """"marked as hateful", "flagged as a hate group": a label applied by someone, one or two words before."""
    floor = doc.sentences[doc.sentence_of[first]].first
    for k in range(max(floor, first - 3), first - 1):
        if doc.norms[k] in _APPLYING and doc.norms[k + 1] == "as":
            return True
    return False


def _far_from(doc: Doc, first: int) -> bool:
    """"far from incompetent", "far from being incompetent"."""
    k = first - 1
    if k >= 0 and doc.norms[k] == "being":
        k -= 1
    return k >= 1 and doc.norms[k] == "from" and doc.norms[k - 1] == "far"


def name_or_applied_label(doc: Doc, first: int, stop: int) -> str | None:
    """Why the loaded entry at tokens ``[first, stop)`` is a surname, an applied label or denied (or None)."""
    if _surname_in_list(doc, first, stop):
        return "Christopher Rants, Kim Reem: a surname in a list of names, not a word used to judge"
    if _applied_label(doc, first):
        return "marked as hateful: the label a platform or an agency applied, reported"
    if _far_from(doc, first):
        return "far from being incompetent: denied, as after 'not'"
    if ampersand_name(doc, first, stop):
        return "Standard & Poor's, Fast & Furious: a word of a name joined by '&', not a word used to judge"
    return None
