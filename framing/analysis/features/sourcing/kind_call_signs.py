"""Is a speaker a broadcast station named by its call sign ("WFAA reported", "according to KRNV", "member station
WFPL")? Then it is a news outlet.

A U.S. station's call sign is a K or a W and two or three more capitals, often with the band after it ("WFAA-TV",
"WBUR-FM", "KRNV TV"). Readers of the AllSides dev sample (draw 5555: "WFAA" shown as an organisation; about eight
such speakers in the dev output, read as organisations or persons) judged a station a news outlet, as they judge a
newspaper or broadcaster.

The shape alone does not make a station: KPMG, WWE, the KKK, the WHO are K/W capitals too. The test is that the
article itself shows the letters as a station, in a window of tokens around the speaker
(:data:`_WINDOW`): at one of their mentions they carry a band ("WFAA-TV", "KRNV TV", "WTMJ radio"), follow a
broadcast noun ("member station WFPL", "Fox affiliate KTVI", "ABC affiliate, KITV") or are followed by one in
apposition ("WRAL, a television station in North Carolina"). And the speaker is the call sign itself (with its
band, a broadcast noun or a network's name before it, and a place after "of"/"in"), never after "the" ("the WHO",
"the WWF": call signs take no article), never a possessive or a person of the station ("WTMJ's Charlie Sykes",
"the KDKA reporter" stay as read). Acronyms the package lists (``lexicons/acronyms.txt``: WHO, WTO, KKK, WWE)
are never call signs.
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon
from ...text import Doc
from .grammar import WordLists, is_cap

# a band or medium written after the letters, joined by a hyphen ("WFAA-TV") or as the next word ("KRNV TV")
_BANDS: Final = frozenset({"tv", "fm", "am", "dt", "hd", "cd", "ld", "lp"})
_MEDIA_AFTER: Final = frozenset({"tv", "fm", "am", "radio", "television"})
# nouns that make the next letters a station ("member station WFPL", "Fox affiliate KTVI", "WTMJ radio")
_BROADCAST_NOUNS: Final = frozenset({"station", "stations", "affiliate", "affiliates", "radio", "television",
                                     "tv", "broadcaster", "channel"})
# words a speaker's phrase may hold beside the call sign ("member station WFPL", "NBC affiliate WTWO")
_BESIDE: Final = frozenset({"member", "local", "public", "news", "station", "affiliate", "radio", "television",
                            "tv", "fm", "am"})
_PLACE_LINKS: Final = frozenset({"of", "in"})
_BEFORE: Final = 3  # tokens before a mention where a broadcast noun is looked for
_APPOSITION: Final = 8  # tokens after a mention's comma where a broadcast noun is looked for
_WINDOW: Final = 2500  # tokens either side of the speaker read for the letters' other mentions
_ARTICLES: Final = frozenset({"the", "a", "an"})


@functools.cache
def _listed_acronyms() -> frozenset[str]:
    """The acronyms the package lists (lower case): known bodies and names, never read as call signs."""
    return frozenset(load_lexicon("acronyms").terms())


def call_letters(token: str) -> str | None:
    """The call sign's letters of ``token`` ("WFAA" of "WFAA-TV", "KRNV"), or None where it has no call sign's
    shape (a K or W and two or three more capitals, an optional band after a hyphen) or is a listed acronym."""
    letters, _, band = token.partition("-")
    if band and band.lower() not in _BANDS:
        return None
    if not (3 <= len(letters) <= 4 and letters.isalpha() and letters.isupper() and letters[0] in "KW"):
        return None
    return None if letters.lower() in _listed_acronyms() else letters


def _shown_as_station(doc: Doc, k: int) -> bool:
    """Is the mention of call letters at token ``k`` shown as a station: a band on it or after it, a broadcast
    noun among the few tokens before it, or one in an apposition after its comma?"""
    tok = doc.tokens[k]
    if "-" in tok:
        return True  # "WFAA-TV": call_letters checked the band
    n = len(doc.tokens)
    if k + 1 < n and doc.norms[k + 1] in _MEDIA_AFTER:
        return True  # "KRNV TV", "WTMJ radio"
    if any(doc.norms[j] in _BROADCAST_NOUNS for j in range(max(0, k - _BEFORE), k)):
        return True  # "member station WFPL", "Honolulu's ABC affiliate, KITV"
    if k + 1 < n and doc.tokens[k + 1] == ",":
        for j in range(k + 2, min(n, k + 2 + _APPOSITION)):
            if doc.norms[j] in _BROADCAST_NOUNS:
                return True  # "WRAL, a television station in North Carolina"
            if doc.tokens[j] in (".", ";", ":"):
                break
    return False


def _station_in_article(doc: Doc, letters: str, around: int) -> bool:
    """Does a mention of ``letters`` within :data:`_WINDOW` tokens of ``around`` show them as a station?"""
    for k in range(max(0, around - _WINDOW), min(len(doc.tokens), around + _WINDOW)):
        if doc.tokens[k].partition("-")[0] == letters and _shown_as_station(doc, k):
            return True
    return False


def call_sign_station(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the speaker ``[first, stop)`` a station named by its call sign (see the module's docstring)?"""
    sign = -1
    for t in range(first, stop):
        if not doc.is_word[t]:
            if doc.tokens[t] not in (",", "-"):
                return False
            continue
        tok = doc.tokens[t]
        if tok.endswith(("'s", "’s")):
            return False  # "WTMJ's Charlie Sykes"
        if sign < 0 and call_letters(tok) is not None:
            sign = t
            continue
        norm = doc.norms[t]
        if sign < 0 and (norm in _BESIDE or norm in lists.outlets):
            continue  # "member station WFPL", "NBC affiliate WTWO"
        if sign >= 0 and (norm in _BESIDE or norm in _PLACE_LINKS or is_cap(tok)):
            continue  # "KRNV TV", "WFAA-TV of Dallas", "WFPL in Louisville"
        return False
    if sign < 0 or (sign > 0 and doc.norms[sign - 1] in _ARTICLES):
        return False  # "the WHO", "the WWF said"
    letters = doc.tokens[sign].partition("-")[0]
    return _station_in_article(doc, letters, sign)
