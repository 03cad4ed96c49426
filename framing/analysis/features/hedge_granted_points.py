"""Modals that grant a point before a contrast, twelfth pass (read on the AllSides dev corpus; the
independent readers of draws 2525/2626 and the session-32 fresh draw judged them wrong, "concessive 'may be
X, but'").

The hedging feature's ``reader_hedge`` asks these (through :mod:`.hedge_readings`, after its
``concessive_modal`` of "X may have / may be ..., but Y"), so the WikiWeasel figures and the learned filter
are left as they are; each returns why the match is no hedge ('' if it may be one):

* :func:`granted_before_but`: "Robots and automation may lead to new jobs, but these jobs often pay less":
  a "may" / "might" of any verb in a clause that opens its sentence, closed by ", but" a few words on:
  the writer grants the point to set the contrast against it (Quirk et al. 1985: concessive "may"). A
  subject that is a pronoun of report or a condition ("it", "there", "if", "that") or another hedge in
  either clause ("may win, but it could be close") keeps the doubt the writer's;
* :func:`granted_then_but`: "All of this may be true. But ...", "... may be true. So is his failure": "may
  be true / right / so" closing its sentence, and the next opening with "But", "Yet", "Still", "So is".
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after

_GRANTING: Final = frozenset({"may", "might"})
# subjects of a reported or existential possibility, not of a granted point, and clause joints before the
# modal (the clause would not open the sentence); "and" / "or" join a subject ("Robots and automation may")
_NOT_GRANTING_SUBJECTS: Final = frozenset({"there", "it", "that", "this", "which", "who", "whether", "if", "what",
                                           "but", "when", "because", "as", "so", "while", "though",
                                           "although", "said", "says", "say", "think", "believe", "warn", "warned"})
# another hedge, a condition or a forecast in either clause: the possibility stays the writer's doubt
_DOUBT_WORDS: Final = frozenset({"if", "whether", "maybe", "perhaps", "possibly", "probably", "likely", "could",
                                 "might", "may", "arguably", "apparently", "unclear", "will", "would", "'ll",
                                 "unless", "until", "eventually"})
_OPENERS: Final = frozenset({".", ":", ";", "“", '"', "(", "—", "–", "?", "!"})
_SUBJECT_REACH: Final = 8   # words of the subject before the modal
_BUT_REACH: Final = 14      # tokens from the modal to the comma before "but"
_CONTRAST_REACH: Final = 8  # words of the contrast looked at for a doubt word
# a subordinate clause right after "but": the main clause of the contrast comes later, out of reach
_CLAUSE_OPENING_AFTER_BUT: Final = frozenset({"as", "if", "when", "once", "until", "now", "with", "unless", "after",
                                              "before", "should"})
_TRUE_WORDS: Final = frozenset({"true", "right", "so", "correct", "accurate", "fair", "understandable"})
_NEXT_OPENERS: Final = frozenset({"but", "yet", "still", "however", "so"})


def _opens_sentence(doc: Doc, first: int) -> bool:
    """Does the subject of the modal at ``first`` open its sentence (or follow a colon, a dash, a quotation
    mark), with no "that", "who", "there", "and" ... between?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= sentence_first and seen <= _SUBJECT_REACH:
        if not is_word[k]:
            if tokens[k] in _OPENERS:
                return seen > 0
            if tokens[k] != "'" and tokens[k] != "’":
                return False
        else:
            if norms[k] in _NOT_GRANTING_SUBJECTS:
                return False
            seen += 1
        k -= 1
    return k < sentence_first and 0 < seen <= _SUBJECT_REACH


def granted_before_but(doc: Doc, match: Match) -> str:
    """Why "X may VERB ..., but Y" grants a point rather than doubting it ('' if it may hedge)."""
    words = match.entry.words
    if match.entry.category != "modal" or len(words) != 1 or words[0] not in _GRANTING:
        return ""
    first = match.first
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    if word_after(doc, first) in ("not", "never", "") or not _opens_sentence(doc, first):
        return ""
    sentence_stop = doc.sentences[doc.sentence_of[first]].stop
    stop = min(sentence_stop, first + _BUT_REACH)
    for k in range(first + 2, stop):
        if is_word[k]:
            if norms[k] in _DOUBT_WORDS or norms[k] == "but":
                return ""
            continue
        if tokens[k] in (";", ":", ".", "?", "!", "(", ")"):
            return ""
        if tokens[k] == "," and k + 1 < sentence_stop and norms[k + 1] == "but":
            if word_after(doc, k + 1) in _CLAUSE_OPENING_AFTER_BUT:
                return ""  # "may continue, but as the focus shifts, ...": the contrast is a forecast to come
            contrast = range(k + 2, min(sentence_stop, k + 2 + _CONTRAST_REACH))
            if any(is_word[j] and norms[j] in _DOUBT_WORDS for j in contrast):
                return ""
            return "X may lead to ..., but Y: a point granted before a contrast, not a softened claim"
    return ""


def granted_then_but(doc: Doc, match: Match) -> str:
    """Why "X may be true. But Y" grants a point rather than doubting it ('' if it may hedge)."""
    words = match.entry.words
    if match.entry.category != "modal" or len(words) != 1 or words[0] not in _GRANTING:
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    end = first + 3  # "may be true ."
    if end + 1 >= len(norms) or norms[first + 1] != "be" or norms[first + 2] not in _TRUE_WORDS \
            or is_word[end] or doc.tokens[end] != ".":
        return ""
    nxt = end + 1
    if not is_word[nxt] or norms[nxt] not in _NEXT_OPENERS:
        return ""
    if norms[nxt] == "so" and word_after(doc, nxt) not in ("is", "are", "was", "were"):
        return ""  # "So what?", "So the question is": a consequence, not "so is his failure"
    return "X may be true. But Y: a point granted before a contrast, not a softened claim"
