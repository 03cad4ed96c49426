"""A "suggest" that advises what ought to be done or proposes an amount, fifteenth pass (read on the AllSides
dev corpus; readers judged "suggesting that usual free speech principles should not apply" and "the
government had suggested at least seven to nine years in prison" wrong, "suggested = recommended", and the
session-35 fresh draw "Wallace suggests we need to completely remake agriculture" the same).

:mod:`.hedge_readings` asks :func:`advising_suggest`, which returns why the match is no hedge ('' if it may
be one):

* a complement whose verb is one of obligation ("should", "must", "ought", "need to", "has to") right
  after a subject of up to four words ("suggests we need to remake", "suggested that the rules should not apply"): what someone should
  do, a recommendation; "polls suggest voters need" (no "to") and "suggest voters are tired" stay;
* "suggested" followed by an amount ("suggested at least seven years", "suggested $5 million", "suggested
  a 10 percent cut"): a figure proposed, not a softened claim.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_SUGGEST_FORMS: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
_OBLIGATION: Final = frozenset({"should", "must", "ought", "shouldn't", "mustn't"})
_NEED: Final = frozenset({"need", "needs", "has", "have"})  # + "to"
# a finite verb of the complement before any obligation word: the complement asserts, it does not advise
_OTHER_FINITE: Final = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
                                  "had", "does", "did", "'s", "'re", "cannot", "can't", "won't", "realizes",
                                  "realized", "knows", "knew", "thinks", "thought", "believes", "believed",
                                  "says", "said", "feels", "felt", "understands", "understood", "sees", "saw"})
_AMOUNT_OPENERS: Final = frozenset({"at", "up", "about", "around", "roughly", "nearly", "more", "less", "as",
                                    "a", "an"})
_NUMBER_WORDS: Final = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                  "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred", "dozen"})
# words after "suggest (that)" looked at for the obligation word: a subject of up to four words; further
# on, the obligation may belong to a clause of its own ("suggest the White House realizes they need to")
_COMPLEMENT_REACH: Final = 5
_AMOUNT_REACH: Final = 3      # words after "suggested" looked at for a number


def _words_after(doc: Doc, start: int, n: int) -> list[str]:
    """Up to ``n`` words after ``start``, stopping at a clause mark; digits and "$" count as words."""
    out: list[str] = []
    stop = min(doc.sentences[doc.sentence_of[start - 1]].stop, start + 2 * n)
    for k in range(start, stop):
        token = doc.tokens[k]
        if doc.is_word[k]:
            out.append(doc.norms[k])
        elif token[:1].isdigit() or token == "$":
            out.append("#")
        elif token in (".", ";", ":", "?", "!", ",", "—", "–", "(", ")", '"', "“", "”"):
            break
        if len(out) >= n:
            break
    return out


def _is_number(word: str) -> bool:
    return word == "#" or word[:1].isdigit() or word in _NUMBER_WORDS


def advising_suggest(doc: Doc, match: Match) -> str:
    """Why a "suggest" advises what should be done or proposes an amount ('' if it may soften a claim)."""
    words = match.entry.words
    if len(words) != 1 or words[0] not in _SUGGEST_FORMS or match.stop >= len(doc.tokens):
        return ""
    after = _words_after(doc, match.stop, _COMPLEMENT_REACH + 1)
    if not after:
        return ""
    if words[0] == "suggested":
        head = after[:_AMOUNT_REACH]
        if _is_number(head[0]) or head[0] in _AMOUNT_OPENERS and any(_is_number(w) for w in head[1:]):
            return "suggested at least seven years: an amount proposed, not a softened claim"
    complement = after[1:] if after[0] == "that" else after
    for i, w in enumerate(complement[:_COMPLEMENT_REACH]):
        if i == 0:
            continue  # the subject's first word
        if w in _OBLIGATION or w in _NEED and i + 1 < len(complement) and complement[i + 1] == "to":
            return "suggests we need to / should: what ought to be done, a recommendation, not a softened claim"
        if w in _OTHER_FINITE:
            return ""
    return ""
