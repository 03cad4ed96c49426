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

* (thirteenth pass: the independent readers of draws 2525-2828 judged "the massacre" wrong each time it
  refers back to a shooting the article tells: "used a handgun and an assault rifle in the massacre", "the
  massacre prompted many to question the flag", "whether the massacre occurred in interstate commerce")
  "the massacre" right after "the", lower case, with a word of the killing (shooting, gunman, killed, rifle)
  in the text of up to ``_TOLD_REACH`` tokens before it, or "in" and a place right after it ("the massacre in
  Orlando"): the plain word for the event already told. "a massacre", "the massacre of the unborn" (a
  judgement of what is named after "of"), and "massacre" after an adjective ("the awful
  massacre") stay;
* "devastation" with the physical damage told within ``_DAMAGE_REACH`` tokens (the tornado that hit, the
  storm, the bombing, maimed bodies): "planned to tour the devastation in New Jersey" after the superstorm,
  "the devastation wreaked on Moore" after the tornado, "scenes of devastation, with dozens of maimed bodies"
  (readers of draws 2727 and the judged pool: "literal tornado damage"); "economic devastation" and "the
  devastation wrought upon ordinary people by economic policies" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_VIOLENCE_NOUNS: Final = frozenset({"massacre", "massacres", "carnage", "bloodshed", "devastation"})
_EVENT_KINDS: Final = frozenset({"school", "nightclub", "mosque", "mosques", "church", "synagogue", "theater",
                                 "theatre", "shooting", "deadly", "mass", "campus", "concert", "office", "workplace",
                                 "festival", "bombing", "attack"})


_MASSACRE: Final = frozenset({"massacre"})
# words that tell a killing: the event "the massacre" then refers back to
_KILLING: Final = frozenset({"shooting", "shootings", "shooter", "gunman", "gunmen", "killed", "killing", "killings",
                             "shot", "dead", "murdered", "murders", "victims", "rifle", "handgun", "gun", "guns",
                             "attack", "attacker", "terror", "opened", "slaughtered", "died", "wounded"})
_TOLD_REACH: Final = 150  # tokens read before "the massacre" for the killing it refers back to


def _massacre_referred_back(doc: Doc, i: int) -> bool:
    """"the massacre" (lower case, "the" right before, no "of" after) that refers back to a killing told just
    before it, or is placed right after ("the massacre in Orlando")."""
    norms = doc.norms
    if norms[i] not in _MASSACRE or i < 1 or norms[i - 1] != "the" or not doc.tokens[i][:1].islower():
        return False
    if i + 1 < len(norms) and norms[i + 1] == "of":
        return False
    if i + 2 < len(norms) and norms[i + 1] in ("in", "at") and doc.tokens[i + 2][:1].isupper():
        return True
    return any(norms[k] in _KILLING for k in range(max(0, i - _TOLD_REACH), i - 1))


_DEVASTATION: Final = frozenset({"devastation"})
_DAMAGE: Final = frozenset({"tornado", "tornadoes", "hurricane", "hurricanes", "storm", "storms", "superstorm",
                            "earthquake", "quake", "flood", "floods", "flooding", "wildfire", "wildfires", "fire",
                            "fires", "tsunami", "cyclone", "typhoon", "bombing", "bombings", "bomb", "bombs", "blast",
                            "explosion", "explosions", "bodies", "rubble", "debris", "wreckage", "airstrike",
                            "airstrikes", "shelling"})
_FIGURATIVE_DAMAGE: Final = frozenset({"economic", "financial", "political", "emotional", "policies", "policy"})
_DAMAGE_REACH: Final = 60  # tokens read before "devastation" (and a quarter of that after)


def _physical_devastation(doc: Doc, i: int) -> bool:
    norms = doc.norms
    if norms[i] not in _DEVASTATION:
        return False
    window = range(max(0, i - _DAMAGE_REACH), min(len(norms), i + 1 + _DAMAGE_REACH // 4))
    near = range(max(0, i - 3), min(len(norms), i + 6))
    return any(norms[k] in _DAMAGE for k in window) and not any(norms[k] in _FIGURATIVE_DAMAGE for k in near)


def violent_event_told(doc: Doc, match: Match) -> str | None:
    """Why the violence noun names an event the text reports (the reason shown), or None."""
    i = match.first
    if match.stop - i != 1 or doc.norms[i] not in _VIOLENCE_NOUNS or not doc.tokens[i][:1].islower():
        return None
    if i >= 1 and doc.norms[i - 1] in _EVENT_KINDS:
        return "the nightclub massacre, the deadly massacre: the plain word for the event"
    if _massacre_referred_back(doc, i):
        return "the massacre, referring back to the shooting told: the plain word for the event"
    if _physical_devastation(doc, i):
        return "the devastation the tornado or the bombing left: physical damage told"
    return None
