"""Cue words inside a condition: what a source would say or believe if something were so, not what it said or
holds (twelfth pass: what independent readers judged wrong, draw 2525, read on the AllSides dev corpus).

"If prosecutors believe that there is a violation, such contacts could ...", "if the justices say Trump has the
same discretion", "if his administration determines that Mexico has lost control", "if someone denies that
those actions are divisive": the condition attributes nothing to anyone. An "if" that asks ("asked Holder if he
personally told the White House", "not even sure if Tehran will promise") is an indirect question and is left to
the other rules; so is "as if" and "even if" (a concession may report a fact).

A question wished for is not asked either: "Will someone please ask President Obama who ...", "Somebody should
ask him why ..." (readers of draws 3131/3535 judged it wrong); "reporters asked him why ...", "she asked
someone to please leave" stay cues.

What a made-up crowd or anyone might say or think is not said either (sixteenth pass, draw 4747: "many people
might conclude this means ...", "what some would call", "As anyone could have predicted"; :func:`imagined_source`).

:func:`.cues.acting_cue` asks :func:`in_condition` (and the others, through ``sense_cues``). The look-back is bounded (five words before the cue, five
before "if").
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_IF: Final = frozenset({"if", "unless"})
_REACH: Final = 5  # words between "if" and the cue (its subject: "if the Justice Department")
# before "if": words that make it "whether" (an indirect question) or another conjunction
_ASKING: Final = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "know",
                            "knows", "knew", "sure", "unclear", "clear", "see", "saw", "check", "checked", "question",
                            "questioned", "decide", "decides", "decided", "determine", "doubt", "tell", "told",
                            "whether", "as", "even", "only", "learn", "find", "found", "wanted", "querying",
                            "inquired"})
_ASKING_REACH: Final = 5  # words before "if" searched for a verb that asks
# what may stand between "if" and the cue: the words of a subject (no verb, no punctuation, no "to"
# or "but": "on the sidelines if players begin to protest and explained that ..." is the main clause's verb)
_NOT_SUBJECT: Final = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                                 "can", "could", "may", "might", "do", "does", "did", "that", "which", "who", "not",
                                 "to", "but"})


_NEGATIONS: Final = frozenset({"not", "n't", "n’t", "never", "isn't", "isn’t", "wasn't", "wasn’t", "aren't",
                               "aren’t"})


def _comparison_denied(doc: Doc, first: int) -> bool:
    """ "It's not as though he accused someone of murder", "it isn't as if they said": a comparison denied; nobody
    said it (second round of the thirteenth pass, draw 3030). The subject is at most three words."""
    norms = doc.norms
    for j in range(first - 2, max(-1, first - 6), -1):
        if norms[j] in ("though", "if") and j >= 2 and norms[j - 1] == "as" and norms[j - 2] in _NEGATIONS:
            return all(doc.is_word[m] and norms[m] not in _NOT_SUBJECT for m in range(j + 1, first))
    return False


def in_condition(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the verb of an if-clause ("If prosecutors believe that ..."), or of a comparison
    denied ("It's not as though he accused")?"""
    norms = doc.norms
    if _comparison_denied(doc, first):
        return True
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    j, words = first - 1, 0
    while j >= sentence_first and words <= _REACH:
        if not doc.is_word[j]:
            return False
        if norms[j] in _IF:
            break
        if norms[j] in _NOT_SUBJECT:
            return False
        words += 1
        j -= 1
    else:
        return False
    if j < sentence_first or words == 0:
        return False
    k, seen = j - 1, 0
    while k >= sentence_first and seen < _ASKING_REACH and j - k <= 2 * _ASKING_REACH:
        if not doc.is_word[k]:
            if doc.tokens[k] in (".", ";", ":", "?", "!"):
                break
            k -= 1
            continue
        if norms[k] in _ASKING:
            return False
        seen += 1
        k -= 1
    return True


_ASK: Final = frozenset({"ask", "question", "press"})
_SOMEONE: Final = frozenset({"someone", "somebody", "anyone", "anybody", "reporters", "journalists", "congress",
                             "you"})
# what makes a wish of the verb after "someone" ("someone should ask", "somebody needs to ask")
_WISH: Final = frozenset({"should", "must", "ought", "needs", "need", "to", "please", "has", "have", "will",
                          "would", "could"})


def question_wished_for(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a bare "ask" wished for ("Will someone please ask", "Please ask him",
    "Somebody should ask him", "someone needs to ask")? At most four words before the verb are read."""
    norms = doc.norms
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    if norms[k] not in _ASK or k != first:
        return False
    if k >= 1 and norms[k - 1] == "please":
        return True
    sentence_first = doc.sentences[doc.sentence_of[k]].first
    wished = False
    for j in range(k - 1, max(sentence_first - 1, k - 5), -1):
        if norms[j] in _WISH:
            wished = True
        elif norms[j] in _SOMEONE:
            return wished
        else:
            return False
    return False


_MODALS: Final = frozenset({"might", "could", "would", "may"})
# a made-up or generic subject of the modal ("many people might conclude", "some would call", "anyone could have
# predicted", "any interested reader could have learned", "one might argue", "you might say")
_ANYBODY: Final = frozenset({"people", "some", "many", "others", "anyone", "anybody", "someone", "somebody", "one",
                             "you", "reader", "readers", "observer", "observers"})
# words between the subject, the modal and the verb ("would probably say", "could easily have predicted")
_MODAL_BETWEEN: Final = frozenset({"have", "also", "well", "easily", "probably", "even", "still", "just", "be",
                                   "reasonably", "rightly", "fairly", "then"})


def imagined_source(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` what a made-up crowd or anyone might say or think ("many people might
    conclude this means ...", "what some would call", "As anyone could have predicted")? Sixteenth pass: readers of
    draw 4747 judged "many people [might conclude]" wrong, earlier readers "would insist" of nobody in particular.
    "Economists might argue" and "the senator would say" (a named group or person) are left to the other rules."""
    norms = doc.norms
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    sentence_first = doc.sentences[doc.sentence_of[head]].first
    j = head - 1
    while j >= sentence_first and head - j <= 4 and norms[j] in _MODAL_BETWEEN:
        j -= 1
    if j < sentence_first or norms[j] not in _MODALS:
        return False
    j -= 1
    modal = j
    while j >= sentence_first and modal - j <= 4 and norms[j] in _MODAL_BETWEEN:
        j -= 1
    return j >= sentence_first and norms[j] in _ANYBODY and (j == sentence_first or norms[j - 1] != "of")
