"""Cue words that report a source's conduct, not its words or view (twelfth pass: what independent readers judged
wrong, draws 2525 and 2626, read on the AllSides dev corpus):

- a refusal to act or to take questions: "refused to answer lawmakers' questions", "has since refused to testify",
  "refused to release the complaint", "refused to give him the $5.7 billion", "refused to talk to reporters"
  ("refused to comment", "refused to say whether ...", "refused to specify what ...", "were refusing to give
  information" and every "declined to ..." stay cues: they report what a source would not say; readers split on
  "refused" less than on the answer-and-testify class, which they marked wrong each time);
- advising as a role: "while advising the Trump campaign", "Mellman is advising the centrist party", "who has
  advised Rick Perry and Mitt Romney" ("aides advised him not to seek", "the CDC has advised Americans to ...",
  'Pope Francis advised, "We cannot ..."' stay: advice given in words);
- a vote or a decision: "after Colorado voters say yes to recreational pot", "Israel cannot say no to everything"
  ("Bush said yes and ...", "McConnell said no, pointing out ..." stay: an answer given);
- a hug: "Kemp and Guyger then embraced.", "the two embraced each other" ("the governor embraced it", "has
  embraced a $12 minimum wage" stay: a stance taken; own reading of seed 3232).

:func:`.cues.acting_cue` asks :func:`reports_conduct` with the verbs of acting, so that ``framing evaluate`` scores
these by PolNeAR's definition as well. Every look is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_REFUSE: Final = frozenset({"refuse", "refuses", "refused", "refusing"})
# what a refusal may name and still report words withheld ("refused to comment", "refused to say whether")
_WITHHELD_WORDS: Final = frozenset({"comment", "say", "specify", "confirm", "elaborate", "disclose", "identify",
                                    "explain", "characterize", "characterise", "speculate", "describe", "deny",
                                    "reveal", "detail", "discuss", "name", "acknowledge", "admit", "divulge",
                                    "state", "clarify"})
# "refused to give information", "refused to provide details": words withheld all the same
_INFORMATION: Final = frozenset({"information", "details", "detail", "answers", "comment", "comments", "specifics",
                                 "explanation", "reasons", "reason", "names", "evidence", "testimony"})
_ADVISE: Final = frozenset({"advise", "advises", "advised", "advising"})
# what after "advised" gives the advice: "advised him to", "advised that", "advised against", "advised him not to"
_ADVICE: Final = frozenset({"to", "that", "against", "not", "on", "about", "caution", "restraint"})
_QUOTES: Final = frozenset({"“", '"', "‘", "'", "”"})
_SAY: Final = frozenset({"say", "says", "said", "saying"})
_EMBRACE: Final = frozenset({"embrace", "embraces", "embraced", "embracing", "hug", "hugged", "hugging"})


def _refusal_to_act(doc: Doc, k: int) -> bool:
    """ "refused to answer", "refused to testify", "refused to release": conduct, no words withheld."""
    norms = doc.norms
    n = len(norms)
    if k + 2 >= n or norms[k + 1] != "to" or not doc.is_word[k + 2]:
        return False
    act = norms[k + 2]
    if act in _WITHHELD_WORDS:
        return False
    if act == "be":  # "refused to be interviewed for this column", "refused to be named": words withheld
        return not (k + 3 < n and norms[k + 3] in ("interviewed", "named", "identified", "quoted"))
    if act in ("give", "provide", "offer", "share"):
        return not any(norms[j] in _INFORMATION for j in range(k + 3, min(n, k + 7)))
    return True


def _advising_as_role(doc: Doc, k: int) -> bool:
    """ "while advising the Trump campaign", "has advised Rick Perry": a role, no advice given in words."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if k + 1 >= n or not doc.is_word[k + 1]:
        return False  # 'advised, "We cannot ..."', "advised:": words follow
    for j in range(k + 1, min(n, k + 7)):
        if norms[j] in _ADVICE or tokens[j] in _QUOTES or tokens[j] == ":":
            return False
    return True


def _say_yes_to(doc: Doc, k: int) -> bool:
    """ "voters say yes to recreational pot": a vote or a decision, not an answer reported."""
    norms = doc.norms
    return k + 2 < len(norms) and norms[k + 1] in ("yes", "no") and norms[k + 2] == "to"


def _a_hug(doc: Doc, k: int) -> bool:
    """ "then embraced.", "embraced each other": no object but each other, a hug."""
    n = len(doc.norms)
    if k + 1 >= n:
        return True
    return doc.tokens[k + 1] in (".", ",", ";", "!") or doc.norms[k + 1] in ("each", "one", "warmly", "tearfully")


def reports_conduct(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` report a refusal to act, advising as a role, a vote ("say yes to") or a hug?"""
    for k in range(first, stop):
        w = doc.norms[k]
        if w in _REFUSE and _refusal_to_act(doc, k):
            return True
        if w in _ADVISE and _advising_as_role(doc, k):
            return True
        if w in _SAY and _say_yes_to(doc, k):
            return True
        if w in _EMBRACE and _a_hug(doc, k):
            return True
    return False
