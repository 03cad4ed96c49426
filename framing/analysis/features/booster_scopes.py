"""Booster words inside a scope that takes their certainty away, twelfth pass (read on the AllSides dev
corpus; the independent readers of draws 2424, 2525 and 2626 judged each kind wrong):

- under a modal of possibility a few words before, in its clause: "the party may indeed go into full
  flip-out mode", "may wind up benefiting her by showing that she's not afraid", "could finally become
  obvious": the certainty is the modal's possibility, not asserted (past readers: "'may indeed': scoped
  under may, no certainty"). "which clearly could not have come" (the modal after it), "can" / "will"
  before it ("we can certainly begin", "will undoubtedly exceed") and a booster right after "could"
  ("could definitely make it harder", "could almost certainly": the possibility asserted) stay;
- in a clause of condition opened by "only when" / "only if" / "except when": "a last resort, and only when
  the evidence is clear": a condition, no certainty asserted (plain "if" / "whether" clauses are set aside
  by :mod:`.boosters` already; a bare "when" mostly narrates and stays);
- a certainty that others give something, after "presented / portrayed / treated ... as": "the attack is
  presented to the reader as undisputed reality": describes someone's framing, not the writer's certainty.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .lexical import words_back

_POSSIBILITY_MODALS: Final = frozenset({"may", "might", "could", "may've", "might've", "could've"})
_CLOSE_TO_COULD: Final = frozenset({"almost", "most", "very", "quite"})
_MODAL_REACH: Final = 6  # words between the modal and the booster ("may wind up benefiting her by showing that")
# the end of the clause looked in: punctuation and the openings of another clause
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", "—", "–", ".", "!", "?", "(", ")", "“", "”", '"'})
_CLAUSE_WORDS: Final = frozenset({"but", "and", "because", "which", "who", "while", "although", "though", "since",
                                  "so", "yet", "whereas", "or"})
_ONLY_WORDS: Final = frozenset({"only", "except", "unless"})
_CONDITION_REACH: Final = 8  # words between "only when" and the booster ("only when the evidence is clear")
_PRESENTING: Final = frozenset({"presented", "presents", "present", "presenting", "portrayed", "portrays", "portray",
                                "portraying", "treated", "treats", "treat", "treating", "depicted", "depicts",
                                "framed", "frames", "cast", "casts", "sold", "sells", "passed", "passes", "packaged",
                                "accepted", "accepts", "reported", "reports", "described", "describes"})
_AS_REACH: Final = 6  # words between the verb of presenting and "as" ("presented to the reader or viewer as")
_FACT_WORDS: Final = frozenset({"undisputed", "undeniable", "indisputable", "unquestioned", "unquestionable",
                                "certain", "definitive", "incontrovertible", "irrefutable", "established",
                                "settled", "proven", "fact", "truth"})


def _clause_words_back(doc: Doc, first: int, reach: int) -> list[int]:
    """Up to ``reach`` words before ``first`` in its clause (stopping at punctuation and clause words)."""
    found: list[int] = []
    for k in words_back(doc, first, reach, _CLAUSE_ENDS):
        if doc.norms[k] in _CLAUSE_WORDS:
            break
        found.append(k)
    return found


def under_possibility_modal(doc: Doc, first: int) -> bool:
    """A "may" / "might" / "could" a few words before the booster at ``first``, in its clause ("may indeed
    go", "could finally become obvious")?"""
    for k in _clause_words_back(doc, first, _MODAL_REACH):
        if doc.norms[k] in _POSSIBILITY_MODALS:
            # "could definitely make it harder", "could almost certainly make that a crime": the possibility
            # itself is asserted with certainty (the booster right after "could")
            return not (doc.norms[k].startswith("could") and all(doc.norms[j] in _CLOSE_TO_COULD
                                                                 for j in range(k + 1, first)))
    return False


def in_only_when_clause(doc: Doc, first: int) -> bool:
    """Inside an "only when" / "only if" / "except when" clause ("only when the evidence is clear")?"""
    back = _clause_words_back(doc, first, _CONDITION_REACH)
    norms = doc.norms
    for k in back:
        if norms[k] in ("when", "if") and k > 0 and doc.is_word[k - 1] and norms[k - 1] in _ONLY_WORDS:
            return True
    return False


def presented_as(doc: Doc, first: int) -> bool:
    """A certainty word after "presented / portrayed / treated ... as" ("presented to the reader as undisputed
    reality")?"""
    if doc.norms[first] not in _FACT_WORDS:
        return False
    back = words_back(doc, first, 2, _CLAUSE_ENDS)
    if not back:
        return False
    as_at = back[0] if doc.norms[back[0]] == "as" else (back[1] if len(back) > 1 and doc.norms[back[1]] == "as"
                                                         else -1)
    if as_at < 0:
        return False
    return any(doc.norms[k] in _PRESENTING for k in words_back(doc, as_at, _AS_REACH, _CLAUSE_ENDS))
