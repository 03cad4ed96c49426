"""A speaker span cut at the period of an abbreviated title ("said retired Army Gen" + ". Thomas Spoehr").

The span finder stops a phrase at a period, so a speaker written with an abbreviated rank or office after
words of description ("retired Air Force Lt. Gen. David Deptula", "freshman Rep. Ted Yoho", "civil defense Col.
Zacharia Ahmed Hassan", "U.S. Marine Corps Brig. Gen. William Seely", "Amb. Chas Freeman") was shown as
"retired Army Gen" or "Amb": a span that cuts the name, which readers mark wrong (7 of 7 such spans on the
AllSides dev set of the nineteenth pass, all cut so). The abbreviations are the titles written with their period
in ``lexicons/source_heads.txt`` (Associated Press Stylebook, "titles"): the span ends on one of them, a period
follows, and then (after any further abbreviated title, "Lt. Gen.") the capitalised words of a name; the span
grows over them, up to a comma, a lower-case word or the end of the name. Bounded: a few tokens of titles,
a name of at most five words (a title alone, "Gen. The", grows not at all).
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap

# how many abbreviated titles may follow one another ("U.S. Marine Corps Brig. Gen. William Seely")
_TITLES_IN_A_ROW: Final = 3
# how many capitalised words a name after the title may have ("Gen. Charles J. Dunlap Jr.")
_NAME_WORDS: Final = 5


@functools.cache
def title_abbreviations() -> frozenset[str]:
    """The abbreviated titles of ``source_heads`` ("gen", "lt", "rep", "amb"), without their period."""
    out: set[str] = set()
    for e in load_lexicon("source_heads").entries:
        if e.category != "title":
            continue
        for piece in e.term.split():
            if piece.endswith(".") and len(piece) > 2:
                out.add(piece[:-1])
    return frozenset(out)


def _abbreviated_title(doc: Doc, t: int) -> bool:
    """Is token ``t`` a capitalised abbreviated title followed by its period ("Gen" + ".")?"""
    return 0 <= t < len(doc.tokens) - 1 and doc.is_word[t] and is_cap(doc.tokens[t]) \
        and doc.norms[t].rstrip(".") in title_abbreviations() and doc.tokens[t + 1] == "."


def past_title_abbreviation(doc: Doc, first: int, stop: int, lists: WordLists) -> int:
    """The span's end grown over the period of an abbreviated title it ends on and the name after it
    ("retired Army Gen" + ". Thomas Spoehr", "Brig" + ". Gen. William Seely"); else ``stop``."""
    n = len(doc.tokens)
    last = stop - 1
    if not _abbreviated_title(doc, last):
        return stop
    k = last
    titles = 1
    while titles < _TITLES_IN_A_ROW and _abbreviated_title(doc, k + 2):
        k += 2  # "Lt" + "." + "Gen" + "."
        titles += 1
    name_first = k + 2
    t = name_first
    while t < n and t - name_first < _NAME_WORDS:
        tok = doc.tokens[t]
        if doc.is_word[t] and is_cap(tok) and base_norm(doc.norms[t]) not in lists.not_names:
            t += 1
        elif tok == "." and t > name_first and len(doc.tokens[t - 1]) == 1 and doc.tokens[t - 1].isupper():
            t += 1  # a middle initial's period ("Charles J. Dunlap")
        else:
            break
    if t == name_first or not doc.is_word[t - 1]:
        return stop
    return t
