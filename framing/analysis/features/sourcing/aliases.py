"""Sourcing aliases: when two names stand for one speaker, within an article and across articles.

One man is "Mohammad Javad Zarif", "Mohammed Javad Zarif", "Foreign Minister Zarif", "Mr. Zarif" and
"Zarif". Persons go together by surname (accents, case, dots and possessives aside, titles dropped)
unless both forms give first names that cannot be one person's ("Donald Trump" and "Ivanka Trump"):
spelling variants of one first name ("Mohammad"/"Mohammed", "Sergei"/"Sergey") and initials ("J.")
go together. Organisations and outlets go together by their name without a leading "the", documents by
their words ("the memo" of two articles on one story is one memo, "the Nunes memo" another form). Anonymous
and vague sources ("officials", "critics") are never merged with other articles' (two articles'
"officials" need not be the same people); within an article the same words are one source.

:class:`AliasGroups` is the one implementation: the sourcing feature merges an article's speakers
with it, and ``framing.compare.speakers`` the speakers of several articles.
"""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from typing import Final

from .alias_links import abbreviation, canonical_organisation, initials, outlet_short_form, outlet_tails

# documents merge by their words only ("the memo" of every article of one story is one memo; a comparison
# holds articles on one story), with no abbreviation or short-form link
MERGED_KINDS: Final = ("person", "organization", "outlet", "document")

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
    """The words of a person's name, titles, particles and what places the person dropped ("Foreign Minister
    Zarif" -> ["zarif"], "Bill de Blasio" -> ["bill", "blasio"], "Col. Timothy Alben of the Massachusetts
    State Police" and "Massachusetts State Police Col. Timothy Alben" -> ["timothy", "alben"]: see
    :func:`_person_part`)."""
    split = _person_part(name.replace("-", " - ").split())
    words = [plain(w) for i, w in enumerate(split)
             if not (i + 1 < len(split) and (w in NAME_PARTICLES or w.lower() in NAME_PARTICLES and w != "Al"))]
    return [w for w in words if w and w not in TITLES and w != "-"]


# what may follow a surname ("Martin Luther King Jr."): no name after a title
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})


# lower-case words that join a person's name to what places them ("Jim Jordan of Ohio", "Greg Valliere of
# Potomac Research") or a title to its office ("Secretary of State Rex Tillerson", "Speaker of the House")
_PLACING: Final = frozenset({"of", "the", "for", "at", "from", "in", "on"})


def _person_part(split: list[str]) -> list[str]:
    """The words of a name phrase that name the person: the part around a lower-case "of", "at" or "from"
    that holds a common first name or a title before a name ("Rep. Jim Jordan" of "Rep. Jim Jordan of Ohio",
    "State Rex Tillerson" of "Secretary of State Rex Tillerson"), and in it what follows the first common
    first name after the last title or lower-case word, else what follows that word ("Timothy Alben" of
    "Massachusetts State Police Col. Timothy Alben", "Susan Swecker" of "Virginia chair Susan Swecker",
    "Rashad Robinson" of "Change president Rashad Robinson", "Dani Rodrik" of "economist Dani Rodrik")."""
    from .given_names import first_names, nicknames  # (the lists are read once, when first asked)
    known = first_names()
    short = {nick for nick, _ in nicknames()}

    def first_name_at(part: list[str]) -> int:
        return next((i for i, w in enumerate(part[:-1]) if w[:1].isupper() and (plain(w) in known or plain(w) in short)),
                    -1)

    def title_then_name(part: list[str]) -> int:
        """The index after the last title or lower-case word that a name word follows, or -1."""
        last = -1
        for i, w in enumerate(part[:-1]):
            if (plain(w) in TITLES or w[:1].islower() and w.lower() not in NAME_PARTICLES and w != "-") \
                    and not all(plain(x) in _SUFFIXES for x in part[i + 1:]):  # not "Martin Luther King Jr."
                last = i
        return last + 1 if last >= 0 else -1

    parts: list[list[str]] = [[]]
    for w in split:
        if w in _PLACING:
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(w)
    parts = [p for p in parts if any(plain(w) not in TITLES for w in p)]
    if not parts:
        return split
    chosen = next((p for p in parts if first_name_at(p) >= 0), None) \
        or next((p for p in parts if title_then_name(p) >= 0), parts[0])
    i = max(0, title_then_name(chosen))
    j = first_name_at(chosen[i:])
    return chosen[i + max(0, j):]


def person_key(name: str) -> str:
    """An article's key for a person: the plain words of the name ("mohammad javad zarif")."""
    words = name_words(name)
    return " ".join(words) if words else plain(name)


def compatible_first(a: str, b: str) -> bool:
    """Can two first names be one person's: the same, one an initial of the other, a short form ("tim" of
    "timothy", "bill" of "william": :func:`.given_names.nicknames`) or a spelling variant ("mohammad" and
    "mohammed", "sergei" and "sergey")?"""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True  # "tim" and "timothy", "chris" and "christopher"
    from .given_names import nicknames
    pairs = nicknames()
    if (a, b) in pairs or (b, a) in pairs:
        return True
    return a[:2] == b[:2] and SequenceMatcher(None, a, b).ratio() >= 0.75


def organisation_key(name: str) -> str:
    """An organisation's or outlet's key: its plain words without a leading "the", one for a well-known
    abbreviation and its full name ("AP", "the Associated Press": :func:`.alias_links.canonical_organisation`)."""
    words = [plain(w) for w in name.split()]
    if words and words[0] == "the":
        words = words[1:]
    return canonical_organisation(name, " ".join(words))


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
        self.words: list[list[list[str]]] = []  # each person name's words in the group
        self.by_key: dict[str, list[int]] = {}
        self.links: dict[tuple[str, int, str], list[int]] = {}  # (link, article, form): see .alias_links
        self.full_outlets: set[int] = set()  # groups holding an outlet's name of two words or more

    def _new(self, kind: str) -> int:
        self.kinds.append(kind)
        self.firsts.append(set())
        self.words.append([])
        return len(self.kinds) - 1

    def _fits(self, g: int, words: list[str], first: str) -> bool:
        """Can a person's name join group ``g`` of its surname: no first name on one side, compatible first
        names, or one name the last words of the other ("Lamont Scott" of "Keith Lamont Scott", "Ocasio-Cortez"
        of "Alexandria Ocasio-Cortez", "Peña Nieto" of "Enrique Peña Nieto")?"""
        firsts = self.firsts[g]
        if not first or not firsts or any(compatible_first(first, f) for f in firsts):
            return True
        return any(min(len(words), len(w)) >= 2 and (words[-len(w):] == w or w[-len(words):] == words)
                   for w in self.words[g])

    def _may_join(self, link: str, g: int) -> bool:
        """A fuller name joins a short form's group only while it holds short forms alone: "Graham Brookie"
        does not join "Graham" once "Lindsey Graham" is in its group, nor "the Los Angeles Times" the group
        of "the Times" and "the New York Times"."""
        if link == "first":
            return all(len(w) == 1 for w in self.words[g])
        return link != "tail" or g not in self.full_outlets

    def add(self, kind: str, name: str, article: int = 0) -> int:
        """The group of ``name`` (a new one if it joins none; kinds not merged always get a new one, but for
        one article's anonymous sources in the same words, "the woman" and "woman"). ``article`` tells the
        articles apart for the links that hold within one (:mod:`.alias_links`)."""
        key = alias_key(kind, name)
        if key is None and kind == "anonymous":
            key = f"anonymous@{article}:{organisation_key(name)}"
        if key is None:
            return self._new(kind)
        words = name_words(name) if kind == "person" else []
        first = words[0] if len(words) > 1 else ""
        target = next((g for g in self.by_key.get(key, []) if self._fits(g, words, first)), -1)
        links = self._links(kind, name, words) if kind in MERGED_KINDS and kind != "document" else []
        if target < 0:
            for link, form in links:
                found = self.links.get((_LOOKED_UP[link], article, form), [])
                if len(found) == 1 and self._may_join(link, found[0]):
                    target = found[0]
                    break
        if target < 0:
            target = self._new(kind)
        if target not in self.by_key.setdefault(key, []):
            self.by_key[key].append(target)
        if first:
            self.firsts[target].add(first)
        if words:
            self.words[target].append(words)
        if any(link == "tail" for link, _ in links):
            self.full_outlets.add(target)
        for link, form in links:
            found = self.links.setdefault((link, article, form), [])
            if target not in found:
                found.append(target)
        return target

    @staticmethod
    def _links(kind: str, name: str, words: list[str]) -> list[tuple[str, str]]:
        """The links a name offers and looks for within its article (see :mod:`.alias_links`): a person's
        lone word or the first word of a fuller name; an organisation's abbreviation or initials; an
        outlet's short form or the last words of its name."""
        out: list[tuple[str, str]] = []
        if kind == "person":
            whole = {plain(w) for w in name.split()}  # (not "Dodd" of "Dodd-Frank")
            if len(words) == 1 and words[0] in whole and words[0] not in _SHARED_SURNAMES:
                out.append(("lone", words[0]))
            elif len(words) >= 2 and words[0] in whole and words[-1] not in _SUFFIXES:
                out.append(("first", words[0]))
            return out
        letters = abbreviation(name)
        if letters:
            out.append(("abbreviation", letters))
        elif (spelled := initials(name)) is not None:
            out.append(("initials", spelled))
        if kind == "outlet":
            short = outlet_short_form(name)
            if short:
                out.append(("short", short))
            out += [("tail", t) for t in outlet_tails(name)]
        return out


# surnames written first that many people of one article share, so that the word alone names no one fuller form
# ("Kim" is Kim Jong Un beside "Kim Yong Chol"): the five most common Korean surnames (Statistics Korea,
# 2015 census)
_SHARED_SURNAMES: Final = frozenset({"kim", "lee", "park", "choi", "jung"})

# which link of another name each link looks for
_LOOKED_UP: Final = {"lone": "first", "first": "lone", "abbreviation": "initials", "initials": "abbreviation",
                     "short": "tail", "tail": "short"}
