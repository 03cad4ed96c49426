"""Teasers for other stories that scraped pages leave inside the article text (issue 13, thirteenth pass,
round 2: the readers of draws 2929 and 3030 met their words as the writer's - "racist" of a linked headline,
"Pelosi" as a speaker of one, "reportedly" of a "see also" teaser, "saying" of a video caption, "explains" of a
podcast promo). Each shape was read on every dev line it marks (curated by reading the AllSides dev corpus):

* a kicker glued to a linked headline, with no space after its colon (USA TODAY: "A fresh start:Renaming
  bases ...", "Rose Garden blowup:Pelosi says ...", "More Michael Cohen:Top Democrats warn ...", MarketWatch:
  "Weekend reads:What corporate insiders are doing ..."), or a kicker said twice ("Trump to Democrats: Trump to
  Democrats: No deals ..."): a related link. A time ("at 9:01 a.m.") has a digit on both sides of its colon,
  and a prose line is longer than ``_KICKER_LINE``;
* the New York Post's "see also" teaser: "see also", in lower case, a headline and the cut first words of the
  story, ending in "...": a related link;
* USA TODAY's video caption: "CLOSE" (the player's button) glued before the clip's summary ("CLOSE San
  Francisco's sheriff is defending ... (July 10)"): a caption;
* Vox's podcast promo: a "Listen to Today, Explained" line, the episode's blurb ("Vox's Andrew Prokop explains
  why ...") and the show's pitch, closed within ``_PROMO_RUN`` lines by "Subscribe on Apple Podcasts ...": the
  header and the blurbs are a related link (the episode), the closing line a newsletter prompt. Without that
  closing line nothing is marked: a "Listen to" line alone may be the writer's.

Every pattern looks at one line, or at the few lines after a header, with bounded repetition.
"""
from __future__ import annotations

import re
from typing import Final

_KICKER_LINE: Final = 250  # a longer line is prose (a scraped paragraph that lost a space), not a teaser
# a short kicker, then a colon glued to the headline's first letter (or a quotation mark, or a digit after a
# word: "What we learned:5 things ..."); a digit before a digit is a time ("9:01"), which never matches
_GLUED_KICKER: Final = re.compile(r"^[A-Z0-9‘“\"'][^\n:]{0,70}?(?:[A-Za-z)’'\"”.]:(?:[A-Z0-9]|['‘“\"][A-Z0-9])"
                                  r"|\d:[A-Z])")
_REPEATED_KICKER: Final = re.compile(r"^([A-Z][^\n:]{2,60}): \1: \S")
_SEE_ALSO: Final = re.compile(r"^see also\s[^\n]{10,250}(?:\.\.\.|…)$")
_VIDEO_CAPTION: Final = re.compile(r"^CLOSE\s+[A-Z0-9‘“\"'][^\n]{10,400}$")
_PODCAST_HEADER: Final = re.compile(r"^Listen to [A-Z][^\n.!?:]{1,50}$")
_PODCAST_SUBSCRIBE: Final = re.compile(r"^Subscribe (?:on|to) [^\n]{1,120}\b(?:[Pp]odcasts?|Spotify|Stitcher)\b")
_PROMO_RUN: Final = 3  # lines of blurb between a podcast's header and its "Subscribe" line


def teaser_rule(line: str) -> str | None:
    """The clutter rule of a one-line teaser (a glued kicker, a "see also" teaser, a video caption), or None."""
    n = len(line)
    if n < _KICKER_LINE and (_GLUED_KICKER.match(line) or _REPEATED_KICKER.match(line)):
        return "related link"
    if line.startswith("see also") and _SEE_ALSO.match(line):
        return "related link"
    if line.startswith("CLOSE") and _VIDEO_CAPTION.match(line):
        return "caption"
    return None


def podcast_promos(text: str, lines: list[tuple[int, int]]) -> dict[int, str]:
    """The lines of podcast promos, by their index in ``lines`` (see the module's doc): index -> rule."""
    out: dict[int, str] = {}
    for i, (a, b) in enumerate(lines):
        if b - a > 60 or not text.startswith("Listen to ", a) or not _PODCAST_HEADER.match(text[a:b]):
            continue
        for j in range(i + 1, min(len(lines), i + 2 + _PROMO_RUN)):
            c, d = lines[j]
            if _PODCAST_SUBSCRIBE.match(text[c:d]):
                for k in range(i, j):
                    out[k] = "related link"
                out[j] = "newsletter prompt"
                break
    return out
