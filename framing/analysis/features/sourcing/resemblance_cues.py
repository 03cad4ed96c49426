""""Echo" as a likeness between things, not a source repeating words (curated by reading the AllSides dev corpus,
readers' judgments of the thirteenth pass: "the raging debates of today are echoes of debates past" marked wrong,
and the own reading of the fourteenth pass, seed 3838): the noun ("are echoes of debates past", "an echo of the
1990s") and a thing that echoes another ("much of the Obama school reform agenda echoes the Teach for America
worldview", "The poll echoes earlier results", "The president's lingering exasperation in many ways echoes one of
his predecessors").

Also "opposed" in a contrast ("a hardened Democrat as opposed to a Democrat", "Nationalism, when opposed to
patriotism, ..."): two things set against each other, nobody's view.

A person, a group or their words echoing a view stay cues: "Thune echoed that sentiment", "Some social media users
echoed the organizations' sentiments", "His remarks echoed that of Senator Coons", "The same message was echoed by
GOP insiders". :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that
``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_ECHO_VERBS: Final = frozenset({"echo", "echoes", "echoed", "echoing"})
_ECHO_NOUNS: Final = frozenset({"echo", "echoes"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "are", "is", "were", "was", "be", "been", "faint", "distant",
                                 "eerie", "clear", "strong", "loud"})
# things, not sources: what they "echo" is a likeness ("the agenda echoes the worldview", "the poll echoes results")
_THINGS: Final = frozenset({"agenda", "agendas", "poll", "polls", "survey", "surveys", "exasperation", "frustration",
                            "policy", "policies", "plan", "plans", "approach", "situation", "history", "debate",
                            "debates", "case", "strategy", "model", "story", "trend", "pattern", "results", "findings",
                            "data", "numbers", "figures", "design", "style", "architecture", "campaign", "moment",
                            "scene", "scenes", "crisis", "episode", "era", "election", "race", "fight", "battle"})
# words allowed between the thing and the verb ("in many ways echoes", "still echoes")
_BETWEEN: Final = frozenset({"in", "many", "some", "ways", "way", "still", "also", "often", "largely", "closely",
                             "eerily", "strongly", "clearly", "partly", "somewhat", "now"})
_BACK: Final = 5


def _echo_noun(doc: Doc, first: int, head: int) -> bool:
    """"are echoes of", "an echo of": the noun before "of"."""
    norms = doc.norms
    return norms[head] in _ECHO_NOUNS and (head + 1 < len(norms) and norms[head + 1] == "of"
                                           or head > 0 and norms[head - 1] in _DETERMINERS) \
        or norms[head] == "of" and head > first and norms[head - 1] in _ECHO_NOUNS


def _thing_echoes(doc: Doc, first: int, head: int) -> bool:
    """A verb "echo" whose subject, right before it (past "in many ways", "still"), is a thing."""
    norms = doc.norms
    if norms[head] not in _ECHO_VERBS or head + 1 < len(norms) and norms[head + 1] == "by":
        return False
    j = min(first, head) - 1
    while j >= 0 and head - j <= _BACK and norms[j] in _BETWEEN:
        j -= 1
    return j >= 0 and head - j <= _BACK and norms[j] in _THINGS


def _contrast(doc: Doc, head: int) -> bool:
    """"as opposed to", "when opposed to": a contrast between two things."""
    norms = doc.norms
    return norms[head] == "opposed" and head > 0 and norms[head - 1] in ("as", "when") \
        and head + 1 < len(norms) and norms[head + 1] == "to"


def likeness_not_source(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the noun "echo(es) of", a thing that echoes another, or "as opposed to"?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return _echo_noun(doc, first, head) or _thing_echoes(doc, first, head) or _contrast(doc, head)
