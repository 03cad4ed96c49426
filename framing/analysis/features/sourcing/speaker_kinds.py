"""Second looks at a speaker's kind, where the first reading of its noun phrase (:mod:`.speakers`) is misled.

- A named person joined to a crowd ("McConnell and House Republicans indicated") is no vague source: the
  named person leads (as "Pelosi and Hoyer said" is shown by one name).
- A surname before its body ("Johnson of the Highway Patrol") is the person, once the article named him.
- A US state alone ("Nevada sued") is its government, an organisation, not a person's surname.
- A one-word outlet that is also a surname ("Bloomberg") is the person where the article names him
  ("Mike Bloomberg, the billionaire ...") or speaks of him as he ("Bloomberg changed his mind").
"""
from __future__ import annotations

from typing import Final

from .aliases import person_key, plain
from .facts import DocFacts, base_norm
from .grammar import WordLists, is_cap
from .non_speaker_spans import us_state_only

# honorifics and abbreviated titles before a name ("Sen. McConnell and ..."), as in :mod:`.speakers`
_BEFORE_A_NAME: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator",
                                   "speaker", "leader", "."})
_HE: Final = frozenset({"he", "his", "him", "himself"})


def refine_kind(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                lists: WordLists) -> tuple[str, str, str]:
    """``found`` (kind, display name, key) of the noun phrase ``[first, stop)``, or the kind a second look
    gives it (see the module's docstring)."""
    kind = found[0]
    doc = facts.doc
    if kind == "anonymous":
        named = _person_before_and(facts, first, stop, lists)
        if named is not None:
            return "person", named, person_key(named)
    elif kind == "person" and us_state_only(doc, first, stop):
        return "organization", found[1], found[1].lower().removeprefix("the ")
    elif kind == "organization":
        named = _surname_of_a_body(facts, first, stop, lists)
        if named is not None:
            return "person", named, person_key(named)
    elif kind == "outlet" and stop - first == 1 and not doc.tokens[first].isupper() \
            and _named_as_a_person(facts, first, lists):
        name = doc.tokens[first]
        name = name[:-2] if name.endswith(("'s", "’s")) else name
        return "person", name, person_key(name)
    return found


def _name_word(doc, t: int, lists: WordLists) -> bool:
    norm = base_norm(doc.norms[t])
    return doc.is_word[t] and is_cap(doc.tokens[t]) and not doc.tokens[t].isupper() \
        and norm not in lists.groups and norm not in lists.vague and norm not in lists.titles \
        and norm not in lists.org_heads and norm not in lists.places and norm not in lists.demonyms \
        and norm not in lists.not_names and norm not in lists.dates and norm not in lists.outlets \
        and norm not in lists.person_nouns and norm not in lists.clutter


def _person_before_and(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The person's name that opens a phrase of joined sources before "and" ("McConnell and House
    Republicans", "Sen. Mitch McConnell and his caucus"): one to three name words after an optional
    title; else None."""
    doc = facts.doc
    and_at = next((t for t in range(first + 1, stop) if doc.norms[t] == "and"), None)
    if and_at is None:
        return None
    a = first
    while a < and_at and (base_norm(doc.norms[a]) in _BEFORE_A_NAME or base_norm(doc.norms[a]) in lists.titles):
        a += 1
    words = list(range(a, and_at))
    if not 1 <= len(words) <= 3 or not all(_name_word(doc, t, lists) for t in words):
        return None
    names = facts.name_case()
    word = base_norm(doc.norms[a])
    if len(words) == 1 and (word in names.lower or word[:-1] in names.lower or word not in names.inside):
        return None  # a word the article writes in lower case or never capitalises inside a sentence: no name
    return doc.cut(doc.starts[words[0]], doc.ends[words[-1]])


def _surname_of_a_body(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The surname that opens "Johnson of the Highway Patrol", "Smith of the Heritage Foundation" (a person and
    the body they are of), when the article wrote it after a first name before; else None."""
    doc = facts.doc
    if stop - first < 3 or doc.norms[first + 1] not in ("of", "at", "from") or not _name_word(doc, first, lists):
        return None
    at = facts.surnames().full_name.get(plain(doc.tokens[first]), first)
    return doc.tokens[first] if at < first else None


def _named_as_a_person(facts: DocFacts, t: int, lists: WordLists) -> bool:
    """Is the one-word outlet at ``t`` ("Bloomberg") a person of the article: does the article write a first
    name before the word anywhere ("Mike Bloomberg"), or, twice or more, "he", "his" or "him" soon after it in
    its sentence ("Bloomberg changed his mind")?"""
    doc = facts.doc
    word = base_norm(doc.norms[t])
    he_after = 0
    for d in [doc if facts.body is None else facts.body.doc]:  # the body: a headline capitalises every word
        norms = d.norms
        for k in range(len(norms)):
            if base_norm(norms[k]) != word or not is_cap(d.tokens[k]):
                continue
            if k > 0 and _name_word(d, k - 1, lists) and base_norm(norms[k - 1]) not in lists.outlet_heads \
                    and d.sentence_of[k - 1] == d.sentence_of[k] and not norms[k - 1].endswith("'s"):
                return True
            sent_stop = d.sentences[d.sentence_of[k]].stop
            if any(norms[j] in _HE for j in range(k + 1, min(sent_stop, k + 7))):
                he_after += 1
    return he_after >= 2
