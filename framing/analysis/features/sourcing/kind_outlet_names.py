"""Second looks at speakers first read as persons whose names are an outlet's: a network and a place.

An outlet's name followed by a place is a local station or edition of that outlet ("CBS Boston reports",
"NBC Chicago reported", "Fox 5 DC"), and an outlet's name followed by its poll is its poll ("the latest Fox News
Poll finds"): the outlet, not a person named after it. Readers of the AllSides dev sample (independent draw 1717)
judged "CBS Boston" as a person wrong. A person after an outlet stays a person ("CNN's Jake Tapper", "NBC
Sports Executive Producer Fred Gaudelli").

Outlets joined by "and" ("CNN and Time reported", "the New York Times and Axios", "Both Mother Jones and Reveal
have reported"; session 33, read as a person in the dev output) are outlets when the first is an outlet's name and
every one is written as a name; "Bloomberg and his advisors" (a person and his people) stays.

Outlets whose names are ordinary English words ("The Hill", "The Atlantic", "The Nation", "Slate"; kept out of
``source_heads``' outlets for that reason) are outlets where a speaker is that name alone, written as a name ("The
Hill reported", "as the Hill notes", "The Atlantic also reported"; session 35: read as organisations in the dev
output, and readers judged outlets read as organisations wrong). "the hill" in lower case stays as read. So are
"Variety reported", "according to Variety", "Time reports", "Vice reported" (seventeenth pass: four such
speakers read as persons or vague in the dev output).

A person of an outlet ("Mike Allen of Axios", "Dave Wasserman of the Cook Political Report"), read as the outlet
its phrase ends in, is the person (:func:`person_of_outlet`).
"""
from __future__ import annotations

from typing import Final

from .facts import DocFacts, base_norm
from .given_names import given_name
from .grammar import WordLists, is_cap
from .non_speaker_spans import us_places

_JOINERS: Final = frozenset({"and", ",", "&"})
_OPENERS: Final = frozenset({"the", "both"})
# what an outlet's name may end in and still be the outlet's ("Fox News Poll")
_OUTLET_PRODUCTS: Final = frozenset({"poll", "survey", "analysis"})


# outlet names that are ordinary words, as written after "The" ("The Hill") or alone ("Slate")
_WORD_OUTLETS_AFTER_THE: Final = frozenset({"Hill", "Atlantic", "Nation", "Economist", "Verge", "Independent",
                                            "Guardian", "Spectator", "Observer", "Intercept", "Federalist",
                                            "Blaze", "Times", "Sun", "Australian"})
_WORD_OUTLETS_ALONE: Final = frozenset({"Slate", "Salon", "Insider", "Variety", "Time", "Vice"})


def ordinary_word_outlet(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase ``[first, stop)`` "The Hill" / "the Atlantic" (or "Slate") alone, written as a name?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) == 1:
        return doc.tokens[words[0]] in _WORD_OUTLETS_ALONE
    return len(words) == 2 and doc.norms[words[0]] == "the" and doc.tokens[words[1]] in _WORD_OUTLETS_AFTER_THE


def outlet_with_place(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` an outlet's name (one to three words of ``source_heads``'s outlets)
    followed by one to three capitalised words that name a place (or its poll)?"""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if words and doc.norms[words[0]] == "the":
        words = words[1:]
    if not 2 <= len(words) <= 6 or any(doc.norms[t].endswith(("'s", "’s")) for t in words):
        return False
    norms = [base_norm(doc.norms[t]) for t in words]
    places = us_places()
    for b in range(min(3, len(words) - 1), 0, -1):
        if " ".join(norms[:b]) not in lists.outlets:
            continue
        rest = words[b:]
        if len(rest) > 3 or not all(is_cap(doc.tokens[t]) for t in rest):
            return False
        tail = " ".join(norms[b:])
        return tail in places or tail in lists.places or all(n in _OUTLET_PRODUCTS for n in norms[b:]) \
            or all(n in lists.places or n in places for n in norms[b:])
    return False


def joined_outlets(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` two or more names joined by "and", the first an outlet's name in
    ``source_heads``'s outlets, every word of each capitalised (see the module's docstring)?"""
    doc = facts.doc
    if stop - first > 12:
        return False
    parts: list[list[int]] = [[]]
    for t in range(first, stop):
        if doc.norms[t] in _JOINERS:
            parts.append([])
        elif doc.is_word[t] and not (not parts[-1] and doc.norms[t] in _OPENERS):
            parts[-1].append(t)
    if len(parts) < 2 or any(not p for p in parts):
        return False
    if not all(is_cap(doc.tokens[t]) for p in parts for t in p):
        return False  # "Bloomberg and his advisors"
    head = " ".join(base_norm(doc.norms[t]) for t in parts[0])
    return head in lists.outlets or "the " + head in lists.outlets


# what joins a person to the outlet they work for ("Mike Allen of Axios", "Rick Perlstein for Mother Jones")
_OF_AN_OUTLET: Final = frozenset({"of", "for", "at", "from"})


def person_of_outlet(facts: DocFacts, first: int, stop: int) -> str | None:
    """The person's name that opens a phrase read as an outlet because the outlet it is "of" closes it ("Mike
    Allen of Axios", "Dave Wasserman of the Cook Political Report"; eight such in the dev output of session 37,
    shown as the outlet): a common first name and one or two capitalised words before "of", "for", "at" or
    "from"; else None ("The Times of Israel", "A spokesman for CNN" have no first name)."""
    doc = facts.doc
    prep = next((t for t in range(first + 2, min(stop, first + 4)) if doc.norms[t] in _OF_AN_OUTLET), None)
    if prep is None or prep + 1 >= stop or not given_name(base_norm(doc.norms[first])):
        return None
    if not all(doc.is_word[t] and is_cap(doc.tokens[t]) and not doc.tokens[t].isupper()
               and not doc.norms[t].endswith(("'s", "’s")) for t in range(first, prep)):
        return None
    return doc.cut(doc.starts[first], doc.ends[prep - 1])
