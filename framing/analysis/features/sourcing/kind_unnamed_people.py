"""Second looks at unnamed people read as an organisation, and at an unnamed person the next words name.

Readers of the AllSides dev sample (session 30, independent draws 2121 and 2222) judged these kinds wrong:

- a person described by a lower-case noun before "for", "at", "with" or "from" ("An attorney for the Trump
  Foundation", "researchers at Tufts University"), read as the body after the preposition: unnamed people;
- a lower-case noun for a person ending a phrase after a capitalised word ("the Sanders supporter", "a white
  Trump-supporting conservative", "one Trump ally"; ``lexicons/kind_person_heads.txt``): unnamed people;
- an unnamed person the article names right after ("The woman, identified as Kristin Mink, 33,"): that person,
  and so the "she" that stands for her; so too a name in plain apposition that opens with a given name, after
  at most a short phrase of place ("said one man in the crowd, Jack Roe.", "a voter from Ohio, Mary Smith,";
  session 33's fresh draw: "one man in the crowd, [name]" was read as vague).

Eighteenth pass, round 2: the same person opening a sentence without its article ("Spokesman for the Department
of Homeland Security declined") or speaking for an outlet ("A spokesman for the Daily Planet said", read as the
outlet; readers judged "A spokesman for [a named person]" wrong as that person, draw 5858): an unnamed person.

Bodies stay bodies: "the Justice Department", "Justice Department attorneys" (who speak for it), "the
committee of the House"; an office one person holds ("the
chairman of the House Judiciary Committee", "the inspector general") is left to its own rules.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from ...text import Doc
from .aliases import person_key
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

_PREPOSITIONS: Final = frozenset({"for", "at", "with", "from"})
_OPENERS: Final = frozenset({"a", "an", "the", "one", "two", "some", "several", "many", "other", "another"})
# what names an unnamed person in apposition ("The woman, identified as Kristin Mink,")
_NAMING: Final = (("identified", "as"), ("named",), ("later", "identified", "as"), ())
# a short phrase of place between the person and the name ("one man in the crowd, Jack Roe")
_PLACE_PREPOSITIONS: Final = frozenset({"in", "at", "from", "outside", "near", "inside"})
_PLACE_REACH: Final = 4  # words of that phrase


def person_heads() -> frozenset[str]:
    """Lower-case nouns for a person ending a phrase (``lexicons/kind_person_heads.txt``): "supporter"."""
    return load_word_set("kind_person_heads")


def people_read_as_organization(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is a phrase read as an organisation unnamed people (see the module's docstring)?"""
    doc = facts.doc
    if any(doc.norms[t] == "and" for t in range(first, stop)):
        return False  # "Trump and his attorney": joined sources, left to the first reading
    last = doc.norms[stop - 1]
    if stop - first >= 2 and doc.is_word[stop - 1] and not is_cap(doc.tokens[stop - 1]) and last in person_heads():
        if not any(is_cap(doc.tokens[t]) for t in range(first + 1, stop - 1)):
            return False  # "their attorneys", "a campaign operative": no name read as a body; left as they are
        before = stop - 2
        # "Justice Department attorneys" speak for their body (readers judged it an organisation)
        return not (is_cap(doc.tokens[before]) and base_norm(doc.norms[before]) in lists.org_heads)
    prep = next((t for t in range(first + 1, min(stop, first + 5)) if doc.norms[t] in _PREPOSITIONS), None)
    if prep is None:
        return False
    head = prep - 1
    word = base_norm(doc.norms[head])
    if not doc.is_word[head] or is_cap(doc.tokens[head]) and not _opening_common_word(facts, head):
        return False
    if not (word in lists.titles or word in lists.person_nouns or word in lists.vague or word in person_heads()):
        return False
    # before the head only an article, a number or lower-case words ("a senior attorney for")
    return all(doc.norms[t] in _OPENERS or not is_cap(doc.tokens[t]) for t in range(first, head))


def named_in_apposition(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The name an unnamed person is given right after the phrase (", identified as Kristin Mink,", ",
    named John Roe,", ", Jack Roe." where "Jack" is a given name, also after a short phrase of place: "one
    man in the crowd, Jack Roe."): two or three capitalised words; else None."""
    doc = facts.doc
    n = len(doc.tokens)
    head = base_norm(doc.norms[stop - 1])
    if not (head in lists.person_nouns or head in lists.titles):
        return None
    comma = _comma_after(doc, stop)
    if comma is None or comma + 3 >= n:
        return None
    for words in _NAMING:
        k = comma + 1
        if all(k + i < n and doc.norms[k + i] == w for i, w in enumerate(words)):
            if not words and (comma != stop and doc.norms[stop] not in _PLACE_PREPOSITIONS
                              or doc.norms[k] not in first_names()):
                continue  # a plain apposition needs a given name: "a spokesman, Washington Post ..." is none
            if words and comma != stop:
                continue
            k += len(words)
            name: list[int] = []
            while k < n and len(name) < 4 and doc.is_word[k] and is_cap(doc.tokens[k]) and not doc.tokens[k].isupper():
                name.append(k)
                k += 1
            if 2 <= len(name) <= 3 and (k >= n or not doc.is_word[k]):
                return doc.cut(doc.starts[name[0]], doc.ends[name[-1]])
    return None


def _comma_after(doc: Doc, stop: int) -> int | None:
    """The comma right after the phrase, or after a short phrase of place that follows it ("in the crowd,")."""
    n = len(doc.tokens)
    if stop < n and doc.tokens[stop] == ",":
        return stop
    if stop >= n or doc.norms[stop] not in _PLACE_PREPOSITIONS:
        return None
    for k in range(stop + 1, min(n, stop + 1 + _PLACE_REACH)):
        if doc.tokens[k] == ",":
            return k
        if not doc.is_word[k]:
            return None
    return None


def named_person(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) of an unnamed person named in apposition, or None."""
    name = named_in_apposition(facts, first, stop, lists)
    return None if name is None else ("person", name, person_key(name))


# endings of plural nouns for people ("consultants", "analysts", "loyalists", "members" is in the crowd list)
_PEOPLE_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees")
_CROWD_PREPOSITIONS: Final = frozenset({"for", "at", "with", "from", "of"})


def _opening_common_word(facts: DocFacts, t: int) -> bool:
    """Is the capitalised word at ``t`` a common word capitalised only because it opens its sentence
    ("Spokesman for the Department of ... declined", written lower case elsewhere or nowhere in a name)?"""
    doc = facts.doc
    return doc.sentences[doc.sentence_of[t]].first == t and base_norm(doc.norms[t]) not in facts.name_case().inside


def crowd_before_preposition(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is a phrase read as a person's name a crowd of a body or a person ("Consultants for Comcast and Time
    Warner Cable", "Members of the House Freedom Caucus", "Analysts at Stifel Nicolaus", "Loyalists of
    President Trump"; session 32): a plural word for people, capitalised at most as its sentence's first word,
    right before "for", "of", "at", "with" or "from"? Unnamed people. ("Hess of the American Enterprise
    Institute" is a surname.)"""
    doc = facts.doc
    if stop - first < 3 or not doc.is_word[first] or doc.norms[first + 1] not in _CROWD_PREPOSITIONS:
        return False
    word = base_norm(doc.norms[first])
    if not (word in lists.groups or word.endswith(_PEOPLE_ENDINGS)) or word.endswith("ss"):
        return False
    return not is_cap(doc.tokens[first]) or word not in facts.name_case().inside
