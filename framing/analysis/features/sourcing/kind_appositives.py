"""Second looks at a speaker's kind from the words around its phrase: an apposition, the sentence before, or
a plural common noun that only looks like a name.

Readers of the AllSides dev sample (session 28, independent draws 1414 and 1515) judged these kinds wrong:

- an epithet in apposition after a person's name ("Sen. Jane Roe, Ohio Democrat, who is ..."): that person,
  not a vague source;
- a name in apposition before a description of what it is ("The Valley Ledger, a newspaper in Dayton,
  reported"): the outlet (or, before "a group", "a firm", the organisation), not a person; so is a name spelt
  as a brand, lower case first ("according to eMarketer, a research firm"; draw 5454, read as vague);
- a description of a person the sentence before has just named by surname ("... Smith responded. The
  FBI chief, who ..."): that person (an organisation's name and a title: "The NSA chief");
- a crowd of a person ("The family of Jane Roe says", "Friends of the senator"): unnamed people, not the
  person;
- what an unnamed source is close to ("one person close to the White House said", "a source close to Trump
  told"), where the phrase stops short of the source: the source is unnamed, whatever it is close to;
- a plural common noun capitalised only because it opens its sentence ("Poorer nations blame", "Emails
  show"): a vague crowd or document, not a named organisation or person.

Named ones stay named: "Jane Roe, a Democrat," has her name as the speaker already; "The Ohio Democrat"
without a name just before is left to :mod:`.kind_named_elsewhere`; "Nations United said" (capitalised
inside its sentence) is a name.
"""
from __future__ import annotations

from typing import Final

from .aliases import person_key, plain
from .described_kinds import outlet_nouns
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap
from .kind_people_as_bodies import BODY_NOUNS
from .kind_unnamed_people import people_read_as_organization

_PARTY_MEMBERS: Final = frozenset({"democrat", "republican", "independent", "libertarian"})
_ARTICLES: Final = frozenset({"a", "an", "the"})
# nouns of people around a person ("the family of Michael Brown", "lawyers for Smith")
_CROWDS_OF_A_PERSON: Final = frozenset({"family", "families", "relatives", "parents", "friends", "supporters",
                                        "lawyers", "attorneys", "allies", "aides", "advisers", "advisors",
                                        "children", "relatives", "backers", "associates", "critics",
                                        "friends", "neighbors", "neighbours", "fans", "loved"})
_STOPS: Final = frozenset({"of", "for", "at", "with", "in", "from", "on", "who", "and", "by"})
# verbs of speech a person's surname stands before at the end of a sentence ("... Alexander responded.")
_SPEECH: Final = frozenset({"said", "says", "responded", "replied", "told", "added", "wrote", "answered",
                            "argued", "explained", "noted", "insisted", "countered"})
# what an unnamed source is said to be near ("a source close to", "people familiar with")
_CLOSE_TO: Final = frozenset({("close", "to"), ("familiar", "with"), ("briefed", "on"), ("knowledgeable", "about"),
                              ("near", "to")})
_UNNAMED_SOURCES: Final = frozenset({"source", "person", "people", "someone", "those", "others", "one", "insider",
                                     "official", "aide", "adviser", "advisor", "ally", "friend", "associate",
                                     "individual", "republican", "democrat", "strategist", "operative", "donor",
                                     "sources", "insiders", "officials", "aides", "advisers", "advisors", "allies",
                                     "friends", "associates", "individuals", "republicans", "democrats",
                                     "strategists", "operatives", "donors", "someone", "anyone"})
_OF_WORDS: Final = frozenset({"of", "for"})


def kind_from_context(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                      lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) a second look at the words around ``[first, stop)`` gives (see the module's
    docstring), or None where it gives none."""
    kind = found[0]
    if kind != "anonymous" and _what_a_source_is_close_to(facts, first, lists):
        return "anonymous", found[1], found[2]  # "one person close to [the White House] said"
    if kind == "anonymous" and _brand_spelling(facts, first, stop):
        what = _described_in_apposition(facts, stop, lists)
        if what is not None:
            return what, found[1], found[1].lower()  # "according to eMarketer, a research firm"
    if kind == "anonymous":
        return _epithet_after_name(facts, first, stop, lists) or _described_after_named(facts, first, stop, lists)
    if kind == "person":
        what = _described_in_apposition(facts, stop, lists)
        if what is not None:
            return what, found[1], found[1].lower().removeprefix("the ")
        if _crowd_of_a_person(facts, first, stop):
            # shown as the crowd ("family of Michael Brown"), never as the person it belongs to
            crowd = facts.doc.cut(facts.doc.starts[first], facts.doc.ends[stop - 1])
            crowd = crowd[4:] if crowd.lower().startswith("the ") else crowd
            return "anonymous", crowd, crowd.lower()
        if _opening_plural_noun(facts, first, stop, lists):
            return "anonymous", found[1], found[2]
    if kind == "organization" and _opening_plural_noun(facts, first, stop, lists):
        return "anonymous", found[1], found[2]
    if kind == "outlet" and people_read_as_organization(facts, first, stop, lists):
        return "anonymous", found[1], found[2]  # "A spokesman for the Daily Planet": an unnamed person
    return None


def _brand_spelling(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase one word spelt as a brand (:func:`brand_spelled`)?"""
    return stop - first == 1 and brand_spelled(facts.doc.tokens[first])


def brand_spelled(tok: str) -> bool:
    """Is ``tok`` a name spelt as a brand, lower case first and a capital inside ("eMarketer", "iHeartMedia"):
    a name the first reading takes for a common word?"""
    return tok[:1].islower() and tok.isalpha() and any(c.isupper() for c in tok[1:])


def _what_a_source_is_close_to(facts: DocFacts, first: int, lists: WordLists) -> bool:
    """Does the phrase follow an unnamed source and "close to", "familiar with" ("one person close to [the
    White House] said", "a source close to [Trump] told"): the speaker is that unnamed source, the phrase
    only what the source is close to?"""
    doc = facts.doc
    k = first - 1
    if k < 2 or (doc.norms[k - 1], doc.norms[k]) not in _CLOSE_TO:
        return False
    who = base_norm(doc.norms[k - 2])
    return doc.is_word[k - 2] and (who in _UNNAMED_SOURCES or who in lists.person_nouns or who in lists.groups
                                   or who in lists.vague or who in lists.titles) \
        and doc.norms[k - 2] not in ("is", "are", "was", "were", "be", "been")


def _epithet_after_name(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """"Sen. Kay R. Hagan, North Carolina Democrat, who": a singular party word or title ending a phrase with
    no article but "a", right after a comma after a person's name (two or more name words, or a surname the
    article wrote after a first name): that person."""
    doc = facts.doc
    head = base_norm(doc.norms[stop - 1])
    if doc.norms[stop - 1].endswith("s") or not (head in _PARTY_MEMBERS or head in lists.titles):
        return None
    if doc.norms[first] in ("the", "an") or first < 2 or doc.tokens[first - 1] != ",":
        return None
    if stop < len(doc.tokens) and doc.tokens[stop] != "," and doc.norms[stop] != "who":
        return None
    k = first - 2
    names: list[int] = []
    while k >= 0 and doc.sentence_of[k] == doc.sentence_of[first]:
        tok = doc.tokens[k]
        if tok == "." and k >= 1 and len(doc.tokens[k - 1]) == 1 and doc.tokens[k - 1].isupper():
            k -= 2  # an initial: "Kay R. Hagan"
            continue
        if doc.is_word[k] and is_cap(tok) and not tok.isupper() and _name_like(doc.norms[k], lists):
            names.append(k)
            k -= 1
            continue
        break
    if not names:
        return None
    names.reverse()
    if len(names) == 1:
        at = facts.surnames().full_name.get(plain(doc.tokens[names[0]]), names[0])
        if at >= names[0] and base_norm(doc.norms[names[0] - 1]) not in first_names():
            return None
    elif base_norm(doc.norms[names[0]]) not in first_names() and not _titled(doc, names[0] - 1, lists):
        return None  # "Ohio Valley Electric, ...": no person's name
    name = doc.cut(doc.starts[names[0]], doc.ends[names[-1]])
    return "person", name, person_key(name)


def _titled(doc, k: int, lists: WordLists) -> bool:
    if k >= 1 and doc.tokens[k] == ".":
        k -= 1
    return k >= 0 and (base_norm(doc.norms[k]) in lists.titles
                       or base_norm(doc.norms[k]) in ("sen", "rep", "gov", "mr", "mrs", "ms", "dr"))


def _name_like(norm: str, lists: WordLists) -> bool:
    base = base_norm(norm)
    return base not in lists.titles and base not in lists.org_heads and base not in lists.places \
        and base not in lists.demonyms and base not in lists.groups and base not in lists.vague \
        and base not in lists.not_names and base not in lists.dates and base not in lists.outlets \
        and base not in lists.person_nouns and not norm.endswith(("'s", "’s"))


def _described_after_named(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """"The NSA chief, who ..." opening a sentence right after one that one person opens, or where one
    person's surname stands before a speech verb ("... Alexander responded."; a surname the article wrote
    after a first name): "the", capitalised words (a body, a people), then a singular title in lower case,
    and no name in apposition after it: that person."""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) < 3 or doc.norms[words[0]] != "the" or doc.sentences[doc.sentence_of[first]].first != first:
        return None
    head = words[-1]
    if is_cap(doc.tokens[head]) or doc.norms[head].endswith("s") or base_norm(doc.norms[head]) not in lists.titles:
        return None
    if not all(is_cap(doc.tokens[t]) for t in words[1:-1]):
        return None  # "The former chief": no body named
    s = doc.sentence_of[first]
    if s == 0:
        return None
    prev = doc.sentences[s - 1]
    surnames = facts.surnames().full_name
    if stop < len(doc.tokens) and doc.tokens[stop] == "," and stop + 1 < len(doc.tokens) \
            and is_cap(doc.tokens[stop + 1]):
        return None  # "The US ambassador, Charles Rifkin,": named in apposition, someone else
    opening = next((t for t in range(prev.first, prev.stop) if doc.is_word[t]), prev.first)
    named = [t for t in range(prev.first, prev.stop)
             if doc.is_word[t] and is_cap(doc.tokens[t]) and not doc.tokens[t].isupper()
             and surnames.get(plain(doc.tokens[t]), t) < t and _name_like(doc.norms[t], lists)]
    if len({doc.tokens[t] for t in named}) != 1:
        return None  # nobody, or two people ("Mr. Obama said to Mr. Castro"): which one is meant is not said
    t = named[0]
    if t != opening and not (t + 1 < prev.stop and doc.norms[t + 1] in _SPEECH):
        return None  # "... including Abedini": named, but not the one who acts
    name = doc.tokens[t]
    return "person", name, person_key(name)


def _described_in_apposition(facts: DocFacts, stop: int, lists: WordLists) -> str | None:
    """"The Triad City Beat, a newspaper in Greensboro,": the kind ("outlet" or "organization") a comma and
    "a"/"an", lower-case words and an outlet noun or a body noun right after the phrase say; else None."""
    doc = facts.doc
    if stop + 2 >= len(doc.tokens) or doc.tokens[stop] != "," or doc.norms[stop + 1] not in ("a", "an"):
        return None
    k = stop + 2
    while k < len(doc.tokens) and k < stop + 6 and doc.is_word[k] and not is_cap(doc.tokens[k]):
        word = base_norm(doc.norms[k])
        nxt = doc.norms[k + 1] if k + 1 < len(doc.norms) else ""
        if word in _STOPS or word in lists.titles or word in lists.person_nouns:
            return None  # "Erich Pratt, a spokesman for the group": a person of the body
        if word in outlet_nouns() and word not in ("paper", "network", "publication"):
            return "outlet"
        if word in BODY_NOUNS and nxt not in ("of", "member", "leader"):
            return "organization"
        k += 1
    return None


def _crowd_of_a_person(facts: DocFacts, first: int, stop: int) -> bool:
    """"The family of Michael Brown", "lawyers for Smith": a lower-case crowd noun of a person before "of" or
    "for" in the phrase: the crowd, unnamed people."""
    doc = facts.doc
    of = next((t for t in range(first + 1, stop) if doc.norms[t] in _OF_WORDS), None)
    return of is not None and doc.norms[of - 1] in _CROWDS_OF_A_PERSON \
        and all(doc.norms[t] in _ARTICLES or not doc.is_word[t] for t in range(first, of - 1)) \
        and (of - 1 == first or not is_cap(doc.tokens[of - 1]) or doc.sentences[doc.sentence_of[first]].first == first)


def _opening_plural_noun(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """"Poorer nations blame", "Emails show": a phrase opening its sentence whose only capitalised word is
    its first, a word the article never capitalises inside a sentence (nor a first name, place or people),
    ending in a plural in lower case (or, alone, a plural the article also writes in lower case)."""
    doc = facts.doc
    if doc.sentences[doc.sentence_of[first]].first != first or not doc.is_word[first]:
        return False
    if any(is_cap(doc.tokens[t]) for t in range(first + 1, stop)) or not all(doc.is_word[t] for t in range(first, stop)):
        return False
    names = facts.name_case()
    word = base_norm(doc.norms[first])
    if word in names.inside or word in first_names() or word in lists.places or word in lists.demonyms \
            or word in lists.outlets or doc.tokens[first].isupper():
        return False
    last = doc.norms[stop - 1]
    if not last.endswith("s") or last.endswith(("ss", "'s", "’s", "us")):
        return False
    if stop - first == 1:
        return word in names.lower
    return True
