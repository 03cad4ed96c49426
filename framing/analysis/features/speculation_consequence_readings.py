"""Conditionals whose only consequence sits in an aside, not in a main clause (tenth pass: the kinds read wrong in
the fresh draw of session 30, read on the AllSides dev corpus):

- the modal is in a concessive or causal clause: "he complained he might get shamed if he were to host a dinner
  party, although delaying a party would seem a small price" (the "if" closes a clause said before it; what
  follows is a concession);
- the modal is in a comment clause: "if this is an attempt to buttress the campaign, as his past behavior would
  suggest, it's not an especially successful one" (the main clause is a present judgment);
- the modal is in a relative clause: "he will stop if the court upholds the law, due to concerns if he became
  the only doctor who could provide abortions";
- the condition closes a quotation before any consequence, after a main clause said before it: "“He would want
  them to stay if they really enjoy it,” said a source, adding that ..." (what follows is the attribution and
  another voice; "“If elected,” she said, “I will cut taxes”" stays: the "if" opens the quotation);
- the modal only opens a remark: "if it is deemed to stand, then I'll tell you one thing" ("I'll tell you" is
  a discourse phrase, no consequence).

"If the bill passes, as expected, premiums will rise", "if he wins, though, taxes will fall" and "if he wins, that
would be a shock" stay: a main clause after the aside holds the consequence.

:mod:`.speculation` asks :func:`aside_conditional_reading` with the span it would show; it returns why the
conditional predicts nothing ('' if it may predict).
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_CONSEQUENCES: Final = frozenset({"will", "would", "'ll", "could", "might", "may", "won't", "wouldn't", "shall",
                                  "going", "gonna"})
_BREAKS: Final = frozenset({",", ";", "—", "–", ":", "(", ")", "then"})
# a clause that opens with one of these is an aside: its modal is no consequence of the condition
_ASIDE_OPENERS: Final = frozenset({"although", "though", "whereas", "because", "despite", "since", "due"})
_RELATIVES: Final = frozenset({"who", "which", "whom"})
# "as his past behavior would suggest": a comment on the claim, not its consequence
_COMMENT_VERBS: Final = frozenset({"suggest", "indicate", "imply", "have", "expect", "say", "put", "seem", "appear",
                                   "predict", "argue", "claim", "think", "note"})
_REACH: Final = 80  # tokens of the span looked at (the span is at most this long)


def _counts(doc: Doc, k: int, opener: str) -> bool:
    """Is the modal at ``k`` a consequence in a clause that opens with ``opener``?"""
    norms = doc.norms
    if k > 0 and norms[k - 1] in _RELATIVES:
        return False
    if opener in _ASIDE_OPENERS:
        return False
    if opener == "as" and k + 1 < len(norms) and norms[k + 1] in _COMMENT_VERBS:
        return False
    j = k + 1
    if j < len(norms) and norms[j] in ("certainly", "just"):
        j += 1
    return not (j + 1 < len(norms) and norms[j] in ("tell", "say") and norms[j + 1] in ("you", "ya"))


def consequence_only_in_asides(doc: Doc, first: int, stop: int) -> bool:
    """Does the conditional from ``first`` to ``stop`` hold a modal after its condition, and only in asides?"""
    norms, tokens = doc.norms, doc.tokens
    end = min(stop, first + _REACH)
    opener = ""
    in_condition = True
    seen = False
    at_break = False
    for k in range(first + 1, end):
        tok = norms[k]
        if tokens[k] in _BREAKS or tok == "then":
            in_condition = False
            at_break = True
            opener = ""
            continue
        if at_break and doc.is_word[k]:
            opener, at_break = tok, False
        if in_condition:
            continue
        if tok in _CONSEQUENCES or tok.endswith("'ll"):
            if _counts(doc, k, opener):
                return False
            seen = True
    return seen


_QUOTE_REACH: Final = 40  # tokens looked back for the opening quotation mark


def trailing_in_quotation(doc: Doc, first: int, stop: int) -> bool:
    """A closing quotation mark after the "if" before any consequence, where the quotation opened with words
    before the "if" (the condition trails a main clause said before it)."""
    tokens, norms = doc.tokens, doc.norms
    opened = -1
    for k in range(first - 1, max(-1, first - _QUOTE_REACH), -1):
        if tokens[k] in ("”",):
            return False
        if tokens[k] == "“":
            opened = k
            break
    if opened < 0 or not any(doc.is_word[k] for k in range(opened + 1, first)):
        return False
    for k in range(first + 1, stop):
        if norms[k] in _CONSEQUENCES or norms[k].endswith("'ll"):
            return False
        if tokens[k] == "”":
            return True
    return False


def aside_conditional_reading(doc: Doc, first: int, stop: int) -> str:
    """Why the conditional from ``first`` to ``stop`` predicts nothing, by this module's reading ('' if it may)."""
    if trailing_in_quotation(doc, first, stop):
        return "“he would want them to stay if they enjoy it,” said a source: the condition ends the quotation"
    if consequence_only_in_asides(doc, first, stop):
        return "if he were to host a party, although delaying would seem ...: the modal is in an aside, no consequence"
    return ""
