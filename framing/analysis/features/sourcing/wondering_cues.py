"""A "wondering" nobody real does (curated by reading the AllSides dev corpus, seventeenth pass: independent
readers' draws, wrong 1 of 1, "hypothetical person's inner state; writer's voice, no attribution", and the own
reading of the dev cues): the writer's question to the reader, "Still wondering how he got re-elected?",
"Wondering why prices rose?" ("wondering" opens a sentence that ends in a question mark, no subject); and a
made-up person, "the validation his victory might offer to the young person wondering if they belong", "a voter
wondering whether to stay home" (a participle after "the"/"a" and a generic singular person).

"Many Democrats are wondering if ...", "left Senate Republicans wondering if ...", "Jimenez said he was wondering
how she did it", "some analysts wonder whether ..." (real people, a plural or a name) stay cues.
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_WONDERING: Final = frozenset({"wondering"})
_OPENING_WORDS: Final = frozenset({"still", "just", "ever", "now", "so", "and", "but"})
# a generic singular person: who stands for anyone
_GENERIC_PEOPLE: Final = frozenset({"person", "voter", "reader", "viewer", "kid", "child", "teen", "teenager",
                                    "student", "parent", "citizen", "worker", "consumer", "taxpayer", "man", "woman",
                                    "boy", "girl", "someone", "somebody", "anyone", "anybody", "listener", "patient",
                                    "customer", "homeowner", "shopper", "investor"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "any", "every", "some"})
_QUESTION_REACH: Final = 40  # tokens to the sentence's end, for its question mark


def _question_to_reader(doc: Doc, head: int) -> bool:
    """"Still wondering how Obama got re-elected?": "wondering" opens its sentence, which ends with "?"."""
    norms, tokens = doc.norms, doc.tokens
    sentence = doc.sentences[doc.sentence_of[head]]
    opening = sentence.first
    while opening < head and not doc.is_word[opening]:
        opening += 1
    if head - opening > 1 or not tokens[opening][:1].isupper():
        return False
    if head > opening and norms[opening] not in _OPENING_WORDS:
        return False
    last = sentence.stop - 1
    while last > head and not doc.is_word[last] and tokens[last] != "?":
        last -= 1
    return last - head <= _QUESTION_REACH and tokens[last] == "?"


def _made_up_person(doc: Doc, head: int) -> bool:
    """"the young person wondering if ...": a generic singular person (after "the"/"a", at most two adjectives)
    right before the participle."""
    norms, tokens = doc.norms, doc.tokens
    noun = head - 1
    if noun < 1 or norms[noun] not in _GENERIC_PEOPLE or not tokens[noun][:1].islower():
        return False
    if norms[noun] in ("someone", "somebody", "anyone", "anybody"):
        return True
    j = noun - 1
    while j >= 0 and noun - j <= 3 and doc.is_word[j] and norms[j] not in _DETERMINERS and tokens[j][:1].islower():
        j -= 1
    return j >= 0 and norms[j] in _DETERMINERS


def nobody_wonders(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a bare "wondering" in the writer's question to the reader or of a made-up
    person?"""
    head = stop - 1
    if stop - first != 1 or doc.norms[head] not in _WONDERING:
        return False
    return _question_to_reader(doc, head) or _made_up_person(doc, head)
