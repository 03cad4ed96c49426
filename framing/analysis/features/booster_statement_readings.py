"""Booster words that report a statement, its manner or a degree, not certainty (read on the AllSides dev
corpus; the kinds independent readers of the seventh pass judged wrong, and the eighth pass's fresh draw):

- "make it clear" said of someone ("the White House will make it clear to immigrants that ...", "Paul is
  making clear he has no plans"): reports a firm statement (an attribution), as :mod:`.boosters` already
  reads the phrase entries "made it clear"; the speaker's own "let me make it clear" stays, and so does
  "made it very clear" (readers judged the emphasis a booster);
- "clearly" after a verb of saying ("let me say this clearly", "communicate clearly to the American
  people"): the manner of speaking, not certainty ("the law clearly says" stays: the adverb comes first;
  "we can say clearly that ..." stays: the content is asserted);
- a negative quantifier that is the subject of the clause, more than four words before ("none of the
  principals were really that interested", "neither of the two candidates is truly ..."): the booster is
  negated;
- "really, really sad" and "really that interested": degree, not certainty;
- "the truth is in the gray areas": where the truth lies, not "the truth is (that) ...";
- "the internet as we know it" (an idiom) and "everyone knows where / what ..." (who knows what).
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .lexical import words_back

_MAKE: Final = frozenset({"make", "makes", "made", "making"})
# words between "make" and "clear" ("made it very clear", "making abundantly clear")
_BETWEEN_MAKE_CLEAR: Final = frozenset({"it", "this", "that", "very", "quite", "so", "abundantly", "perfectly",
                                        "crystal", "absolutely", "pretty", "all", "too", "more", "much"})
_FIRST_PERSON: Final = frozenset({"i", "we", "let", "us", "me", "let's", "i'm", "we're", "i've", "we've", "i'll",
                                  "we'll"})
_SAYING: Final = frozenset({"say", "says", "said", "saying", "state", "states", "stated", "stating", "speak",
                            "speaks", "spoke", "spoken", "speaking", "communicate", "communicates", "communicated",
                            "communicating", "explain", "explains", "explained", "explaining", "articulate",
                            "articulates", "articulated", "articulating", "write", "writes", "wrote", "written",
                            "put", "puts", "tell", "tells", "told", "express", "expressed", "expresses",
                            "answer", "answered", "respond", "responded", "spell", "spelled", "spelt", "define",
                            "defined", "label", "labeled", "labelled", "mark", "marked", "identify", "identified"})
# what may stand between the verb of saying and "clearly" ("say this clearly", "told them clearly")
_SAID_OBJECTS: Final = frozenset({"this", "it", "that", "them", "him", "her", "us", "me", "so", "out", "very", "more",
                                  "quite", "as", "most"})
# (not "nothing": "did nothing to slow the measure's inevitable passage" negates another verb)
_NEGATIVE_SUBJECTS: Final = frozenset({"none", "neither", "nobody", "no-one"})
_QUANTIFIER_REACH: Final = 9  # words back to a negative subject in the clause
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", "—", "–", ".", "!", "?", "(", ")"})
_DEGREE_AFTER_THAT: Final = frozenset({"much", "many", "big", "bad", "good", "different", "hard", "easy", "simple",
                                       "important", "interested", "concerned", "worried", "bad", "great", "far",
                                       "long", "high", "low", "close", "popular", "strong", "surprised",
                                       "surprising", "complicated", "difficult", "impressed", "bothered", "excited",
                                       "upset", "special", "new", "serious", "likely", "unusual", "damaging",
                                       "effective", "smart", "large", "small", "expensive", "clear", "obvious"})
_WHERE_TRUTH_LIES: Final = frozenset({"in", "out", "somewhere", "often", "usually", "rarely", "elsewhere",
                                      "between", "within", "closer", "more", "far", "complicated", "murkier",
                                      "messier", "stranger", "probably", "likely"})


def clear_made_by_someone(doc: Doc, first: int) -> bool:
    """Is the lone "clear" at ``first`` the end of "make (it very) clear" said of someone other than the
    speaker ("the White House will make it clear to ...", "Paul is making clear he ...")?"""
    norms = doc.norms
    k = first - 1
    while k >= 0 and doc.is_word[k] and norms[k] in _BETWEEN_MAKE_CLEAR and first - k <= 3:
        if norms[k] not in ("it", "this", "that"):
            return False  # "made it very clear": the emphasis asserts the point beyond doubt (readers' verdict)
        k -= 1
    if k < 0 or not doc.is_word[k] or norms[k] not in _MAKE:
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    lo = max(sentence.first, k - 4)
    if first + 2 < sentence.stop and norms[first + 1] == "that" and norms[first + 2] in _FIRST_PERSON:
        return False  # "the administration is making it clear that we intend to ...": the speaker's own stance
    return not any(norms[j] in _FIRST_PERSON for j in range(lo, k))


def said_clearly(doc: Doc, first: int) -> bool:
    """Is the "clearly" at ``first`` the manner of a verb of saying before it ("say this clearly",
    "communicate clearly")?"""
    norms = doc.norms
    if first + 1 < len(norms) and norms[first + 1] == "that":
        return False  # "we can say very clearly that masks help": the content is asserted as certain
    k = first - 1
    while k >= 0 and doc.is_word[k] and norms[k] in _SAID_OBJECTS and first - k <= 2:
        k -= 1
    return k >= 0 and doc.is_word[k] and norms[k] in _SAYING


def negative_subject_before(doc: Doc, first: int) -> bool:
    """A negative subject ("none of the principals", "nobody in the room") up to nine words before, in the
    clause (:mod:`.boosters` looks four words back for any negation)."""
    return any(doc.norms[k] in _NEGATIVE_SUBJECTS or doc.norms[k] == "one" and k > 0 and doc.norms[k - 1] == "no"
               for k in words_back(doc, first, _QUANTIFIER_REACH, _CLAUSE_ENDS))


def really_of_degree(doc: Doc, first: int) -> bool:
    """"really, really sad", "really that interested": "really" repeated or before a degree "that"."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    k = first + 1
    if k < n and tokens[k] == ",":
        k += 1
    if k < n and norms[k] == "really":
        return True
    if first > 1 and norms[first - 1] == "really" or first > 2 and tokens[first - 1] == "," \
            and norms[first - 2] == "really":
        return True
    return first + 2 < n and norms[first + 1] == "that" and norms[first + 2] in _DEGREE_AFTER_THAT


def truth_located(doc: Doc, stop: int) -> bool:
    """"The truth is in the gray areas", "the truth is somewhere between": where the truth lies, no
    certainty asserted (``stop`` is the token after "is")."""
    return stop < len(doc.norms) and doc.is_word[stop] and doc.norms[stop] in _WHERE_TRUTH_LIES


_WH: Final = frozenset({"where", "what", "how", "who", "when", "why", "which", "whether", "if"})


def knowing_named(doc: Doc, words: tuple[str, ...], stop: int) -> bool:
    """ "the internet as we know it" (an idiom: in its present form), "making sure everyone knows where the
    high ground is" (who knows what, not a claim asserted as common knowledge)."""
    after = doc.norms[stop] if stop < len(doc.norms) and doc.is_word[stop] else ""
    if words[0] == "as" and words[-1] == "know":
        return after in ("it", "them", "him", "her")
    return words[-1] in ("knows", "know") and after in _WH

