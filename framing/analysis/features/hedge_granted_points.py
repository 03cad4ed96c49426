"""Modals that grant a point before a contrast, twelfth pass (read on the AllSides dev corpus; the
independent readers of draws 2525/2626 and the session-32 fresh draw judged them wrong, "concessive 'may be
X, but'").

The hedging feature's ``reader_hedge`` asks these (through :mod:`.hedge_readings`), so the WikiWeasel
figures and the learned filter are left as they are; each returns why the match is no hedge ('' if it may
be one):

* :func:`granted_before_but` reads two ways (the seventh pass's rule of :mod:`.hedge_readings`, folded here
  in the fourteenth pass; both walk back over the subject with :func:`_subject_opens`):

  - "Uber may have given drivers work, but they lack benefits", "Putin may be crude, but he knows ...": a
    main clause opening its sentence with "may / might have / be", then "but" (up to 30 words on) and a
    plain contrast. Not where the first clause or the contrast holds another hedge or condition ("He may
    have one, but there's something, maybe religion"), nor after "that", "who", "there", "it" (a
    reported or existential possibility: "there may be some softness ..., but");
  - "Robots and automation may lead to new jobs, but these jobs often pay less":
  a "may" / "might" of any verb in a clause that opens its sentence, closed by ", but" a few words on:
  the writer grants the point to set the contrast against it (Quirk et al. 1985: concessive "may"). A
  subject that is a pronoun of report or a condition ("it", "there", "if", "that") or another hedge in
  either clause ("may win, but it could be close") keeps the doubt the writer's;
* :func:`granted_then_but`: "All of this may be true. But ...", "... may be true. So is his failure": "may
  be true / right / so" closing its sentence, and the next opening with "But", "Yet", "Still", "So is".
* :func:`denied_then_but` (fourteenth pass; the session-34 fresh draw judged "Buttigieg may not be the
  perfect candidate. But ..." wrong, "concessive"): "may / might not" in a short sentence whose subject
  opens it, the next sentence opening "But" / "Yet" + a main clause: "The economy may not be back. But at
  least ...". A doubt word in the sentence, "Or he may not", or a subordinate clause after "But" ("But
  when ...", "But for larger species ...") keeps the doubt the writer's; "X might seem modest. Yet ..."
  stays (a past reader judged "might seem like a small price to pay. But" right, "softens").
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


def _granting_modal(match: Match) -> bool:
    """Is the match a one-word granting modal ("may", "might")?"""
    words = match.entry.words
    return match.entry.category == "modal" and len(words) == 1 and words[0] in _GRANTING


def _subject_opens(doc: Doc, first: int, openers: frozenset[str], blockers: frozenset[str],
                   only_apostrophes_skipped: bool, capped: bool) -> bool:
    """Does the subject of the modal at ``first`` (up to ``_SUBJECT_REACH`` words) open its sentence, or
    follow one of ``openers`` (a colon, a dash, a quotation mark), with no word of ``blockers`` ("that",
    "who", "there" ...) between? A comma stops the walk; other marks are skipped, or only apostrophes
    when ``only_apostrophes_skipped``; ``capped`` also refuses a subject longer than the reach."""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= sentence_first and seen <= _SUBJECT_REACH:
        if not is_word[k]:
            if tokens[k] in openers:
                return seen > 0
            if tokens[k] == "," or only_apostrophes_skipped and tokens[k] != "'" and tokens[k] != "’":
                return False
        else:
            if norms[k] in blockers:
                return False
            seen += 1
        k -= 1
    return k < sentence_first and seen > 0 and (not capped or seen <= _SUBJECT_REACH)


def _opens_sentence(doc: Doc, first: int) -> bool:
    """Does the subject of the modal at ``first`` open its sentence (or follow a colon, a dash, a quotation
    mark), with no "that", "who", "there", "and" ... between?"""
    return _subject_opens(doc, first, _OPENERS, _NOT_GRANTING_SUBJECTS, True, True)


# subjects of a reported or existential possibility, not of a granted point
_NOT_GRANTED_HAVE_SUBJECTS: Final = frozenset({"there", "it", "that", "this", "which", "who", "whether", "if", "what",
                                                "and", "but", "or", "when", "because", "as"})
# in either clause: another hedge, a condition or a forecast, so the possibility is the writer's doubt
_HAVE_DOUBT_WORDS: Final = frozenset({"if", "whether", "maybe", "perhaps", "possibly", "probably", "likely",
                                      "could", "might", "may", "seems", "seem", "arguably", "apparently", "unclear"})
_HAVE_OPENERS: Final = frozenset({".", ":", ";", "“", '"', "(", "—", "–"})
_HAVE_BUT_REACH: Final = 30      # words from the modal to "but"
_HAVE_CONTRAST_REACH: Final = 10  # words of the contrast looked at for a doubt word


def _clause_opens_before(doc: Doc, first: int) -> bool:
    """Does the subject of the modal at ``first`` open its sentence (or follow a colon, a dash, a quotation
    mark), with no "that", "who", "there", "and" ... between?"""
    return _subject_opens(doc, first, _HAVE_OPENERS, _NOT_GRANTED_HAVE_SUBJECTS, False, False)


def _granted_have_or_be_before_but(doc: Doc, match: Match) -> str:
    """Why "X may have ..., but Y" grants a point rather than doubting it ('' if it may hedge)."""
    if not _granting_modal(match):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    if word_after(doc, first) not in ("have", "be") or not _clause_opens_before(doc, first):
        return ""
    stop = min(doc.sentences[doc.sentence_of[first]].stop, first + _HAVE_BUT_REACH)
    for k in range(first + 2, stop):
        if not is_word[k]:
            continue
        if norms[k] == "but":
            if k == first + 2 or word_after(doc, k) in ("in", "not", "also", "if", "only", "rather"):
                return ""  # "may be but a bargaining chip", "not by Congress, but by the court"
            contrast = range(k + 1, min(stop + _HAVE_CONTRAST_REACH, k + 1 + _HAVE_CONTRAST_REACH,
                                        doc.sentences[doc.sentence_of[first]].stop))
            if any(is_word[j] and (norms[j] in _HAVE_DOUBT_WORDS or norms[j].endswith("'ll")) for j in contrast):
                return ""
            return "X may have ..., but Y: a point granted, not a softened claim"
        if norms[k] in _HAVE_DOUBT_WORDS:
            return ""
    return ""


def _granted_any_verb_before_but(doc: Doc, match: Match) -> str:
    """Why "X may VERB ..., but Y" grants a point rather than doubting it ('' if it may hedge)."""
    if not _granting_modal(match):
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


def granted_before_but(doc: Doc, match: Match) -> str:
    """Why "X may have ..., but Y" / "X may VERB ..., but Y" grants a point rather than doubting it ('' if it
    may hedge)."""
    return _granted_have_or_be_before_but(doc, match) or _granted_any_verb_before_but(doc, match)


def granted_then_but(doc: Doc, match: Match) -> str:
    """Why "X may be true. But Y" grants a point rather than doubting it ('' if it may hedge)."""
    if not _granting_modal(match):
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


_DENIED_REACH: Final = 16  # tokens from the modal to its full stop
_DENIED_OPENING: Final = 12  # tokens of the sentence before the modal (an opening phrase and the subject)
_NEXT_CONTRASTS: Final = frozenset({"but", "yet"})
_NOT_MAIN_AFTER_BUT: Final = _CLAUSE_OPENING_AFTER_BUT | frozenset({"for", "because", "whether", "then", "in",
                                                                    "also", "not", "only", "thanks"})


def denied_then_but(doc: Doc, match: Match) -> str:
    """Why "X may not be Y. But Z" grants a point rather than doubting it ('' if it may hedge)."""
    if not _granting_modal(match):
        return ""
    first = match.first
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    if word_after(doc, first) != "not":
        return ""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    if first - sentence_first > _DENIED_OPENING or first == sentence_first \
            or any(is_word[k] and (norms[k] in _NOT_GRANTING_SUBJECTS or norms[k] == "or")
                   for k in range(sentence_first, first)):
        return ""  # a long opening, a clause joint ("that", "who", "if") or "Or he may not"
    stop = min(len(tokens), first + _DENIED_REACH)
    for k in range(first + 2, stop):
        if is_word[k]:
            if norms[k] in _DOUBT_WORDS or norms[k] == "but":
                return ""
            continue
        if tokens[k] in (";", ":", "?", "!", "(", ")"):
            return ""
        if tokens[k] == ".":
            nxt = k + 1
            if nxt >= len(tokens) or not is_word[nxt] or norms[nxt] not in _NEXT_CONTRASTS \
                    or tokens[nxt] not in ("But", "Yet"):
                return ""
            if word_after(doc, nxt) in _NOT_MAIN_AFTER_BUT or word_after(doc, nxt) == "":
                return ""
            return "X may not be Y. But Z: a point granted before a contrast, not a softened claim"
    return ""
