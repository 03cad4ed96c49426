"""Cues in the writer's own voice, said to the reader (curated by reading the AllSides dev corpus, the own reading
of the eleventh pass): "It's worth noting that ...", "It's also worth pointing out ..." (the writer's aside),
and a sentence opened by an imperative or "let me" ("Don't tell me “free market!”", "Don't blame the
messenger", "Let me say once more how unusual it was", "Let me tell you a story").
"Experts noted that ...", "He said: “Don't tell me ...”" (a quotation's cue is "said"), "they don't see him as
..." and "let them say what they want" stay or are read elsewhere. :func:`.cues.acting_cue` sets these aside
(through ``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's
definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_WORTH: Final = frozenset({"worth"})
_DONT: Final = frozenset({"don't", "don’t", "do", "never"})
_LET: Final = frozenset({"let"})
_FIRST_PERSON: Final = frozenset({"me", "us"})


def _worth_noting(doc: Doc, first: int) -> bool:
    """"It's worth noting that", "It's also worth pointing out": "worth" right before the cue's gerund."""
    norms = doc.norms
    return first > 0 and norms[first - 1] in _WORTH and norms[first].endswith("ing")


def _imperative_opening(doc: Doc, first: int) -> bool:
    """"Don't tell me ...", "Do not believe ...", "Let me say ...", "Let's remember ...": the sentence opens with
    the imperative or "let me" right before the cue."""
    norms, tokens = doc.norms, doc.tokens
    opening = doc.sentences[doc.sentence_of[first]].first
    while opening < first and not doc.is_word[opening]:
        opening += 1
    if first - opening > 2:
        return False  # (bounded: a sentence may be a megabyte long)
    words = [norms[j] for j in range(opening, first)]
    if words in (["don't"], ["don’t"], ["do", "not"], ["never"]):
        return True
    if words in (["let's"], ["let’s"]):
        return True
    return len(words) == 2 and words[0] in _LET and words[1] in _FIRST_PERSON and tokens[opening][:1] == "L"


def writers_voice(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the writer's "worth noting" or an imperative or "let me" opening a sentence?"""
    return _worth_noting(doc, first) or _imperative_opening(doc, first)
