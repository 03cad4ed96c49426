"""Modals in idioms and coordinations that soften no claim, eleventh pass (read on the AllSides dev corpus;
the session-31 fresh draw and the independent readers of the tenth pass judged them wrong).

The hedging feature's ``reader_hedge`` asks :func:`modal_idiom` (through :mod:`.hedge_readings`), so the
WikiWeasel figures and the learned filter are left as they are. It returns why the modal is no hedge
('' if it may be one):

* "might as well" / "may as well": there is no reason not to ("we might as well shut down the debate",
  "it might as well be a clutch of rich donors"), an idiom of resignation, not a possibility;
* "could and should", "could, and should,": the modal is paired with an obligation ("they could and
  should have sought relief", "spending could and should be reduced"): were able to, ought to;
* "could ill afford": cannot afford ("at a time it could ill afford another complication"), an idiom of
  what is unaffordable, not a possibility;
* "does not (and may not)", "cannot and may not": a "may not" coordinated with a negated verb before it
  denies permission ("the government does not, and may not, do that"); "may think this is minor and may
  not get checked" (no negation before) stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after

_MODALS: Final = frozenset({"might", "may", "could"})
_OBLIGATIONS: Final = frozenset({"should", "must", "ought"})
_NEGATIONS: Final = frozenset({"not", "n't", "never", "cannot", "can't", "won't", "doesn't", "don't", "didn't"})
_NEGATION_REACH: Final = 4  # words looked back from the "and" for the negated verb


def _next_word(doc: Doc, i: int, reach: int) -> int:
    """The index of the first word token after ``i`` within ``reach`` tokens (-1 if none)."""
    stop = min(len(doc.tokens), i + 1 + reach)
    for k in range(i + 1, stop):
        if doc.is_word[k]:
            return k
    return -1


def _prev_word(doc: Doc, i: int, reach: int) -> int:
    """The index of the last word token before ``i`` within ``reach`` tokens (-1 if none)."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if doc.is_word[k]:
            return k
    return -1


def _denied_permission(doc: Doc, first: int) -> bool:
    """"does not (and may not)": "and" right before "may not", a negation shortly before the "and"."""
    if word_after(doc, first) != "not":
        return False
    k = _prev_word(doc, first, 2)  # "and" or "(and" or ", and"
    if k < 0 or doc.norms[k] != "and":
        return False
    lo = doc.sentences[doc.sentence_of[first]].first
    return any(doc.is_word[j] and doc.norms[j] in _NEGATIONS
               for j in range(max(lo, k - _NEGATION_REACH - 2), k))


def modal_idiom(doc: Doc, match: Match) -> str:
    """Why this modal is an idiom or an ability paired with an obligation, not a hedge ('' if it may be one)."""
    entry = match.entry
    if entry.category != "modal" or len(entry.words) != 1 or entry.words[0] not in _MODALS:
        return ""
    first = match.first
    word = entry.words[0]
    if word in ("might", "may") and word_after(doc, first) == "as" and word_after(doc, first + 1) == "well":
        return "might as well: no reason not to, an idiom, not a possibility"
    if word == "could":
        k = _next_word(doc, first, 2)  # "could and should", "could, and should"
        if k >= 0 and doc.norms[k] == "and":
            j = _next_word(doc, k, 2)
            if j >= 0 and doc.norms[j] in _OBLIGATIONS:
                return "could and should: able to, paired with an obligation, not a possibility"
    if word == "could" and word_after(doc, first) == "ill" and word_after(doc, first + 1) == "afford":
        return "could ill afford: cannot afford, an idiom, not a possibility"
    if word == "may" and _denied_permission(doc, first):
        return "does not (and may not): permission denied beside a negated verb, not a possibility"
    return ""
