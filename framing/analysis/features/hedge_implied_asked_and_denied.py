"""Non-modal hedge words of an implication reported, a question asked or an emphatic denial, sixteenth pass
(read on the AllSides dev corpus; the independent readers of draws 3737, 4343, 4747 and 4848 and the
session-36 fresh draw judged the first of each kind wrong).

:mod:`.hedge_readings` asks :func:`implied_asked_or_denied`, which returns why the match is no hedge ('' if
it may be one):

* "hinting" / "implying" opening a clause that describes someone's act, after a comma or an "and": "they
  used 'we' more often, hinting that his goals were tied to theirs", "assuming a full expiration, and then
  implying that the hike is larger", and a coordinated "and implied that": what someone else's words or
  acts conveyed, reported (readers: wrong 4 of 4 in the draws); "a story implying that" (readers: right),
  "senators hinting they may not vote" and "Trump hinted that" (a softened report, readers: right 4 of 4) stay;
* "likely" / "unlikely" / "possible" in a direct yes-or-no question ("Q: Is the debt likely to change?",
  "Is a pivot possible in 2020?"): a question asserts nothing, so nothing is softened (readers: "likely in
  a Q&A question" wrong, "is history ever possible?" wrong); "Isn't it likely that ...?" (a claim put as a
  question) and "Is it possible that ...?" stay;
* "I don't think" right after an emphatic denial ("Absolutely not," she said. "I don't think he believes in
  anything"): the speaker goes on with the denial, an emphatic opinion, not a softened one (readers split
  on it; the cue is the denial just before, a few words back).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_PARTICIPLES: Final = frozenset({"hinting", "implying"})
_ADVERBS_BETWEEN: Final = frozenset({"then", "heavily", "strongly", "subtly", "clearly", "also", "thereby", "even",
                                     "further", "seemingly"})
_CLAUSE_OPENERS: Final = frozenset({",", "—", "–", ";", "and"})
_ADVERB_REACH: Final = 2  # adverbs passed between the comma or "and" and the participle
_INVERTED: Final = frozenset({"is", "are", "was", "were", "will", "would", "does", "do", "did", "can", "could",
                              "should", "has", "have", "had"})
_QUESTIONED: Final = frozenset({"likely", "unlikely", "possible"})
_QUESTION_REACH: Final = 12  # words from the opening auxiliary to the hedge word
_EMPHATIC: Final = frozenset({"absolutely", "certainly", "definitely", "course", "hell", "surely", "totally"})
_DENIALS: Final = frozenset({"not", "no", "never"})
_DENIAL_REACH: Final = 8  # tokens back from "I" to the denial ("Absolutely not,” she said. “I")
_SAID: Final = frozenset({"said", "says", "she", "he", "they", "replied", "answered"})


def _reporting_participle(doc: Doc, match: Match) -> bool:
    norms, tokens = doc.norms, doc.tokens
    head = match.entry.words[0]
    k, passed = match.first - 1, 0
    while k >= 0 and doc.is_word[k] and norms[k] in _ADVERBS_BETWEEN and passed < _ADVERB_REACH:
        k -= 1
        passed += 1
    if k < 0:
        return False
    if head in _PARTICIPLES:
        return tokens[k] in _CLAUSE_OPENERS or norms[k] == "and"
    return head == "implied" and norms[k] == "and"


def _yes_no_question(doc: Doc, first: int) -> bool:
    """Does the sentence open with an inverted auxiliary (after "Q:") and end with a question mark, the
    auxiliary's subject not being the "it" of "Is it (actually) possible that ...?" (a claim floated)?"""
    sent = doc.sentences[doc.sentence_of[first]]
    end = sent.stop - 1
    while end > first and not doc.is_word[end] and doc.tokens[end] in ("”", '"', "’", ")"):
        end -= 1
    if doc.tokens[end] != "?":
        return False
    k = sent.first
    while k < first and (not doc.is_word[k] or doc.norms[k] == "q"):
        k += 1
    if k >= first or first - k > _QUESTION_REACH or doc.norms[k] not in _INVERTED:
        return False
    return doc.norms[k + 1] != "it"  # "Is it (actually) possible Americans know less?": a claim floated


def _after_emphatic_denial(doc: Doc, first: int) -> bool:
    """"Absolutely not,” she said. “I don't think": an emphatic denial a few tokens before the "I"."""
    norms, is_word = doc.norms, doc.is_word
    lo = max(1, first - _DENIAL_REACH)
    for k in range(first - 1, lo - 1, -1):
        if is_word[k] and norms[k] in _DENIALS and norms[k - 1] in _EMPHATIC:
            return all(not is_word[j] or norms[j] in _SAID for j in range(k + 1, first))
    return False


def implied_asked_or_denied(doc: Doc, match: Match) -> str:
    """Why a non-modal hedge word reports an implication, sits in a question or goes on with an emphatic
    denial ('' if it may hedge)."""
    words = match.entry.words
    first = match.first
    if len(words) == 1 and words[0] in ("hinting", "implying", "implied") and _reporting_participle(doc, match):
        return ", hinting that / and then implying that: what someone's words or acts conveyed, reported"
    if len(words) == 1 and words[0] in _QUESTIONED and _yes_no_question(doc, first):
        return "Is the debt likely to change?: a question asserts nothing, nothing is softened"
    if words == ("think",) and first >= 2 and doc.norms[first - 1] == "don't" and doc.norms[first - 2] == "i" \
            and _after_emphatic_denial(doc, first - 2):
        return "Absolutely not. I don't think: the denial goes on, an emphatic opinion, not a softened one"
    return ""
