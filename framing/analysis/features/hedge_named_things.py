"""Hedge words that name a thing or judge one, not a softened claim, eighth pass (read on the AllSides dev
corpus; independent readers judged "the estimates" a noun naming released data and "rumors" a noun topic).

The hedging feature's ``reader_hedge`` asks :func:`named_thing` (through :mod:`.hedge_readings`), so the
WikiWeasel figures and the learned filter are left as they are. It returns why the match is no hedge ('' if
it may be one):

* "estimate(s)" as a noun or an act: "according to estimates released Tuesday", "to provide estimates on
  coverage", "one estimate putting the figure", "a loss estimate", "attempted to estimate how much",
  "asking people to estimate the percentage": data released or a task described; "the agency estimates
  that 200,000 will lose coverage" (the figure marked as approximate) stays;
* "rumors" as a noun of a thing: "calls the rumors false", "regarding rumors of a coup", "heard rumors
  about a cyclone", "a den of rumors": what is talked about, where "rumors circulate that the decision is
  ready", "rumors that he will resign" put a claim at a distance and stay;
* "unsubstantiated": "unsubstantiated allegations", "called the accusations reckless and unsubstantiated":
  a judgement of someone else's claim (like "baseless"), not a softening of the writer's.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_ESTIMATE_NOUNS: Final = frozenset({"estimate", "estimates"})
# what follows "estimate(s)" used as a noun: "estimates on", "estimates released", "estimate putting"
_AFTER_ESTIMATE_NOUN: Final = frozenset({"on", "by", "at", "released", "published", "issued", "putting",
                                         "suggest", "suggests", "showed", "shows", "indicate", "indicated", "are",
                                         "were", "was", "is", "have", "has", "had", "and", "or", "in"})
# what stands before "estimate(s)" used as a noun: "one estimate", "loss estimate", "provide estimates"
_BEFORE_ESTIMATE_NOUN: Final = frozenset({"one", "another", "some", "new", "latest", "official", "initial", "early",
                                          "preliminary", "conservative", "rough", "loss", "cost", "budget",
                                          "revenue", "provide", "provided", "release", "released", "issue",
                                          "issued", "publish", "published", "on", "with", "in", "from", "any",
                                          "no", "such", "these", "those", "government", "census", "cbo", "our"})
# "to estimate the size", "to estimate how much": the act of estimating described
_AFTER_ESTIMATE_ACT: Final = frozenset({"the", "how", "what", "whether", "a", "an", "its", "their", "his", "her"})
# "rumors" kept before a verb of circulation or a content clause: the claim at a distance
_RUMORS_CIRCULATE: Final = frozenset({"that", "circulate", "circulated", "circulating", "circulates", "swirl",
                                      "swirled", "swirling", "swirls", "spread", "spreads", "spreading", "abound",
                                      "abounded", "persist", "persisted", "say", "said", "suggest", "suggested",
                                      "have", "had", "flew", "fly", "flying", "began", "grew", "claim", "claimed"})


def named_thing(doc: Doc, match: Match) -> str:
    """Why an "estimate(s)", "rumors" or "unsubstantiated" names or judges a thing here ('' if it may hedge)."""
    words = match.entry.words
    if len(words) != 1:
        return ""
    word = words[0]
    first = match.first
    before, after = word_before(doc, first), word_after(doc, first)
    if word in _ESTIMATE_NOUNS:
        if before == "to" and word_before(doc, first - 1) == "according":
            return "according to estimates: a source of figures, not a softened claim"
        if before == "to" and after in _AFTER_ESTIMATE_ACT:
            return "to estimate the size / how much: the act of estimating described, not a softened claim"
        if after in _AFTER_ESTIMATE_NOUN and word == "estimates" and before not in ("", "it", "he", "she", "who",
                                                                                    "which", "that", "also"):
            if before in _BEFORE_ESTIMATE_NOUN or not doc.tokens[first - 1][:1].isupper():
                return "estimates released / provide estimates on: a noun naming figures, not a softened claim"
        if before in _BEFORE_ESTIMATE_NOUN and after not in ("that", ""):
            return "one estimate putting the figure: a noun naming figures, not a softened claim"
        return ""
    if word == "rumors":
        if after in _RUMORS_CIRCULATE or any(doc.norms[k] == "that" and doc.is_word[k]
                                             for k in range(first + 2, min(len(doc.tokens), first + 4))):
            return ""  # "rumors circulate that", "rumors cropped up that": a claim put at a distance
        return "the rumors / rumors of a coup: a noun naming what is talked about, not a softened claim"
    if word == "unsubstantiated":
        return "unsubstantiated allegations: a judgement of someone's claim, not a softened claim"
    return ""
