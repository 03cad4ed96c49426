"""Sourcing aliases: when two names stand for one speaker, within an article and across articles.

One man is "Mohammad Javad Zarif", "Mohammed Javad Zarif", "Foreign Minister Zarif", "Mr. Zarif" and
"Zarif". Persons go together by surname (accents, case, dots and possessives aside, titles dropped)
unless both forms give first names that cannot be one person's ("Donald Trump" and "Ivanka Trump"):
spelling variants of one first name ("Mohammad"/"Mohammed", "Sergei"/"Sergey") and initials ("J.")
go together. Organisations and outlets go together by their name without a leading "the". Anonymous
and vague sources ("officials", "critics") are never merged with other articles' (two articles'
"officials" need not be the same people); within an article the same words are one source.

:class:`AliasGroups` is the one implementation: the sourcing feature merges an article's speakers
with it, and ``framing.compare.speakers`` the speakers of several articles.
"""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from typing import Final

MERGED_KINDS: Final = ("person", "organization", "outlet")

# Titles and honorifics before a name (AP Stylebook, "titles"; Reuters Handbook, "titles"), dropped
# when names are compared: "Foreign Minister Zarif" is "Zarif".
TITLES: Final = frozenset("""mr mrs ms miss dr prof sir dame lord lady gen general col colonel capt captain lt sgt adm
admiral rep sen senator representative gov governor president vice minister secretary chancellor premier
prime foreign defense defence interior finance deputy chief justice judge ambassador mayor king queen prince
princess pope rev reverend father sheikh ayatollah speaker leader chairman chairwoman chair director
spokesman spokeswoman spokesperson commissioner attorney""".split())


def plain(word: str) -> str:
    """A name word without accents, case, dots or a possessive ending."""
    word = unicodedata.normalize("NFKD", word)
    word = "".join(c for c in word if not unicodedata.combining(c)).lower().replace("’", "'")
    for ending in ("'s", "'"):
        if word.endswith(ending):
            word = word[: -len(ending)]
    return word.strip(".,")


# particles inside a name ("Bill de Blasio", "Ursula von der Leyen", "Bashar al-Assad"): part of a name
# where they stand, and dropped when names are compared ("Bill de Blasio" and "de Blasio" are one person, as
# "Mohammad Javad Zarif" and "Zarif" are); written with a capital, "Al" is a first name ("Al Gore")
NAME_PARTICLES: Final = frozenset({"de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "le", "la",
                                   "bin", "al"})


def name_words(name: str) -> list[str]:
    """The words of a person's name, titles and particles dropped ("Foreign Minister Zarif" ->
    ["zarif"], "Bill de Blasio" -> ["bill", "blasio"])."""
    split = name.replace("-", " - ").split()
    words = [plain(w) for i, w in enumerate(split)
             if not (i + 1 < len(split) and (w in NAME_PARTICLES or w.lower() in NAME_PARTICLES and w != "Al"))]
    return [w for w in words if w and w not in TITLES and w != "-"]


def person_key(name: str) -> str:
    """An article's key for a person: the plain words of the name ("mohammad javad zarif")."""
    words = name_words(name)
    return " ".join(words) if words else plain(name)


def compatible_first(a: str, b: str) -> bool:
    """Can two first names be one person's: the same, one an initial of the other, or a spelling variant
    ("mohammad"/"mohammed", "sergei"/"sergey")?"""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return a[:2] == b[:2] and SequenceMatcher(None, a, b).ratio() >= 0.75


def organisation_key(name: str) -> str:
    words = [plain(w) for w in name.split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def alias_key(kind: str, name: str) -> str | None:
    """The coarse key two speakers must share to be merged (None: never merged)."""
    if kind not in MERGED_KINDS:
        return None
    if kind == "person":
        words = name_words(name)
        return "person:" + words[-1] if words else None
    return f"{kind}:{organisation_key(name)}"


def shown_name(kind: str, names: list[str]) -> str:
    """The form a group is shown by: its fullest (most name words for a person, else longest), the
    first such."""
    if kind == "person":
        return max(names, key=lambda n: (len(name_words(n)), -names.index(n)))
    return max(names, key=lambda n: (len(n), -names.index(n)))


class AliasGroups:
    """Speakers put into groups, one per real speaker, in order of first appearance (see the module
    docstring). :meth:`add` gives a name's group."""

    def __init__(self) -> None:
        self.kinds: list[str] = []
        self.firsts: list[set[str]] = []
        self.by_key: dict[str, list[int]] = {}

    def add(self, kind: str, name: str) -> int:
        """The group of ``name`` (a new one if it joins none; kinds not merged always get a new one)."""
        key = alias_key(kind, name)
        if key is None:
            self.kinds.append(kind)
            self.firsts.append(set())
            return len(self.kinds) - 1
        words = name_words(name) if kind == "person" else []
        first = words[0] if len(words) > 1 else ""
        target = -1
        for g in self.by_key.get(key, []):
            firsts = self.firsts[g]
            if not first or not firsts or any(compatible_first(first, f) for f in firsts):
                target = g
                break
        if target < 0:
            target = len(self.kinds)
            self.kinds.append(kind)
            self.firsts.append(set())
            self.by_key.setdefault(key, []).append(target)
        if first:
            self.firsts[target].add(first)
        return target
