"""A share of those polled where a speaker stands: a survey's figure, not a source ("93% of immigrants from
Argentina said so", "42 percent of GOP insiders said", "a quarter of those surveyed predicting", "the share of
Americans who said").

A reader of '53 percent of Hispanic Catholics say abortion should be illegal' hears a poll's finding told by
the writer: who speaks is the poll (named nearby, "The Pew Forum found that ...", or not at all), and a share of
respondents is no one a reader would cite. Readers mark such spans wrong ("survey statistic; the source is the
study"). A phrase opening with a percentage, a fraction or a share followed by "of" ("71 percent of Americans",
"a third of their populations", "Twenty-four percent of women", "the share of Clinton supporters") is set aside.
Not a majority or a number of people ("a majority of House Democrats oppose the move", "three senators said"):
those may be a body taking a stand or people who spoke.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .speaker_span_fragments import is_number_word

# words that may open the phrase before the figure ("About 71 percent", "Only 15% of Americans")
_BEFORE_FIGURE: Final = frozenset({"about", "only", "just", "nearly", "almost", "roughly", "some", "even",
                                   "around", "over", "fully", "still", "approximately", "more", "than", "less"})

# fractions that make a share ("a third of", "two-thirds of", "three-quarters of")
_FRACTIONS: Final = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
                               "two-thirds", "three-quarters", "one-third", "one-quarter", "one-half"})

# words for a share as such ("the share of Americans who said", "the percentage of voters")
_SHARE_WORDS: Final = frozenset({"share", "percentage", "proportion", "fraction"})

# how many opening words may stand before the figure
_REACH: Final = 3


def survey_share(doc: Doc, first: int, stop: int) -> bool:
    """Does the phrase ``[first, stop)`` open with a percentage or a fraction of a group ("93% of immigrants",
    "Twenty-four percent of women", "a quarter of those surveyed"): a poll's figure, no speaker?"""
    norms = doc.norms
    k = first
    while k < stop and k - first < _REACH and norms[k] in _BEFORE_FIGURE:
        k += 1
    if k >= stop:
        return False
    figure = norms[k]
    if figure in ("a", "the") and k + 1 < stop and norms[k + 1] in _SHARE_WORDS:
        k += 2  # "the share of Americans who said"
    elif figure in ("a", "one", "two", "three") and k + 1 < stop and norms[k + 1] in _FRACTIONS:
        k += 2
    elif figure in _FRACTIONS:
        k += 1
    elif is_number_word(figure) or figure[:1].isdigit():
        k += 1
        if k < stop and norms[k] == "per" and k + 1 < stop and norms[k + 1] == "cent":
            k += 2
        elif k < stop and norms[k] in ("%", "percent"):
            k += 1
        elif figure.endswith("%"):
            pass
        else:
            return False
    else:
        return False
    return k < stop and norms[k] == "of"
