"""Second looks at speakers first read as organisations, where the phrase describes something else.

The first reading (:mod:`.speakers`) calls a phrase an organisation when it ends in an organisation word or
has a capitalised word in it. Readers of the AllSides dev sample (session 27) read some of them otherwise:

- a person described by a party or a title, named elsewhere or not at all ("Democrat on the House Budget
  Committee", "the chief justice", "the committee chair"): an unnamed person, not the body;
- a common noun capitalised only because it opens its sentence ("Hacked emails revealed", "Entrance polls
  showed"), or the word after a headline's colon ("Government shutdown: Food banks worry"; session 34): a
  document or crowd with no author, vague, not a named organisation, also where its head is a body's word in
  the plural ("Food banks", "Local hospitals": many bodies, none named), and in a headline also where the body
  capitalises its first word in a name ("San Antonio Food Bank") but writes the phrase in lower case;
- a news outlet called by a common noun ("the wire service says", "the newspaper reported"): an outlet;
- a first name before a surname that is also a place ("Police Chief Chuck Jordan"): the person.

And a possessive is no part of a source's name: "the White House's vow" cites the White House.
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon, load_word_set
from ...text import Doc
from .aliases import person_key
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "its", "their"})
_PREPOSITIONS: Final = frozenset({"on", "of", "for", "at", "in", "from", "with"})
# a site before its name is an outlet where news or opinion words describe it ("the conservative website
# RedState", "media website Mediaite"); alone it may be any body's ("its website", "the real estate website
# Trulia")
_SITES: Final = frozenset({"website", "site"})
_NEWS_SITE_WORDS: Final = frozenset({"news", "media", "political", "politics", "conservative", "liberal", "progressive",
                                     "satirical", "gossip", "investigative", "right-wing", "left-wing", "opinion",
                                     "technology", "tech", "entertainment", "sports", "fact-checking"})
# outlet nouns that are also other things ("a research paper", "a network of donors", "his father's network")
# after a modifier alone
_DOCUMENT_LIKE: Final = frozenset({"paper", "network", "publication"})


def outlet_nouns() -> frozenset[str]:
    """Common nouns that name a news outlet without its name (``lexicons/outlet_nouns.txt``): "wire service"."""
    return load_word_set("outlet_nouns")


@functools.cache
def _title_terms() -> frozenset[str]:
    """Person titles as whole terms (``source_heads``, category ``title``: "justice", "chair"), not the words
    of longer ones ("party" of "party chairman")."""
    return frozenset(e.term for e in load_lexicon("source_heads").entries if e.category == "title")


def without_possessive(doc: Doc, stop: int, found: tuple[str, str, str]) -> tuple[str, str, str]:
    """``found`` (kind, name, key) with a possessive 's taken off the name and key of a source that is no
    person, where a lower-case word follows ("the White House's vow to use" is the White House); a name that
    ends the phrase in 's before no noun stays ("according to Standard and Poor's.")."""
    kind, name, key = found
    if kind == "person" or not name.endswith(("'s", "’s")) or stop >= len(doc.norms) \
            or not doc.is_word[stop] or is_cap(doc.tokens[stop]):
        return found
    key = key[:-2] if key.endswith(("'s", "’s")) else key
    return kind, name[:-2], key


def second_look_at_organization(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                                lists: WordLists) -> tuple[str, str, str]:
    """The kind of a phrase read as an organisation, on a second look (see the module's docstring)."""
    doc = facts.doc
    a = first
    while a < stop - 1 and doc.norms[a] in _DETERMINERS:
        a += 1
    words = [base_norm(doc.norms[t]) for t in range(a, stop) if doc.is_word[t]]
    if " ".join(words) in outlet_nouns():
        return "outlet", found[1], found[2]  # "the wire service says"
    if _described_outlet(doc, a, stop):
        return "outlet", found[1], found[2]  # "the university's newspaper", "the student paper"
    if _described_person(doc, a, stop, lists) or _opening_common_noun(facts, a, stop, lists):
        return "anonymous", found[1], found[2]
    named = _first_name_and_place(doc, first, stop, lists)
    if named is not None:
        return "person", named, person_key(named)
    return found


def _described_outlet(doc: Doc, a: int, stop: int) -> bool:
    """Is the phrase from ``a`` (past its determiner) an outlet noun after words in lower case or an owner
    ("the university's newspaper", "a local paper", "the student newspaper"; not "the Post's editorial
    board", "Washington's newspaper" is an outlet all the same)?"""
    if stop - a < 2 or not doc.is_word[stop - 1] or base_norm(doc.norms[stop - 1]) not in outlet_nouns():
        return False
    owned = any(doc.norms[t].endswith(("'s", "’s")) for t in range(a, stop - 1))
    head = base_norm(doc.norms[stop - 1])
    if head in _DOCUMENT_LIKE and (not owned or head != "paper"):
        return False  # "the research paper", "his father's network": no outlet; "the city's paper" is one
    return all(doc.is_word[t] and (not is_cap(doc.tokens[t]) or doc.norms[t].endswith(("'s", "’s")))
               for t in range(a, stop - 1))


def outlet_before_its_name(doc: Doc, first: int, stop: int) -> str | None:
    """The name after a lower-case outlet noun that introduces it ("blog Timberleaks", "the conservative
    website RedState", "the newspaper El Pais"): capitalised words to the phrase's end, no owner among
    them, or the phrase's own words right after such a noun ("the blog RedState", the phrase cut to the name;
    not after "paper": "the paper Jane Smith wrote"); else None."""
    if any(doc.norms[t] in ("and", "&") for t in range(first, stop)):
        return None  # "journalist Glenn Greenwald and broadcaster O Globo": the first source leads
    for k in range(first, stop - 1):
        if not doc.is_word[k] or is_cap(doc.tokens[k]) or not _outlet_noun_at(doc, k):
            continue
        rest = range(k + 1, stop)
        if all(doc.is_word[t] and is_cap(doc.tokens[t]) and not doc.norms[t].endswith(("'s", "’s")) for t in rest):
            return doc.cut(doc.starts[k + 1], doc.ends[stop - 1])
        return None
    k = first - 1
    if k >= 0 and doc.is_word[k] and not is_cap(doc.tokens[k]) and base_norm(doc.norms[k]) not in _DOCUMENT_LIKE \
            and _outlet_noun_at(doc, k) \
            and all(doc.is_word[t] and is_cap(doc.tokens[t]) and not doc.norms[t].endswith(("'s", "’s"))
                    for t in range(first, stop)):
        return doc.cut(doc.starts[first], doc.ends[stop - 1])  # "the conservative blog [RedState] reported"
    return None


def _outlet_noun_at(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` an outlet noun ("blog", "newspaper"), or "website" or "site" after a news word?"""
    if doc.norms[k].endswith(("'s", "’s")):
        return False  # "New York magazine's Gabe Sherman": the outlet's person
    word = base_norm(doc.norms[k])
    if word in _SITES:
        return k > 0 and base_norm(doc.norms[k - 1]) in _NEWS_SITE_WORDS
    return word in outlet_nouns()


def _described_person(doc: Doc, a: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase from ``a`` (past its determiner) a person described by a party word before a preposition
    ("Democrat on the House Budget Committee", "Republican from Ohio"), or by a title in lower case alone
    ("chief justice", "committee chair")?"""
    prep = next((t for t in range(a + 1, stop) if doc.norms[t] in _PREPOSITIONS), None)
    if prep is not None and base_norm(doc.norms[prep - 1]) in lists.person_nouns \
            and not doc.norms[prep - 1].endswith("s"):
        return True
    return prep is None and all(doc.is_word[t] and not is_cap(doc.tokens[t]) for t in range(a, stop)) \
        and base_norm(doc.norms[stop - 1]) in _title_terms()


def _opening_common_noun(facts: DocFacts, a: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase's only capitalised word the first word of its sentence, a word the article never
    capitalises inside a sentence, with no organisation, place or outlet word in the phrase ("Hacked emails",
    "Entrance polls"; not "Police said", "Nevada officials")?"""
    doc = facts.doc
    sent = doc.sentences[doc.sentence_of[a]]
    opening = next((k for k in range(sent.first, stop) if doc.is_word[k]), None)
    after_colon = a > sent.first and doc.tokens[a - 1] == ":"  # "Government shutdown: Food banks worry"
    if opening != a and not after_colon or stop - a < 2:
        return False
    if any(is_cap(doc.tokens[t]) for t in range(a + 1, stop)):
        return False
    norms = [base_norm(doc.norms[t]) for t in range(a, stop) if doc.is_word[t]]
    head = norms[-1]
    if head.endswith("s") and head[:-1] in lists.org_heads and head not in lists.org_heads:
        norms = norms[:-1]  # "Food banks", "Local hospitals": many bodies, none named
    if any(n in lists.org_heads or n in lists.places or n in lists.outlets or n in lists.outlet_heads
           or n in lists.demonyms for n in norms):
        return False
    names = facts.name_case()
    return (norms[0] not in names.inside or _lower_in_body(facts, a, stop)) and norms[0] not in first_names()


def _lower_in_body(facts: DocFacts, a: int, stop: int) -> bool:
    """Is the phrase ``[a, stop)`` a headline's ("Food banks worry") that the article's body writes all in
    lower case ("our network of food banks"), though it capitalises the first word inside a name ("the San
    Antonio Food Bank")?"""
    if facts.body is None:
        return False
    phrase = facts.doc.cut(facts.doc.starts[a], facts.doc.ends[stop - 1])
    return len(phrase) <= 60 and phrase.lower() in facts.body.doc.original


def _first_name_and_place(doc: Doc, first: int, stop: int, lists: WordLists) -> str | None:
    """The name "Chuck Jordan" that ends "Tulsa Police Chief Chuck Jordan": a common first name right before a
    capitalised last word that is a place's name; else None ("the Kingdom of Jordan" has no first name)."""
    t = stop - 1
    if stop - first < 2 or not doc.is_word[t] or not doc.is_word[t - 1] or not is_cap(doc.tokens[t]) \
            or not is_cap(doc.tokens[t - 1]) or doc.tokens[t - 1].isupper():
        return None
    given = base_norm(doc.norms[t - 1])
    if base_norm(doc.norms[t]) not in lists.places or given not in first_names() or given in lists.places \
            or given in lists.titles or given in lists.org_heads:
        return None
    return doc.cut(doc.starts[t - 1], doc.ends[t])
