"""Modals of a means that is available, tenth pass (read on the AllSides dev corpus; the independent
readers of 1919-2020 judged "The rest could be done with a cooperative Congress" wrong, "ability could").

:func:`.hedge_modal_readings.modal_reading` asks :func:`means_reading`, so the WikiWeasel figures and the
learned filter are left as they are; each rule returns why the match is no hedge ('' if it may be one):

* :func:`solved_by_could`: a "could" of a problem that can be solved, a thing that can be done, by a
  means named after it: "the problems could be solved by a good cleanup of the tax code", "that could be
  accomplished by reducing regulations", "the cut could be offset by putting a cap on exemptions", "The
  rest could be done with a cooperative Congress", "this could easily have been done by alerting the
  campaign": a way that is open, not a possibility the writer is unsure of (Coates 1983: root "could");
  "45,000 deaths could be prevented by November if ..." (a date after "by", a forecast) stays;
* :func:`resource_could`: "could be used / spent" of money: "money that could be used for weapons",
  "Those funds could be used to compensate workers", "existing funds that could be used to escalate
  support": what the money is free to pay for, not a possibility; "the data could be used to suppress
  the vote" (no money) stays;
* :func:`way_could`: "could" of a relative clause without "that" after "way(s)", with a noun subject: "the
  only way Republicans could win the Hispanic vote", "One way Republicans could achieve the same coverage",
  "ways Mr. Trump could live up to his pledge", "recommending ways it could win the White House": a means
  open to someone, as :func:`.hedge_modal_readings.relative_could` reads "the only way he could"; "in a
  way that could hurt the party" (a "that"-clause of consequence) stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after

# participles of a thing done or a problem solved
_DONE_PARTICIPLES: Final = frozenset({"done", "accomplished", "achieved", "solved", "fixed", "resolved",
                                      "handled", "addressed", "remedied", "offset", "recovered", "financed",
                                      "funded", "paid", "avoided", "prevented", "overcome", "cured", "eliminated",
                                      "met", "covered", "closed", "filled", "replaced", "corrected", "settled"})
_ADVERBS_BEFORE_BE: Final = frozenset({"easily", "only", "still", "also", "simply", "readily", "just", "largely",
                                       "partly", "partially", "quickly", "even", "instead", "then", "all"})
_MEANS_DETERMINERS: Final = frozenset({"a", "an", "the", "some", "more", "less", "fewer", "cutting", "raising"})


def solved_by_could(doc: Doc, match: Match) -> str:
    """Why a "could be solved by ..." states a means that is open ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    k = match.first + 1
    norms, is_word = doc.norms, doc.is_word
    n = len(norms)
    if k < n and is_word[k] and norms[k] in _ADVERBS_BEFORE_BE:
        k += 1
    if k < n and is_word[k] and norms[k] == "have" and word_after(doc, k) == "been":
        k += 2  # "could easily have been done by alerting"
    elif k < n and is_word[k] and norms[k] == "be":
        k += 1
    else:
        return ""
    if k >= n or not is_word[k] or norms[k] not in _DONE_PARTICIPLES:
        return ""
    preposition = word_after(doc, k)
    means = word_after(doc, k + 1)
    if preposition == "by" and (means in _MEANS_DETERMINERS or (means.endswith("ing") and len(means) > 4)):
        return "could be solved by a cleanup / accomplished by reducing: a means that is open, not a possibility"
    if preposition in ("with", "through") and means in ("a", "an", "the", "more", "some"):
        return "the rest could be done with a cooperative Congress: a means that is open, not a possibility"
    return ""


_MONEY_NOUNS: Final = frozenset({"money", "funds", "fund", "funding", "dollars", "dollar", "cash", "revenue",
                                 "revenues", "savings", "proceeds", "resources", "budget"})
_RESOURCE_REACH: Final = 3  # words from the noun of money to "could" ("funds that could", "money they could")


def resource_could(doc: Doc, match: Match) -> str:
    """Why a "could be used / spent" of money states what it is free to pay for ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    be_at = first + 2 if word_after(doc, first) in ("otherwise", "instead", "also", "then", "still") else first + 1
    if be_at >= len(norms) or not is_word[be_at] or norms[be_at] != "be" \
            or word_after(doc, be_at) not in ("used", "spent"):
        return ""
    lo = doc.sentences[doc.sentence_of[first]].first
    j, seen = first - 1, 0
    while j >= lo and is_word[j] and seen < _RESOURCE_REACH:
        if norms[j] in _MONEY_NOUNS:
            return "funds that could be used to compensate workers: what money is free to pay for, not a " \
                   "possibility"
        seen += 1
        j -= 1
    return ""


_TITLES: Final = frozenset({"mr", "ms", "mrs", "dr", "sen", "rep", "gov", "gen"})
_WAY_SUBJECT_REACH: Final = 3  # words of the subject between "way" and "could" ("ways Mr. Trump could")
# words that show the words after "way" are no bare subject of a relative clause
_NOT_WAY_SUBJECT: Final = frozenset({"that", "which", "who", "to", "in", "of", "for", "and", "or", "but", "is",
                                     "was", "it's", "this", "things", "forward", "out", "back", "through", "down",
                                     "up", "around", "too", "more", "less"})


def way_could(doc: Doc, match: Match) -> str:
    """Why a "could" after "the way(s) X" states a means open to X ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if word_after(doc, first) == "have":
        return ""  # "the only way he could have known": a counterfactual, the hedging feature's
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= lo and seen <= _WAY_SUBJECT_REACH:
        if not is_word[k]:
            if doc.tokens[k] == "." and k > lo and norms[k - 1] in _TITLES:
                k -= 1  # "ways Mr. Trump could"
                continue
            return ""
        norm = norms[k]
        if norm in ("way", "ways") and seen >= 1:
            return "the only way Republicans could win / ways Mr. Trump could live up: a means open to " \
                   "someone, not a possibility"
        if norm in _NOT_WAY_SUBJECT:
            return ""
        seen += 1
        k -= 1
    return ""


def means_reading(doc: Doc, match: Match) -> str:
    """Why this single-word modal states a means or money that is open ('' if it may hedge)."""
    return solved_by_could(doc, match) or resource_could(doc, match) or way_could(doc, match)
