"""Loaded entries used as the standard descriptive term of news, read as no judgement of the writer's (issue 13,
eighth pass: classes independent readers of AllSides pages judged wrong in :mod:`.loaded`, decided by reading
every use on the dev pages):

* "radical" beside Islam, Islamists, terror or militants ("radical Islam", "radical Islamist terrorists", "a
  radical form of Islam", "radical Middle Eastern terror groups", "a radical cleric", "the more radical groups"
  in a sentence of violence and terror): the standard name for Islamist militancy, read as descriptive ("radical
  Islamist: descriptive term"); "the Radical Left", "radical leftists", "radical policies" stay;
* "jihadist" before an armed group ("a jihadist rebel group affiliated with Al Qaeda"): the standard term for
  its kind. Elsewhere it stays: readers of AllSides pages judged "jihadist attacks" and "jihadists overseas"
  descriptive, but the PTC annotators mark the same uses ("the Islamic jihadist attack on America", "ISIS
  and other jihadists") as name calling, and setting them aside lost agreement with them (F1 0.312 ->
  0.309 cross-validated);
* "self-proclaimed" / "self-styled" / "self-declared" before the name a body gave itself ("the
  self-proclaimed Donetsk People's Republic", "the self-proclaimed Islamic State", "the self-proclaimed Yang
  Gang", "a self-styled caliphate"): the standard way to name it without granting it; before a person's claim
  ("a self-proclaimed billionaire", "his self-proclaimed accomplishments") it keeps its sneer;
* "far-right" / "far-left" before an organised fringe group ("far-right groups founded by Nazis", "Kurdish and
  far-left militants", "militias of the far-right"): the wire services' descriptor for such groups (AP style);
  of the 19 dev uses read, those before groups, militants and militias describe, while those applied to
  policies, agendas, candidates, Democrats or a party's wing ("far-left Big Government policies", "beloved
  by far-left Democrats", "a far-left site", "to appease the far-left") judge and stay;
* "meddling" / "meddled" in an election, or Russian or foreign meddling ("Mueller's investigation into Russian
  meddling", "whether Russians meddled in the presidential election", "our efforts to stop foreign
  meddling"): the standard term of that story (readers: "election meddling: standard news term"); meddling
  with a practice or in a region's conflicts ("the federal government meddling with the practice of
  medicine", "lethal meddling throughout the region") judges and stays;
* "mob" before the nouns of organised crime ("mob concrete", "mob bosses", "mob ties"): the Mafia, not the
  insult for a crowd.

Ninth pass (classes read wrong in the s29 fresh draw and by the independent readers, each checked on every dev
use):

* "so-called" before the name of a policy, a provision or a kind of attack ("the so-called individual mandate",
  "so-called lone-wolf attacks"): "known as", naming a term of art; before a person or a body ("a so-called
  judge", "their so-called caliphate", "so-called liberal Democrats") it keeps its sneer (readers judged the
  caliphate's right);
* "a mob protest" (the Benghazi attack portrayed as "a mob protest"): the kind of crowd event, not the insult;
* "interventionist" before a policy or a state ("interventionist foreign policy", "a strong, interventionist
  French state"): the name of a position in foreign or economic policy; applied to an outlet or a person ("the
  interventionist Post", which the PTC annotators mark as name calling) it stays;
* "authoritarian regimes" / "totalitarian regimes" in the plural: the political scientists' class of
  governments ("countries ruled by authoritarian regimes"); one government called a regime ("the authoritarian
  regime that covered up the coronavirus") stays.

Thirteenth pass (the s33 fresh draw and the independent readers of draws 2525-2828, "common term for crash"):

* "meltdown" of the markets or the economy ("the September 2008 meltdown", "this market meltdown", "the
  meltdown that began in late 2007"): a finance word or a year within ``_FINANCE_REACH`` words of it, the
  standard name of the financial crash; a "media meltdown", "the GOP's governance meltdown", "the
  HealthCare.gov meltdown" (readers: evaluative) and a predicted "fiscal meltdown" stay;
* "extremist(s)" of an armed group named within ``_ARMED_REACH`` tokens ("al Qaeda-linked extremists", "gains
  against the extremists" beside the airstrikes on ISIS, "a group linked to the militant extremists"): the
  standard reference to the militants (readers of draws 2727 and 2828: "standard label for al Qaeda
  militants"); "Tea Party extremists", "extremists on both the right and the left", "paint them as hideous
  extremists" (no armed group near) stay;
* "totalitarian" / "authoritarian" before a country's name or "systems", "states", "countries" ("in
  totalitarian North Korea, Kim is the state", "Totalitarian systems in Russia, China"): the political
  scientists' class of a government, as "authoritarian regimes" (readers of draw 2727: "expert's descriptive
  regime term"); "the socialist totalitarian Hell", "the kind of totalitarian regime" the writer fears stay.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_RADICAL: Final = frozenset({"radical", "radicals"})
_ISLAMIST_MILITANCY: Final = frozenset({
    "islam", "islamic", "islamist", "islamists", "islamism", "muslim", "muslims", "jihad", "jihadist", "jihadists",
    "terror", "terrorist", "terrorists", "terrorism", "cleric", "clerics", "imam", "imams", "mosque", "mosques",
    "militant", "militants", "extremist", "extremists", "salafist", "salafists", "wahhabi"})
_RADICAL_REACH: Final = 3  # words after "radical" ("a radical form of Islam")
_GROUPS: Final = frozenset({"group", "groups", "faction", "factions", "elements", "cells", "organizations",
                            "organisations", "militias"})
_VIOLENCE: Final = frozenset({"violence", "violent", "terror", "terrorism", "terrorist", "terrorists", "attack",
                              "attacks", "bombing", "bombings", "islamic", "islamist", "jihad", "militants"})


def _radical_militancy(doc: Doc, i: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    norms = doc.norms
    ahead = range(i + 1, min(sentence.stop, i + 1 + _RADICAL_REACH))
    if any(norms[k] in _ISLAMIST_MILITANCY for k in ahead):
        return True
    return i + 1 < sentence.stop and norms[i + 1] in _GROUPS \
        and any(norms[k] in _VIOLENCE for k in range(sentence.first, sentence.stop))


_JIHADISTS: Final = frozenset({"jihadist", "jihadists"})
_MILITANT_GROUPS: Final = frozenset({"group", "groups", "rebel", "rebels", "organization", "organizations",
                                     "organisation", "organisations", "militants", "militia", "militias", "fighters",
                                     "factions", "faction", "movement", "movements", "network", "networks", "cells"})


def _jihadist_group(doc: Doc, stop: int) -> bool:
    """ "a jihadist rebel group", "jihadist groups": the word names the kind of an armed group."""
    return stop < len(doc.norms) and doc.norms[stop] in _MILITANT_GROUPS

_SELF_NAMED: Final = frozenset({"self-proclaimed", "self-styled", "self-declared"})
# what a body that names itself is ("People's Republic", "Islamic State", "Yang Gang", "caliphate")
_BODIES: Final = frozenset({"state", "republic", "caliphate", "emirate", "government", "gang", "army", "front",
                            "movement", "party", "nation", "kingdom", "council", "brigade", "brigades"})
_NAME_REACH: Final = 4


def _self_named_body(doc: Doc, stop: int) -> bool:
    """The words after ``stop`` name a body: a listed body noun within four words, the words between all in
    capitals ("the self-proclaimed Donetsk People's Republic"), or a lower-case body right after it ("a
    self-styled caliphate")."""
    norms, tokens = doc.norms, doc.tokens
    sentence = doc.sentences[doc.sentence_of[stop - 1]]
    if stop < sentence.stop and norms[stop] in _BODIES:
        return True
    for k in range(stop, min(sentence.stop, stop + _NAME_REACH)):
        if not doc.is_word[k] and tokens[k] not in ("’", "'", "’s", "'s"):
            return False
        if doc.is_word[k] and not tokens[k][:1].isupper():
            return False
        if norms[k] in _BODIES:
            return True
    return False


_FAR: Final = frozenset({"far-right", "far-left", "far-right’s", "far-left’s"})
_FRINGE_GROUPS: Final = frozenset({"group", "groups", "militants", "militant", "militia", "militias",
                                   "organization", "organizations", "organisation", "organisations", "movement",
                                   "movements", "activists", "extremists", "nationalists", "gangs", "networks",
                                   "terrorists", "paramilitaries", "paramilitary", "outfits", "outfit", "factions",
                                   "faction", "cells"})


def _fringe_group(doc: Doc, i: int) -> bool:
    """Before a group noun ("far-right groups"), or after "<group> of the" ("militias of the far-right")."""
    norms = doc.norms
    if i + 1 < len(norms) and norms[i + 1] in _FRINGE_GROUPS:
        return True
    return i >= 3 and norms[i - 1] == "the" and norms[i - 2] == "of" and norms[i - 3] in _FRINGE_GROUPS


_MEDDLING: Final = frozenset({"meddling", "meddled", "meddle", "meddles"})
_ELECTIONS: Final = frozenset({"election", "elections", "electoral", "vote", "votes", "voting", "campaign"})
_MEDDLERS: Final = frozenset({"russian", "russia's", "russia", "foreign", "election", "moscow's", "kremlin"})
_MEDDLING_REACH: Final = 8  # words after it, within the sentence ("meddled in the U.S. presidential election")


def _election_meddling(doc: Doc, i: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    if i > sentence.first and doc.norms[i - 1] in _MEDDLERS:
        return True
    return any(doc.norms[k] in _ELECTIONS for k in range(i + 1, min(sentence.stop, i + 1 + _MEDDLING_REACH)))


_MOB: Final = frozenset({"mob"})
_ORGANISED_CRIME: Final = frozenset({"concrete", "boss", "bosses", "ties", "family", "families", "figure", "figures",
                                     "connections", "hit", "hitman", "enforcer", "informant", "lawyer", "lawyers",
                                     "rackets", "racketeering", "associate", "associates", "boss's", "killing"})


_SO_CALLED: Final = frozenset({"so-called"})
# what "the so-called ..." names as a term of art: a policy, a provision, a kind of attack or of weapon
_TERMS_OF_ART: Final = frozenset({"mandate", "option", "clause", "loophole", "loopholes", "provision", "provisions",
                                  "rule", "rules", "bill", "act", "tax", "doctrine", "program", "programme", "fee",
                                  "attacks", "attack", "guns", "zone", "cities", "test", "ratio", "cliff", "effect",
                                  "index", "amendment", "waiver", "waivers", "exemption", "standard", "window",
                                  "penalty", "credit", "credits"})
_TERM_REACH: Final = 3  # words after "so-called", all lower case ("the so-called individual mandate")


def _so_called_term_of_art(doc: Doc, stop: int) -> bool:
    sentence_stop = doc.sentences[doc.sentence_of[stop - 1]].stop
    for k in range(stop, min(sentence_stop, stop + _TERM_REACH)):
        if not doc.is_word[k] or doc.tokens[k][:1].isupper():
            return False
        if doc.norms[k] in _TERMS_OF_ART:
            return True
    return False


_CROWD_EVENTS: Final = frozenset({"protest", "protests", "demonstration", "demonstrations"})
_REGIMES: Final = frozenset({"regimes"})
_CLASS_OF_GOVERNMENT: Final = frozenset({"authoritarian", "totalitarian", "autocratic"})


_STATES: Final = frozenset({"system", "systems", "state", "states", "countries", "country", "nations", "governments"})


def _class_of_a_state(doc: Doc, first: int, stop: int) -> bool:
    """Before a country's name (a capitalised word that is no name of a feeling: "totalitarian North Korea") or
    before a kind of state ("totalitarian systems")."""
    if stop >= len(doc.norms) or not doc.is_word[stop]:
        return False
    if doc.norms[stop] in _STATES:
        return True
    return doc.tokens[stop][:1].isupper() and not doc.tokens[first][:1].isupper() and doc.norms[stop] != "hell"


_INTERVENTIONIST: Final = frozenset({"interventionist"})
_POLICIES: Final = frozenset({"foreign", "policy", "policies", "state", "states", "position", "positions", "stance",
                              "approach", "temper", "agenda", "doctrine", "tradition", "impulse", "impulses",
                              "government", "economic", "military", "role", "posture", "wing"})


_MELTDOWN: Final = frozenset({"meltdown", "meltdowns"})
_FINANCE: Final = frozenset({"market", "markets", "financial", "economic", "economy", "stock", "stocks", "banking",
                             "banks", "mortgage", "housing", "credit", "subprime", "recession", "wall"})
_FINANCE_REACH: Final = 5  # words on each side, within the sentence


def _year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


def _financial_meltdown(doc: Doc, first: int, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    return any(doc.norms[k] in _FINANCE or _year(doc.tokens[k])
               for k in range(max(sentence.first, first - _FINANCE_REACH), min(sentence.stop, stop + _FINANCE_REACH))
               if k < first or k >= stop)


_EXTREMISTS: Final = frozenset({"extremist", "extremists"})
# armed groups and the words of war against them
_ARMED: Final = frozenset({"qaeda", "al-qaeda", "al-qaida", "qaida", "isis", "isil", "taliban", "militant",
                           "militants", "jihadist", "jihadists", "boko", "al-shabab", "shabab", "hezbollah", "hamas",
                           "insurgents", "insurgency", "airstrikes", "airstrike", "caliphate", "beheading",
                           "hideouts", "daesh"})
_ARMED_REACH: Final = 20  # tokens on each side, across sentences


def _armed_group_near(doc: Doc, first: int, stop: int) -> bool:
    norms = doc.norms
    window = range(max(0, first - _ARMED_REACH), min(len(norms), stop + _ARMED_REACH))
    return any(norms[k] in _ARMED or norms[k].startswith(("qaeda-", "al-qaeda-", "qaida-", "isis-"))
               for k in window if k < first or k >= stop)


def standard_term(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded entry ``term`` at tokens ``[first, stop)`` is the standard descriptive term (the reason
    shown), or None."""
    if term in _RADICAL and _radical_militancy(doc, stop - 1):
        return "radical Islam, radical Islamist groups: the standard name for militancy, descriptive"
    if term in _JIHADISTS and _jihadist_group(doc, stop):
        return "a jihadist rebel group: the standard term for a militant group"
    if term in _SELF_NAMED and _self_named_body(doc, stop):
        return "the self-proclaimed Donetsk People's Republic: the standard way to name a self-named body"
    if term in _FAR and _fringe_group(doc, stop - 1):
        return "far-right groups, far-left militants: the wire services' descriptor for fringe groups"
    if term in _MEDDLING and _election_meddling(doc, first):
        return "Russian meddling, meddled in the election: the standard term of that story"
    if term in _MOB and stop < len(doc.norms) and doc.norms[stop] in _ORGANISED_CRIME:
        return "mob concrete, mob bosses: organised crime, not the insult for a crowd"
    if term in _MOB and stop < len(doc.norms) and doc.norms[stop] in _CROWD_EVENTS:
        return "a mob protest: the kind of crowd event, not the insult"
    if term in _SO_CALLED and _so_called_term_of_art(doc, stop):
        return "the so-called individual mandate: known as, naming a term of art"
    if term in _INTERVENTIONIST and stop < len(doc.norms) and doc.norms[stop] in _POLICIES:
        return "interventionist foreign policy: the name of a policy position"
    if term in _CLASS_OF_GOVERNMENT and _class_of_a_state(doc, first, stop):
        return "totalitarian North Korea, totalitarian systems: the class of a government, descriptive"
    if term in _REGIMES and first > 0 and doc.norms[first - 1] in _CLASS_OF_GOVERNMENT:
        return "authoritarian regimes: the political scientists' class of governments"
    if term in _MELTDOWN and _financial_meltdown(doc, first, stop):
        return "the 2008 meltdown, a market meltdown: the standard name of the financial crash"
    if term in _EXTREMISTS and _armed_group_near(doc, first, stop):
        return "al Qaeda-linked extremists, gains against the extremists (ISIS): the standard reference to militants"
    return None
