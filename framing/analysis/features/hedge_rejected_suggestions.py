"""A "suggest" whose claim the sentence rejects, compares or offers, not softens, tenth pass (read on the AllSides dev
corpus: "suggest" is the hedge word readers mark wrong most often, two times in three).

:mod:`.hedge_readings` asks :func:`rejected_or_offered_suggestion`, which returns why the match is no hedge
('' if it may be one):

* the claim named to be rejected: a sentence opening "To suggest that ... is simply not true",
  "Suggesting that the movement is about ... misses the point"; "much less to suggest", "go so far as to
  suggest", "anyone who suggests that", "it is absurd / wrong / false to suggest": the writer denies or
  mocks the claim, he does not hold it tentatively;
* a comparison with what something seems to show: "more complicated than the headline figures suggest",
  "less partisan than the current alignment would suggest": the writer sets the appearance against what
  is, he does not soften a claim;
* an offer: "May I suggest the testimony of ...", "I would like to suggest to you that you consider":
  the speaker proposes something to look at or do.

"The data suggest", "a recent poll suggests he might be gaining", "It's not a stretch to suggest" and a
reported "McCain suggested that ..." (readers split on it) stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_before

_SUGGEST: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
_OPENERS: Final = frozenset({"“", '"', "‘", "'", "(", "—", "–", ":", ";"})
# judgements of a claim before "to suggest": "it is absurd to suggest", "wrong to suggest"
_REJECTING: Final = frozenset({"absurd", "wrong", "false", "ridiculous", "silly", "unfair", "misleading",
                               "nonsense", "preposterous", "laughable", "ludicrous", "dishonest", "disingenuous",
                               "irresponsible", "outrageous", "offensive", "insulting", "inaccurate", "foolish"})
_WHO: Final = frozenset({"anyone", "anybody", "whoever"})
_OFFER_OPENERS: Final = frozenset({"may", "might", "let"})   # "May I suggest", "Might I suggest", "let me suggest"
_WANT: Final = frozenset({"like", "love", "want"})            # "I would like to suggest"


def _opens_clause(doc: Doc, k: int) -> bool:
    """Is token ``k`` the first word of its sentence, or right after an opening quotation mark or a colon?"""
    sentence_first = doc.sentences[doc.sentence_of[k]].first
    return k == sentence_first or (k > sentence_first and doc.tokens[k - 1] in _OPENERS)


_THAN_REACH: Final = 8  # words from "than" to "suggest" ("than the headline figures from a poll suggest")


def _compared(doc: Doc, first: int) -> bool:
    """A "than" a few words back in the same clause: "more ... than the current alignment would suggest"."""
    norms, is_word = doc.norms, doc.is_word
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _THAN_REACH)
    for k in range(first - 1, lo - 1, -1):
        if not is_word[k]:
            return False
        if norms[k] == "than":
            return True
    return False


def rejected_or_offered_suggestion(doc: Doc, match: Match) -> str:
    """Why this "suggest" names a claim to reject or makes an offer ('' if it may hedge)."""
    words = match.entry.words
    if len(words) != 1 or words[0] not in _SUGGEST:
        return ""
    first = match.first
    norms = doc.norms
    before = word_before(doc, first)
    before2 = word_before(doc, first - 1) if first > 0 else ""
    if words[0] == "suggesting" and _opens_clause(doc, first) and doc.tokens[first][:1].isupper():
        return "Suggesting that X is ... misses the point: a claim named to be rejected, not softened"
    if before == "to":
        if _opens_clause(doc, first - 1) and doc.tokens[first - 1][:1].isupper():
            return "To suggest that X is simply not true: a claim named to be rejected, not softened"
        if before2 in _REJECTING or (before2 == "less" and first >= 3 and norms[first - 3] == "much") \
                or (before2 == "as" and first >= 4 and norms[first - 3] == "far" and norms[first - 4] == "so"):
            return "absurd to suggest / go so far as to suggest: a claim rejected, not softened"
        if before2 in _WANT and first >= 4 and (norms[first - 3] == "i'd" or norms[first - 3] == "would"
                                                and norms[first - 4] == "i"):
            return "I would like to suggest to you that you consider: an offer, not a softened claim"
    if words[0] != "suggesting" and _compared(doc, first):
        return "more complicated than the figures suggest: what they seem to show, set against what is"
    if before == "less" and before2 == "much":
        return "much less suggest: a claim rejected, not softened"
    if before == "who" and before2 in _WHO:
        return "anyone who suggests that: a claim rejected, not softened"
    if before == "i" and before2 in _OFFER_OPENERS and _opens_clause(doc, first - 2):
        return "May I suggest the testimony of: an offer, not a softened claim"
    if before == "me" and before2 == "let":
        return "let me suggest: an offer, not a softened claim"
    return ""
