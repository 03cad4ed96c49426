"""A "might" that is a noun and a "could" of an ability denied to everyone, fourteenth pass, round 2
(read on the AllSides dev corpus; the session-34 round-2 fresh draw of modal hedges judged both wrong:
"noun 'might'", "past ability 'None ... could confirm'").

:func:`.hedge_modal_readings.modal_reading` asks :func:`non_modal_reading` of a single-word modal, so the
WikiWeasel figures and the learned filter are left as they are; each rule returns why the match is no
hedge ('' if it may be one):

* :func:`noun_might`: "might" after a determiner or an adjective of power, with no verb after it: "the
  political might of the NRA", "its military might", "with all his might": strength, a noun, no modal;
  "the vote might be close", "their allies might not" (a modal with its verb) stay;
* :func:`denied_to_all_could`: "could" whose subject is "no one", "nobody", "none (of ...)" or "neither"
  a few words back in its clause: "No one could tell me anything", "None of those she named as
  witnesses could confirm her charges", "nobody could have predicted": the writer (or speaker) states
  that nobody was able, he does not soften a claim; "someone could", "no wonder they could" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before, words_back

# words before a noun "might": determiners, possessives and adjectives of the kind of strength
_BEFORE_NOUN_MIGHT: Final = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "whose",
                                       "military", "economic", "political", "financial", "naval", "industrial",
                                       "nuclear", "sheer", "full", "corporate", "electoral", "legal"})
# a word after "might" that makes it a modal ("the military might be", "their allies might not")
_MODAL_FOLLOWERS: Final = frozenset({"be", "have", "not", "also", "well", "just", "even", "never", "still",
                                     "only", "yet", "then", "now", "already", "soon", "actually", "really",
                                     "try", "want", "need", "do", "get", "make", "take", "seem", "become",
                                     "look", "find", "think", "say", "go", "come", "help", "lose", "win",
                                     "face", "see", "change", "decide", "end", "use", "add", "cause", "lead"})


def noun_might(doc: Doc, match: Match) -> str:
    """Why this "might" is the noun of strength ('' if it may be the modal)."""
    if match.entry.words != ("might",):
        return ""
    first = match.first
    if word_before(doc, first) not in _BEFORE_NOUN_MIGHT:
        return ""
    after = word_after(doc, first)
    if after in _MODAL_FOLLOWERS or after.endswith("ly"):
        return ""
    return "the political might of: a noun (strength), not a modal"


_NOBODY: Final = frozenset({"nobody", "none", "neither", "noone"})
_SUBJECT_REACH: Final = 8  # words back from "could" to its negative subject ("None of those whom she named as
#                            witnesses could")
# the end of the clause looked in: marks, and words that open another clause ("nobody knows whether the
# virus could spread": the virus is the subject of "could")
_CLAUSE_STOPS: Final = frozenset({",", ";", ":", "(", ")", "—", "–", "\"", "“", "”", "that", "whether", "if",
                                  "when", "because", "how", "why", "what", "where", "while", "but", "and",
                                  "know", "knows", "knew", "think", "thinks", "thought", "said", "says", "say",
                                  "expected", "expects", "imagined", "imagine", "believe", "believes",
                                  "believed", "predicted", "doubt", "doubts", "doubted"})


def denied_to_all_could(doc: Doc, match: Match) -> str:
    """Why this "could" states an ability denied to everyone ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    norms = doc.norms
    for k in words_back(doc, match.first, _SUBJECT_REACH, _CLAUSE_STOPS):
        if norms[k] in _NOBODY or norms[k] == "one" and k > 0 and norms[k - 1] == "no":
            return "no one could / none of them could: an ability denied, not a softened claim"
    return ""


def non_modal_reading(doc: Doc, match: Match) -> str:
    """Why this single-word modal is a noun or an ability denied to everyone ('' if it may hedge)."""
    return noun_might(doc, match) or denied_to_all_could(doc, match)
