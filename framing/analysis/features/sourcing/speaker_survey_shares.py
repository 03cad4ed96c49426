"""A survey's share named as such where a speaker stands: "the share of Americans who said", "the percentage of
voters who say", "a proportion of those polled": a statistic, not a source.

A reader of "the share of Clinton supporters who said they would vote grew" hears a figure the writer reports
(readers marked "the share of Americans" wrong: "a statistic, not a speaker"). A share told by its figure is
another thing: "87 percent of Republicans say", "53 percent of people said", "a third of voters say" name the
respondents who answered, and readers took them as anonymous or vague speakers (right, twice); they stay, as a
majority or a number of people ("a majority of House Democrats", "three senators said") do. A first version of
this rule (session 33) set aside every percentage and fraction too; it went against those readings and was
narrowed to the share words.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# words that may open the phrase before the share ("Only the share of ...", "Even the percentage of ...")
_BEFORE_FIGURE: Final = frozenset({"about", "only", "just", "nearly", "almost", "roughly", "even", "still"})

# words for a share as such ("the share of Americans who said", "the percentage of voters")
_SHARE_WORDS: Final = frozenset({"share", "percentage", "proportion", "fraction"})

# how many opening words may stand before the share
_REACH: Final = 3


def survey_share(doc: Doc, first: int, stop: int) -> bool:
    """Does the phrase ``[first, stop)`` open with a share named as such ("the share of Americans", "the
    percentage of voters", "a proportion of those polled"): a statistic, no speaker?"""
    norms = doc.norms
    k = first
    while k < stop and k - first < _REACH and norms[k] in _BEFORE_FIGURE:
        k += 1
    if k + 2 >= stop:
        return False
    return norms[k] in ("a", "the") and norms[k + 1] in _SHARE_WORDS and norms[k + 2] == "of"
