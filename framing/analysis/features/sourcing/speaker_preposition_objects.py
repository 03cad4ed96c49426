"""A speaker span that is the object of a preposition before its cue: who is spoken to, about or against, not
who speaks.

Readers of the AllSides dev sample (independent draws 2929-3030) judged wrong as speakers "the press" ("issued
a statement to the press announcing"), "social media" ("Protesters and some on social media decried"),
"the mandatory 21-day quarantines" ("opposition to the mandatory 21-day quarantines announced"). The dev output
holds more of the class: "a letter directly to Iran's Ayatollah explaining", "his final cable to Mrs. Clinton
described", "a new charge against Michael Cohen last week mentioned", "referring to a 2012 dispute", "several
experts who spoke to NPR said", "an adviser to one candidate said", "Those against the plan say".

So a span right after a lower-case preposition of direction or topic ("to", "against", "about", "on", ...),
ending before its cue, is:

- widened to the phrase before the preposition where that names who speaks: a vague source, a crowd, a title,
  a person noun, a quantifier or a document ("some on social media", "Critics on the other side", "an adviser
  to one candidate", "Reports on the ground in Turkey");
- the head of a relative clause the preposition ends ("experts who spoke to NPR said": the experts);
- else no speaker.

The agent of a participle of asking ("retired generals interviewed by The Washington Times say", "voters
surveyed by Pew say", "experts quoted by the paper argue") is who asked, not who speaks: the speaker is the
phrase before the participle (readers of draw 5252: "generals are the speakers; the Times only interviewed
them"), else nobody.

Kept: a possessive that owns a noun cue ("against the president's assertion"), the antecedent of "who" before
the cue ("a blow to city officials who argue"), a share or a number ("Just over half of Americans favor",
"About 71 percent"), a title's preposition ("U.S. Ambassador to the United Nations Nikki Haley said", widened
to the whole title with the name: "the United Nations Nikki Haley" alone reads as a cut span) and a
capitalised opening preposition ("To Cooke, protesting sends", "On Meet the Press").
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap, np_left
from .kind_documents import document_words

_PREPOSITIONS: Final = frozenset({"to", "into", "onto", "against", "over", "about", "toward", "towards", "on",
                                  "outside", "inside"})
# words that head a phrase before the preposition which names who speaks ("some on social media")
_QUANTIFIERS: Final = frozenset({"some", "those", "many", "others", "most", "few", "several", "all", "people",
                                 "one", "two", "three", "none", "both"})
_RELATIVES: Final = frozenset({"who", "that", "which"})
# words of a share or a number after "over" or "about" ("Just over half of Americans", "About 71 percent")
_SHARES: Final = frozenset({"half", "third", "quarter", "two-thirds", "three-quarters", "percent", "fifth",
                            "majority", "most", "a", "one", "percentage", "share", "number"})
# verbs of a relative clause that end on a preposition ("who spoke to NPR", "who have been to the border")
_TO_VERBS: Final = frozenset({"spoke", "spoken", "talked", "talk", "talks", "speak", "speaks", "been", "went",
                              "gone", "listened", "wrote", "written", "close", "familiar", "sent", "reported",
                              "responded", "reached", "turned", "looked", "worked", "works", "work"})
_CLAUSE_BACK: Final = 4
# participles of asking people for their words: the phrase after "by" asked, the phrase before answers
_ASKING: Final = frozenset({"interviewed", "surveyed", "polled", "questioned", "contacted", "reached", "quoted",
                            "cited", "consulted", "asked", "canvassed", "queried"})
# capitalised titles of an office "to" a body ("Ambassador to the United Nations Nikki Haley")
_TITLED: Final = frozenset({"ambassador", "envoy", "representative", "adviser", "advisor", "counselor",
                            "liaison", "delegate", "emissary", "nominee"})
# how many tokens a title may run back before its "to" ("U.S. Ambassador", "Deputy Special Envoy")
_TITLE_BACK: Final = 5
# words that open a whole phrase for a person before "from" ("a kid from", "the senator from", "two men from")
_DETERMINERS: Final = frozenset({"a", "an", "the", "one", "two", "three", "another", "this", "that", "these",
                                 "those", "some", "many", "several"})
# words for people said to come from a place ("a kid from a Detroit suburb", "residents from the town"), beside
# the person nouns of the non_speakers lexicon; curated by reading the AllSides dev corpus
_PEOPLE_FROM: Final = frozenset({"kid", "kids", "teen", "teens", "teenager", "teenagers", "students", "people",
                                 "folks", "residents", "voters", "workers", "lawmakers", "delegates", "officials"})
# endings of plural nouns for people ("conservatives inside and outside Congress", "insurers", "economists")
_AGENT_PLURALS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees")
# endings of abstract nouns, which name no source even where a list has them as titles ("opposition")
_ABSTRACT_ENDINGS: Final = ("tion", "sion", "ment", "ance", "ence")  # tokens between the relative pronoun and the preposition


def _names_a_source(doc: Doc, t: int, recipient: bool, lists: WordLists) -> bool:
    """Does the word at ``t`` head a phrase that names who speaks? Before "to" (a recipient: "opposition to",
    "a statement to the press") only a person's word or a quantifier does ("an adviser to one candidate")."""
    norm = base_norm(doc.norms[t])
    if norm.endswith(_ABSTRACT_ENDINGS):
        return False  # "opposition to the quarantines": an act, nobody
    if norm in _QUANTIFIERS or norm in lists.titles or norm in lists.vague or norm in lists.person_nouns:
        return True
    return not recipient and (doc.norms[t].endswith(_AGENT_PLURALS) or norm in lists.groups or norm in lists.org_heads or norm in document_words()
                              or doc.norms[t] in document_words())


def _share(doc: Doc, first: int, stop: int) -> bool:
    return any(doc.norms[t][:1].isdigit() or doc.norms[t] in _SHARES for t in range(first, min(stop, first + 3)))


def _relative_head(doc: Doc, p: int, sent_first: int, lists: WordLists) -> tuple[int, int] | None:
    """The head of a relative clause that ends with the preposition at ``p`` ("experts who spoke to"), or None."""
    k = p - 1
    while k > sent_first and p - k <= _CLAUSE_BACK and doc.norms[k] not in _RELATIVES:
        k -= 1
    if doc.norms[k] not in _RELATIVES or k <= sent_first or not any(
            doc.norms[t] in _TO_VERBS for t in range(k + 1, p)):
        return None
    if doc.norms[k - 1] in _QUANTIFIERS:
        return k - 1, k  # "Those who have been to the border say"
    head = np_left(doc, k, sent_first, lists)
    return head if head is not None and head[1] == k else None


def object_of_preposition(doc: Doc, m: Match, span: tuple[int, int],
                          lists: WordLists) -> tuple[int, int] | None:
    """The speaker span a reader sees for ``span``, found before cue ``m``, where it is the object of a
    preposition (see the module's docstring): the wider phrase, a relative clause's head, or None; any other
    span as it is."""
    first, stop = span
    p = first - 1  # the preposition
    opens = False  # does the span open with the preposition?
    o = first + 1 if stop - first > 2 and doc.norms[first] in ("and", "or") else first
    if stop - o > 1 and doc.norms[o] in ("outside", "inside") and not is_cap(doc.tokens[o]):
        p, opens = o, True  # "conservatives inside [and outside Congress] who believed": the span opens with it
    if p >= 2 and doc.norms[p - 1] in ("and", "or") and doc.norms[p - 2] in _PREPOSITIONS:
        p -= 2  # "inside and outside the kingdom"
    if stop <= m.first and p >= 1 and doc.norms[p] == "from" and doc.sentence_of[p] == doc.sentence_of[first]:
        return _person_from(doc, p, span, lists)  # "a kid from a Detroit suburb say": the kid
    if stop <= m.first and p >= 2 and doc.norms[p] == "by" and doc.norms[p - 1] in _ASKING \
            and doc.sentence_of[p - 1] == doc.sentence_of[first]:
        return _asked_people(doc, p - 1, lists)  # "retired generals interviewed by The Washington Times say"
    if stop > m.first or p < 1 or not doc.is_word[p] or doc.norms[p] not in _PREPOSITIONS \
            or is_cap(doc.tokens[p]) or doc.sentence_of[p] != doc.sentence_of[first] \
            or doc.norms[p - 1] == "according":
        return span  # (and "According to The New York Times:": its source)
    if doc.norms[stop - 1].endswith(("'s", "’s", "s'")) or not opens and any(
            doc.norms[t] in _RELATIVES for t in range(stop, m.first)):
        return span  # "against the president's assertion", "a blow to officials who argue"
    if doc.norms[p] in ("over", "about") and _share(doc, first, stop):
        return span  # "Just over half of Americans", "About 71 percent"
    sent_first = doc.sentences[doc.sentence_of[first]].first
    if doc.is_word[p - 1] and is_cap(doc.tokens[p - 1]) and base_norm(doc.norms[p - 1]) in _TITLED:
        return _title_start(doc, p - 1, sent_first), stop  # "U.S. Ambassador to the United Nations Nikki Haley"
    if doc.is_word[p - 1] and is_cap(doc.tokens[p - 1]) and p - 1 > sent_first:
        return span  # "Senate Committee on Foreign Relations": a capitalised name's own preposition
    if doc.norms[p - 1] in _QUANTIFIERS and p - 1 >= sent_first:
        return p - 1, stop  # "Those against the plan say", "those on the ground in Iowa"
    before = np_left(doc, p, sent_first, lists) if p > sent_first else None
    if before is not None and before[1] == p and _names_a_source(doc, p - 1, doc.norms[p] == "to", lists):
        return before[0], stop  # "some on social media", "an adviser to one candidate"
    return _relative_head(doc, p, sent_first, lists)  # "experts who spoke to NPR", else nobody


def _asked_people(doc: Doc, a: int, lists: WordLists) -> tuple[int, int] | None:
    """The phrase right before the participle of asking at ``a`` ("generals interviewed by"), or None."""
    sent_first = doc.sentences[doc.sentence_of[a]].first
    before = np_left(doc, a, sent_first, lists) if a > sent_first else None
    return before if before is not None and before[1] == a else None


def _person_from(doc: Doc, p: int, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """The speaker span for ``span`` after "from" at ``p``: the phrase before "from" where a person's word
    or a quantifier heads it ("a kid from a Detroit suburb say", "a senator from Ohio said", "some from the
    left argue": the person, not the place), else the span as it is ("data from the CDC shows": the CDC)."""
    first, stop = span
    sent_first = doc.sentences[doc.sentence_of[first]].first
    if p - 1 < sent_first or not doc.is_word[p - 1] or is_cap(doc.tokens[p - 1]):
        return span
    if doc.norms[p - 1] in _QUANTIFIERS and doc.norms[p - 1] not in ("one", "two", "three", "all"):
        return p - 1, stop  # "some from the left argue"
    norm = base_norm(doc.norms[p - 1])
    if norm not in lists.person_nouns and norm not in lists.titles and norm not in _PEOPLE_FROM \
            or norm.endswith(_ABSTRACT_ENDINGS):
        return span
    before = np_left(doc, p, sent_first, lists)
    if before is None or before[1] != p or doc.norms[before[0]] not in _DETERMINERS:
        return span  # ("a senior engineering major from a suburb": a phrase np_left cuts, left as it was)
    return before[0], stop


def _title_start(doc: Doc, t: int, sent_first: int) -> int:
    """Where the capitalised title ending at ``t`` starts ("U.S. Ambassador": at "U.S."), at most _TITLE_BACK
    tokens back, not before the sentence."""
    k = t
    while k - 1 >= max(sent_first, t - _TITLE_BACK) and (doc.is_word[k - 1] and is_cap(doc.tokens[k - 1])
                                                         or doc.tokens[k - 1] == "."):
        k -= 1
    while k < t and not doc.is_word[k]:
        k += 1
    return k

