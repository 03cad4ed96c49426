"""Verbs of delivering and showing used of deeds and pictures, not of words (seventeenth pass, first round:
readers of draw 5252 marked "the presidency has been a bonanza for the media, delivering record ratings" wrong;
the own reading of the AllSides dev corpus found "delivering on promises", "the 'Access Hollywood' tape showing
Trump joking", "video ... showing the commander of a platoon addressing his men", "a trailer ... showing him"):

- "deliver" with no words delivered: its object, within a few words, is not a speech, a message, a verdict or
  the like ("delivering record ratings", "delivered the votes", "delivering on promises");
- "show"/"showing" of a picture: a tape, a video, footage, a photo or a clip shows someone (what it depicts, not a finding or a
  view; "polls showing Mr. Trump leading", "emails showing that" stay: data and documents give findings).

"delivering a fierce critique of the leaders", "delivered a speech", "delivered a warning that" stay cues.
Every look is a few tokens long.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_DELIVER: Final = frozenset({"deliver", "delivers", "delivered", "delivering"})
# what is delivered that is words (a speech, a message, a ruling): the verb reports them
_WORDS: Final = frozenset({
    "speech", "speeches", "remarks", "remark", "address", "addresses", "message", "messages", "warning", "warnings",
    "statement", "statements", "critique", "critiques", "rebuke", "rebukes", "lecture", "lectures", "eulogy",
    "eulogies", "sermon", "sermons", "testimony", "keynote", "opinion", "opinions", "apology", "ultimatum",
    "ultimatums", "verdict", "verdicts", "ruling", "response", "reply", "pitch", "line", "lines", "talk", "briefing",
    "monologue", "oration", "plea", "pleas", "prayer", "oath", "argument", "arguments", "report", "reports",
    "assessment", "judgment", "judgement", "news", "denunciation", "condemnation", "defense", "defence", "broadside",
    "tirade", "diatribe", "rant", "retort", "riposte", "rejoinder", "joke", "jokes", "jab", "jabs", "quip", "zinger",
    "one-liner", "punchline", "insult", "insults", "endorsement", "announcement", "pronouncement", "declaration",
    "state", "union", "attack", "attacks", "rebuttal", "salvo", "commencement", "farewell", "concession",
    "invocation", "benediction", "homily", "toast", "lesson", "lessons", "admonition", "reprimand", "scolding",
    "tongue-lashing", "lashing", "reminder", "answer", "answers", "presentation", "sentence", "decision", "summation",
    "case", "comments", "comment", "words", "feedback", "stump", "vow", "promise", "pledge", "assurance",
    "assurances", "guarantee", "threat", "threats", "appeal", "call", "demand", "demands", "request", "letter",
    "petition", "blistering", "scathing", "fiery", "impassioned", "stern", "closing", "opening"})
# what ends the object ("delivered the votes, and ...")
_OBJECT_STOPS: Final = frozenset({";", ":", "that", "which", "who", "while", "when", "after", "before"})
# a pronoun object or "to": what is delivered is said elsewhere ("delivered it", "delivered to the committee")
_OBJECT_ELSEWHERE: Final = frozenset({"to", "it", "them", "this", "what"})
_REACH: Final = 6  # words read after "deliver" for its object
_SHOWING: Final = frozenset({"showing", "shows", "showed", "show"})
# pictures that show someone: what they depict is no attribution
_PICTURES: Final = frozenset({"tape", "tapes", "video", "videos", "footage", "photo", "photos", "photograph",
                              "photographs", "image", "images", "picture", "pictures", "clip", "clips", "trailer",
                              "film", "movie", "scene", "scenes", "cartoon", "meme", "screenshot", "selfie",
                              "livestream", "broadcast", "camera", "cameras", "bodycam", "snapshot"})


def _deed_delivered(doc: Doc, head: int) -> bool:
    """"delivering record ratings", "delivered the votes", "delivered on promises": nothing delivered is words."""
    norms, n = doc.norms, len(doc.norms)
    if norms[head] not in _DELIVER or head + 1 >= n or not doc.is_word[head + 1] or norms[head + 1] == "that":
        return False  # "delivered: ...", a quotation or "delivered that ...": words follow
    if norms[head + 1] in ("on", "upon"):
        return True  # "delivered on his promise": kept it
    if norms[head + 1] in _OBJECT_ELSEWHERE:
        return False
    for j in range(head + 1, min(n, head + 1 + _REACH)):
        if not doc.is_word[j] or norms[j] in _OBJECT_STOPS:
            break
        if norms[j] in _WORDS:
            return False
    return True


def _picture_shows(doc: Doc, head: int) -> bool:
    """"the tape showing Trump joking", "Video footage showed the officer", "video from a Mexican outlet, showing
    the commander": a picture's subject, at most eight words back (past a comma), and no "that" after the verb."""
    norms, n = doc.norms, len(doc.norms)
    if norms[head] not in _SHOWING or head + 1 < n and norms[head + 1] in ("that", "how", "why", "what", "whether"):
        return False
    sent_first = doc.sentences[doc.sentence_of[head]].first
    for j in range(head - 1, max(sent_first - 1, head - 9), -1):
        if norms[j] in _PICTURES:
            return True
        if doc.is_word[j] and norms[j] in ("and", "but", "which", "who", "that", "poll", "polls", "data", "emails"):
            return False
    return False


def delivered_or_depicted(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "deliver" of no words or "show" of a picture?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return _deed_delivered(doc, head) or _picture_shows(doc, head)
