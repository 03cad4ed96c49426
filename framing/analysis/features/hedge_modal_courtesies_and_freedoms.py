"""A "may" of courtesy, a "could" that shares a "could freely" and a feeling's "could", sixteenth pass
(read on the AllSides dev corpus; the independent readers of 4444 and 4747 and the session-36 fresh draw
judged the first of each kind wrong).

:func:`.hedge_modal_readings.modal_reading` asks :func:`courtesy_or_freedom`, which returns why the modal
is no hedge ('' if it may be one):

* :func:`courteous_may`: "if I may" / "if we may" ("-- if I may borrow a phrase --", "if I may say so"):
  the speaker asks leave, a politeness formula (Quirk et al. 1985: "may" of permission), not a possibility;
  "if they may lose" (another subject) stays;
* :func:`coordinated_freely_could`: a "could" coordinated by "and" with a "could freely" before it in its
  sentence ("China could freely cheat on trade, and the U.S. could take the hit"): the freedom
  :func:`.hedge_modal_readings.freely_could` reads carries over the coordination; "China could freely
  cheat, but the U.S. could retaliate" (a contrast) and a "could" with no "freely" before it stay;
* :func:`exclaimed_could`: "could (be) so / such" in the "that"-clause of a word of feeling ("the media
  were thrilled that she could be so mean", "I was amazed that anyone could be so calm", "can't believe
  he could be so careless"): the "could" marks with feeling what someone did or was (Quirk et al. 1985:
  the emotive use of modals in "that"-clauses), not a possibility (the session-36 fresh draw); "they fear
  the talks could be so slow" (a fear looks ahead) and "thrilled that she could attend" (no degree) stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_COURTEOUS_SUBJECTS: Final = frozenset({"i", "we"})
_SUBJECT_REACH: Final = 4   # words of the second subject between "and" and "could" ("and the U.S.")
_FREELY_REACH: Final = 14   # words looked back from the "and" for the "could freely"
_SUBJECT_TOKENS: Final = 3 * _SUBJECT_REACH  # tokens (punctuation too) between "and" and "could" at most
_FREELY_TOKENS: Final = 3 * _FREELY_REACH  # tokens looked back from the "and" at most
_CLAUSE_BREAKS: Final = frozenset({"but", "because", "if", "when", "while", "although", "though", "unless",
                                   "that", "which", "who", "yet", "so"})


def courteous_may(doc: Doc, match: Match) -> str:
    """Why a "may" after "if I" / "if we" asks leave ('' if it may hedge)."""
    if match.entry.words != ("may",):
        return ""
    first = match.first
    if first < 2 or word_before(doc, first) not in _COURTEOUS_SUBJECTS or word_before(doc, first - 1) != "if":
        return ""
    return "if I may borrow a phrase: a courtesy, asking leave, not a possibility"


def _freely_could_at(doc: Doc, k: int) -> bool:
    """Is token ``k`` a "could" followed by "freely" or "more freely"?"""
    if doc.norms[k] != "could":
        return False
    after = word_after(doc, k)
    return after == "freely" or (after == "more" and word_after(doc, k + 1) == "freely")


def coordinated_freely_could(doc: Doc, match: Match) -> str:
    """Why a "could" coordinated with a "could freely" before it states what one was free to do ('' if it
    may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    k, words = first - 1, 0
    while k > lo and words <= _SUBJECT_REACH and first - k <= _SUBJECT_TOKENS \
            and not (is_word[k] and norms[k] == "and"):
        if is_word[k]:
            if norms[k] in _CLAUSE_BREAKS:
                return ""
            words += 1
        k -= 1
    if k <= lo or not is_word[k] or norms[k] != "and" or words == 0 or words > _SUBJECT_REACH:
        return ""
    seen = 0
    for j in range(k - 1, max(lo, k - _FREELY_TOKENS) - 1, -1):
        if not is_word[j]:
            continue
        seen += 1
        if seen > _FREELY_REACH or norms[j] in _CLAUSE_BREAKS:
            return ""
        if _freely_could_at(doc, j):
            return "China could freely cheat, and the U.S. could take the hit: what one was free to do, " \
                   "not a possibility"
    return ""


# words of feeling about what happened (not of fear or hope, which look ahead)
_FEELINGS: Final = frozenset({"thrilled", "amazed", "amazing", "astonished", "astonishing", "shocked", "shocking",
                              "stunned", "stunning", "surprised", "surprising", "appalled", "appalling", "delighted",
                              "disgusted", "incredible", "unbelievable", "remarkable", "believe"})
_EXCLAIMED_REACH: Final = 4  # words of the subject between "that" (or the word of feeling) and "could"


def exclaimed_could(doc: Doc, match: Match) -> str:
    """Why a "could (be) so" after a word of feeling marks what someone did or was ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    after = word_after(doc, first)
    degree = word_after(doc, first + 1) if after == "be" else after
    if degree not in ("so", "such"):
        return ""
    lo = doc.sentences[doc.sentence_of[first]].first
    k, words = first - 1, 0
    while k >= lo and is_word[k] and words <= _EXCLAIMED_REACH + 1:
        norm = norms[k]
        if norm in _FEELINGS and words >= 1:
            if norm == "believe" and not _denied_belief(doc, k):
                return ""  # "they believe the law could be so broad": a view held, not a feeling
            return "thrilled that she could be so mean: a feeling about what someone did, not a possibility"
        if norm in ("if", "whether", "when", "because", "but", "and"):
            return ""
        words += 1
        k -= 1
    return ""


def _denied_belief(doc: Doc, k: int) -> bool:
    """Is the "believe" at ``k`` denied ("can't believe", "could not believe", "don't believe")?"""
    before = word_before(doc, k)
    return before in ("can't", "cannot", "couldn't", "not", "n't", "never")


def courtesy_or_freedom(doc: Doc, match: Match) -> str:
    """Why this modal is a courtesy, a freedom coordinated or a feeling's "could" ('' if it may hedge)."""
    return courteous_may(doc, match) or coordinated_freely_could(doc, match) or exclaimed_could(doc, match)
