"""Sourcing grammar: the noun phrases that can be sources, and word tests on cue words.

Without a parser: a noun phrase is a run of capitalised words, titles, vague
source words and organisation heads (``np_left`` before a cue, ``np_right``
after it), or a short lower-case phrase with a determiner ("the fact-checker",
"most voters"). The word lists come from the ``source_heads``, ``vague_sources``
and ``places`` lexicons. Also here: passive and future-passive report verbs, cue
words used as nouns ("a stern warning"), and a crude word stem.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

from ...lexicons import Match, load_lexicon
from ...text import Doc
from ..lexical import DETERMINERS
from .aliases import NAME_PARTICLES
from .facts import base_norm


PRONOUNS: Final = {"he": "person", "she": "person", "it": "organization", "they": "any", "we": "any",
            "i": "person", "you": "none"}


_NOUN_BEFORE: Final = DETERMINERS | {"recent", "new", "earlier", "previous", "media", "news", "such",
                              "press", "initial", "first", "some", "many", "several", "two",
                              "these", "those", "any", "no", "of", "to", "and"}


SKIP_LEFT: Final = frozenset({"has", "have", "had", "also", "publicly", "recently", "repeatedly", "previously",
                        "later", "then", "again", "already", "further", "once", "is", "was", "are",
                        "were", "been", "has been", "will", "would", "did", "does", "do",
                        "meanwhile", "now", "still", "reportedly", "privately", "openly", "flatly",
                        "quickly", "immediately", "separately", "first", "last", "even", "never",
                        "not", "unexpectedly", "jointly", "formally", "officially", "earlier",
                        "itself", "himself", "herself", "themselves", "both", "all", "often",
                        "frequently", "long", "just", "only", "indeed", "however"})


_INTERJECTIONS: Final = frozenset({"meanwhile", "however", "though", "too", "also", "in turn", "instead",
                            "for example", "for instance", "moreover", "then"})


_NP_FUNCTION: Final = frozenset({"of", "the", "and", "for", "'s", "de", "van", "von", "al",
                          "bin", "da", "du", "la", "le", "del", "der"})


MODIFIERS: Final = frozenset({"top", "senior", "former", "deputy", "chief", "foreign", "defense", "defence",
                        "state", "federal", "local", "military", "government", "intelligence",
                        "security", "national", "white", "house", "press", "campaign", "party",
                        "administration", "justice", "health", "finance", "interior", "prime",
                        "vice", "assistant", "acting", "executive", "general", "special", "other",
                        "several", "two", "three", "many", "some", "most", "western", "unnamed",
                        "anonymous", "unidentified", "high-ranking", "high", "ranking", "veteran",
                        "longtime", "current", "incoming", "outgoing", "top-ranking", "political",
                        "diplomatic", "independent", "leading", "prominent", "republican",
                        "democratic", "conservative", "liberal", "u.s", "us", "legal", "nonpartisan",
                        "non-partisan", "bipartisan"})


@dataclass(frozen=True, slots=True)
class WordLists:
    titles: frozenset[str]
    org_heads: frozenset[str]
    vague: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    outlets: frozenset[str]
    outlet_heads: frozenset[str]  # last words that make a capitalised name an outlet ("Review-Journal", "Times")
    dates: frozenset[str]  # weekdays and time words: cut off a speaker's noun phrase ("Wednesday Mike Pompeo")
    weekdays: frozenset[str]
    months: frozenset[str]  # months: a date only alone or beside a number ("May" is also a name)
    clutter: frozenset[str]  # page furniture ("Story Continued Below", "AP Photo"): a noun phrase starts after it
    not_names: frozenset[str]  # pronouns, quantifiers, function words, common nouns: never a name, even capitalised
    groups: frozenset[str]  # "Democrats", "Protesters": a crowd, never one person (a vague source)
    person_nouns: frozenset[str]  # "the woman", "a Minnesota Democrat": an unnamed person


def _words_of(lexicon: str, *categories: str, heads_only: bool = False) -> frozenset[str]:
    """Words of a lexicon's entries (with ``heads_only``, the last word of each entry)."""
    out: set[str] = set()
    for e in load_lexicon(lexicon).entries:
        if not categories or e.category in categories:
            words = e.words[-1:] if heads_only else e.words
            out.update(w for w in words if "*" not in w)
    return frozenset(out)


_PLACE_FUNCTION_WORDS: Final = frozenset({"the", "of", "and", "a", "an", "de", "da", "du", "la", "le", "el", "al", "del",
                                          "des", "dos", "das", "y", "et", "new", "city", "st", "saint", "san"})


@functools.cache
def word_lists() -> WordLists:
    return WordLists(
        titles=_words_of("source_heads", "title"),
        org_heads=_words_of("source_heads", "org_head"),
        vague=_words_of("vague_sources", heads_only=True) - {"the", "a", "an", "of"},
        # (the words of place names, less their function words: "the" of "the Hague" made "the woman"
        # an organisation)
        places=_words_of("places", "country", "capital", "metonym") - _PLACE_FUNCTION_WORDS,
        demonyms=_words_of("places", "demonym"),
        outlets=frozenset(e.term for e in load_lexicon("source_heads").entries if e.category == "outlet"),
        # (org_head words that name a medium count too: "KTNV Radio", "the Herald-Leader newspaper")
        outlet_heads=_words_of("source_heads", "outlet_head") | {"newspaper", "magazine", "radio", "tv", "television",
                                                                 "broadcaster", "website"},
        dates=_words_of("non_speakers", "weekday", "time"),
        weekdays=_words_of("non_speakers", "weekday"),
        months=_words_of("non_speakers", "month"),
        clutter=_words_of("non_speakers", "clutter"),
        not_names=_words_of("non_speakers", "pronoun", "generic", "function"),
        groups=_words_of("non_speakers", "group"),
        person_nouns=_words_of("non_speakers", "person_noun"),
    )


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def plain_name_word(base: str, lists: WordLists) -> bool:
    """Can a word (its base form: lower case, no possessive) be part of a person's name: no title, body,
    place, people, crowd, vague, date, outlet, clutter or person-noun word?"""
    return base not in lists.titles and base not in lists.org_heads and base not in lists.places \
        and base not in lists.demonyms and base not in lists.groups and base not in lists.vague \
        and base not in lists.not_names and base not in lists.dates and base not in lists.outlets \
        and base not in lists.clutter and base not in lists.person_nouns


def name_word(doc: Doc, t: int, lists: WordLists) -> bool:
    """Is token ``t`` a capitalised word (not all capitals) that can be part of a person's name?"""
    if t >= len(doc.tokens) or not doc.is_word[t] or not is_cap(doc.tokens[t]) or doc.tokens[t].isupper():
        return False
    return plain_name_word(base_norm(doc.norms[t]), lists)


def _np_part(doc: Doc, k: int, lists: WordLists) -> bool:
    if not doc.is_word[k]:
        # dots of abbreviations (U.S.) and hyphens inside a name
        tok = doc.tokens[k]
        prev = doc.tokens[k - 1] if k > 0 else ""
        if tok == "&":
            # a firm's "&" between capitalised words: "Cowen & Co.", "Smith & Wesson", "Standard & Poor's"
            return k + 1 < len(doc.tokens) and is_cap(prev) and is_cap(doc.tokens[k + 1])
        return tok == "." and k > 0 and doc.is_word[k - 1] and doc.starts[k] == doc.ends[k - 1] \
            and ("." in prev or doc.norms[k - 1] in lists.titles  # "U.S.", "Mr."
                 or len(prev) == 1 and prev.isupper() and prev not in "IVX"
                 or prev in _NAME_ABBREVIATIONS  # "St. Louis", "Rachel St. John", "Martin Luther King Jr."
                 or prev in _FIRM_SUFFIXES and k >= 2 and doc.tokens[k - 2] != ",")
        # (a middle initial: "George W. Bush", "Thomas R. Karl"; not the numeral of "World War I. Japan said")
    tok = doc.tokens[k]
    norm = doc.norms[k]
    if is_cap(tok):
        return True
    return (norm in lists.titles or norm in lists.vague or norm in MODIFIERS or norm in lists.org_heads
            or norm in _NP_FUNCTION or norm in ("a", "an"))


EDGE_WORDS: Final = frozenset({"of", "and", "for", "at", "on", "'s", ".", "to", "in", "from", "by", "with", "as",
                        "but", "when", "if", "after", "while", "since", "because", "so", "yet", "then",
                        "although", "though", "meanwhile", "before", "during", "under", "over", "that",
                        "this", "these", "those", "de", "al"})


_NAME_ABBREVIATIONS: Final = frozenset({"St", "Ste", "Ft", "Mt", "Jr", "Sr"})
# a firm's suffix inside a name ("Cowen & Co. analyst Paul Gallant"); not one after a comma, which a name
# before the comma owns ("Hallmark Cards, Inc. said": no speaker "Inc")
_FIRM_SUFFIXES: Final = frozenset({"Co", "Inc", "Corp", "Ltd", "Bros"})


def _trim(doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """Drop function words at both edges (a leading the/a/an stays)."""
    while first < stop and (doc.norms[first] in EDGE_WORDS or not doc.is_word[first]):
        if doc.norms[first] in NAME_PARTICLES and first + 1 < stop and is_cap(doc.tokens[first + 1]):
            break  # "De Blasio", "de Blasio", "Al Franken": a particle that begins a name stays ("de facto" goes)
        first += 1
    while stop > first and (doc.norms[stop - 1] in EDGE_WORDS or doc.norms[stop - 1] in ("the", "a", "an")
                            or not doc.is_word[stop - 1]):
        stop -= 1
    return first, stop


def is_date(doc: Doc, t: int, first: int, stop: int, lists: WordLists) -> bool:
    """Is token ``t`` of the phrase ``[first, stop)`` part of a date: a weekday or time word ("Wednesday",
    "Earlier", "last week"), a month alone or beside a number ("July", "Jan. 5"; "May" in "Theresa May"
    is a name), or a number beside a month?"""
    norm = doc.norms[t]
    if not doc.is_word[t]:
        return False
    if norm in lists.dates:
        # a time word in capitals is part of a name ("USA TODAY"); a weekday never is
        return not doc.tokens[t].isupper() or norm in lists.weekdays
    if norm in lists.months:
        if stop - first == 1:
            return True
        n = len(doc.norms)  # the number may lie outside the phrase: "the April 15 bombing"
        return (t + 1 < n and doc.norms[t + 1][:1].isdigit()) or (
            t + 2 < n and doc.tokens[t + 1] == "." and doc.norms[t + 2][:1].isdigit()) or (
            t > 0 and doc.norms[t - 1][:1].isdigit())
    if norm[:1].isdigit():
        k = t - 1
        if k >= first and doc.tokens[k] == ".":
            k -= 1
        return k >= first and doc.norms[k] in lists.months
    return False


def skip_dates_left(doc: Doc, j: int, sent_first: int, lists: WordLists) -> int:
    """Move left from token ``j`` over a date between a subject and its verb ("Pompeo on Wednesday said",
    "Mulvaney Thursday told", "the ministry last week said", "Sanders on Jan. 5 wrote")."""
    k = j
    while k >= sent_first:
        if doc.is_word[k] and is_date(doc, k, sent_first, j + 1, lists):
            k -= 1
        elif k < j and doc.tokens[k] == "." and k > sent_first and doc.norms[k - 1] in lists.months:
            k -= 1
        elif k < j and doc.norms[k] == "on":
            k -= 1
        else:
            break
    return k


# nouns ending in "-ly" that a subject ends with ("The family of the victim says", "a close ally said"): not
# adverbs to skip between a subject and its verb
_LY_NOUNS: Final = frozenset({"family", "ally", "assembly", "rally", "supply", "reply", "monopoly", "anomaly",
                              "bully", "daily", "weekly", "monthly", "quarterly", "italy", "sicily", "emily",
                              "kelly", "beverly", "holly", "lily", "molly", "polly", "sally", "shelly", "kimberly"})


def adverb_ly(norm: str) -> bool:
    """Does ``norm`` end in "-ly" as an adverb does ("repeatedly", "also"): not a noun such as "family"?"""
    return norm.endswith("ly") and norm not in _LY_NOUNS


def np_left(doc: Doc, end: int, sent_first: int, lists: WordLists) -> tuple[int, int] | None:
    """The noun phrase ending right before token ``end`` (skipping auxiliaries/adverbs)."""
    j = skip_dates_left(doc, end - 1, sent_first, lists)
    if j > sent_first and doc.tokens[j] == ")":
        # a party and state after a name: "Sen. Lindsey Graham (R-S.C.) said"
        k = j - 1
        while k > sent_first and j - k < 8 and doc.tokens[k] != "(":
            k -= 1
        if doc.tokens[k] == "(" and k - 1 >= sent_first:
            j = k - 1
    while j >= sent_first:
        norm = doc.norms[j]
        if doc.is_word[j] and (norm in SKIP_LEFT or (adverb_ly(norm) and norm not in lists.vague
                                                       and not is_cap(doc.tokens[j]))):
            j -= 1
            continue
        # ", meanwhile," interjections
        if doc.tokens[j] == "," and j - 2 >= sent_first and doc.tokens[j - 2] == "," and \
                doc.norms[j - 1] in _INTERJECTIONS:
            j -= 3
            continue
        break
    if j < sent_first or not doc.is_word[j] and doc.tokens[j] != ".":
        return None
    if doc.norms[j] in PRONOUNS and not (doc.norms[j] == "us"):
        return (j, j + 1)
    k = j
    while k >= sent_first and _np_part(doc, k, lists):
        if doc.norms[k] in ("the", "a", "an"):
            k -= 1
            break
        k -= 1
    first, stop = _trim(doc, k + 1, j + 1)
    if first < stop and any(is_cap(doc.tokens[t]) or doc.norms[t] in lists.vague or doc.norms[t] in lists.titles
                            for t in range(first, stop)):
        return _with_count_before(doc, first, sent_first), stop
    found = _common_np_left(doc, j, sent_first)
    return (_with_count_before(doc, found[0], sent_first), found[1]) if found is not None else None


# words of a share of a group before "of" ("23 percent of Republicans", "half of Americans", "a majority of
# voters"): the share is who speaks, not the whole group
QUANTITY_HEADS: Final = frozenset({"percent", "%", "half", "majority", "minority", "third", "thirds", "quarter",
                                   "share", "plurality"})
_ORDINAL_ENDS: Final = ("st", "nd", "rd", "th")


def _with_count_before(doc: Doc, first: int, sent_first: int) -> int:
    """The first token of a noun phrase starting at ``first``, with the ordinal or the share of a group
    written right before it taken in: "the 9th Circuit Court of Appeals" (not "Circuit Court of Appeals"),
    "23 percent of Republicans", "a majority of voters" (not "Republicans", "voters")."""
    norms, tokens = doc.norms, doc.tokens
    f = first
    if f - 1 >= sent_first and is_cap(tokens[f]) and norms[f - 1][:1].isdigit() \
            and norms[f - 1].endswith(_ORDINAL_ENDS) and norms[f - 1][:-2].isdigit():
        f -= 1  # "9th Circuit", "5th Fleet"
        if f - 1 >= sent_first and norms[f - 1] == "the":
            f -= 1
        return f
    if f - 2 >= sent_first and norms[f - 1] == "of" and norms[f - 2] in QUANTITY_HEADS:
        q = f - 2
        if q - 1 >= sent_first and (norms[q - 1][:1].isdigit() or norms[q - 1] in ("a", "the", "one", "two")):
            q -= 1  # "23 percent", "a majority", "two thirds"
        elif norms[q] in ("percent", "%"):
            return first  # a percentage without its number: leave as found
        return q
    return first


_DETERMINER_HEADS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
                               "our", "my", "your", "most", "many", "some", "all", "every", "each", "several",
                               "both", "few", "other", "another", "no"})


_NOT_NOUN: Final = frozenset({"and", "or", "but", "that", "which", "who", "to", "of", "in", "on", "at", "for", "with",
                       "by", "from", "as", "than", "if", "when", "because", "so", "not", "be", "been", "is",
                       "was", "are", "were", "it", "there", "here", "what", "how", "why", "have", "has", "had",
                       "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
                       "despite", "after", "before", "since", "until", "while", "also", "just", "only", "even",
                       "still", "then", "now", "into", "over", "under", "about", "against", "without", "through",
                       # a pronoun fused with a verb ends a clause, not a noun phrase ("a war we're talking about")
                       "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "we're", "we've",
                       "we'd", "we'll", "they're", "they've", "they'd", "they'll", "he's", "he'd", "he'll",
                       "she's", "she'd", "she'll", "it's", "that's", "there's", "here's", "what's", "who's"})


def _common_np_left(doc: Doc, j: int, sent_first: int) -> tuple[int, int] | None:
    """A lower-case noun phrase ending at token ``j``: "the fact-checker", "most voters", "critics"."""
    if j < sent_first or not doc.is_word[j] or doc.norms[j] in _NOT_NOUN or doc.norms[j] in _DETERMINER_HEADS:
        return None
    k = j
    while k - 1 >= sent_first and j - k < 3 and doc.is_word[k - 1] and doc.norms[k - 1] not in _NOT_NOUN:
        k -= 1
        if doc.norms[k] in _DETERMINER_HEADS:
            return k, j + 1
        if doc.norms[k].endswith(("ed", "ing")) and k != j:
            break  # a verb in between: "this year have returned home"
    # a bare plural at the start of a clause: "Voters say ..."
    if doc.norms[j].endswith("s") and (j == sent_first or not doc.is_word[j - 1]):
        return j, j + 1
    return None


# an owner or object pronoun after a verb: what comes before the verb is the subject
_OBJECT_PRONOUNS: Final = frozenset({"her", "his", "their", "its", "him", "them", "my", "our", "your", "me", "us"})


def np_right(doc: Doc, start: int, sent_stop: int, lists: WordLists) -> tuple[int, int] | None:
    """The noun phrase starting at token ``start`` (after a cue)."""
    j = start
    if j < sent_stop and doc.norms[j] in PRONOUNS and doc.norms[j] != "us":
        return (j, j + 1)
    found = _proper_np_right(doc, j, sent_stop, lists)
    if found is None and j < sent_stop and doc.is_word[j] and (
            doc.norms[j] in _DETERMINER_HEADS or not is_cap(doc.tokens[j])) and doc.norms[j] not in _NOT_NOUN:
        # "according to exit polls", "concluded a 2013 article in the journal"
        k = j
        while k < sent_stop and k - j < 6 and doc.is_word[k] and (k == j or doc.norms[k] not in _NOT_NOUN):
            if k > j + 1 and doc.norms[k] in _OBJECT_PRONOUNS:
                k -= 1  # "A woman stuck her head out": the verb before "her" ends the subject
                break
            k += 1
        found = (j, k) if k > j and doc.norms[k - 1] not in _DETERMINER_HEADS else None
    return found


def _proper_np_right(doc: Doc, start: int, sent_stop: int, lists: WordLists) -> tuple[int, int] | None:
    j = start
    k = j
    while k < sent_stop and (_np_part(doc, k, lists)):
        k += 1
    first, stop = _trim(doc, j, k)
    if first >= stop:
        return None
    if not any(is_cap(doc.tokens[t]) or doc.norms[t] in lists.vague or doc.norms[t] in lists.titles
               for t in range(first, stop)):
        return None
    return first, stop


NOUNABLE: Final = frozenset({"warning", "warnings", "report", "reports", "claim", "claims", "fear", "fears",
                       "comment", "comments", "remark", "remarks", "promise", "promises", "threat",
                       "threats", "hope", "hopes", "praise", "dispute", "quote", "note", "notes",
                       "reply", "answer", "tweet", "tweets", "mention", "stress", "pledge", "pledges",
                       "vow", "vows", "blame", "call", "calls", "estimate", "estimates", "warn",
                       "complaint", "complaints", "admission", "denial", "denials", "accusation",
                       "accusations", "allegation", "allegations", "statement", "statements"})


_MODALS: Final = frozenset({"will", "would", "could", "may", "might", "can", "should", "must", "shall", "'ll"})


def is_noun_use(doc: Doc, m: Match) -> bool:
    """"a stern warning", "the claims", "war fears": the cue word is a noun here."""
    if len(m.entry.words) > 1:
        return False
    j = m.first - 1
    if j < 0 or not doc.is_word[j]:
        return False
    if doc.norms[j] in _NOUN_BEFORE:
        return True
    word = doc.norms[m.first]
    if word in NOUNABLE:
        k = j - 1
        return (k >= 0 and doc.is_word[k] and doc.norms[k] in DETERMINERS) or not is_cap(doc.tokens[j]) \
            and doc.norms[j] not in SKIP_LEFT and doc.norms[j] not in PRONOUNS and \
            doc.norms[j] not in ("who", "which", "that") and doc.norms[j][-1:] != "s" and \
            not doc.norms[j].endswith("ly")
    return False


def is_passive(doc: Doc, m: Match) -> bool:
    j = m.first - 1
    while j >= 0 and doc.norms[j] in ("only", "also", "widely", "first", "previously", "reportedly"):
        j -= 1
    return j >= 0 and doc.norms[j] in ("was", "were", "been", "be", "being", "is", "are") and \
        doc.norms[m.first].endswith("ed")


def is_modal_passive(doc: Doc, m: Match) -> bool:
    """"will only be revealed": a future passive, not an attribution."""
    adverbs = ("only", "also", "never", "soon", "not", "ever", "probably", "likely", "then", "later")
    j = m.first - 1
    while j >= 0 and doc.norms[j] in adverbs:
        j -= 1
    if j < 1 or doc.norms[j] != "be":
        return False
    j -= 1
    while j >= 0 and doc.norms[j] in adverbs:
        j -= 1
    return j >= 0 and doc.norms[j] in _MODALS


def skip_left(doc: Doc, j: int, first: int, lists: WordLists) -> int:
    """Move left over auxiliaries and adverbs between a subject and its verb."""
    while j >= first and doc.is_word[j] and (doc.norms[j] in SKIP_LEFT or (
            adverb_ly(doc.norms[j]) and doc.norms[j] not in lists.vague and not is_cap(doc.tokens[j]))):
        j -= 1
    return j


def stem(word: str) -> str:
    """A crude suffix-stripped stem ("blasted", "blasts", "blasting" -> "blast"), memoized."""
    found = _STEMS.get(word)
    if found is None:
        found = _stem(word)
        if len(_STEMS) < 500_000:  # bounded, like the other per-word caches
            _STEMS[word] = found
    return found


_STEMS: Final[dict[str, str]] = {}


def _stem(word: str) -> str:
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[:-len(suffix)]
            if suffix in ("ied", "ies"):
                return base + "y"
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]  # "planned" -> "plan"
            return base.rstrip("e")
    return word.rstrip("e")
