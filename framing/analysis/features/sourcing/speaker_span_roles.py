"""Phrases where a speaker stands that play another part in the sentence: the one told, a verb, a preposition.

A reader takes the source of a cue from the clause's subject. The speaker search sometimes lands on a phrase
next to the cue that is no subject:

- the object of a verb or a preposition, before a second verb ('"...," an FBI official told Fox News and
  referred to the report', "Pelosi defended Conyers and said"): the clause's subject is the source of both
  verbs, not the one told or defended;
- a verb before a noun cue ("the delay, though, raises questions about"): nobody;
- a phrase that opens with a preposition in -ing ("Regarding the White House's efforts, it's worth noting"):
  a topic, nobody; or with another preposition ("Ahead of the Memorial [Day holiday], Schumer ...", "Across
  the Capitol, Nielsen ...", "Despite his", "Via Breitbart:"): a time, a place or a circumstance, nobody
  ("Prior" only before "to": "Prior argued" is Markus Prior).

Curated by reading the AllSides dev corpus.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap, np_left, np_right

# verbs whose object is the one told or asked ("told Fox News", "informed reporters")
_TELLING: Final = frozenset({"told", "tells", "tell", "informed", "briefed"})

# what may stand between the one told and a second verb of the same subject ("told Fox News and referred")
_BETWEEN_VERBS: Final = frozenset({"and", "then", "also", "later", ","})

# verbs that take a noun cue as their object ("raises questions", "posed questions", "sparked claims")
_VERBS_BEFORE_NOUN_CUE: Final = frozenset({"raise", "raises", "raised", "raising", "pose", "poses", "posed", "posing",
                                           "prompt", "prompts", "prompted", "spark", "sparks", "sparked"})

# prepositions in -ing that open a phrase about a topic ("Regarding the White House's efforts")
_TOPIC_PREPOSITIONS: Final = frozenset({"regarding", "concerning", "considering", "including", "excluding",
                                        "notwithstanding", "barring"})

# prepositions of time, place or circumstance that open no speaker's name ("Ahead of", "Across the Capitol",
# "Despite his", "Via Breitbart"); not "under" ("Under Secretary"), "of", "to", "in", "at", "on" (kept to
# the span finder, which may cut names there)
_OPENING_PREPOSITIONS: Final = frozenset({"ahead", "because", "instead", "amid", "amidst", "despite", "during",
                                          "after", "before", "since", "until", "throughout", "within", "without",
                                          "upon", "with", "for", "around", "across", "beyond", "unlike", "like",
                                          "via", "among", "amongst", "between", "against", "toward", "towards",
                                          "into", "onto", "through"})


def subject_for_an_object(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """For a span before cue ``m`` that is the object of a verb or a preposition, with only "and" between it and
    the cue ('an FBI official told Fox News and referred', "Pelosi defended Conyers and said", "met with top
    officials and discussing"), the subject of the clause the cue is the second verb of: the one who told,
    or the phrase that opens the sentence. None when the span is no such object (it then stands); the span
    itself (``(-1, -1)``) when no subject is found (the object is then nobody)."""
    first, stop = span
    if stop > m.first or first < 1:
        return None
    prev = first - 1
    sent_first = doc.sentences[doc.sentence_of[first]].first
    if stop == m.first and doc.norms[m.first] == "on" and prev > sent_first and doc.norms[prev] in _TELLING:
        return np_left(doc, prev, sent_first, lists) or (-1, -1)  # "the source told Reuters on condition of anonymity"
    if not _only_and_between(doc, stop, m.first):
        return None
    if prev < sent_first or not doc.is_word[prev] or is_cap(doc.tokens[prev]) or doc.norms[prev] in _JOINERS:
        return None  # "Trump, Pence and said"; the span opens its sentence: its subject
    if doc.norms[prev] in _TELLING:
        return np_left(doc, prev, sent_first, lists) or (-1, -1)  # "an FBI official told Fox News and referred"
    w = sent_first
    while w < prev and (not doc.is_word[w] or doc.norms[w] in _OPENING_WORDS):
        if doc.tokens[w] in ('"', "“"):
            return (-1, -1)  # a quotation opens the sentence: its subject is not at its start
        w += 1
    opening = doc.norms[w]
    if opening in _PREPOSITIONS_OPENING or opening in _NO_SUBJECT or opening.endswith(("ing", "ly")):
        return (-1, -1)  # "After meeting with top officials and discussing", "Separately, ...": no subject there
    if opening in _SUBJECT_PRONOUNS:
        return (w, w + 1)  # "He lampooned Wheeler's past as an industry leader and suggested"
    subject = np_right(doc, w, prev, lists)
    if subject is None or subject[1] > prev or not _names_someone(doc, subject, lists):
        return (-1, -1)
    after = subject[1]
    if after + 1 < prev and doc.is_word[after] and not is_cap(doc.tokens[after]) \
            and doc.norms[after + 1] in ("that", "who", "which"):
        return (-1, -1)  # "The Intellectual Yet Idiot class that dominates ...": the phrase runs on into a noun
    return subject


def _names_someone(doc: Doc, span: tuple[int, int], lists: WordLists) -> bool:
    """Does the phrase name someone: a pronoun, a name (its last word capitalised, all its words names or
    words before them: "Sen. Lindsey Graham", "The White House"), or a head noun for a person, a group or a
    body ("The president", "Most Senate Republicans", "The Justice Department")?"""
    first, stop = span
    head = doc.norms[stop - 1]
    if stop - first == 1 and head in lists.not_names:
        return False  # "Some in the inner circle were furious with Navarro and blamed"
    base = base_norm(head)
    if base in lists.titles or base in lists.person_nouns or base in lists.groups or base in lists.vague \
            or base in lists.org_heads or head in lists.groups or head in lists.vague:
        return True
    return all(is_cap(doc.tokens[t]) or not doc.is_word[t] or doc.norms[t] in ("the", "of", "and")
               for t in range(first, stop)) and is_cap(doc.tokens[stop - 1])


def _only_and_between(doc: Doc, stop: int, cue_first: int) -> bool:
    """Are the tokens from ``stop`` to the cue "and" with commas or adverbs ("and", ", and then")?"""
    between = [doc.norms[t] for t in range(stop, cue_first)]
    return "and" in between and all(w in _BETWEEN_VERBS or w.endswith("ly") and len(w) >= 5 for w in between)


# words before a span that join it to a name before it ("Trump and Pence"), not a verb or a preposition
_JOINERS: Final = frozenset({"and", "or", "nor", "&"})

# words that open a sentence before its subject ("But Mr. Obama said")
_OPENING_WORDS: Final = frozenset({"but", "and", "so", "yet", "still", "then", "also", "meanwhile", "now"})

# pronouns that open a sentence as its subject (resolved downstream)
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})

# words that open a sentence and are no subject ("Regardless of ...", "Further, ...", "And yes, ...")
_NO_SUBJECT: Final = frozenset({"regardless", "further", "around", "along", "according", "yes", "that's", "that’s",
                                "hacked", "there", "here", "this", "it"})

# prepositions and subordinators that open a sentence before its subject ("After meeting with ...")
_PREPOSITIONS_OPENING: Final = frozenset({"after", "before", "while", "when", "in", "at", "on", "during", "since",
                                          "as", "with", "without", "by", "for", "from", "if", "although", "though",
                                          "because", "once", "despite", "following", "to", "of", "that", "who"})


def is_verb_before_noun_cue(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span one verb right before a noun cue ("raises questions about whether")?"""
    first, stop = span
    return stop - first == 1 and stop == m.first and doc.norms[first] in _VERBS_BEFORE_NOUN_CUE


def opens_with_topic_preposition(doc: Doc, span: tuple[int, int]) -> bool:
    """Does the span open with a preposition in -ing ("Regarding the White House's", "Concerning the plan")?"""
    return doc.norms[span[0]] in _TOPIC_PREPOSITIONS


def opens_with_preposition(doc: Doc, span: tuple[int, int]) -> bool:
    """Does the span open with a preposition of time, place or circumstance ("Ahead of the Memorial", "Across
    the Capitol", "Despite his", "with many of the candidates"), or with "prior to" ("Prior" alone may be a
    surname)?"""
    first = span[0]
    norm = doc.norms[first]
    if norm == "prior":
        return first + 1 < len(doc.norms) and doc.norms[first + 1] == "to"
    return norm in _OPENING_PREPOSITIONS
