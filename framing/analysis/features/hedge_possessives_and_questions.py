"""Modals that are a name, an idiom or the verb of an embedded question, thirteenth pass (read on the AllSides
dev corpus: the session-33 fresh draw judged them wrong).

:mod:`.hedge_readings` asks :func:`name_idiom_or_question_modal`, which returns why the match is no hedge
('' if it may be one):

* "May's" / "May’s": a possessive is a name or the month ("May's Conservatives", "Mrs. May’s Brexit deal",
  "last May's event"), never the modal (a modal takes no "'s");
* "try as they might" / "try as he may": an idiom of vain effort, no possibility is weighed;
* "could reasonably" before a verb: "the numbers it could reasonably hope to obtain", "states could reasonably
  exclude women from juries": what can fairly be expected or is allowed, not a possibility weighed;
* "than ... might wish / like / want": "closer ties than the voters might like": what someone would
  welcome, set against what is; "than those numbers may indicate" (what figures seem to show) stays;
* the verb of an embedded question after a word that asks: "asked who he might back", "confusion over
  who could be let in", "to determine when they could be made public", "calculations about which voters
  Ryan could bring": the question is named, no claim is softened. "People who may show up" (a relative
  clause, no asking word before "who") stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, words_back

_MODALS: Final = frozenset({"might", "may", "could"})
_NO_STOPS: Final[frozenset[str]] = frozenset()  # the look-backs stop at any mark instead
_WISH_VERBS: Final = frozenset({"like", "want", "wish", "prefer", "care", "hope"})
_WH: Final = frozenset({"who", "what", "whom", "which", "where", "when", "how", "whether", "why"})
# words that take an embedded question: "asked who", "confusion over who", "determine when", "about which"
_ASKING: Final = frozenset({"asked", "ask", "asks", "asking", "over", "about", "wonder", "wondered", "wonders",
                            "wondering", "decide", "decided", "decides", "deciding", "determine", "determined",
                            "determines", "determining", "debate", "debated", "debating", "discuss", "discussed",
                            "discussing", "question", "questions", "questioned"})
_WH_REACH: Final = 4      # words from the wh-word to the modal ("which voters Ryan could")
_THAN_REACH: Final = 6    # words from "than" to the modal ("than today's grass-roots voters might")


def _prev_word(doc: Doc, i: int, lo: int) -> int:
    """The index of the last word token before ``i`` and at or after ``lo`` (-1 if none)."""
    for k in range(i - 1, lo - 1, -1):
        if doc.is_word[k]:
            return k
    return -1


def _next_word(doc: Doc, i: int) -> int:
    """The index of the word token right after ``i`` (skipping no words; -1 if none within 2 tokens)."""
    for k in range(i + 1, min(len(doc.tokens), i + 3)):
        if doc.is_word[k]:
            return k
    return -1


def _embedded_question(doc: Doc, first: int) -> bool:
    """A wh-word a few words back whose word before asks ("asked who he", "over who", "determine when they")."""
    norms = doc.norms
    lo = doc.sentences[doc.sentence_of[first]].first
    for k in words_back(doc, first, _WH_REACH, _NO_STOPS, at_any_mark=True):
        if norms[k] in _WH:
            j = _prev_word(doc, k, max(lo, k - 2))
            return j >= 0 and norms[j] in _ASKING
    return False


def name_idiom_or_question_modal(doc: Doc, match: Match) -> str:
    """Why this modal is a name, an idiom or the verb of an embedded question ('' if it may hedge)."""
    entry = match.entry
    if entry.category != "modal" or len(entry.words) != 1 or entry.words[0] not in _MODALS:
        return ""
    first = match.first
    norms = doc.norms
    if norms[first] == "may's":
        return "May's: a possessive name or month (Mrs. May's deal, May's job growth), not the modal"
    back = words_back(doc, first, 3, _NO_STOPS, at_any_mark=True)
    if len(back) == 3 and norms[back[1]] == "as" and norms[back[2]] == "try":
        return "try as they might: an idiom of vain effort, not a possibility"
    after = _next_word(doc, first)
    if entry.words[0] == "could" and after >= 0 and norms[after] == "reasonably" and word_after(doc, after):
        return "could reasonably hope / exclude: what can fairly be expected or is allowed, not a possibility"
    if after >= 0 and norms[after] in _WISH_VERBS \
            and any(norms[k] == "than" for k in words_back(doc, first, _THAN_REACH, _NO_STOPS, at_any_mark=True)):
        return "than the voters might like: what someone would welcome, set against what is, not a hedge"
    if _embedded_question(doc, first):
        return "asked who he might back: the verb of an embedded question, no claim softened"
    return ""
