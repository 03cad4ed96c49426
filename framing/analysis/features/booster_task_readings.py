"""Booster words that name a task, a document's purpose, an intended effect or a moment of realisation, not the
writer's certainty (read on the AllSides dev corpus; the kinds independent readers of the eighth pass, first
round, judged wrong):

- "proving" outside a finite "is proving that ..." or a participial clause ("..., proving that ..."): the
  documents or evidence named by what they would prove ("information proving they are undocumented",
  "asking for evidence proving that"), the task ("the challenge is proving who spoke", "by proving we are the
  party", "getting to proving it", "renew my visa and proving that my education ..."), or "turned out"
  ("is proving to be", "proving far stronger");
- the base "prove" in a chain of tasks or a requirement ("you have to get the documents and prove things", "had
  to go down to the welfare office, prove his existence", "hopes to further prove", "making companies prove",
  "requiring that applicants prove"): what must or may be done; "they prove what we say" and "the results prove
  that" stay;
- "conclusive" before a noun that is no proof ("take a conclusive stance"): a firm position described;
  "conclusive evidence" and "thorough and conclusive:" stay;
- "would leave no doubt who was in charge": the intended effect of a move, reported, not asserted;
- "clear" after a copula in a clause of time ("once the broader context was clear, ..."): when something became
  known (:mod:`.boosters` already reads "when it became clear" so);
- a booster in a "whether" clause whose subject is a list of names ("whether or not people such as A, B, and C
  are really that offensive"): the commas of the list do not end the clause.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .lexical import words_back

_FINITE_BE: Final = frozenset({"is", "are", "was", "were", "'s", "'re", "been", "keeps", "kept"})
# what a proof is of, after "is proving" (a clause or a reflexive: "is proving that", "is proving himself")
_PROOF_AFTER_BE: Final = frozenset({"that", "it", "himself", "herself", "themselves", "itself", "once", "again",
                                    "yet", "beyond"})
_CLAUSE_OPENERS: Final = frozenset({",", "(", "—", "–", ";", ":"})
_TURNED_OUT: Final = frozenset({"to", "far", "ever", "more", "less", "much", "increasingly", "difficult", "hard",
                                "costly", "controversial", "elusive", "popular", "unpopular", "tough", "tricky"})
# nouns that a "conclusive" qualifies as proof ("conclusive evidence", "conclusive results")
_PROOF_NOUNS: Final = frozenset({"evidence", "proof", "proofs", "results", "result", "findings", "finding", "test",
                                 "tests", "answer", "answers", "data", "link", "links", "determination",
                                 "conclusion", "conclusions", "judgment", "verdict", "showing", "demonstration"})
# words that make a following base "prove" a task: an infinitive marker, causatives and requirements
_TASK_MARKERS: Final = frozenset({"to", "make", "makes", "made", "making", "let", "lets", "letting", "help", "helps",
                                  "helping", "force", "forces", "forced", "forcing", "require", "requires",
                                  "required", "requiring", "demand", "demands", "demanded", "demanding", "must",
                                  "should", "can", "could", "would", "will", "may", "might", "cannot"})
_TASK_REACH: Final = 7  # words back in the sentence (over commas: "had to be the best, prove himself")
_TASK_CLAUSE_ENDS: Final = frozenset({";", ":", "—", "–", "(", ")", "“", "”", '"'})  # a clause or a quotation ends
_MODALS: Final = frozenset({"would", "could", "should", "might", "may", "will", "'d", "can"})
_WH: Final = frozenset({"who", "what", "whether", "which", "where", "how", "when", "about"})
_TIME_CONJUNCTIONS: Final = frozenset({"once", "when", "after", "until", "before", "as", "since"})
_COPULAS: Final = frozenset({"was", "were", "is", "are", "had", "been", "became", "become", "becomes", "got"})
_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", "—", "–", ".", "!", "?", "(", ")"})
_WHETHER_REACH: Final = 25  # tokens back to a "whether" whose subject is a list of names


def proving_of_a_task(doc: Doc, first: int) -> bool:
    """Is the "proving" at ``first`` a task, a document's purpose or "turning out", not an asserted proof?"""
    norms, tokens = doc.norms, doc.tokens
    if norms[first] != "proving":
        return False
    after = norms[first + 1] if first + 1 < len(norms) and doc.is_word[first + 1] else ""
    if after in _TURNED_OUT or not after:
        return True
    lo = doc.sentences[doc.sentence_of[first]].first
    if first == lo or tokens[first - 1] in _CLAUSE_OPENERS:
        return False  # "Proving that revenge is a dish ...", "..., proving that": a participial clause asserts
    before = norms[first - 1]
    if before in _FINITE_BE:
        # "Trump is proving that ..." asserts; "the challenge is proving who spoke" names the task
        return after not in _PROOF_AFTER_BE or first - 2 >= lo and norms[first - 2] in ("challenge", "task", "problem",
                                                                                       "hard", "difficulty", "key")
    return True


def prove_as_task(doc: Doc, first: int) -> bool:
    """Is the base "prove" at ``first`` a task or a requirement (an infinitive marker, a modal or a causative up
    to seven words back in its sentence)?"""
    if doc.norms[first] != "prove":
        return False
    return any(doc.norms[k] in _TASK_MARKERS for k in words_back(doc, first, _TASK_REACH, _TASK_CLAUSE_ENDS))


def conclusive_description(doc: Doc, first: int) -> bool:
    """"a conclusive stance": "conclusive" before a noun that is no proof."""
    k = first + 1
    if k >= len(doc.norms) or not doc.is_word[k] or doc.norms[first] != "conclusive":
        return False
    return doc.norms[k] not in _PROOF_NOUNS and doc.norms[k] not in ("and", "or", "that", "than", "in", "on", "about")


def intended_no_doubt(doc: Doc, first: int, stop: int) -> bool:
    """"a move that would leave no doubt who was in charge": the intended effect, reported."""
    if doc.norms[first] not in ("leave", "leaves", "left", "leaving"):
        return False
    after = doc.norms[stop] if stop < len(doc.norms) and doc.is_word[stop] else ""
    return first > 0 and doc.norms[first - 1] in _MODALS and after in _WH


def clear_in_time_clause(doc: Doc, first: int) -> bool:
    """"Once the broader context was clear, ...": "clear" after a copula, in a clause of time (up to eight words
    back), with no "that" after it."""
    norms = doc.norms
    if norms[first] != "clear" or first == 0 or norms[first - 1] not in _COPULAS:
        return False
    if first + 1 < len(norms) and norms[first + 1] in ("that", "to", "about", "on"):
        return False
    lo = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 2, 0
    while k >= lo and seen < 8:
        if doc.tokens[k] in _CLAUSE_BREAKS:
            return False
        if doc.is_word[k]:
            if norms[k] in _TIME_CONJUNCTIONS:
                return True
            seen += 1
        k -= 1
    return False


def in_whether_over_a_list(doc: Doc, first: int) -> bool:
    """A "whether" before the booster in its sentence, with only commas of a list of names between (a name before
    each comma) ("whether or
    not people such as A, B, and C are really ...")."""
    tokens = doc.tokens
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _WHETHER_REACH)
    k = first - 1
    while k >= lo:
        if tokens[k] in _CLAUSE_BREAKS:
            if tokens[k] != "," or k < 1 or not tokens[k - 1][:1].isupper() or k + 1 >= len(tokens) \
                    or not (tokens[k + 1][:1].isupper() or doc.norms[k + 1] in ("and", "or")):
                return False
        elif doc.norms[k] == "whether":
            return True
        k -= 1
    return False
