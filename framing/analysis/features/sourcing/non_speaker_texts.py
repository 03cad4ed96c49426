"""Laws, bills and rules found where a speaker stands: texts that rule, no source of words.

Readers of the AllSides dev sample judged "The Massachusetts law" ("law prohibits, not a speaker") and "federal
law" wrong as speakers; session 32's fresh draw showed "the agenda" ("That's the agenda urged earlier this
month") and, through the corpus, "the bill threatens new sanctions", "The policy bill ... authorizes", "Those
special budget rules ... prohibit", "The wide-ranging legislation also would tweak", each as a speaker. A phrase
whose head is a law's text in lower case ("the bill", "The wide-ranging legislation", "federal law", "the rules",
"The policy", "the measure", "the agenda") names no speaker. Session 34 (draw 3131) met "These amendments, passed
in the wake of the Civil War, declared": constitutional amendments, a text, no speaker.

Kept: what follows "according to" ("according to the measure", "according to debate commission rules": the text
is where the fact is read); a text after a preposition, which the reader may widen to who is of it ("Proponents
of [the law]", "Critics of [the law]"); a capitalised name ("Bill"); plans and proposals, which someone issues
("The proposal said ICE was planning", :mod:`.kind_documents`).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import is_cap

# texts of a law or of rules (lower case): what they say is their content, no one's claim
_LAW_TEXTS: Final = frozenset({"law", "laws", "bill", "bills", "legislation", "measure", "measures", "policy",
                               "policies", "rules", "rule", "ordinance", "statute", "regulation", "regulations",
                               "agenda", "amendment", "amendments"})
# words before a phrase that make it part of a wider one ("Proponents of [the law]", "in support of")
_PREPOSITIONS: Final = frozenset({"of", "over", "in", "for", "against", "about", "on", "with", "behind", "under",
                                  "toward", "towards", "from", "into", "to", "by", "at"})


def law_text(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase ``[first, stop)`` a law's text (see the module's docstring)?"""
    head = stop - 1
    if stop - first > 8 or not doc.is_word[head] or is_cap(doc.tokens[head]) or doc.norms[head] not in _LAW_TEXTS:
        return False
    if any(doc.norms[t] in _PREPOSITIONS for t in range(first, stop)):
        return False  # "Proponents of the law": people
    return not (first > 0 and doc.norms[first - 1] in _PREPOSITIONS)  # "according to the measure", "of the law"
