"""Sourcing alias links: the shorter forms of a name that an article itself ties to the full one.

Within one article a writer names a source in full and then by a short form that shares no surname or
exact name with it: "the Bureau of Labor Statistics" and then "BLS" (the initials of its capitalised
words), "the St. Louis Post-Dispatch" and then "the Post-Dispatch" (an outlet by the last words of its
name), "Louisa Lim" and then "Louisa" (a person by the first word of the name alone, as radio hosts are
named, or "Wang Yi" and then "Wang", a surname written first). These links hold within an article only
(in another article "Louisa" or "the Times" may be someone else), and only when one full form fits.

A short list of well-known abbreviations ("AP", "FBI", "CBO": ``abbreviations.txt``, naming its source)
holds across articles: :func:`canonical_organisation` gives both forms one key.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Final

from ...lexicons import parse_lexicon

# lower-case words inside a name that leave no letter in its initials ("Bureau of Labor Statistics": BLS)
_JOINING: Final = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})
_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.?){2,6}")


def _without_the(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def abbreviation(name: str) -> str | None:
    """The letters of a name written as an abbreviation ("AP", "the U.N." -> "un"), else None."""
    name = _without_the(name)
    return name.replace(".", "").lower() if _ABBREVIATION.fullmatch(name) else None


def initials(name: str) -> str | None:
    """The initials of a name of two or more capitalised words ("the Bureau of Labor Statistics" -> "bls",
    "Agence France-Presse" -> "afp"), else None (a lower-case word in it, "Trump administration": no name)."""
    words = [w for w in re.split(r"[\s\-]+", _without_the(name)) if w and w.lower() not in _JOINING]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0].lower() for w in words)


def outlet_tails(name: str) -> list[str]:
    """The shorter forms an outlet's name may take: its last words ("St. Louis Post-Dispatch" ->
    "louis post-dispatch", "post-dispatch"), lower case, without a leading "the"."""
    words = _without_the(name).lower().split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def outlet_short_form(name: str) -> str | None:
    """An outlet's name as a short form may match it (capitalised: "the Times" -> "times"), else None."""
    name = _without_the(name)
    return name.lower() if name[:1].isupper() else None


@functools.cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    text = (resources.files("framing") / "analysis" / "lexicons" / "abbreviations.txt").read_text(encoding="utf-8")
    return {e.term: tuple(f.strip() for f in e.category.split("|")) for e in parse_lexicon("abbreviations", text).entries}


@functools.cache
def _full_names() -> dict[str, str]:
    return {full: fulls[0] for fulls in _abbreviations().values() for full in fulls}


def canonical_organisation(name: str, key: str) -> str:
    """One key for a well-known body's abbreviation in capitals and its full names ("AP", "the Associated
    Press" -> "associated press"); ``key`` (the name's plain words) otherwise."""
    letters = abbreviation(name)
    if letters is not None and letters in _abbreviations():
        return _abbreviations()[letters][0]
    return _full_names().get(key, key)
