""""Inform" in a sense that reports no words (twentieth pass, round 2: readers wrong 2 of 2 in draws 7474-7878,
"helped inform the direction of the piece", "informed the officer of the revocation"; on the AllSides dev cues
about ten more of the same shapes).

Three uses attribute nothing:

- the adjective "informed" before its noun or at a clause's end: "the informed public", "every reasonably
  informed person", "public scrutiny and informed deliberation", "to be this politically informed.";
- "inform" of a thing shaped or influenced: its object is a course, an argument or a work ("helped inform the
  direction of the piece", "have informed his central argument", "had informed the deliberations"), or a
  passive "informed by" a lowercase word that is no agent ("trial and error informed by reason");
- notice given of a fact, "informed X of/about the N" with no "that" after it ("no official informed the
  officer of the revocation", "informed the city of their decision"): an act of notifying, no words given.

"informed Congress that ...", "informed me that he would be leaving", "did not inform her superiors that ...",
"was informed by the FBI that ...", "informed him of the fact that ..." stay cues: they give what was said.
Every look is bounded (one word back, six ahead, within the sentence). :func:`.cues.acting_cue` asks
:func:`inform_reports_nothing` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_INFORM: Final = frozenset({"inform", "informs", "informed", "informing"})
# what stands before the adjective "informed" (a verb never follows these)
_BEFORE_ADJECTIVE: Final = frozenset({"the", "a", "an", "every", "any", "more", "most", "less", "least", "well",
                                      "better", "best", "ill", "this", "so", "very", "fully", "properly"})
_OPEN_QUOTES: Final = frozenset({'"', "“", "‘"})
# after "and" or a comma the adjective must reach a noun with no clause of content following
_COORDINATORS: Final = frozenset({"and", "or", ","})
# words that open a content, a recipient or a clause: after them "informed" is the verb
_NOT_NOUNS: Final = frozenset({"that", "of", "about", "on", "by", "whether", "if", "him", "her", "them", "me", "us",
                               "you", "it", "the", "a", "an", "his", "their", "its", "our", "my", "your", "this",
                               "these", "those", "to", "when", "what", "how", "why", "who"})
_CONTENT: Final = frozenset({"that", "whether", "how", "why", "what", "when", "where", "who", ":"})
_REACH: Final = 6
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
                                 "those", "that", "every", "some", "any", "much", "many"})
# a course, an argument or a work that is shaped ("helped inform the direction"); curated from the dev corpus
_SHAPED: Final = frozenset({"direction", "directions", "argument", "arguments", "deliberation", "deliberations",
                            "thinking", "decision-making", "policy", "policies", "approach", "approaches", "work",
                            "understanding", "debate", "debates", "choices", "judgment", "judgments", "strategy",
                            "strategies", "perspective", "perspectives", "worldview", "outlook", "design", "research",
                            "practice", "practices", "priorities", "agenda", "vision", "writing", "reporting",
                            "coverage", "view", "views", "politics", "decisions"})
_NOTICE: Final = frozenset({"of", "about"})


def _adjective(doc: Doc, first: int, head: int, stop: int) -> bool:
    """"the informed public", "every reasonably informed person", "this politically informed.": the adjective."""
    norms, tokens, n = doc.norms, doc.tokens, len(doc.norms)
    if norms[head] != "informed" or first == 0:
        return False
    before = norms[first - 1]
    after_word = stop < n and doc.is_word[stop] and tokens[stop][:1].islower() and norms[stop] not in _NOT_NOUNS
    at_end = stop >= n or tokens[stop] in (".", "”", '"', "?", "!")
    if before in _BEFORE_ADJECTIVE or tokens[first - 1] in _OPEN_QUOTES:
        return after_word or at_end
    adverb = before.endswith("ly") and doc.is_word[first - 1] and tokens[first - 1][:1].islower()
    if (before in _COORDINATORS or adverb) and after_word:  # "and informed deliberation", "reasonably informed person"
        sent_stop = doc.sentences[doc.sentence_of[head]].stop
        return not any(norms[j] in _CONTENT or norms[j] in _NOTICE for j in range(stop, min(sent_stop, stop + 4)))
    return False


def _shaped(doc: Doc, head: int, stop: int, sent_stop: int) -> bool:
    """"helped inform the direction of", "informed by reason and faith": a thing shaped, no words."""
    norms, tokens = doc.norms, doc.tokens
    if stop < sent_stop and norms[stop] == "by":  # "informed by reason", not "informed by the FBI that"
        nxt = stop + 1
        return nxt < sent_stop and doc.is_word[nxt] and tokens[nxt][:1].islower() and norms[nxt] not in _NOT_NOUNS \
            and not any(norms[j] in _CONTENT for j in range(nxt, min(sent_stop, nxt + _REACH)))
    if stop >= sent_stop or norms[stop] not in _DETERMINERS and not norms[stop].endswith(("'s", "’s")):
        return False
    for j in range(stop + 1, min(sent_stop, stop + 1 + _REACH)):
        if norms[j] in _SHAPED:
            return not any(norms[k] in _CONTENT for k in range(j + 1, min(sent_stop, j + 1 + _REACH)))
        if not doc.is_word[j] or norms[j] in _CONTENT or norms[j] in _NOTICE:
            return False
    return False


def _notice(doc: Doc, stop: int, sent_stop: int) -> bool:
    """"informed the officer of the revocation", "informed him about the threat": notice of a fact, no "that"."""
    norms = doc.norms
    for j in range(stop, min(sent_stop, stop + _REACH)):
        if norms[j] in _CONTENT or not doc.is_word[j] and doc.tokens[j] not in ("'", "’"):
            return False
        if norms[j] in _NOTICE:
            if j == stop or j + 1 >= sent_stop or norms[j + 1] not in _DETERMINERS:
                return False
            return not any(norms[k] in _CONTENT or doc.tokens[k] in ('"', "“")
                           for k in range(j + 1, min(sent_stop, j + 1 + _REACH)))
    return False


def inform_reports_nothing(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` an "inform" that gives no words: the adjective, a thing shaped, notice given?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if doc.norms[head] not in _INFORM:
        return False
    sent_stop = min(len(doc.norms), doc.sentences[doc.sentence_of[head]].stop)
    return _adjective(doc, first, head, stop) or _shaped(doc, head, stop, sent_stop) or _notice(doc, stop, sent_stop)
