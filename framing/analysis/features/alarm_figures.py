"""Alarm words used as a figure of speech, a label or a name, read as raising no alarm (issue 13, sixth
pass: the classes independent readers of AllSides pages judged wrong in :mod:`.alarmist`):

* an idiom in capitals after a capitalised word, inside a sentence of prose ("another Godwin's Law Red
  Alert, incoming from the Right"): an ironic label or a title, not a warning (headlines in title case
  are left alone);
* "brace yourself" said to a named person ("Brace yourself, Bernie."): a disappointment ahead;
* "an act of (pure) terror": an attack named and condemned;
* a declaration of war by an industry, a lobby or a party's wing ("a declaration of war by the biofuels
  industry"): a political fight;
* "the horrors of (nuclear) war": the war described, not threatened;
* a nightmare, a disaster or doom in a sentence about an election and nothing else ("the nightmare
  scenario" of a campaign's backer as a wave swamps the senator, hopefuls "doomed by" a rival's record,
  "a disastrous way for Republicans come November"), and a fear or an alarm sounded there ("a growing
  fear that the candidates are out of step with general election voters", a campaign site that "sounds the
  alarm" on a rival's fundraising): a political setback, or a worry about one (independent reading of seed
  1010, seventh pass; a setback for a named politician or party is :func:`.alarmist._political_setback`).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before
from .phrases import FUNCTION_WORDS


def _capitalised_in_lowercase_sentence(doc: Doc, match: Match) -> bool:
    """An idiom written in capitals after a capitalised word, in a sentence of prose (a content word in
    lower case: "another Godwin's Law Red Alert, incoming from the Right"): a label or a name, used
    ironically or as a title, not a warning. Headlines in title case are left alone."""
    first = match.first
    if not all(doc.tokens[k][:1].isupper() for k in range(first, match.stop) if doc.is_word[k]):
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    before = first - 1
    while before > sentence.first and not doc.is_word[before]:
        before -= 1
    if before <= sentence.first or not doc.tokens[before][:1].isupper():
        return False
    # a headline in title case writes its content words in capitals; prose has some in lower case
    return any(doc.is_word[k] and doc.tokens[k][:1].islower() and len(doc.tokens[k]) >= 5
               and doc.norms[k] not in FUNCTION_WORDS for k in range(sentence.first, sentence.stop))


def _addressed_to_someone(doc: Doc, match: Match) -> bool:
    """"Brace yourself, Bernie.": said to a named person (a disappointment ahead), not a warning to readers."""
    k = match.stop
    return k + 1 < len(doc.tokens) and doc.tokens[k] == "," and doc.is_word[k + 1] \
        and doc.tokens[k + 1][:1].isupper() and (k + 2 >= len(doc.tokens) or not doc.is_word[k + 2])


_ATTACK_NAMES: Final = frozenset({"act", "acts"})
_CONDEMNING: Final = frozenset({"pure", "sheer", "utter", "absolute", "senseless", "cowardly"})
# "the horrors of (nuclear) war": the war described, not threatened
_DESCRIBED_BY: Final = frozenset({"horrors", "horror", "ravages", "memories", "memory", "lessons", "history"})


def _act_of_terror(doc: Doc, first: int) -> bool:
    """"an act of (pure) terror": the name given to an attack that happened, a condemnation, not alarm."""
    k = first - 1
    if k >= 0 and doc.norms[k] in _CONDEMNING:
        k -= 1
    return k >= 1 and doc.norms[k] == "of" and doc.norms[k - 1] in _ATTACK_NAMES


# who declares war in a political fight: an industry, a lobby, a party's wing ("a declaration of war by the
# biofuels industry")
_FIGHT_ACTORS: Final = frozenset({"industry", "industries", "lobby", "lobbies", "lobbyists", "growers", "farmers",
                                  "unions", "union", "activists", "donors", "base", "wing", "caucus", "party",
                                  "campaign", "conservatives", "liberals", "progressives", "democrats",
                                  "republicans", "companies", "executives", "advocates", "groups"})


def _war_by_a_thing(doc: Doc, match: Match) -> bool:
    """"a declaration of war by the biofuels industry": war declared by an industry, a lobby or a party in a
    political fight (up to four words after "by"): a figure of speech."""
    if "declaration" not in match.entry.words or word_after(doc, match.stop - 1) != "by":
        return False
    for j in range(match.stop + 1, min(match.stop + 5, len(doc.norms))):
        if not doc.is_word[j]:
            return False
        if doc.norms[j] in _FIGHT_ACTORS:
            return True
    return False


# what an election is told with; and what makes a setback a threat after all (an attack on the vote,
# a war, a pandemic, an economy)
_ELECTORAL: Final = frozenset({"election", "elections", "electoral", "poll", "polls", "polling", "voters", "ballot",
                               "primary", "primaries", "midterm", "midterms", "november", "nomination", "nominee",
                               "candidates", "hopefuls", "caucus", "caucuses", "electorate", "reelection",
                               "re-election", "delegates", "seats", "wave", "fundraising", "electability"})
_BEYOND_POLITICS: Final = frozenset({"attack", "attacks", "war", "violence", "security", "hack", "hacked", "hacking",
                                     "hackers", "virus", "pandemic", "nuclear", "kill", "killed", "terror",
                                     "terrorism", "weapons", "military", "bomb", "rigged", "interference", "fraud",
                                     "recession", "economy", "climate", "collapse", "shutdown", "default", "debt",
                                     "deaths", "dead", "health", "troops", "riot", "riots", "coup", "meddling"})
_OUTCOME_WORDS: Final = frozenset({"nightmare", "disaster", "disastrous", "catastrophe", "catastrophic", "doomsday",
                                   "doom", "doomed", "fear", "fears", "sounds", "sound", "sounding", "sounded"})


ELECTORAL: Final = _ELECTORAL  # read by :mod:`.alarm_context_no_threat` for the sentence before
BEYOND_POLITICS: Final = _BEYOND_POLITICS


def _electoral_setback(doc: Doc, match: Match) -> bool:
    """A nightmare, a disaster, doom, a fear or an alarm sounded in a sentence that speaks of an election
    (polls, voters, November, a nomination, fundraising) and of nothing that threatens beyond it (an attack,
    a war, an economy): a setback, or a worry about one."""
    if match.entry.words[0] not in _OUTCOME_WORDS:
        return False
    sentence = doc.sentences[doc.sentence_of[match.first]]
    norms = [doc.norms[k] for k in range(sentence.first, sentence.stop)]
    return any(n in _ELECTORAL for n in norms) and not any(n in _BEYOND_POLITICS for n in norms)


def figure_of_speech(doc: Doc, match: Match) -> str | None:
    """Why the alarm match is a figure of speech, a label or a name (the reason shown), or None."""
    words, category = match.entry.words, match.entry.category
    if _war_by_a_thing(doc, match):
        return "war declared by an industry, a lobby: a figure of speech for a political fight"
    if category == "idiom" and _capitalised_in_lowercase_sentence(doc, match):
        return "an idiom in capitals inside a sentence (Godwin's Law Red Alert): a label, not a warning"
    if words[0] == "brace" and _addressed_to_someone(doc, match):
        return "brace yourself, Bernie: said to a person, a disappointment ahead, not a threat"
    if words == ("terror",) and _act_of_terror(doc, match.first):
        return "an act of terror: an attack named and condemned, not alarm"
    if category == "war" and word_before(doc, match.first) == "of" \
            and word_before(doc, match.first - 1) in _DESCRIBED_BY:
        return "the horrors of nuclear war: the war described, not threatened"
    if _electoral_setback(doc, match):
        return "a nightmare or a disaster in a sentence about an election: a political setback, not a threat"
    return None
