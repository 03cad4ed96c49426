""""noted" as an adjective, well-known, before the noun it describes (sixteenth pass: independent readers of draw
4848 judged "[noted] left-winger Michael Tomasky presciently weighed in" wrong; read on the AllSides dev corpus):
"a noted historian", "by noted economist Jane Roe", "Earlier this year, noted pollster John Doe warned ...". The
word describes a person; it attributes nothing.

The verb stays a cue: "Smith noted that ...", "He noted the ramifications", "As noted above", and the inverted
'"...," noted economist Jane Roe.' and "..., noted economist Jane Roe, who ..." (the name ends the clause: it is
the verb's subject). :func:`.cues.acting_cue` asks :func:`noted_epithet` (through ``sense_cues``) with the verbs
of acting, so that ``framing evaluate`` scores these by PolNeAR's definition as well. The look is bounded (four
words after "noted")."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# words before an adjective "noted" that no verb "noted" follows ("a noted", "by noted economist")
_BEFORE_ADJECTIVE: Final = frozenset({"a", "an", "the", "by", "from", "with", "of", "for", "among", "including",
                                      "like"})
# lowercase words after "noted" that make it the verb, with its object or clause
_AFTER_VERB: Final = frozenset({"that", "the", "a", "an", "this", "these", "those", "his", "her", "their", "its",
                                "our", "my", "your", "in", "on", "at", "to", "by", "for", "with", "earlier",
                                "last", "later", "then", "how", "what", "why", "when", "one", "some", "many",
                                "several", "two", "it", "he", "she", "they", "we", "there", "only", "also",
                                "above", "below", "before", "previously", "recently", "again", "as", "and", "but"})
_QUOTE_ENDS: Final = frozenset({"”", '"', "’", "'"})
_REACH: Final = 4


def _describes_a_name(doc: Doc, k: int) -> bool:
    """One to three lowercase nouns after "noted" ``k``, then a capitalised name that a lowercase word (its verb)
    follows: "noted left-winger Michael Tomasky presciently weighed in"."""
    tokens, norms = doc.tokens, doc.norms
    n = len(norms)
    sentence_stop = doc.sentences[doc.sentence_of[k]].stop
    j = k + 1
    while j < sentence_stop and j - k <= 3 and doc.is_word[j] and tokens[j][:1].islower() \
            and norms[j] not in _AFTER_VERB and not norms[j].endswith("ly"):
        j += 1
    if j == k + 1 or j >= sentence_stop or j - k > 3 or not tokens[j][:1].isupper():
        return False
    while j < sentence_stop and j - k <= _REACH + 2 and doc.is_word[j] and tokens[j][:1].isupper():
        j += 1
    return j < min(n, sentence_stop) and doc.is_word[j] and tokens[j][:1].islower()


def noted_epithet(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the adjective "noted" before a noun ("a noted historian", ", noted left-winger
    Michael Tomasky weighed in")?"""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if stop - first != 1 or norms[first] != "noted" or first + 1 >= n or not doc.is_word[first + 1] \
            or not tokens[first + 1][:1].islower() or norms[first + 1] in _AFTER_VERB \
            or norms[first + 1].endswith("ly"):
        return False
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    if first > sentence_first and norms[first - 1] in _BEFORE_ADJECTIVE:
        return True
    opens = first == sentence_first or tokens[first - 1] in (",", "—", "(")
    after_quote = first >= 2 and tokens[first - 1] == "," and tokens[first - 2] in _QUOTE_ENDS \
        or first >= 1 and tokens[first - 1] in _QUOTE_ENDS
    return opens and not after_quote and _describes_a_name(doc, first)
