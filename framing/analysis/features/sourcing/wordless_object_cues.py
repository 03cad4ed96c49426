"""Report verbs whose object is no words (curated by reading the AllSides dev corpus, seventeenth pass: the own
reading of the fresh draw from 5656, wrong 1 of 1): help called for in an emergency ("Li apparently called for
medical help, reporting flu-like symptoms", "called for an ambulance", "calling for backup"): a deed, not words or
a view. (A thing delivered, "delivering record ratings", is :mod:`.act_delivered_and_depicted_cues`'s.)

"called for more help from the states", "called for help in passing the bill" (a demand: not an emergency's help
right after "for") stay cues. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs
of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_CALL: Final = frozenset({"call", "calls", "called", "calling"})
# the help an emergency calls for (right after "for", past an article or "medical"/"emergency")
_EMERGENCY_HELP: Final = frozenset({"help", "ambulance", "ambulances", "backup", "back-up", "paramedics", "medics",
                                    "medic", "reinforcements", "rescue", "rescuers", "firefighters", "assistance",
                                    "attention", "aid", "care", "evacuation", "doctor", "nurse"})
_BEFORE_HELP: Final = frozenset({"a", "an", "medical", "emergency", "immediate", "urgent"})
# help called for right after "for", with no article or "medical": a cry for help
_BARE_HELP: Final = frozenset({"help", "backup", "back-up", "paramedics", "medics", "reinforcements", "ambulance",
                               "ambulances"})


def _help_called_for(doc: Doc, head: int) -> bool:
    """"called for medical help", "called for an ambulance", "calling for help": help in an emergency."""
    norms = doc.norms
    n = len(norms)
    if norms[head] not in _CALL or head + 2 >= n or norms[head + 1] != "for":
        return False
    j = head + 2
    if norms[j] in _BARE_HELP:
        return _ends_the_call(doc, j)
    seen = 0
    while j < n and norms[j] in _BEFORE_HELP and seen < 2:
        j += 1
        seen += 1
    return seen > 0 and j < n and norms[j] in _EMERGENCY_HELP and (norms[j - 1] != "a" and norms[j - 1] != "an"
                                                                   or norms[j] in ("ambulance", "doctor", "nurse")) \
        and _ends_the_call(doc, j)


# what follows a demand's help: whom it is for, from whom, with what ("help for farmers", "aid to Haiti")
_DEMAND_AFTER: Final = frozenset({"in", "with", "on", "from", "to", "for", "of"})


def _ends_the_call(doc: Doc, j: int) -> bool:
    """The help at ``j`` is not followed by whom or what it is for ("help in passing the bill", "aid to Haiti");
    a place may follow ("called for medical help in Belmont": "in" and a capitalised word)."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if j + 1 >= n or norms[j + 1] not in _DEMAND_AFTER:
        return True
    return norms[j + 1] == "in" and j + 2 < n and tokens[j + 2][:1].isupper() and norms[j - 1] in _BEFORE_HELP


def object_is_no_words(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` help called for in an emergency ("called for medical help")? (A thing delivered,
    "delivering record ratings", is :mod:`.act_delivered_and_depicted_cues`'s.)"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if doc.norms[head] == "for" and head > first:
        head -= 1  # the cue span "called for"
    return _help_called_for(doc, head)
