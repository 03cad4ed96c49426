"""Alarm phrases whose context names no threat, read as raising no alarm (issue 13, eighth pass: the classes
independent readers of AllSides pages still judged wrong in :mod:`.alarmist`):

* "(on a) collision course" with nothing dangerous ahead: "Twitter and Trump on a collision course with the
  truth", two political "trains ... on a collision course as they head to the Senate" (a clash, a figure);
  it stays when what it runs into is dark or dangerous ("on a real collision course with a very dark
  reality", "a collision course with war");
* "imminent threat" in a sentence of law or of a finding ("the target poses an imminent threat of violent
  attack", determined after review; "the president may act to respond to imminent threats" under the
  Constitution; no imminent threat "justifying" the strike): the legal standard named, not a warning;
* "on the brink" of something that is no danger ("on the brink of a failed presidency"): a setback ahead;
  it stays before a war, a collapse, a crash ("on the brink of civil war", "of a true collapse");
* "too late" with no danger in its sentence or the one before ("if the regulators were going to shut it
  down, they would have done it two years ago. Now it's too late."): a chance missed; it stays when a danger
  is named ("The climate crisis is here. Soon it will be too late.");
* a nightmare scenario right after a sentence about an election, when neither sentence names a
  threat beyond it ("... a Democratic blue wave that swamps Rubio. 'This is the nightmare scenario we've all
  worried about'"): a political setback (the same sentence is :func:`.alarm_figures._electoral_setback`).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .alarm_figures import BEYOND_POLITICS, ELECTORAL
from .lexical import word_after

_AHEAD_REACH: Final = 8  # words read after the phrase, within its sentence

# what a collision course or the brink may lead to that is a danger
_DANGERS_AHEAD: Final = frozenset({
    "war", "wars", "conflict", "conflicts", "catastrophe", "disaster", "disasters", "chaos", "crisis", "extinction",
    "famine", "violence", "bloodshed", "genocide", "breakdown", "anarchy", "nuclear", "collapse", "crash",
    "depression", "meltdown", "ruin", "default", "dark", "darkness", "doom", "calamity", "confrontation",
    "clash", "destruction", "death", "deaths", "bankruptcy", "recession", "armageddon", "apocalypse", "danger",
    "dangerous", "disintegration", "starvation", "annihilation", "abyss"})


def _danger_ahead(doc: Doc, stop: int) -> bool:
    """A danger word within ``_AHEAD_REACH`` words after ``stop``, in its sentence."""
    sentence = doc.sentences[doc.sentence_of[stop - 1]]
    return any(doc.norms[k] in _DANGERS_AHEAD for k in range(stop, min(sentence.stop, stop + _AHEAD_REACH)))


# what makes "imminent threat" a legal standard or a finding ("under Article II", "determined", "justifying")
_LEGAL_STANDARD: Final = frozenset({
    "determined", "determine", "determines", "determination", "review", "justify", "justifying", "justified",
    "justifies", "justification", "standard", "standards", "criteria", "criterion", "legal", "legally", "lawful",
    "unlawful", "law", "laws", "constitution", "constitutional", "article", "memo", "memos", "self-defense",
    "authorize", "authorized", "authorization", "doctrine", "threshold", "requirement", "required", "requires",
    "statute", "charter", "legality", "definition", "defined", "defines"})


def _legal_standard(doc: Doc, match: Match) -> bool:
    if match.entry.words != ("imminent", "threat") and match.entry.words != ("imminent", "threats"):
        return False
    sentence = doc.sentences[doc.sentence_of[match.first]]
    return any(doc.norms[k] in _LEGAL_STANDARD for k in range(sentence.first, sentence.stop))


# only the nightmare: "could lead to disaster" or a "catastrophic" ruling after a sentence on a campaign were
# threats on the dev pages read (a foreign-policy gamble, a court's ruling)
_SETBACK_WORDS: Final = frozenset({"nightmare", "nightmares"})
_SCENARIOS: Final = frozenset({"scenario", "scenarios"})


def _electoral_sentence_before(doc: Doc, match: Match) -> bool:
    """A nightmare scenario whose sentence follows one about an election, neither naming a threat beyond it."""
    if match.entry.words[0] not in _SETBACK_WORDS or word_after(doc, match.stop - 1) not in _SCENARIOS:
        return False
    s = doc.sentence_of[match.first]
    if s == 0:
        return False
    before, this = doc.sentences[s - 1], doc.sentences[s]
    norms = [doc.norms[k] for k in range(before.first, this.stop)]
    if any(n in BEYOND_POLITICS for n in norms):
        return False
    return any(doc.norms[k] in ELECTORAL for k in range(before.first, before.stop))


def _danger_near(doc: Doc, index: int) -> bool:
    """A danger word in the sentence of token ``index`` or in the sentence before it."""
    s = doc.sentence_of[index]
    first, stop = doc.sentences[max(0, s - 1)].first, doc.sentences[s].stop
    return any(doc.norms[k] in _DANGERS_AHEAD for k in range(first, stop))


def no_threat_in_context(doc: Doc, match: Match) -> str | None:
    """Why the alarm match names no threat in its context (the reason shown), or None."""
    words = match.entry.words
    if words[-2:] == ("collision", "course") and not _danger_ahead(doc, match.stop):
        return "on a collision course with the truth: a clash, nothing dangerous ahead"
    if _legal_standard(doc, match):
        return "an imminent threat as the law or a finding names it: a legal standard, not a warning"
    if words == ("on", "the", "brink") and not _danger_ahead(doc, match.stop):
        return "on the brink of a failed presidency: a setback ahead, no danger"
    if words == ("too", "late") and not _danger_near(doc, match.first):
        return "now it's too late (to shut the network down): a chance missed, no danger named"
    if _electoral_sentence_before(doc, match):
        return "a nightmare right after a sentence about an election: a political setback, not a threat"
    return None
