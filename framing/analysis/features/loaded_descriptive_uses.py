"""Loaded-lexicon words used to describe, not to judge (issue 13, twelfth pass: "plain descriptive uses", the
largest class of the s32 fresh draw and of the independent draws 2323-2626; each class tallied over every
reader judgement of the loaded layer in judgments/*.jsonl and each dev use read):

* "extremism" as the name of a phenomenon or a field ("Islamic extremism", "an expert on right-wing extremism",
  "efforts to combat extremism", "any kind of 'extremism'"): readers marked it wrong 3 of 3 times in the
  independent draws and once in the s32 fresh draw, and the PTC annotators mark none of its 7 uses in their
  training split. With a determiner of its own right before it ("the extremism voiced on the stage", "their
  extremism") it is someone's extremism, a judgement, and stays;
* "divisive" of a contest or an issue that divides opinion ("a divisive presidential campaign", "many divisive
  Supreme Court nominations", "the divisive GOP primary", "the most divisive issues", "more divisive among the
  GOP coalition"): it reports a split (readers: 4 wrong of 4 of this shape); said of a person, a party, views,
  rhetoric or a battle ("a divisive figure", "divisive views" - which the PTC annotators mark -, "a divisive
  Democrat-on-Democrat battle", judged right) it stays;
* "perilous" of a journey ("the perilous month-long journey from El Salvador", "a perilous march"): the literal
  danger of the way (readers: 3 wrong of 3, the PTC split has no use);
* an evaluative word after "what counts as" ("the standards for what counts as praiseworthy"): the standard
  named, not a verdict (readers: 2 wrong of 2);
* "malicious" in the cybersecurity term ("other malicious activity by cyber actors", "the malicious software
  would have spread"): the standard name of the class of code and acts (readers: 2 wrong of 2; no dev span is
  drawn today, the rule keeps the class out; "a malicious agenda", which the PTC annotators mark, stays);
* "the fringe" as a noun of place after a preposition ("great ideas start on the fringe and move to the middle",
  "on the fringes of a college town"): where something sits, not a label ("fringe elements", "a fringe figure",
  "the fringe left" stay, readers judged those right 5 of 5; so does "ISIS represents the fringe of the fringe").

Readers split on other words of the class, which stay: "radical" (3 right, 7 wrong, across shapes), "deep
state" (2 right, 4 wrong, the same span judged both ways), "useless", "evil", "beloved" (the PTC annotators mark
"beloved of Washington"). "Dems" and "jihadists" stay loaded where the PTC annotators' reading was kept (README).
"""
from __future__ import annotations

from typing import Final

from ..text import Doc

_EXTREMISM: Final = frozenset({"extremism"})
# a determiner or possessive right before "extremism" makes it someone's: "the extremism voiced on the stage"
_OWNERS: Final = frozenset({"the", "this", "that", "their", "his", "her", "its", "our", "your", "my", "such",
                            "whose", "whatever"})

_DIVISIVE: Final = frozenset({"divisive"})
# what divides opinion when "divisive" describes it: a contest or an issue, not a person or a way of speaking
_CONTESTS: Final = frozenset({"campaign", "campaigns", "nomination", "nominations", "election", "elections",
                              "primary", "primaries", "race", "races", "issue", "issues", "debate", "debates",
                              "vote", "votes", "referendum", "referendums", "question", "questions", "topic",
                              "topics", "subject", "subjects", "confirmation", "confirmations", "contest",
                              "contests"})
_CONTEST_REACH: Final = 3  # words after "divisive" ("divisive Supreme Court nominations")

_PERILOUS: Final = frozenset({"perilous"})
_JOURNEYS: Final = frozenset({"journey", "journeys", "trip", "trips", "trek", "treks", "crossing", "crossings",
                              "voyage", "voyages", "march", "marches", "passage", "route", "routes", "climb",
                              "ascent", "descent", "flight", "walk", "hike", "swim", "drive", "ride", "trail"})
_JOURNEY_REACH: Final = 2  # words after "perilous" ("the perilous month-long journey")

_MALICIOUS: Final = frozenset({"malicious"})
# the nouns of the cybersecurity term ("malicious software", "malicious activity by cyber actors")
_CYBER_NOUNS: Final = frozenset({"activity", "activities", "software", "code", "actor", "actors", "cyber",
                                 "cyberactivity", "program", "programs", "link", "links", "file", "files", "traffic",
                                 "app", "apps", "payload", "payloads", "attachment", "attachments", "email", "emails",
                                 "websites", "website", "sites", "domains", "url", "urls", "macros", "script",
                                 "scripts", "ads", "advertising", "bots", "hackers", "hacking", "intrusions"})

_FRINGE: Final = frozenset({"fringe", "fringes"})
# the preposition before "the fringe" that makes it a place ("start on the fringe"); "ISIS represents the fringe
# of the fringe" (a group placed on the margin by a speaker) stays
_PLACE_BEFORE: Final = frozenset({"on", "at", "from", "to", "toward", "towards", "in", "into", "along", "near"})
# what may follow "the fringe" as a noun of place: the end of a clause or "of" ("on the fringes of a town")
_PLACE_AFTER: Final = frozenset({"of", "and", "or", "to", "in", "into", "at", "for", "where", "with"})


def _words_after(doc: Doc, stop: int, reach: int) -> list[str]:
    """The norms of up to ``reach`` word tokens right after ``stop`` in its sentence (stops at punctuation)."""
    sentence = doc.sentences[doc.sentence_of[stop - 1]]
    out: list[str] = []
    k = stop
    while k < sentence.stop and len(out) < reach and doc.is_word[k]:
        out.append(doc.norms[k])
        k += 1
    return out


def _word_before(doc: Doc, first: int) -> str:
    """The norm of the token right before ``first`` within its sentence ("" at the sentence's start)."""
    sentence = doc.sentences[doc.sentence_of[first]]
    return doc.norms[first - 1] if first - 1 >= sentence.first else ""


def _topic_extremism(doc: Doc, first: int) -> bool:
    return _word_before(doc, first) not in _OWNERS


def _divisive_contest(doc: Doc, stop: int) -> bool:
    after = _words_after(doc, stop, _CONTEST_REACH)
    if after and after[0] == "among":
        return True  # "more divisive among the GOP coalition": the split reported
    return any(w in _CONTESTS for w in after)


def _perilous_journey(doc: Doc, stop: int) -> bool:
    return any(w in _JOURNEYS for w in _words_after(doc, stop, _JOURNEY_REACH))


def _what_counts_as(doc: Doc, first: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    k = first - 1
    if k - 2 < sentence.first:
        return False
    return doc.norms[k] == "as" and doc.norms[k - 1] in ("counts", "count", "counted") and doc.norms[k - 2] == "what"


def _fringe_place(doc: Doc, first: int, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    if _word_before(doc, first) != "the" or first - 2 < sentence.first or doc.norms[first - 2] not in _PLACE_BEFORE:
        return False
    return stop >= sentence.stop or not doc.is_word[stop] or doc.norms[stop] in _PLACE_AFTER


def descriptive_use(doc: Doc, first: int, stop: int, term: str) -> str | None:
    """Why the loaded word ``term`` at tokens ``[first, stop)`` describes rather than judges (the reason shown),
    or None."""
    if term in _EXTREMISM and _topic_extremism(doc, first):
        return "Islamic extremism, combat extremism: the name of the phenomenon, not a judgement"
    if term in _DIVISIVE and _divisive_contest(doc, stop):
        return "a divisive campaign, divisive issues: a contest that divides opinion, described"
    if term in _PERILOUS and _perilous_journey(doc, stop):
        return "a perilous journey: the literal danger of the way, described"
    if term in _MALICIOUS and any(w in _CYBER_NOUNS for w in _words_after(doc, stop, 2)):
        return "malicious activity, malicious software: the cybersecurity term"
    if term in _FRINGE and _fringe_place(doc, first, stop):
        return "start on the fringe: a noun of place, not a label"
    if _what_counts_as(doc, first):
        return "what counts as praiseworthy: the standard named, not a verdict"
    return None
