"""Report verbs used of a deed rather than of words (curated in the eighteenth pass, third round, from readers'
judgments of draws 5959, 6060 and 6464, each class checked on the AllSides dev corpus):

- a thing kept up ("The chief justice has maintained his steady leadership", "officials maintained the
  threat warning", "has maintained a lead in the polls": readers wrong 1 of 1): keeping, not holding a view;
  "maintained that ...", "maintains his innocence" and "maintained his position" stay cues;
- an act, a decision or a line-up announced ("Trump announced simultaneous action on both", "the lineup Trump
  has announced for his Cabinet", "announced economic sanctions on 17 officials": wrong 2 of 2): the deed is
  what is reported; "announced that ...", "announced he would seek tariffs", "announced new sanctions will be
  imposed", "announced a plan to ..." (words of a plan), "announced his decision to ..." and a program's name
  ("announced the Deferred Action for Childhood Arrivals program") stay;
- insisting on doing a thing ("Trump insisted on attending an event", "an activist insisted on speaking at a
  rally": wrong 1 of 1): a demand acted on, no claim; "insisted on calling it a hoax" reports words and stays;
- a rival challenged in a contest ("the senator challenged President Johnson in the New Hampshire primary":
  wrong 1 of 1): running against, not words; "challenged the results of the primary" stays.

:func:`.cues.acting_cue` asks :func:`kept_or_announced_act` through ``sense_cues``: these are left out of the
highlights and kept for ``framing evaluate``'s PolNeAR definition (PolNeAR counts some announcements)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# words after the verb in which its object's noun comes ("has maintained his steady, low-key leadership")
_AHEAD: Final = 5
_BACK: Final = 5  # words before the verb in which a relative clause's noun comes ("the actions he announced")
# what ends the search for the object: a clause or a quotation opens, the object is words
_STOPS: Final = frozenset({"that", "whether", "how", "why", "what", ";", ":", "“", '"', "—", "–", "as", "to",
                           "."})

_MAINTAIN: Final = frozenset({"maintain", "maintains", "maintained", "maintaining"})
# what one keeps up: a lead, a hold on power, a presence, a tie, a calm, a measure in force
_KEPT: Final = frozenset({
    "lead", "leads", "leadership", "majority", "majorities", "control", "presence", "ties", "relationship",
    "relationships", "contact", "contacts", "grip", "hold", "edge", "advantage", "composure", "calm", "status",
    "friendship", "friendships", "warning", "warnings", "ban", "bans", "restrictions", "sanctions", "momentum",
    "pace", "residence", "residences", "office", "offices", "account", "accounts", "website", "websites",
    "database", "databases", "records", "standards", "discipline", "dominance", "order", "security", "troops",
    "forces", "base", "bases", "ranking", "rating", "ratings", "popularity", "profile", "balance", "home", "homes"})

_ANNOUNCE: Final = frozenset({"announce", "announces", "announced", "announcing"})
# what is done, decided or picked by announcing it
_ANNOUNCED_ACTS: Final = frozenset({
    "action", "actions", "sanctions", "tariffs", "cabinet", "lineup", "line-up", "picks", "appointment",
    "appointments", "decision", "decisions", "crackdown", "strike", "strikes", "raid", "raids", "layoffs", "closure",
    "closures", "withdrawal", "pullout", "deployment", "overhaul", "directive", "directives", "steps", "moves"})
# a clause after "announced" ("announced he would seek new tariffs"): words reported
_CLAUSE_SUBJECTS: Final = frozenset({"he", "she", "they", "it", "we", "i", "there", "you"})
# a verb after the noun makes it a clause's subject ("announced new sanctions will be implemented")
_CLAUSE_VERBS: Final = frozenset({"to", "that", "will", "would", "could", "can", "should", "are", "is", "were", "was",
                                  "have", "has", "had"})

_INSIST: Final = frozenset({"insist", "insists", "insisted", "insisting"})
# gerunds after "insisted on" that report words ("insisted on calling it a hoax")
_SPEECH_GERUNDS: Final = frozenset({"calling", "saying", "describing", "referring", "labeling", "labelling", "naming",
                                    "telling", "asking", "using", "repeating", "characterizing", "characterising"})


def _object_noun(doc: Doc, k: int, nouns: frozenset[str]) -> bool:
    """Is one of ``nouns`` the object of the verb at ``k``, within a few words and before a clause opens?"""
    norms = doc.norms
    end = min(len(norms), k + 1 + _AHEAD)
    for j in range(k + 1, end):
        if norms[j] in _STOPS:
            return False
        if norms[j] in nouns:
            return True
    return False


def _kept_up(doc: Doc, k: int) -> bool:
    """"has maintained his steady leadership", "maintained the Level 4 threat warning": a thing kept up."""
    return doc.norms[k] in _MAINTAIN and _object_noun(doc, k, _KEPT)


def _act_announced(doc: Doc, k: int) -> bool:
    """"announced simultaneous action", "has announced for his Cabinet", "the actions he announced this
    week", "announced economic sanctions": an act, a decision or a line-up; "his decision to ..." and
    "that ..." stay."""
    norms = doc.norms
    if norms[k] not in _ANNOUNCE:
        return False
    n = len(norms)
    end = min(n, k + 1 + _AHEAD)
    for j in range(k + 1, end):
        if norms[j] in _STOPS or norms[j] in _CLAUSE_SUBJECTS or norms[j] == ",":
            break
        if norms[j] in _ANNOUNCED_ACTS and (doc.tokens[j][:1].islower() or norms[j] == "cabinet"):  # not a name
            return not (j + 1 < n and norms[j + 1] in _CLAUSE_VERBS)
    if k + 1 < n and norms[k + 1] in _STOPS:
        return False  # "the decision he announced that ...": words follow
    # a noun the verb's relative clause follows ("the lineup Trump has announced", "the actions he announced")
    j = k - 1
    while j >= 0 and k - j <= _BACK and doc.is_word[j] and norms[j] not in _ANNOUNCED_ACTS \
            and norms[j] not in _STOPS and norms[j] not in ("which", "who", "and", "or", "but"):
        j -= 1
    # the relative clause's subject comes right after the noun: a pronoun or a name ("the day Kerry announced
    # the start" after "sanctions" is no relative clause of "sanctions")
    return j >= 0 and k - j <= _BACK and norms[j] in _ANNOUNCED_ACTS and j + 1 < k \
        and (norms[j + 1] in _CLAUSE_SUBJECTS or doc.tokens[j + 1][:1].isupper())


def _insisted_on_doing(doc: Doc, k: int) -> bool:
    """"insisted on attending an event": a deed insisted on; "insisted on calling it ..." stays."""
    norms = doc.norms
    n = len(norms)
    if norms[k] not in _INSIST or k + 2 >= n or norms[k + 1] != "on":
        return False
    j = k + 2
    return norms[j].endswith("ing") and len(norms[j]) > 4 and norms[j] not in _SPEECH_GERUNDS


_CHALLENGE: Final = frozenset({"challenge", "challenges", "challenged", "challenging"})
# the contest a rival is challenged in
_CONTESTS: Final = frozenset({"primary", "primaries", "caucus", "caucuses", "nomination", "runoff", "run-off"})
_PERSONS: Final = frozenset({"him", "her", "them", "incumbent", "incumbents", "president", "sen", "senator", "rep",
                             "gov", "governor", "mayor"})


def _challenged_in_a_contest(doc: Doc, k: int) -> bool:
    """"challenged President Johnson in the New Hampshire primary": a rival run against, not words; "challenged
    the results of the primary" and "challenged Trump's claim" stay."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[k] not in _CHALLENGE or k + 1 >= n or not (tokens[k + 1][:1].isupper() or norms[k + 1] in _PERSONS):
        return False
    for j in range(k + 1, min(n, k + 1 + 2 * _AHEAD)):
        if norms[j] in _STOPS or norms[j] in (",", "’s", "'s", "’", "'"):
            return False
        if norms[j] in _CONTESTS:
            return True
    return False


def kept_or_announced_act(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a thing kept up ("maintained his leadership"), an act, a decision or a
    line-up announced ("announced simultaneous action"), or insisting on doing a thing ("insisted on
    attending"), or a rival challenged in a primary?"""
    for k in range(first, stop):
        if _kept_up(doc, k) or _act_announced(doc, k) or _insisted_on_doing(doc, k) \
                or _challenged_in_a_contest(doc, k):
            return True
    return False
