"""Second looks at speakers first read as unnamed, where the article names the one person the phrase means.

Readers of the AllSides dev sample (session 28) judged "anonymous or vague" wrong where the article says who:

- a surname that is also a title word ("King pointed out", after "Rep. Peter King"): the article wrote it
  after a first name before, so it is that person's surname, not a king;
- a description with the person's name in apposition right after it ("Their lawyer, Stilz, said"): the
  named person.

Unnamed people stay unnamed: "the spokesman, who asked not to be named", "the official said", "King Abdullah
said" (a title before a name), "a lawyer, who ...". (An office alone, "the president", is left to
:mod:`.reader`: made a person here, it would take the pronouns that name the officeholder.)
"""
from __future__ import annotations

from typing import Final

from .aliases import person_key, plain
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

# words that end a description of one person before a name in apposition ("Their lawyer, Stilz,")
_OWNERS: Final = frozenset({"the", "his", "her", "their", "its", "our"})


def named_elsewhere(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) of the person an unnamed-looking phrase ``[first, stop)`` names (see the module's
    docstring), else None."""
    found = _title_word_surname(facts, first, stop, lists)
    if found is None:
        found = _name_in_apposition(facts, first, stop, lists)
    return found


def _title_word_surname(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """"King" alone, capitalised, where the article wrote "Peter King" before (a common first name right before
    it, in one sentence): that person."""
    doc = facts.doc
    if stop - first != 1 or not doc.is_word[first] or not is_cap(doc.tokens[first]) or doc.tokens[first].isupper():
        return None
    if base_norm(doc.norms[first]) not in lists.titles:
        return None
    at = facts.surnames().full_name.get(plain(doc.tokens[first]), first)
    if at >= first or base_norm(doc.norms[at - 1]) not in first_names():
        return None
    name = doc.tokens[first]
    return "person", name, person_key(name)


def _name_in_apposition(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """The name between commas right after a description of one person ("Their lawyer, Stilz, said", "the
    city's mayor, Lori Lightfoot, said"): one to three capitalised name words, then a comma, "said" or
    "says"."""
    doc = facts.doc
    head = stop - 1
    if doc.norms[first] not in _OWNERS and not doc.norms[first].endswith(("'s", "’s")):
        return None
    parts = base_norm(doc.norms[head]).split("-")  # "editor-in-chief"
    if not doc.is_word[head] or is_cap(doc.tokens[head]) or doc.norms[head].endswith("s") \
            or not (parts[0] in lists.titles or parts[0] in lists.person_nouns):
        return None
    if stop >= len(doc.tokens) or doc.tokens[stop] != ",":
        return None
    k = stop + 1
    while k < len(doc.tokens) and k - stop <= 4 and doc.is_word[k] and is_cap(doc.tokens[k]) \
            and not doc.tokens[k].isupper() and _plain_name_word(doc.norms[k], lists):
        k += 1
    if k == stop + 1 or k - stop > 4 or k >= len(doc.tokens) or doc.sentence_of[k] != doc.sentence_of[first]:
        return None
    if doc.tokens[k] != "," and doc.norms[k] not in ("said", "says"):
        return None
    name = doc.cut(doc.starts[stop + 1], doc.ends[k - 1])
    return "person", name, person_key(name)


def _plain_name_word(norm: str, lists: WordLists) -> bool:
    base = base_norm(norm)
    return base not in lists.titles and base not in lists.org_heads and base not in lists.places \
        and base not in lists.demonyms and base not in lists.groups and base not in lists.vague \
        and base not in lists.not_names and base not in lists.dates and base not in lists.outlets \
        and base not in lists.person_nouns and base not in lists.clutter and not norm.endswith(("'s", "’s"))
