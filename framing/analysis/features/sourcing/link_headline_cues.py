"""Cue words inside a related-link headline (curated by reading the AllSides dev corpus, readers'
judgments of the seventh pass, second round): some sites put lines like "Rand Paul:Kentucky senator says he'll vote to
block the declaration" or "'Not needed':Critics say the quote undercuts the emergency" between paragraphs,
a label glued to a headline by a colon, no closing stop. They link to other stories; nobody in this
article says anything there.

A line that reads as prose ("Paul said: 'I can't vote for it.'", "The senator said:" before a quote, a
long paragraph) is left alone. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with
the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

import re
from typing import Final

from ...text import Doc

# a short label glued to a headline by a colon with no space: "Rand Paul:Kentucky senator says ..."
# (a letter after the colon: "Update at 12:30 p.m." is a time, not a label)
_GLUED_LABEL: Final = re.compile(r"^[^\n:]{1,40}?[\w'’.?!]:['‘\"“]?[A-Z]")
_CLOSED: Final = re.compile(r"[.?!\"”’)]\s*$")
_MAX_WORDS: Final = 30


def in_link_headline(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` in a line of its own that glues a label to a headline ("Label:Headline
    says ...") and ends with no stop?"""
    text = doc.original
    at = doc.starts[first]
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[begin:end].strip()
    if not _GLUED_LABEL.match(line) or _CLOSED.search(line):
        return False
    return len(line.split()) <= _MAX_WORDS
