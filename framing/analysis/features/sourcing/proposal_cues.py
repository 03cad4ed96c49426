""""Propose" of a measure put forward, not words or a view (thirteenth pass: readers' judgments of issue 13, where
all five "propose" spans judged were wrong, the last in seed 2828, read on the AllSides dev corpus):

- a measure to be taken: "The administration threw a scare into the industry by proposing to scale back the
  requirement", "He proposed to add six new justices to the court", "lawmakers were proposing to roll back cuts";
- a document put forward: "Those members who proposed this new platform", "McConnell proposed a clean bill",
  "the EPA proposed national rules to reduce sulfur", "has proposed legislation to remove ...".

PolNeAR's annotators count a policy proposal as an attribution ("He proposes doing away with the mandate",
"she is proposing marquee projects"), and so "proposed expanding the rules", "has proposed major cuts" and
"Scholars have proposed that these trends reflect ..." stay cues here; only the two shapes above, which the
PolNeAR dev articles do not use, are set aside. :func:`.cues.acting_cue` asks :func:`proposes_a_measure` (through
``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores these by PolNeAR's definition as well.
Every look is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_PROPOSE: Final = frozenset({"propose", "proposes", "proposed", "proposing"})
# documents that are put forward, as one files a bill
_DOCUMENTS: Final = frozenset({"bill", "bills", "legislation", "amendment", "amendments", "rule", "rules", "regulation",
                               "regulations", "standards", "guidelines", "platform", "resolution", "ordinance",
                               "ordinances"})
# what a measure to be taken cannot open after "to" ("proposed to the board", "proposed to him")
_NOT_VERBS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                               "him", "them", "me", "us", "you", "congress", "lawmakers"})
_STOPS: Final = frozenset({",", ";", ":", "“", '"', "—", "(", "."})


def _measure_to_take(doc: Doc, k: int) -> bool:
    """ "proposing to scale back the requirement": an act the source means to take."""
    norms, tokens = doc.norms, doc.tokens
    j = k + 1
    if j < len(norms) and norms[j] in ("not", "instead"):
        j += 1
    return j + 1 < len(norms) and norms[j] == "to" and doc.is_word[j + 1] and tokens[j + 1][:1].islower() \
        and norms[j + 1] not in _NOT_VERBS


def _document_put_forward(doc: Doc, k: int) -> bool:
    """ "proposed a clean bill", "proposed this new platform", "proposed national rules": a document filed."""
    norms = doc.norms
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    for j in range(k + 1, min(n, k + 6)):
        if doc.tokens[j] in _STOPS or norms[j] in ("that", "which", "who", "to", "for", "by", "on", "of", "with",
                                                             "in") \
                or norms[j].endswith("ing"):
            return False  # a clause, or a gerund: "proposes doing away with the mandate" stays
        if norms[j] in _DOCUMENTS:
            return True
    return False


def proposes_a_measure(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` propose a measure to take ("proposing to scale back") or put forward a document
    ("proposed a bill")?"""
    for k in range(first, stop):
        if doc.norms[k] in _PROPOSE and (_measure_to_take(doc, k) or _document_put_forward(doc, k)):
            return True
    return False
