"""The lawmaker a state-and-party epithet stands for ("the Kentucky Republican" after "Sen. Mitch McConnell,
R-Ky.,"): the person the article named with that tag just before.

:mod:`.kind_named_elsewhere` reads "the Kentucky Republican said" as one person, but showed it apart from the
person it means (readers of the AllSides dev sample marked "Kentucky Republican" not merged with McConnell). The
nearest name before it, within ``_LOOK_BACK`` tokens, followed by a party tag of the same party and state ("R-Ky.",
"(D-N.Y.)", "R., Ky.", ", Kentucky Republican,") is that person; with no such name the epithet stays as it is.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Final

from .aliases import person_key
from .facts import DocFacts
from .grammar import WordLists, is_cap, name_word

_LOOK_BACK: Final = 600  # tokens (bounded: a megabyte without a full stop must not hang)
_TAG_CHARS: Final = 40  # characters after a name read for its tag
# "R-Ky.", "(D-N.Y.)", "R., Ky.", "R-KY": a party letter and a state's abbreviation
_LETTER_TAG: Final = re.compile(r"\s*,?\s*\(?\s*([RD])\s*(?:-|\.,?)\s*([A-Za-z][A-Za-z.]{0,5}?)\.?\s*[),]")
# ", Kentucky Republican," or ", a New York Democrat,"
_WORD_TAG: Final = re.compile(r"\s*,\s*(?:an?\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?) (Republican|Democrat)\b")
_NAME_WORDS: Final = 3  # capitalised words of a name before its tag


@functools.cache
def _abbreviations() -> dict[str, str]:
    """State abbreviations (``lexicons/state_abbreviations.txt``): "ky" -> "kentucky", "n.y" -> "new york"."""
    text = (resources.files("framing") / "analysis" / "lexicons" / "state_abbreviations.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            abbreviation, _, state = line.partition("\t")
            out[abbreviation.strip()] = state.strip()
    return out


def epithet_holder(facts: DocFacts, first: int, state: str, party: str,
                   lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) of the person named before ``first`` with the tag of ``state`` ("kentucky") and
    ``party`` ("republican"), the nearest one; else None."""
    doc = facts.doc
    letter = "R" if party == "republican" else "D"
    for t in range(first - 1, max(0, first - _LOOK_BACK) - 1, -1):
        if not doc.is_word[t] or not is_cap(doc.tokens[t]) or t + 1 >= len(doc.tokens) \
                or doc.is_word[t + 1] and is_cap(doc.tokens[t + 1]):
            continue  # not the last word of a name
        tail = doc.cut(doc.ends[t], min(doc.ends[-1], doc.ends[t] + _TAG_CHARS))
        if not _tagged(tail, letter, party, state):
            continue
        start = t
        while start - 1 >= 0 and t - start + 1 < _NAME_WORDS and name_word(doc, start - 1, lists) \
                and doc.sentence_of[start - 1] == doc.sentence_of[t]:
            start -= 1
        if start == t or not name_word(doc, t, lists):
            return None  # a surname alone: the article named the person earlier; left as it is
        name = doc.cut(doc.starts[start], doc.ends[t])
        return "person", name, person_key(name)
    return None


def _tagged(tail: str, letter: str, party: str, state: str) -> bool:
    """Does the text after a name open with the party tag of ``party`` and ``state``?"""
    m = _LETTER_TAG.match(tail)
    if m is not None:
        return m.group(1) == letter and _abbreviations().get(m.group(2).lower().rstrip(".")) == state
    w = _WORD_TAG.match(tail)
    return w is not None and w.group(2).lower() == party and w.group(1).lower() == state
