"""Booster words in readings that assert no certainty (read on the AllSides dev corpus, readers' judgments of
the seventh pass):

- "prove" meaning "turn out": "the meeting ultimately proved civil", "proved at times to be a distraction".
  A proof keeps its object or clause: "proved that", "proved it", "proved the point", "proved them wrong",
  "as the tests proved." (the list of turned-out adjectives in :mod:`.boosters` came first; this reads the
  shape instead);
- a certainty word hedged a few words before it, in its clause: "Cruz appeared almost certain to run",
  "perhaps the inevitable outcome" (:mod:`.boosters` already sets aside a hedging copula right before it,
  "seems clear").
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .lexical import words_back

# (the base form mostly demonstrates, "to prove things", "prove they learned"; "proven": see .boosters)
_PROVE: Final = frozenset({"proves", "proved"})
# what a proof is of: a clause, a pronoun or a noun phrase ("proved that", "proved it", "proved the point")
_PROOF_OBJECTS: Final = frozenset({"that", "it", "this", "these", "those", "them", "him", "her", "his", "their", "its",
                                   "the", "my", "our", "your", "me", "us", "you", "beyond", "conclusively",
                                   "definitively", "otherwise", "nothing", "anything", "something", "what", "how",
                                   "why", "whether", "who", "everyone", "everybody", "himself", "herself",
                                   "themselves", "itself", "once", "again", "as", "they", "he", "she", "we", "i",
                                   "they've", "they're", "he's", "she's", "we've", "we're", "there"})
# adverbs and time phrases that may stand between "proved" and what it is ("ultimately proved civil", "proved
# at times to be")
_BETWEEN: Final = frozenset({"ultimately", "eventually", "quickly", "soon", "later", "often", "sometimes", "also",
                             "again", "at", "times", "in", "the", "end", "largely", "mostly", "only", "especially",
                             "particularly", "equally", "just", "still", "even", "far", "much", "more", "less"})
_HEDGES: Final = frozenset({"perhaps", "maybe", "possibly", "probably", "apparently", "arguably", "appeared",
                            "appears", "appear", "seemed", "seems", "seem", "looked", "looks",
                            # "the dismissal was likely inevitable" (twelfth pass)
                            "likely"})
_HEDGE_REACH: Final = 3  # words before the certainty word
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", "—", "–", ".", "!", "?"})


def proved_meaning_turned_out(doc: Doc, first: int) -> bool:
    """Is the "prove" at ``first`` a "turn out" ("proved civil", "proved at times to be a distraction")?"""
    norms, is_word = doc.norms, doc.is_word
    if norms[first] not in _PROVE:
        return False
    stop = doc.sentences[doc.sentence_of[first]].stop
    k = first + 1
    if k >= stop or not is_word[k]:
        return False  # "as the tests proved." : a proof, its object before it
    if norms[k] in _PROOF_OBJECTS:
        return False
    # "proved at times to be a distraction": "to be" after a few adverbs or time words
    j = k
    while j < stop and j < k + 4 and norms[j] in _BETWEEN:
        j += 1
    if j + 1 < stop and norms[j] == "to" and norms[j + 1] == "be":
        return True
    if j < stop and norms[j] in _PROOF_OBJECTS or j < stop and not is_word[j]:
        return False
    # an adjective or a noun phrase after it: "proved civil", "proved a disaster" (turned out)
    return not doc.tokens[j][:1].isupper()


def hedged_before(doc: Doc, first: int) -> bool:
    """A hedge up to three words before the certainty word at ``first``, in its clause ("appeared almost
    certain", "perhaps the inevitable outcome")?"""
    return any(doc.norms[k] in _HEDGES for k in words_back(doc, first, _HEDGE_REACH, _CLAUSE_ENDS))
