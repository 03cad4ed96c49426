"""Hedge words that deny, assert, rank, compare or name a trait, thirteenth pass (read on the AllSides dev
corpus: the session-33 fresh draw and the independent readers of the twelfth pass judged them wrong).

:mod:`.hedge_readings` asks :func:`denial_ranking_or_trait`, which returns why the match is no hedge
('' if it may be one):

* a denied "suggest": "I'm not suggesting the rules are fair", "the results do not suggest otherwise": the
  speaker rejects the claim, he does not hold it tentatively ("the results suggest" stays);
* "I think it is (very / pretty) clear": the view is asserted, "clear" takes back the softening;
* "known to" before a verb of habit: "Santini, known to perspire, began sweating", "he's known to hold
  grudges": a trait of the person, not a vague source ("the first senator known to be infected" stays);
* a superlative's "possible": "the most comprehensive package possible", "the most desirable one possible":
  the utmost that can be had, not a probability;
* "But mainly," / "But mostly," opening a sentence: ranks causes or points ("But mostly, because he wanted
  to"), it softens none ("The bill is mostly symbolic" stays);
* "as it seemed (at the time)" after an "as ... as" comparison: "wasn't as pure a movement as it seemed",
  "not as implausible as it seemed": how a thing looked, set against what it was;
* a survey's answer scale: "say they are “extremely likely” to vote": the quoted answer, not a hedge;
* a survey's "guessed": "only four of 70 who answered guessed that", "respondents guessed": the answers
  counted, not a softened claim ("I guess the vote will be close" stays).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_SUGGEST: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
_DENIALS: Final = frozenset({"not", "n't", "never"})
_DEGREE: Final = frozenset({"very", "pretty", "quite", "really", "abundantly", "crystal", "perfectly", "so"})
_IS: Final = frozenset({"is", "was", "it's"})
_NOT_HABIT: Final = frozenset({"be", "have", "exist", "contain", "carry", "cause"})
_COPULAS: Final = frozenset({"is", "was", "are", "were", "been", "be"})
_RANKING: Final = frozenset({"mainly", "mostly", "largely", "primarily", "chiefly"})
_SEEM: Final = frozenset({"seem", "seems", "seemed"})
_SUBJECTS: Final = frozenset({"it", "they", "he", "she", "things", "this", "that"})
_SCALE: Final = frozenset({"extremely", "very", "somewhat", "fairly"})
_CLOSING_QUOTES: Final = frozenset({"”", '"', "’", "'"})
_SURVEY: Final = frozenset({"answered", "respondents", "polled", "surveyed", "participants", "responded"})
_SUPERLATIVE_REACH: Final = 4  # words from a superlative to "possible" ("the most comprehensive nuclear package")
_AS_REACH: Final = 6            # words from the first "as" to "as it seemed"


def _denied_suggest(doc: Doc, first: int) -> bool:
    """"not suggesting", "do not suggest", "I'm not suggesting", "does not necessarily suggest"."""
    before = word_before(doc, first)
    if before in _DENIALS or before.endswith("n't"):
        return True
    return before == "necessarily" and first > 0 and (word_before(doc, first - 1) in _DENIALS
                                                       or word_before(doc, first - 1).endswith("n't"))


def _clear_after_think(doc: Doc, stop: int) -> bool:
    """"I think it is very clear", "I think it's clear that": the words after "I think"."""
    norms, is_word = doc.norms, doc.is_word
    words: list[str] = []
    k = stop
    end = min(len(doc.tokens), stop + 8)  # "that it's pretty clear" and a bracket or two at most
    while k < end and len(words) < 5:
        if is_word[k]:
            words.append(norms[k])
        elif doc.tokens[k] != "[":
            break
        k += 1
    if words[:1] == ["that"]:
        words = words[1:]
    if words[:1] == ["it's"]:
        rest = words[1:]
    elif words[:2] in (["it", "is"], ["it", "was"]):
        rest = words[2:]
    else:
        return False
    if rest[:1] and rest[0] in _DEGREE:
        rest = rest[1:]
    return rest[:1] == ["clear"]


def _trait_subject_before(doc: Doc, first: int) -> bool:
    """"Santini, known to": an apposition after a comma; "he's / is / were / been known to": a copula."""
    if first > 0 and doc.tokens[first - 1] == ",":
        return True
    before = word_before(doc, first)
    return before in _COPULAS or before.endswith("'s")


def _superlative_before(doc: Doc, first: int) -> bool:
    """"the most desirable one possible": a superlative a few words back, a noun right before "possible"."""
    norms, is_word = doc.norms, doc.is_word
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _SUPERLATIVE_REACH - 1)
    if first < 1 or not is_word[first - 1] or norms[first - 1] in ("is", "be", "was", "it", "as", "most"):
        return False
    for k in range(first - 2, lo - 1, -1):
        if not is_word[k]:
            return False
        if norms[k] in ("most", "least", "best", "worst", "largest", "biggest", "greatest", "fastest", "highest",
                        "lowest", "strongest", "broadest", "smallest"):
            return True
    return False


def _as_comparison(doc: Doc, first: int) -> bool:
    """"as much a movement as it seemed", "as implausible as it seemed": "as SUBJECT seemed" after an "as"."""
    norms, is_word = doc.norms, doc.is_word
    if first < 2 or norms[first - 1] not in _SUBJECTS or norms[first - 2] != "as":
        return False
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 2 - _AS_REACH)
    return any(is_word[k] and norms[k] == "as" for k in range(lo, first - 3))


def denial_ranking_or_trait(doc: Doc, match: Match) -> str:
    """Why this hedge word denies, asserts, ranks, compares or names a trait ('' if it may be one)."""
    words = match.entry.words
    first = match.first
    if len(words) == 1 and words[0] in _SUGGEST and _denied_suggest(doc, first):
        return "I'm not suggesting / do not suggest: a denial, not a softened claim"
    if words == ("i", "think") and _clear_after_think(doc, match.stop):
        return "I think it is very clear: asserted, not softened"
    if words == ("known", "to"):
        after = word_after(doc, match.stop - 1)
        if after == "sometimes" or after == "occasionally":
            after = word_after(doc, match.stop)
        if after and after not in _NOT_HABIT and not after.endswith("ed") and _trait_subject_before(doc, first):
            return "known to perspire: a habit or trait of the person, not a vague source"
    if words == ("possible",) and _superlative_before(doc, first):
        return "the most desirable one possible: the utmost that can be had, not a probability"
    if len(words) == 1 and words[0] in _RANKING and first + 1 < len(doc.tokens) and doc.tokens[first + 1] == ",":
        before = word_before(doc, first)
        sentence_first = doc.sentences[doc.sentence_of[first]].first
        if before in ("but", "and") and first - 1 == sentence_first:
            return "But mostly, ...: ranks causes or points, not a hedge"
    if len(words) == 1 and words[0] in _SEEM and _as_comparison(doc, first):
        return "not as pure as it seemed: how a thing looked, set against what it was"
    if words == ("likely",) and word_before(doc, first) in _SCALE and match.stop < len(doc.tokens) \
            and doc.tokens[match.stop] in _CLOSING_QUOTES:
        return "“extremely likely” to vote: a survey's answer scale, quoted, not a hedge"
    if len(words) == 1 and words[0] in ("guessed", "guess") \
            and any(doc.is_word[k] and doc.norms[k] in _SURVEY for k in range(max(0, first - 3), first)):
        return "respondents guessed: a survey's answers counted, not a softened claim"
    return ""
