"""Report verbs whose object is no words (curated by reading the AllSides dev corpus, seventeenth pass: independent
readers' draw 5252 and the own reading of the fresh draw from 5656, wrong 1 of 1 each): a thing delivered
("Trump's presidency has been a bonanza for the media, delivering record ratings", "delivered the votes", "delivered
on his promise") and help called for in an emergency ("Li apparently called for medical help, reporting flu-like
symptoms", "called for an ambulance", "calling for backup"): a deed, not words or a view.

"delivering a fierce critique", "delivered a speech", "delivered the State of the Union", "delivered a message"
(words delivered), "called for more help from the states", "called for help in passing the bill" (a demand: not
an emergency's help right after "for") stay cues. :func:`.cues.acting_cue` sets these aside (through
``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_DELIVER: Final = frozenset({"deliver", "delivers", "delivered", "delivering"})
# what is delivered as words (the object's head, within a few words of the verb)
_WORDS: Final = frozenset({"speech", "speeches", "remarks", "remark", "address", "addresses", "message", "messages",
                           "critique", "critiques", "statement", "statements", "warning", "warnings", "rebuke",
                           "rebukes", "lecture", "lectures", "sermon", "sermons", "eulogy", "eulogies", "testimony",
                           "keynote", "verdict", "verdicts", "ultimatum", "argument", "arguments", "plea", "pleas",
                           "pitch", "apology", "line", "lines", "news", "assessment", "report", "reports", "briefing",
                           "response", "reply", "retort", "talk", "toast", "homily", "invocation", "benediction",
                           "prayer", "monologue", "oration", "commencement", "state", "union", "opening", "closing",
                           "comments", "comment", "words", "denunciation", "condemnation", "tirade", "diatribe",
                           "broadside", "rant", "defense", "defence", "attack", "attacks", "riposte", "rejoinder",
                           "admonition", "reprimand", "scolding", "tongue-lashing", "lashing", "reminder", "vow",
                           "promise", "pledge", "endorsement", "ruling", "decision", "opinion", "judgment",
                           "summation", "argument", "case", "plan", "proposal", "budget", "ultimatums", "answer",
                           "answers", "feedback", "insult", "insults", "joke", "jokes", "quip", "zinger",
                           "one-liner", "punchline", "stump", "presentation", "pronouncement", "declaration",
                           "announcement", "assurance", "assurances", "guarantee", "threat", "threats", "appeal",
                           "call", "demand", "demands", "request", "letter", "petition", "blow", "blistering",
                           "scathing", "stinging", "withering", "fiery", "impassioned"})
_OBJECT_STOPS: Final = frozenset({",", ";", ":", ".", "—", "–", "“", '"', "(", "that", "which", "who", "while",
                                  "when", "after", "before"})
_REACH: Final = 6
_CALL: Final = frozenset({"call", "calls", "called", "calling"})
# the help an emergency calls for (right after "for", past an article or "medical"/"emergency")
_EMERGENCY_HELP: Final = frozenset({"help", "ambulance", "ambulances", "backup", "back-up", "paramedics", "medics",
                                    "medic", "reinforcements", "rescue", "rescuers", "firefighters", "assistance",
                                    "attention", "aid", "care", "evacuation", "doctor", "nurse"})
_BEFORE_HELP: Final = frozenset({"a", "an", "medical", "emergency", "immediate", "urgent"})
# help called for right after "for", with no article or "medical": a cry for help
_BARE_HELP: Final = frozenset({"help", "backup", "back-up", "paramedics", "medics", "reinforcements", "ambulance",
                               "ambulances"})


def _delivered_thing(doc: Doc, head: int) -> bool:
    """"delivering record ratings", "delivered the votes", "delivered on his promise": no words in the object."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[head] not in _DELIVER or head + 1 >= n or not doc.is_word[head + 1]:
        return False
    if norms[head + 1] in ("on", "upon"):
        return True  # "delivered on his promise": kept it
    end = doc.sentences[doc.sentence_of[head]].stop
    for j in range(head + 1, min(end, n, head + 1 + _REACH)):
        if tokens[j] in _OBJECT_STOPS or norms[j] in _OBJECT_STOPS:
            break
        if norms[j] in _WORDS:
            return False
    return norms[head + 1] not in ("to", "it", "them", "this", "that", "what", "his", "her", "their")


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
    """Is the cue ``[first, stop)`` a thing delivered ("delivering record ratings") or help called for in an
    emergency ("called for medical help")?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if doc.norms[head] == "for" and head > first:
        head -= 1  # the cue span "called for"
    return _delivered_thing(doc, head) or _help_called_for(doc, head)
