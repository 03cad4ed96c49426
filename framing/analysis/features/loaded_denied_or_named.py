"""Loaded entries denied a few words away, used as a term of computer security, or standing in a name (issue
13, eleventh pass: classes the s31 fresh draw and the independent readers of draws 2121-2424 judged wrong in
:mod:`.loaded`, each checked on every dev use):

* denied across a short gap: "not a completely crazy option", "not be a 'knee-jerk critic'", "doesn't see him
  as a 'shady character' at all" (a negation, then only "be", an article, quotation marks or a degree word
  before the entry, the article perhaps followed by a name or a figure: "I am not a COVID-19 denier"
  (s32 fresh draw); or "not ... at all" around it); (fourteenth pass, round 3, draw 3636) "these" or "those"
  right after the negation marks it as an article does ("gun shows aren't these seedy places"; the question
  "Do not all those ignorant critics know" stays: PTC marks it); "not only fired him but is smearing
  him" stays (no gap of that kind), as does "never been a more outrageous process" (a superlative of degree);
* "malicious" as the computer-security term ("malicious software", "malicious activity by cyber actors",
  "hacks by 'malicious' state actors", "a malicious external attack" on a website): the standard name of
  what an attack does; "a hacker's malicious intent" (a person's aim judged) and "many with malicious
  intentions" of people crossing a border stay;
* an adjective capitalised after a capitalised word in a sentence that is no headline in capitals ("the
  Japanese-owned Kokuka Courageous", "Google's Project Loon"): the end of a ship's, a product's or a project's
  name; and "April Fool's".
* (thirteenth pass: "I'm not the doomsayer", judged wrong by the readers of draw 2828, and "We are not the
  enemy of the people" in the s33 fresh draw) "not the" and the label, closing its clause (a punctuation mark
  right after it): the role the speaker rejects; "not the corrupt officials but the voters" (a noun after the
  label) stays. A title in capitals ("Trump's Plan Is Disgraceful") and a capitalised label
  before a name ("Crooked Hillary") are no such names and stay;
* (thirteenth pass, s33 fresh draw) a capitalised entry that opens the name of an institution ("the head of the
  Propaganda and Agitation Department", "the Propaganda Ministry"): capitalised words (or "and", "of") up to a
  capitalised institution noun, the entry not opening its sentence.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import QUOTE_MARKS

_NEGATIONS: Final = frozenset({"not", "never", "no"})
# not "just", "merely", "exactly": "not just a mob action", "not exactly inspiring" say more, not less
_GAP_WORDS: Final = frozenset({"be", "being", "been", "a", "an", "completely", "totally", "entirely",
                               "particularly", "especially", "really", "very", "so", "too", "terribly",
                               "necessarily", "all", "these", "those"})
_ARTICLES: Final = frozenset({"a", "an"})
# "gun shows aren't these seedy places": a demonstrative right after the negation marks the denied label
_DEMONSTRATIVES: Final = frozenset({"these", "those"})
_GAP_REACH: Final = 4  # tokens between the negation and the entry
_AT_ALL_REACH: Final = 3  # tokens after the entry before "at all"
_NEGATION_REACH: Final = 8  # tokens before the entry read for the negation of "not ... at all"


def _negation(norm: str) -> bool:
    return norm in _NEGATIONS or norm.endswith(("n't", "n’t"))


def _name_modifier(token: str) -> bool:
    """A capitalised word or a word with a figure ("COVID-19", "Trump"), naming what the entry is about."""
    return token[:1].isupper() or any(ch.isdigit() for ch in token)


def _denied_across_gap(doc: Doc, first: int) -> bool:
    """"not a completely crazy option", "not be a 'knee-jerk critic'", "is not 'obscene'": a negation, then only
    "be", degree words, and an article or quotation marks, before the entry ("won't be bullied", with no article
    nor quotation mark, says the bullying is there and stays)."""
    floor = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    gap = 0
    marked = False
    if k > floor and _name_modifier(doc.tokens[k]) and doc.norms[k - 1] in _ARTICLES:
        k -= 1  # "not a COVID-19 denier", "not a Trump hater": a name or a number before the entry
        gap += 1
    while k >= floor and gap < _GAP_REACH and (doc.tokens[k] in QUOTE_MARKS or doc.norms[k] in _GAP_WORDS):
        marked = marked or doc.tokens[k] in QUOTE_MARKS or doc.norms[k] in _ARTICLES \
            or doc.norms[k] in _DEMONSTRATIVES and k > floor and _negation(doc.norms[k - 1])
        k -= 1
        gap += 1
    return marked and k >= floor and doc.is_word[k] and _negation(doc.norms[k])


def _not_the_role(doc: Doc, first: int, stop: int) -> bool:
    """"I'm not the doomsayer.", "We are not the enemy of the people.": a negation, "the", the label, then a
    punctuation mark."""
    floor = doc.sentences[doc.sentence_of[first]].first
    if first - 2 < floor or doc.norms[first - 1] != "the" or not _negation(doc.norms[first - 2]):
        return False
    return stop < len(doc.tokens) and not doc.is_word[stop]


def _not_at_all(doc: Doc, first: int, stop: int) -> bool:
    """"doesn't see Ye as a 'shady character' at all": "at all" just after, a negation before."""
    sentence = doc.sentences[doc.sentence_of[first]]
    for k in range(stop, min(sentence.stop - 1, stop + _AT_ALL_REACH)):
        if doc.norms[k] == "at" and doc.norms[k + 1] == "all":
            return any(doc.is_word[j] and _negation(doc.norms[j])
                       for j in range(max(sentence.first, first - _NEGATION_REACH), first))
    return False


_MALICIOUS: Final = frozenset({"malicious"})
_SECURITY_NOUNS: Final = frozenset({"software", "code", "codes", "program", "programs", "activity", "activities",
                                    "actor", "actors", "attack", "attacks", "intrusion", "intrusions", "traffic",
                                    "link", "links", "file", "files", "email", "emails", "website", "websites",
                                    "hackers", "hacker", "cyber", "cyberattack", "cyberattacks", "payload", "apps",
                                    "app", "url", "urls", "domains", "bots", "botnet", "external", "state",
                                    "foreign"})
_SECURITY_CONTEXT: Final = frozenset({"hack", "hacks", "hacked", "hacking", "hacker", "hackers", "cyber",
                                      "cybersecurity", "cyberattack", "cyberattacks", "malware", "software",
                                      "computer", "computers", "network", "networks", "intrusion", "ransomware",
                                      "virus", "email", "website", "servers", "server", "phishing", "actors"})
_SECURITY_REACH: Final = 20  # tokens either side read for a word of computer security


def _security_term(doc: Doc, first: int, stop: int) -> bool:
    """"malicious software", "activity with malicious intent" in a sentence of a hack."""
    if doc.norms[first] not in _MALICIOUS or stop - first != 1:
        return False
    k = stop
    while k < len(doc.norms) and doc.tokens[k] in QUOTE_MARKS:
        k += 1
    if k >= len(doc.norms) or doc.norms[k] not in _SECURITY_NOUNS:
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    return any(doc.norms[j] in _SECURITY_CONTEXT and j != k
               for j in range(max(sentence.first, first - _SECURITY_REACH), min(sentence.stop, stop + _SECURITY_REACH)))


_TITLE_SHARE: Final = 0.5  # a sentence with more capitalised words than this is a headline in capitals
_VERBS_OF_TITLES: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "look", "looks", "seem",
                                     "seems", "get", "gets", "got", "worked", "works", "sounds", "stays"})


def _capitalised(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    return doc.is_word[k] and token[:1].isupper() and not token.isupper() and len(token) > 1


def _end_of_a_name(doc: Doc, match: Match) -> bool:
    """"the Kokuka Courageous", "Project Loon": a capitalised adjective after a capitalised word that does not
    open the sentence, in a sentence mostly in lower case."""
    first = match.first
    if match.stop - first != 1 or not _capitalised(doc, first):
        return False
    if doc.norms[first] in ("fool's", "fool’s", "fools") and first >= 1 and doc.norms[first - 1] == "april":
        return True
    if match.entry.category != "adjective":
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    before = first - 1
    if before <= sentence.first or not _capitalised(doc, before) or doc.norms[before] in _VERBS_OF_TITLES:
        return False
    if doc.tokens[before - 1] in QUOTE_MARKS or doc.tokens[before - 1] in (":", "|", "-", "—"):
        return False
    words = [k for k in range(sentence.first, sentence.stop) if doc.is_word[k]]
    capitals = sum(1 for k in words if doc.tokens[k][:1].isupper())
    return capitals <= _TITLE_SHARE * len(words)


_INSTITUTIONS: Final = frozenset({"department", "ministry", "office", "bureau", "committee", "agency", "council",
                                  "institute", "center", "centre", "commission", "directorate", "division", "board"})
_NAME_REACH: Final = 4  # tokens after the entry to the institution noun


def _start_of_an_institution(doc: Doc, match: Match) -> bool:
    first = match.first
    if not _capitalised(doc, first) or first == doc.sentences[doc.sentence_of[first]].first:
        return False
    for k in range(match.stop, min(len(doc.tokens), match.stop + _NAME_REACH)):
        if doc.norms[k] in ("and", "of", "&"):
            continue
        if not _capitalised(doc, k):
            return False
        if doc.norms[k] in _INSTITUTIONS:
            return True
    return False


def denied_or_named(doc: Doc, match: Match) -> str | None:
    """Why the loaded entry is denied a few words away, a computer-security term or part of a name (the reason
    shown), or None."""
    if _denied_across_gap(doc, match.first) or _not_at_all(doc, match.first, match.stop) \
            or _not_the_role(doc, match.first, match.stop):
        return "not a completely crazy option, not a 'shady character' at all: denied"
    if _security_term(doc, match.first, match.stop):
        return "malicious software, malicious activity in a hack: the computer-security term"
    if _end_of_a_name(doc, match):
        return "the Kokuka Courageous, Project Loon, April Fool's: the end of a name"
    if _start_of_an_institution(doc, match):
        return "the Propaganda and Agitation Department: the start of an institution's name"
    return None
