"""Violence nouns right after the kind of place or event they name, read as the plain word for the event (issue
13, eleventh pass: the independent readers of draws 2121-2424 judged "the deadly massacre ... at a mosque" and
the like wrong in :mod:`.loaded`, "standard descriptive term for the shooting"; each dev use read):

* "massacre", "carnage", "bloodshed", "devastation" right after the kind of place or event ("the nightclub
  massacre", "the school massacre", "the shooting massacre", "the deadly massacre", "after mosque massacre").

Only there: the same words told beside the facts of a shooting ("victims", "a gunman" in the sentence) were also
judged plain by readers, but the PTC annotators mark those uses as loaded language, and setting them aside lost
agreement with them (F1 0.359 -> 0.358 on the PTC training articles). They stay where nothing of an event is
named ("American carnage", "the jihadist carnage", "I'm sick and tired of bloodshed"), in quotation marks (the
rail deaths called "a massacre") and in capitals ("Massacre Mitch").
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_VIOLENCE_NOUNS: Final = frozenset({"massacre", "massacres", "carnage", "bloodshed", "devastation"})
_EVENT_KINDS: Final = frozenset({"school", "nightclub", "mosque", "mosques", "church", "synagogue", "theater",
                                 "theatre", "shooting", "deadly", "mass", "campus", "concert", "office", "workplace",
                                 "festival", "bombing", "attack"})


def violent_event_told(doc: Doc, match: Match) -> str | None:
    """Why the violence noun names an event the text reports (the reason shown), or None."""
    i = match.first
    if match.stop - i != 1 or doc.norms[i] not in _VIOLENCE_NOUNS or not doc.tokens[i][:1].islower():
        return None
    if i >= 1 and doc.norms[i - 1] in _EVENT_KINDS:
        return "the nightclub massacre, the deadly massacre: the plain word for the event"
    return None
