"""Sourcing given names: common first names with their gender, and the nicknames of first names.

Two data files beside the lexicons, each naming its source in its header, looked up (never matched
against a Doc): ``first_names.txt`` ("timothy" is a man's name, "nancy" a woman's; names given to both
are left out; ``first_names_both.txt`` lists them, a given name with no gender) and ``nicknames.txt`` ("bill" is short for "william"; a short form that is a prefix of the
full name, "tim" for "timothy", needs no line there: :func:`.aliases.compatible_first` matches it).
"""
from __future__ import annotations

import functools
from importlib import resources

from ...lexicons import parse_lexicon


def _entries(name: str) -> list[tuple[str, str]]:
    text = (resources.files("framing") / "analysis" / "lexicons" / f"{name}.txt").read_text(encoding="utf-8")
    return [(e.term, e.category) for e in parse_lexicon(name, text).entries]


@functools.cache
def first_names() -> dict[str, str]:
    """Common first names and their gender ("timothy" -> "male", "nancy" -> "female"), with the nicknames of
    ``nicknames.txt`` taking their full name's ("andy" -> "male", as "andrew")."""
    names = dict(_entries("first_names"))
    for nick, full in sorted(nicknames()):
        if full in names and nick not in names:
            names[nick] = names[full]
    return names


@functools.cache
def names_given_to_both() -> frozenset[str]:
    """First names given to both men and women ("dana", "stacy"): a given name, never a pronoun's gender."""
    return frozenset(term for term, _ in _entries("first_names_both"))


def given_name(word: str) -> bool:
    """Is ``word`` (normalised) a common first name, of either gender or of both?"""
    return word in first_names() or word in names_given_to_both()


@functools.cache
def nicknames() -> frozenset[tuple[str, str]]:
    """Pairs (nickname, full first name) that are one first name ("bill", "william"); a nickname of two names
    ("ted": "edward", "theodore") has a line for each, read from the file's lines (the lexicon parser keeps
    one line a term)."""
    _entries("nicknames")  # (checks the file's form)
    text = (resources.files("framing") / "analysis" / "lexicons" / "nicknames.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t", 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset((nick.strip().lower(), full.strip().lower()) for nick, full in pairs)
