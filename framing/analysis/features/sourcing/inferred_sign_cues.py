"""Verbs of showing that read a sign, not a source (curated by reading the AllSides dev corpus, seventeenth
pass, independent readers' draw 5353, wrong 2 of 2 in the class): the writer's own hedged inference, "he
refused to answer the question — perhaps suggesting that there may have been collusion", "responded with
threats, seemingly suggesting that ...", "which possibly indicates ..." (a hedge of the writer's right
before a participle or a "which"/"this" clause reads a deed as a sign; nobody says it); and a verb of
showing inside the clause another cue reports, "The Times ... suggested they reveal that Mueller may have
uncovered ..." (the subject of "reveal" is the questions: "suggested" is the cue, "reveal" is what the
Times said of them).

"Reid warned Republicans, suggesting that they will bear the blame" (no hedge: Reid's words), "Jordan
seemingly rejected the offer, saying ..." (not a verb of showing), "aides said they revealed nothing" (a
past "revealed": people telling), "officials suggested that" stay cues. :func:`.cues.acting_cue` sets these
aside (through ``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by
PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .report_verb_words import single_report_verbs

# verbs of showing as a sign shows: the participle of a clause, or a present after "which"/"this"
_SIGN_PARTICIPLES: Final = frozenset({"suggesting", "indicating", "signaling", "signalling", "implying", "showing",
                                      "revealing", "demonstrating", "confirming", "hinting"})
_SIGN_PRESENTS: Final = frozenset({"suggests", "indicates", "signals", "implies", "shows", "reveals",
                                   "demonstrates", "confirms", "hints"})
# the writer's hedges on an inference ("apparently" is left out: "apparently suggesting" often reports a source)
_HEDGES: Final = frozenset({"perhaps", "possibly", "probably", "likely", "seemingly", "maybe", "presumably",
                            "arguably", "conceivably"})
# what opens a participle clause before the hedge
_CLAUSE_MARKS: Final = frozenset({",", "—", "–", "(", ";", "-"})
# what a "which"/"this" clause's present refers back to
_REFERRERS: Final = frozenset({"which", "this", "that", "it"})
# the present of a verb of showing, as things show: its subject is a thing spoken of
_THING_PRESENTS: Final = frozenset({"reveal", "show", "suggest", "indicate", "demonstrate", "prove", "confirm"})
_THING_PRONOUNS: Final = frozenset({"they", "it", "these", "those"})


def _head(doc: Doc, first: int, stop: int) -> int:
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return head


def _hedged_inference(doc: Doc, first: int, head: int) -> bool:
    """"— perhaps suggesting that ...", ", seemingly suggesting ...", "which possibly indicates ...": a hedge of the
    writer's right before the verb of showing, which opens a participle clause or follows "which"/"this"."""
    norms, tokens = doc.norms, doc.tokens
    word = norms[head]
    if word not in _SIGN_PARTICIPLES and word not in _SIGN_PRESENTS:
        return False
    hedge = head - 1
    if hedge < 1 or norms[hedge] not in _HEDGES:
        return False
    before = hedge - 1
    if word in _SIGN_PARTICIPLES:
        return tokens[before] in _CLAUSE_MARKS or norms[before] in ("and", "thus", "so")
    return norms[before] in _REFERRERS


def _sign_in_reported_clause(doc: Doc, first: int, head: int) -> bool:
    """"suggested they reveal that ...", "said it shows that ...": a plain present of a verb of showing whose
    subject is a pronoun right after a report verb (at most a "that" between): the words are the outer cue's."""
    norms = doc.norms
    if head != first or norms[head] not in _THING_PRESENTS or head < 2:
        return False
    subject = head - 1
    if norms[subject] not in _THING_PRONOUNS:
        return False
    outer = subject - 1
    if norms[outer] == "that" and outer > 0:
        outer -= 1
    return doc.is_word[outer] and norms[outer] in single_report_verbs() and norms[outer] not in _THING_PRESENTS


def sign_not_source(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the writer's hedged inference ("perhaps suggesting that") or a verb of showing
    in the clause another cue reports ("suggested they reveal that")?"""
    head = _head(doc, first, stop)
    return _hedged_inference(doc, first, head) or _sign_in_reported_clause(doc, first, head)
