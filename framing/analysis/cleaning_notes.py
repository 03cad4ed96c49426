"""The outlet's notes about the article itself: corrections, clarifications, update notices, editor's notes.

A correction is the outlet speaking about its own story ("CORRECTION: An earlier version of this story
incorrectly reported that ...", "This story was updated at 2:19 p.m.", "Editor's note: This article
originally mischaracterized ..."), not the story: its "incorrectly stated" attributes nothing to anyone
the story quotes (a reader of draw 5454, seventeenth pass of issue 13, marked "incorrectly stated" of a
correction wrong as a cue: "the outlet's own correction, written in the writer's voice"), and its words are
not the writer's reporting. The AllSides dev articles carry about fifty such lines (Politico, Vox, The Hill,
the Christian Science Monitor, The Nation, the Wall Street Journal ...), at the top or the foot.

A line is such a note when it
- opens with a label of its own: "Correction:", "CORRECTION:", "Clarification:", "Correction and update:";
- opens with "Editor's note:" (also in brackets: "[Editor's note: ...]") and speaks of the article or the
  site ("This article originally mischaracterized ...", "The cutline ... has been corrected", "We are
  re-posting ...", "Paragraph breaks added", "all our coverage is free. No paywall.", "Facebook is among NPR's
  financial supporters", "X is the author of ..."). An editor's note that comments on the news ("Editor's
  Note: This is probably a reason why reporters were barred ...") is the outlet's own voice and stays: the
  Propaganda Techniques Corpus (PTC) marks loaded wording and name calling inside such notes;
- opens with "Update:" / "UPDATE:" and speaks of the article ("This piece was updated with ...", "A previous
  version of this post ..."); an "Update:" that gives news ("UPDATE: The Senate voted ...") is the story, and
  stays (a wire tag, :mod:`.cleaning`, sets aside only its label);
- opens with the article speaking of itself: "This story was updated at ...", "This post has been updated
  with ...", "An earlier version of this article misstated ...".
"""
from __future__ import annotations

import re
from typing import Final

_LONGEST: Final = 1200  # characters: an editor's note is a paragraph, never a page

# a note's own label, at the line's start (a bracket or a list dash may come first)
_LABEL: Final = re.compile(
    r"^[\[(\-–—•* ]{0,3}(?:Correction(?:s| and [Uu]pdate)?|CORRECTIONS?|Clarification|CLARIFICATION)\s*:")
_EDITOR_LABEL: Final = re.compile(r"^[\[(\-–—•* ]{0,3}(?:Editor['’]s [Nn]ote|EDITOR['’]S NOTE|Editors['’] [Nn]ote)\s*:")
# what an editor's note about the article or the site says (see the module's docstring)
_ABOUT_THE_ARTICLE: Final = re.compile(
    r"\b(?:[Tt]his|[Tt]he|[Oo]ur) (?:story|article|post|piece|report|column|op-ed|item|cutline|caption|headline)\b"
    r"|\b(?:originally|mistakenly|corrected|amended|emended|updated|re-?posting|re-?published)\b"
    r"|\b[Pp]aragraph breaks\b|\b[Ww]e regret\b|\bpaywall\b|\b[Ss]ubscribe\b|\bfinancial supporters?\b"
    r"|\bis (?:the )?(?:author|co-author) of\b|\bmembership\b")
_UPDATE_LABEL: Final = re.compile(r"^[\[(\-–—•* ]{0,3}(?:Update|UPDATE|Updated|UPDATED)\s*:")
_ARTICLE: Final = r"(?:story|article|post|piece|report|column|op-ed|item)"
# the article speaking of itself: "This story was updated", "An earlier version of this post", anywhere in an
# "Update:" line, or opening a line of its own
_SELF_WORDS: Final = (
    r"(?:[Tt]his|[Tt]he) " + _ARTICLE + r" (?:was|has been|had been|is being) (?:updated|corrected|amended|edited|"
    r"revised|changed|clarified)\b"
    r"|(?:[Aa]n?|[Tt]he) (?:earlier|previous|prior|original) (?:version|headline) of this " + _ARTICLE + r"\b")
_SELF: Final = re.compile(r"\b(?:" + _SELF_WORDS + ")")
_SELF_OPENING: Final = re.compile(r"^[\[(\-–—•* ]{0,3}(?:" + _SELF_WORDS + ")")


def is_editors_note(line: str) -> bool:
    """Whether the whole line is the outlet's note about the article (a correction, an update notice, an
    editor's note), not the story."""
    if len(line) > _LONGEST:
        return False
    if _LABEL.match(line) or _SELF_OPENING.match(line):
        return True
    if _EDITOR_LABEL.match(line):
        return _ABOUT_THE_ARTICLE.search(line) is not None
    return _UPDATE_LABEL.match(line) is not None and _SELF.search(line) is not None
