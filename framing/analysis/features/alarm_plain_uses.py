"""Alarm words used for something other than a threat ahead, read as raising no alarm (issue 13, seventh pass:
the classes readers of AllSides pages still judged wrong in :mod:`.alarmist`). Each is checked before the
rule that sends a described fear word to the loaded feature as emotive wording, so none is counted there
either, except the two of :func:`felt_or_left_behind`, which are emotive wording of what happened:

* "horror" as a feeling ("watched in horror", "with dismay and growing horror", "to the horror of his aides",
  "shock and horror", "horror at the news"; emotive), a genre ("a horror film") or a figure ("a house of
  horrors");
* a setback described strongly, not a threat: "political doom", "a political nightmare" (the fate of a
  career or a party), "Wilson's catastrophic experience" (a bad spell in someone's past), a city brought
  back "from near total ruin" (a recovery; emotive), a treaty's or the talks' "impending collapse" (an agreement
  that ends);
* alarm named to be set aside: a tone judged excessive ("too apocalyptic for the tycoons", "overly dire"),
  a view characterised ("described the neighbourhoods as hellish nightmares", "would regard it as
  nightmarish"), a stock joke ("the robot apocalypse", "a zombie apocalypse");
* idioms that alarm only beside a threat: "the clock is ticking" (a deadline, unless its sentence or the
  next names a danger), "boil over" (anger that spills onto Twitter, unless tensions or violence are
  named), "X's march / rush to war" (a past or present push for a war named in critique, with no threat
  ahead in the sentence).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_HORROR: Final = frozenset({"horror", "horrors"})
# words that may stand between the feeling and "in" / "with" ("watched with dismay and increasing horror")
_FEELING_FILLERS: Final = frozenset({"and", "dismay", "shock", "disbelief", "growing", "increasing", "mounting",
                                     "sheer", "utter", "abject", "some", "great", "mild", "real", "genuine",
                                     "amazement", "outrage", "anger", "sadness", "grief", "fascinated",
                                     "fascination", "rising"})
_POSSESSIVES: Final = frozenset({"the", "our", "their", "his", "her", "my", "your"})
_GENRE_WORDS: Final = frozenset({"horror", "scary", "terror"})
_GENRES: Final = frozenset({"film", "films", "movie", "movies", "story", "stories", "genre", "flick", "flicks",
                            "show", "shows", "novel", "novels", "fiction", "writer", "franchise", "house"})


def _horror_felt(doc: Doc, match: Match) -> bool:
    """"in horror", "with (dismay and growing) horror", "to the / our horror", "shock and horror", "horror
    at": horror as what someone feels, not a threat."""
    if match.entry.words[0] not in _HORROR:
        return False
    if word_after(doc, match.stop - 1) == "at":
        return True
    sentence_first = doc.sentences[doc.sentence_of[match.first]].first
    k = match.first - 1
    while k >= sentence_first and k >= match.first - 5 and doc.is_word[k] and doc.norms[k] in _FEELING_FILLERS:
        k -= 1
    if k < sentence_first or not doc.is_word[k]:
        return False
    n = doc.norms[k]
    if n in ("in", "with"):  # "in horror", not "exceeded in horrors" nor "with horror stories"
        return match.entry.words[0] == "horror" and word_after(doc, match.stop - 1) not in _GENRES
    if n in _POSSESSIVES and k > sentence_first and doc.norms[k - 1] == "to":
        return True  # "to the horror of his aides", "to our horror"
    return any(doc.norms[j] in ("shock", "dismay") for j in range(k + 1, match.first))


def _bare(norm: str) -> str:
    """A norm without its possessive ending ("treaty's" -> "treaty")."""
    for end in ("'s", "’s", "'", "’"):
        if norm.endswith(end):
            return norm[: -len(end)]
    return norm


def _after_possessive(doc: Doc, index: int) -> bool:
    """Is the token before ``index`` a possessive ("Wilson's", "the White House's", "the talks'")?"""
    return index >= 1 and doc.is_word[index - 1] and _bare(doc.norms[index - 1]) != doc.norms[index - 1]


_SETBACK_WORDS: Final = frozenset({"doom", "nightmare", "disaster", "catastrophe", "suicide", "calamity",
                                   "apocalypse", "armageddon", "oblivion"})
# a bad spell in someone's past ("Wilson's catastrophic experience", "her disastrous tenure")
_PAST_SPELLS: Final = frozenset({"experience", "experiences", "tenure", "term", "stint", "run", "career",
                                 "presidency", "record", "performance", "showing", "reign", "years"})
_CATASTROPHE_ADJECTIVES: Final = frozenset({"catastrophic", "disastrous", "calamitous", "cataclysmic", "ruinous"})


def _setback(doc: Doc, match: Match) -> str | None:
    head = match.entry.words[0]
    before = word_before(doc, match.first)
    if head in _SETBACK_WORDS and before in ("political", "politically", "electoral"):
        return "political doom, a political nightmare: a setback for a career or a party, not a threat"
    if head in _CATASTROPHE_ADJECTIVES and word_after(doc, match.stop - 1) in _PAST_SPELLS \
            and _after_possessive(doc, match.first):
        return "Wilson's catastrophic experience: a bad spell in someone's past, not a threat"
    return None


_RECOVERY: Final = frozenset({"back", "recover", "recovers", "recovered", "recovering", "recovery", "rebuild",
                              "rebuilt", "rebuilding", "rebound", "rebounded", "emerge", "emerged", "emerging",
                              "revive", "revived", "reborn", "rose", "rise", "rising"})
_RECOVERY_FILLERS: Final = frozenset({"near", "nearly", "almost", "total", "complete", "utter", "the", "a",
                                      "its", "their", "virtual"})


def _recovered_from(doc: Doc, match: Match) -> bool:
    """"back to life from near total ruin", "the city rebuilt from disaster": what happened, left behind."""
    k = match.first - 1
    while k >= 0 and doc.is_word[k] and doc.norms[k] in _RECOVERY_FILLERS:
        k -= 1
    if k < 0 or doc.norms[k] != "from":
        return False
    sentence_first = doc.sentences[doc.sentence_of[match.first]].first
    return any(doc.norms[j] in _RECOVERY for j in range(max(sentence_first, k - 8), k))


# an agreement or a negotiation that ends ("the treaty's impending collapse", "the collapse of the talks")
_AGREEMENTS: Final = frozenset({"treaty", "treaties", "talks", "deal", "deals", "accord", "accords", "agreement",
                                "agreements", "negotiations", "ceasefire", "cease-fire", "truce", "coalition",
                                "pact", "alliance", "bid", "merger", "partnership", "negotiation", "framework"})


def _agreement_collapse(doc: Doc, match: Match) -> bool:
    if match.entry.words[0] not in ("collapse", "collapsing", "collapsed"):
        return False
    k = match.first - 1
    if k >= 0 and doc.is_word[k] and doc.norms[k] in ("impending", "looming", "possible", "likely", "near"):
        k -= 1
    if k >= 0 and _after_possessive(doc, k + 1) and _bare(doc.norms[k]) in _AGREEMENTS:
        return True  # "the treaty's impending collapse"
    if word_after(doc, match.stop - 1) == "of":
        for j in range(match.stop + 1, min(match.stop + 4, len(doc.norms))):
            if doc.norms[j] in _AGREEMENTS:
                return True  # "the collapse of the peace talks"
    return False


_EXCESS: Final = frozenset({"too", "overly", "unduly", "needlessly", "excessively", "overwrought"})
# verbs that characterise something "as" a thing ("described the places as hellish", "regard it as nightmarish")
_CHARACTERISING: Final = frozenset({"described", "describes", "describe", "describing", "regard", "regards",
                                    "regarded", "see", "sees", "saw", "view", "views", "viewed", "portray",
                                    "portrays", "portrayed", "painted", "paints", "characterized",
                                    "characterised", "characterizes", "depicted", "depicts", "cast", "casts",
                                    "denounced", "dismissed"})
_JOKE_APOCALYPSES: Final = frozenset({"robot", "zombie", "zombies", "robots", "ai", "retail", "snow", "carpocalypse"})


def _characterised_as(doc: Doc, match: Match) -> bool:
    """An adjective after "as" whose verb, up to twelve words before, characterises ("described places ...
    as hellish nightmares", "regard any expansion ... as authoritarian and nightmarish")."""
    sentence_first = doc.sentences[doc.sentence_of[match.first]].first
    k = match.first - 1
    for _ in range(4):  # "as authoritarian and nightmarish"
        if k < sentence_first or not doc.is_word[k] or doc.norms[k] == "as":
            break
        k -= 1
    if k < sentence_first or doc.norms[k] != "as":
        return False
    return any(doc.norms[j] in _CHARACTERISING for j in range(max(sentence_first, k - 12), k))


def _dismissed_as_excess(doc: Doc, match: Match) -> str | None:
    head = match.entry.words[0]
    if word_before(doc, match.first) in _EXCESS and head.endswith(("ic", "ish", "ous", "ful", "ing", "ary", "ire")):
        return "too apocalyptic for the tycoons: a tone judged excessive, alarm named to be set aside"
    if head.endswith(("ic", "ish", "ous")) and _characterised_as(doc, match):
        return "described the places as hellish: a view characterised and reported, not a threat raised"
    if head in ("apocalypse", "armageddon") and word_before(doc, match.first) in _JOKE_APOCALYPSES:
        return "the robot apocalypse: a stock joke, no alarm"
    return None


# what makes "the clock is ticking" or "boil over" alarm: a danger or a conflict named beside it
_DANGERS: Final = frozenset({"war", "wars", "attack", "attacks", "nuclear", "bomb", "weapons", "catastrophe",
                             "disaster", "crisis", "collapse", "default", "death", "deaths", "die", "dying", "killed",
                             "violence", "violent", "extinction", "climate", "warming", "famine", "pandemic",
                             "virus", "outbreak", "explosion", "meltdown", "hostages", "hostage", "threat", "danger",
                             "bankruptcy", "insolvent", "starvation", "shutdown"})
_CONFLICTS: Final = frozenset({"tension", "tensions", "violence", "violent", "conflict", "unrest", "riot", "riots",
                               "clashes", "clash", "war", "fighting", "protests", "protest",
                               "hostilities", "streets", "bloodshed", "revolt"})


def _sentence_words(doc: Doc, index: int, before: int = 0, after: int = 0) -> set[str]:
    """The norms of token ``index``'s sentence, with ``before`` / ``after`` neighbouring sentences."""
    s = doc.sentence_of[index]
    first = doc.sentences[max(0, s - before)].first
    stop = doc.sentences[min(len(doc.sentences) - 1, s + after)].stop
    return {doc.norms[k] for k in range(first, stop)}


def _idiom_without_threat(doc: Doc, match: Match) -> str | None:
    words = match.entry.words
    if words[-2:] == ("is", "ticking") and words[-3:-2] == ("clock",) \
            and not _DANGERS & _sentence_words(doc, match.first, 1, 1):
        return "the clock is ticking: a deadline, with no danger named beside it"
    if words[0] in ("boil", "boils", "boiling") and "over" in words \
            and not _CONFLICTS & _sentence_words(doc, match.first):
        return "boil over: anger or a mood spilling over, with no tension or violence named"
    if words[-2:] == ("to", "war") and words[0] in ("march", "rush", "drive", "marching", "rushing") \
            and _after_possessive(doc, match.first):
        return "the White House's march to war: a push for war named in critique"
    return None


def felt_or_left_behind(doc: Doc, match: Match) -> bool:
    """Horror as a feeling ("watched in horror", "to the horror of his aides") or a ruin left behind ("back to
    life from near total ruin"): no threat, but the writer's emotive wording of what happened (the
    PTC annotators mark "to their horror" as loaded language), so :mod:`.alarmist` reads it as described."""
    if match.entry.category != "fear" or len(match.entry.words) > 1:
        return False  # not "fighting back from the worst economic crisis" (a word of size)
    return _horror_felt(doc, match) or _recovered_from(doc, match)


def plain_use(doc: Doc, match: Match) -> str | None:
    """Why the alarm match is a feeling, a setback, a view set aside or an idiom without a threat (the reason
    shown), or None."""
    head = match.entry.words[0]
    if head in _GENRE_WORDS and word_after(doc, match.stop - 1) in _GENRES:
        return "a horror film, scary movies: a genre"
    if head in _HORROR and word_before(doc, match.first) == "of" and word_before(doc, match.first - 1) == "house":
        return "a house of horrors: a figure of speech"
    if _agreement_collapse(doc, match):
        return "the treaty's impending collapse: an agreement that ends, told plainly"
    return _setback(doc, match) or _dismissed_as_excess(doc, match) or _idiom_without_threat(doc, match)
