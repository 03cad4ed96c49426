"""Sourcing: who is cited, how, and how much of the text rests on attribution.

An *attribution* is a cue ("said", "according to", "claimed" ...) with, where
one can be found, its source (the speaker). Cue candidates are the matches of
``report_verbs.txt``, the words of the cue model's learned vocabulary (and
their inflections, by suffix-stripped stem: "blasts" from "blasted") and a
colon after a word ("Sanders: ..."); the cue model (a logistic regression over
the candidate's context, ``framing/analysis/models/cues.json``, trained on PolNeAR by
``python -m framing.train cues``) decides which are cues, and the span part of
the same model (a table of phrases cut to their first word and a second logistic
regression over the words around the cue, see :func:`cue_span`) sets their
boundaries ("has said", "replied:", "told reporters" -> "told"). The
speaker is the noun phrase before the cue ("Russian Foreign Minister Sergei
Lavrov said"), after it ("... said CIA director Yong Suk Lee", "according to
the Russian Foreign Ministry") or, for he/she/it/they, the most recent fitting
speaker. Each speaker gets a kind:

* ``person``: a named person (capitalised name not in the place/organisation lists);
* ``organization``: a named organisation, government or place used for it
  ("the State Department", "Moscow", "the Kremlin");
* ``outlet``: a news outlet or agency (Reuters, CNN, Sputnik);
* ``anonymous``: unnamed or vague ("officials", "observers", "a spokesman",
  "critics", "some"), including affiliated ones ("US officials");
* ``none``: no source in the sentence (passive "was reported").

Measures: ``attributions`` and ``per_100_sentences`` (the value); counts by
kind; ``neutral_verbs`` vs ``loaded_verbs`` (claimed, admitted, accused ...);
``quotes`` (direct quotations) and ``quoted_share`` (share of body characters
inside quotation marks); ``unattributed_claims``: share of claim sentences
(declarative, 8+ words, not a question, heading or quotation) with no
attribution in them. Evidence roles: ``cue``, ``source`` and ``quote``.

Higher value: more of the text is attributed to sources.
"""
from __future__ import annotations

import functools
import math
import operator
from dataclasses import dataclass
from typing import Final, cast

from ..lexicons import Entry, Match, find, load_lexicon
from ..models import LinearModel, packaged_model
from ..text import Doc, first_at_or_after
from ...types import Evidence, FeatureResult, Measure
from ..context import Context
from ..evidence import count_measure, per_1000, sort_evidence, span_evidence
from ..models import linear_probability, sigmoid
from .lexical import DETERMINERS, imperative_verb

NAME: Final = "sourcing"
MEANING: Final = "Attributions per 100 sentences (said, according to ...): higher = more sourced."

KINDS: Final = ("person", "organization", "outlet", "anonymous", "none")
KIND_LABELS: Final = {
    "person": "named person",
    "organization": "named organization",
    "outlet": "news outlet",
    "anonymous": "anonymous or vague",
    "none": "no source given",
}
PRONOUNS: Final = {"he": "person", "she": "person", "it": "organization", "they": "any", "we": "any",
            "i": "person", "you": "none"}
_NOUN_BEFORE: Final = DETERMINERS | {"recent", "new", "earlier", "previous", "media", "news", "such",
                              "press", "initial", "first", "some", "many", "several", "two",
                              "these", "those", "any", "no", "of", "to", "and"}
_SKIP_LEFT: Final = frozenset({"has", "have", "had", "also", "publicly", "recently", "repeatedly", "previously",
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
_MODIFIERS: Final = frozenset({"top", "senior", "former", "deputy", "chief", "foreign", "defense", "defence",
                        "state", "federal", "local", "military", "government", "intelligence",
                        "security", "national", "white", "house", "press", "campaign", "party",
                        "administration", "justice", "health", "finance", "interior", "prime",
                        "vice", "assistant", "acting", "executive", "general", "special", "other",
                        "several", "two", "three", "many", "some", "most", "western", "unnamed",
                        "anonymous", "unidentified", "high-ranking", "high", "ranking", "veteran",
                        "longtime", "current", "incoming", "outgoing", "top-ranking", "political",
                        "diplomatic", "independent", "leading", "prominent", "republican",
                        "democratic", "conservative", "liberal", "u.s", "us"})
_SOURCE_NOUNS_AFTER_ACCORDING: Final = frozenset({
    "warning", "statement", "report", "reports", "interview", "letter", "memo", "release", "post",
    "tweet", "survey", "poll", "study", "document", "documents", "data", "figures", "estimates",
    "analysis", "account", "accounts", "testimony", "filing", "filings", "record", "records",
    "transcript", "complaint", "announcement", "assessment", "estimate", "article", "story",
    "email", "emails", "memorandum", "readout", "note", "notes", "research", "documents"})


@dataclass(frozen=True, slots=True)
class _Lists:
    titles: frozenset[str]
    org_heads: frozenset[str]
    vague: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    outlets: frozenset[str]


def _words_of(lexicon: str, *categories: str, heads_only: bool = False) -> frozenset[str]:
    """Words of a lexicon's entries (with ``heads_only``, the last word of each entry)."""
    out: set[str] = set()
    for e in load_lexicon(lexicon).entries:
        if not categories or e.category in categories:
            words = e.words[-1:] if heads_only else e.words
            out.update(w for w in words if "*" not in w)
    return frozenset(out)


@functools.cache
def _lists() -> _Lists:
    return _Lists(
        titles=_words_of("source_heads", "title"),
        org_heads=_words_of("source_heads", "org_head"),
        vague=_words_of("vague_sources", heads_only=True) - {"the", "a", "an", "of"},
        places=_words_of("places", "country", "capital", "metonym"),
        demonyms=_words_of("places", "demonym"),
        outlets=frozenset(e.term for e in load_lexicon("source_heads").entries if e.category == "outlet"),
    )


class Speaker:
    """A source noun phrase found for a cue. (Plain classes here, not dataclasses: compiled, their
    constructors are native.)"""

    __slots__ = ("start", "stop", "kind", "name", "key")

    def __init__(self, start: int, stop: int, kind: str, name: str, key: str) -> None:
        self.start = start  # token range [first, stop)
        self.stop = stop
        self.kind = kind
        self.name = name
        self.key = key

    def __repr__(self) -> str:
        return f"Speaker({self.start}, {self.stop}, {self.kind!r}, {self.name!r}, {self.key!r})"


class Attribution:
    """A cue, its speaker (if found) and its sentence."""

    __slots__ = ("doc", "cue", "speaker", "sentence", "model_note")

    def __init__(self, doc: Doc, cue: Match, speaker: Speaker | None, sentence: int, model_note: str = "") -> None:
        self.doc = doc
        self.cue = cue
        self.speaker = speaker
        self.sentence = sentence
        self.model_note = model_note  # "model cues v1 p=0.93" when the cue model kept it

    def __repr__(self) -> str:
        return f"Attribution({self.cue!r}, {self.speaker!r}, sentence={self.sentence}, {self.model_note!r})"


# ---------------------------------------------------------------- noun phrases

def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _np_part(doc: Doc, k: int, lists: _Lists) -> bool:
    if not doc.is_word[k]:
        # dots of abbreviations (U.S.) and hyphens inside a name
        tok = doc.tokens[k]
        return tok == "." and k > 0 and doc.is_word[k - 1] and "." in doc.tokens[k - 1] \
            and doc.starts[k] == doc.ends[k - 1]
    tok = doc.tokens[k]
    norm = doc.norms[k]
    if _is_cap(tok):
        return True
    return (norm in lists.titles or norm in lists.vague or norm in _MODIFIERS or norm in lists.org_heads
            or norm in _NP_FUNCTION or norm in ("a", "an"))


_EDGE_WORDS: Final = frozenset({"of", "and", "for", "at", "on", "'s", ".", "to", "in", "from", "by", "with", "as",
                        "but", "when", "if", "after", "while", "since", "because", "so", "yet", "then",
                        "although", "though", "meanwhile", "before", "during", "under", "over", "that",
                        "this", "these", "those", "de", "al"})


def _trim(doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """Drop function words at both edges (a leading the/a/an stays)."""
    while first < stop and (doc.norms[first] in _EDGE_WORDS or not doc.is_word[first]):
        first += 1
    while stop > first and (doc.norms[stop - 1] in _EDGE_WORDS or doc.norms[stop - 1] in ("the", "a", "an")
                            or not doc.is_word[stop - 1]):
        stop -= 1
    return first, stop


def _np_left(doc: Doc, end: int, sent_first: int, lists: _Lists) -> tuple[int, int] | None:
    """The noun phrase ending right before token ``end`` (skipping auxiliaries/adverbs)."""
    j = end - 1
    while j >= sent_first:
        norm = doc.norms[j]
        if doc.is_word[j] and (norm in _SKIP_LEFT or (norm.endswith("ly") and norm not in lists.vague
                                                       and not _is_cap(doc.tokens[j]))):
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
    if first < stop and any(_is_cap(doc.tokens[t]) or doc.norms[t] in lists.vague or doc.norms[t] in lists.titles
                            for t in range(first, stop)):
        return first, stop
    return _common_np_left(doc, j, sent_first)


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


def _np_right(doc: Doc, start: int, sent_stop: int, lists: _Lists) -> tuple[int, int] | None:
    """The noun phrase starting at token ``start`` (after a cue)."""
    j = start
    if j < sent_stop and doc.norms[j] in PRONOUNS and doc.norms[j] != "us":
        return (j, j + 1)
    found = _proper_np_right(doc, j, sent_stop, lists)
    if found is None and j < sent_stop and doc.is_word[j] and (
            doc.norms[j] in _DETERMINER_HEADS or not _is_cap(doc.tokens[j])) and doc.norms[j] not in _NOT_NOUN:
        # "according to exit polls", "concluded a 2013 article in the journal"
        k = j
        while k < sent_stop and k - j < 6 and doc.is_word[k] and (k == j or doc.norms[k] not in _NOT_NOUN):
            k += 1
        found = (j, k) if k > j and doc.norms[k - 1] not in _DETERMINER_HEADS else None
    return found


def _proper_np_right(doc: Doc, start: int, sent_stop: int, lists: _Lists) -> tuple[int, int] | None:
    j = start
    k = j
    while k < sent_stop and (_np_part(doc, k, lists)):
        k += 1
    first, stop = _trim(doc, j, k)
    if first >= stop:
        return None
    if not any(_is_cap(doc.tokens[t]) or doc.norms[t] in lists.vague or doc.norms[t] in lists.titles
               for t in range(first, stop)):
        return None
    return first, stop


def _classify(doc: Doc, first: int, stop: int, lists: _Lists) -> tuple[str, str, str]:
    """(kind, display name, identity key) of the noun phrase ``[first, stop)`` (memoized per Doc)."""
    memo = cast("dict[tuple[int, int], tuple[str, str, str]] | None", doc.cache.get("speaker_kinds"))
    if memo is None:
        memo = {}
        doc.cache["speaker_kinds"] = memo
    found = memo.get((first, stop))
    if found is None:
        found = memo[(first, stop)] = _classify_np(doc, first, stop, lists)
    return found


@functools.cache
def _outlet_first_words(outlets: frozenset[str]) -> frozenset[str]:
    return frozenset(o.split(" ")[0] for o in outlets)


def _classify_np(doc: Doc, first: int, stop: int, lists: _Lists) -> tuple[str, str, str]:
    norms = doc.norms[first:stop]
    text = doc.text[doc.starts[first]:doc.ends[stop - 1]]
    display = text
    if norms and norms[0] in ("the", "a", "an"):
        display = doc.text[doc.starts[first + 1]:doc.ends[stop - 1]] if stop - first > 1 else text
    # outlets, possibly multiword
    words = [n[:-2] if n.endswith("'s") else n for n in norms if n != "."]
    outlet_first = _outlet_first_words(lists.outlets)
    for a in range(len(words)):
        if words[a] not in outlet_first:
            continue  # no outlet starts with this word
        for b in range(a + 1, min(len(words), a + 5) + 1):
            outlet = " ".join(words[a:b])
            if outlet in lists.outlets:
                return "outlet", display, outlet
    name_toks: list[int] = []
    for t in range(stop - 1, first - 1, -1):
        tok, norm = doc.tokens[t], doc.norms[t]
        base = norm[:-2] if norm.endswith("'s") else norm
        if not doc.is_word[t]:
            if name_toks:
                break
            continue
        if _is_cap(tok) and base not in lists.titles and base not in lists.org_heads \
                and base not in lists.places and base not in lists.demonyms and base not in lists.vague \
                and base not in _MODIFIERS and base not in _EDGE_WORDS and base not in ("the", "a", "an"):
            name_toks.append(t)
        else:
            break
    # the head noun: the last word before a preposition ("official" in "a top CIA official for Asia")
    head_at = stop - 1
    for t in range(first + 1, stop):
        if doc.norms[t] in ("for", "of", "at", "in", "from", "with", "on") and doc.is_word[t - 1]:
            head_at = t - 1
            break
    head = doc.norms[head_at]
    last = norms[-1]
    if last in lists.org_heads:
        return "organization", display, _key(display)
    prep_at = next((t for t in range(first + 1, stop) if doc.norms[t] in ("for", "of", "at", "in", "from",
                                                                         "with", "on")), None)
    if name_toks and prep_at is not None and name_toks[-1] > prep_at and len(name_toks) < 2:
        name_toks = []  # "a top CIA official for the Korean Peninsula": not a person's name
    if name_toks:
        name_toks.reverse()
        name = doc.text[doc.starts[name_toks[0]]:doc.ends[name_toks[-1]]]
        if len(name_toks) > 3:
            return "organization", display, _key(display)
        return "person", name, doc.norms[name_toks[-1]]
    if head in lists.vague or head in lists.titles:
        return "anonymous", display, _key(display)
    if any(n in lists.org_heads or n in lists.places for n in norms) or \
            " ".join(norms[-2:]) in lists.places:
        return "organization", display, _key(display)
    if any(_is_cap(doc.tokens[t]) for t in range(first, stop)):
        return "organization", display, _key(display)
    return "anonymous", display, _key(display)


def _key(name: str) -> str:
    """Identity of a non-person source: lower case, without dots or a leading 'the'."""
    key = name.lower().replace(".", "").replace("’", "'")
    return key[4:] if key.startswith("the ") else key


# ---------------------------------------------------------------- attributions

_NOUNABLE: Final = frozenset({"warning", "warnings", "report", "reports", "claim", "claims", "fear", "fears",
                       "comment", "comments", "remark", "remarks", "promise", "promises", "threat",
                       "threats", "hope", "hopes", "praise", "dispute", "quote", "note", "notes",
                       "reply", "answer", "tweet", "tweets", "mention", "stress", "pledge", "pledges",
                       "vow", "vows", "blame", "call", "calls", "estimate", "estimates", "warn",
                       "complaint", "complaints", "admission", "denial", "denials", "accusation",
                       "accusations", "allegation", "allegations", "statement", "statements"})
_MODALS: Final = frozenset({"will", "would", "could", "may", "might", "can", "should", "must", "shall", "'ll"})


def _is_noun_use(doc: Doc, m: Match) -> bool:
    """"a stern warning", "the claims", "war fears": the cue word is a noun here."""
    if len(m.entry.words) > 1:
        return False
    j = m.first - 1
    if j < 0 or not doc.is_word[j]:
        return False
    if doc.norms[j] in _NOUN_BEFORE:
        return True
    word = doc.norms[m.first]
    if word in _NOUNABLE:
        k = j - 1
        return (k >= 0 and doc.is_word[k] and doc.norms[k] in DETERMINERS) or not _is_cap(doc.tokens[j]) \
            and doc.norms[j] not in _SKIP_LEFT and doc.norms[j] not in PRONOUNS and \
            doc.norms[j] not in ("who", "which", "that") and doc.norms[j][-1:] != "s" and \
            not doc.norms[j].endswith("ly")
    return False


def _passive(doc: Doc, m: Match) -> bool:
    j = m.first - 1
    while j >= 0 and doc.norms[j] in ("only", "also", "widely", "first", "previously", "reportedly"):
        j -= 1
    return j >= 0 and doc.norms[j] in ("was", "were", "been", "be", "being", "is", "are") and \
        doc.norms[m.first].endswith("ed")


def _modal_passive(doc: Doc, m: Match) -> bool:
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


def _skip_left(doc: Doc, j: int, first: int, lists: _Lists) -> int:
    """Move left over auxiliaries and adverbs between a subject and its verb."""
    while j >= first and doc.is_word[j] and (doc.norms[j] in _SKIP_LEFT or (
            doc.norms[j].endswith("ly") and doc.norms[j] not in lists.vague and not _is_cap(doc.tokens[j]))):
        j -= 1
    return j


def _resolve(pronoun: str, sentence_first_np: Speaker | None, history: list[Speaker]) -> Speaker | None:
    want = PRONOUNS[pronoun]
    if want == "none":
        return None  # generic "you"
    if want == "organization" and sentence_first_np is not None and sentence_first_np.kind == "organization":
        return sentence_first_np
    for sp in reversed(history):
        if want == "any" and sp.kind in ("organization", "anonymous", "person", "outlet"):
            return sp
        if want == sp.kind or (want == "organization" and sp.kind in ("organization", "outlet")):
            return sp
    return None


def _speaker_span(doc: Doc, m: Match, lists: _Lists, vague_by_stop: dict[int, Match]) -> tuple[int, int] | None:
    """Token span of the source of cue ``m``, or None."""
    sent = doc.sentences[doc.sentence_of[m.first]]
    words = m.entry.words
    if words[0] == "according":
        span = _np_right(doc, m.stop, sent.stop, lists)
        if span and doc.norms[span[1] - 1] in _SOURCE_NOUNS_AFTER_ACCORDING:
            after = span[1]
            if after < sent.stop and doc.norms[after] in ("from", "by", "of"):
                span = _np_right(doc, after + 1, sent.stop, lists) or span
        if span is None:
            # "according to a warning from a top CIA official"
            j = m.stop
            while j < min(sent.stop, m.stop + 4) and doc.norms[j] not in ("from", "by"):
                j += 1
            if j < sent.stop - 1:
                span = _np_right(doc, j + 1, sent.stop, lists)
        return span
    vm = vague_by_stop.get(m.first)
    if vm is not None:
        left = _np_left(doc, m.first, sent.first, lists)
        return (min(vm.first, left[0]) if left and left[1] == vm.stop else vm.first, vm.stop)
    span = _np_left(doc, m.first, sent.first, lists)
    if span is not None and doc.norms[span[0]] not in ("who", "which", "that"):
        return span
    j = _skip_left(doc, m.first - 1, sent.first, lists)
    if j >= sent.first and doc.norms[j] in ("who", "which"):
        # "a top CIA official for the Korean Peninsula who says"
        left = _np_left(doc, j, sent.first, lists)
        if left and left[0] - 1 >= sent.first and doc.norms[left[0] - 1] in (
                "for", "of", "at", "in", "from", "with", "on"):
            left = _np_left(doc, left[0] - 1, sent.first, lists) or left
        return left
    if len(words) == 1 and words[0].endswith("ing"):
        return None  # participles take the clause's subject (see find_attributions)
    if j >= sent.first and doc.norms[j] in ("and", "but", "then") and len(words) == 1:
        # coordinated verb: "Wilson praised Rubio and said ...": the clause's subject
        first_word = next((t for t in range(sent.first, j) if doc.is_word[t]), None)
        if first_word is not None:
            subj = _np_right(doc, first_word, j, lists)
            if subj is not None:
                return subj
    if j >= sent.first and doc.tokens[j] == ",":
        # appositive: "Saudi Arabia, a close US ally, has said"
        k = j - 1
        while k > sent.first and doc.tokens[k] != "," and j - k < 40:
            k -= 1
        if doc.tokens[k] == "," and k > sent.first:
            left = _np_left(doc, k, sent.first, lists)
            if left is not None:
                return left
    # inversion after a quotation or at the start: '..." said Lavrov', 'Said the minister'
    if words[0] != "in" and (j < sent.first or doc.tokens[j] in (",", "”", "\"", ":", "—", "'", "’")) \
            and not _passive(doc, m):
        return _np_right(doc, m.stop, sent.stop, lists)
    return None


class Candidate:
    """A report-verb match with what the rules found around it, before the cue model decides."""

    __slots__ = ("doc", "match", "sentence", "span", "features")

    def __init__(self, doc: Doc, match: Match, sentence: int, span: tuple[int, int] | None,
                 features: list[str]) -> None:
        self.doc = doc
        self.match = match
        self.sentence = sentence
        self.span = span  # speaker noun phrase (token range), if the rules found one
        self.features = features

    def __repr__(self) -> str:
        return f"Candidate({self.match!r}, sentence={self.sentence}, span={self.span!r})"


_PUNCT_SHAPES: Final = {"“": "quote", "”": "quote", '"': "quote", "‘": "quote", "’": "quote", ",": "comma",
                 ":": "colon", ".": "stop", "(": "paren", ")": "paren", "—": "dash", "-": "dash"}


_QUOTE_TOKENS: Final = frozenset({"“", "”", '"', "‘", "’"})

# The shapes :func:`_shape` gives, by number (the scorer's tables are lists indexed by it).
_SHAPE_NAMES: Final = ("edge", "quote", "comma", "colon", "stop", "paren", "dash", "punct", "pron", "cap", "num",
                       "low")
_PUNCT_SHAPE_IDS: Final = {tok: _SHAPE_NAMES.index(shape) for tok, shape in _PUNCT_SHAPES.items()}
_SHAPE_PUNCT: Final = 7
_SHAPE_PRON: Final = 8
_SHAPE_CAP: Final = 9
_SHAPE_NUM: Final = 10
_SHAPE_LOW: Final = 11


def _shape(doc: Doc, i: int) -> str:
    """The shape of token ``i``: "edge" outside the Doc, the kind of a punctuation mark, else
    "pron", "cap", "num" or "low"."""
    return _SHAPE_NAMES[_shape_id(doc, i)]


def _shape_id(doc: Doc, i: int) -> int:
    """:func:`_shape` as an index into ``_SHAPE_NAMES`` (memoized by token string)."""
    if i < 0 or i >= len(doc.tokens):
        return 0
    tok = doc.tokens[i]
    found = _TOKEN_SHAPES.get(tok)
    if found is None:
        found = _token_shape(tok, doc.is_word[i], doc.norms[i])
        if len(_TOKEN_SHAPES) < 500_000:  # bounded, like the other per-word caches
            _TOKEN_SHAPES[tok] = found
    return found


_TOKEN_SHAPES: Final[dict[str, int]] = {}  # token -> its shape id (a token's norm and is_word follow from it)


def _token_shape(tok: str, is_word: bool, norm: str) -> int:
    if not is_word:
        return _PUNCT_SHAPE_IDS.get(tok, _SHAPE_PUNCT)
    if norm in _PRONOUN_SHAPES:
        return _SHAPE_PRON
    if tok[:1].isupper():
        return _SHAPE_CAP
    if tok[:1].isdigit():
        return _SHAPE_NUM
    return _SHAPE_LOW


_PRONOUN_SHAPES: Final = frozenset(PRONOUNS) | {"you", "they", "we", "i"}
_DOUBLE_QUOTES: Final = frozenset({"“", "”", '"'})


def _quote_tokens(doc: Doc) -> list[int]:
    """Token indices of the double quotation marks of a Doc (computed once per Doc)."""
    cached = doc.cache.get("quote_tokens")
    if cached is not None:
        return cast("list[int]", cached)
    # find the characters in the text (fast) and keep those that are tokens of their own
    text, starts, tokens = doc.text, doc.starts, doc.tokens
    found: list[int] = []
    for ch in _DOUBLE_QUOTES:
        pos = text.find(ch)
        while pos >= 0:
            k = first_at_or_after(starts, pos)
            if k < len(starts) and starts[k] == pos and tokens[k] == ch:
                found.append(k)
            pos = text.find(ch, pos + 1)
    found.sort()
    doc.cache["quote_tokens"] = found
    return found


def _sentences_with_quotes(doc: Doc) -> set[int]:
    found = doc.cache.get("sentences_with_quotes")
    if found is None:
        sentence_of = doc.sentence_of
        found = doc.cache["sentences_with_quotes"] = {sentence_of[k] for k in _quote_tokens(doc)}
    return found  # type: ignore[return-value]


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


def _imperative(doc: Doc, si: int) -> int | None:
    """:func:`imperative_verb` of sentence ``si``, memoized per Doc."""
    memo = doc.cache.get("sourcing_imperatives")
    if memo is None:
        memo = doc.cache["sourcing_imperatives"] = {}
    if si in memo:  # type: ignore[operator]
        return memo[si]  # type: ignore[index]
    found = memo[si] = imperative_verb(doc, doc.sentences[si])  # type: ignore[index]
    return found


# The context facts of a candidate beyond its words and shapes (:func:`_traits`), as bits: each of the
# first eight sets one string feature ("imperative", "passive", "sentence_initial" (with
# "sentence_initial|cue=TERM"), "in_quote", "noun_use", "modal_passive", "sentence_has_quote",
# "that_after_object"), _HAS_STEM says the candidate has a "stem=" feature, and the bits from
# _EARLIER_SHIFT up hold min(2, report-verb matches before it in its sentence) ("earlier_cues=").
_IMPERATIVE: Final = 1
_PASSIVE: Final = 2
_INITIAL: Final = 4
_IN_QUOTE: Final = 8
_NOUN_USE: Final = 16
_MODAL_PASSIVE: Final = 32
_HAS_QUOTE: Final = 64
_THAT_AFTER: Final = 128
_HAS_STEM: Final = 256
_EARLIER_SHIFT: Final = 9


def _traits(doc: Doc, m: Match, si: int, in_quote: bool) -> int:
    """The facts of candidate ``m`` (in sentence ``si``) that its context features state beside its words
    and shapes, as the bits above (one computation shared by the string features and the scorer)."""
    i, j = m.first, m.stop
    sent = doc.sentences[si]
    is_word = doc.is_word
    traits = 0
    first_word = sent.first
    while first_word < sent.stop and not is_word[first_word]:
        first_word += 1
    if i == first_word:
        traits |= _INITIAL
        if _imperative(doc, si) == i:
            traits |= _IMPERATIVE
    if in_quote:
        traits |= _IN_QUOTE
    if _is_noun_use(doc, m):
        traits |= _NOUN_USE
    if _passive(doc, m):
        traits |= _PASSIVE
    if _modal_passive(doc, m):
        traits |= _MODAL_PASSIVE
    if si in _sentences_with_quotes(doc):
        traits |= _HAS_QUOTE
    if j - i == 1 and is_word[i]:
        traits |= _HAS_STEM
    norms = doc.norms
    k = j
    while k < sent.stop and k - j < 4 and norms[k] != "that":
        k += 1
    if k < sent.stop and k - j < 4 and k > j + 1:
        traits |= _THAT_AFTER
    return traits | min(_earlier_report_verbs(doc, sent.first, i), 2) << _EARLIER_SHIFT


def _context_features(doc: Doc, m: Match, si: int, in_quote: bool) -> list[str]:
    """The features of a candidate cue that do not depend on its speaker: the words and shapes around it,
    its inflection and stem, where it comes from (report-verb lexicon, learned vocabulary, colon rule), how
    many report-verb matches come before it in its sentence, a "that" after an object ("told reporters
    that"), and the sentence's position, quotation and mood.

    The analysis does not build these strings: :meth:`_Scorer.context_weight` adds the same weights
    from tables."""
    i, j = m.first, m.stop
    term = m.entry.term
    norms = doc.norms
    n = len(norms)
    p1 = norms[i - 1] if i >= 1 else "<edge>"
    p2 = norms[i - 2] if i >= 2 else "<edge>"
    n1 = norms[j] if j < n else "<edge>"
    n2 = norms[j + 1] if j + 1 < n else "<edge>"
    s1, t1 = _shape(doc, i - 1), _shape(doc, j)
    feats = [
        f"cue={term}", f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}", f"cue|n1={term}|{n1}",
        f"p1|cue={p1}|{term}", f"p1shape={s1}", f"p2shape={_shape(doc, i - 2)}", f"n1shape={t1}",
        f"p1shape|cue={s1}|{term}", f"n1shape|cue={t1}|{term}",
    ]
    traits = _traits(doc, m, si, in_quote)
    if traits & _INITIAL:
        feats.append("sentence_initial")
        feats.append(f"sentence_initial|cue={term}")
        if traits & _IMPERATIVE:
            feats.append("imperative")
    if traits & _IN_QUOTE:
        feats.append("in_quote")
    if traits & _NOUN_USE:
        feats.append("noun_use")
    if traits & _PASSIVE:
        feats.append("passive")
    if traits & _MODAL_PASSIVE:
        feats.append("modal_passive")
    if traits & _HAS_QUOTE:
        feats.append("sentence_has_quote")
    word = norms[j - 1]
    suffix = _suffix(word)
    feats.append(f"suffix={suffix}")
    feats.append(f"suffix|p1shape={suffix}|{s1}")
    feats.append(f"source={_source_kind(m.entry.lexicon)}|{m.entry.category}")
    if traits & _HAS_STEM:
        feats.append(f"stem={stem(word)}")
    feats.append(_EARLIER[traits >> _EARLIER_SHIFT])
    if traits & _THAT_AFTER:
        feats.append("that_after_object")
    return feats


_EARLIER: Final = ("earlier_cues=0", "earlier_cues=1", "earlier_cues=2+")


def _source_kind(lexicon: str) -> str:
    """Where a candidate comes from: the report-verb lexicon, the learned vocabulary or the colon rule."""
    if lexicon == "report_verbs":
        return "lexicon"
    return "vocabulary" if lexicon == CUE_VOCABULARY else "colon"


_SUFFIXES: Final = ("ed", "ing", "ly", "s", "-")


def _suffix(word: str) -> str:
    """The inflection a cue word shows (its tense/person for a verb)."""
    return _SUFFIXES[_suffix_id(word)]


def _suffix_id(word: str) -> int:
    """:func:`_suffix` as an index into ``_SUFFIXES``."""
    if word.endswith("ed"):
        return 0
    if word.endswith("ing"):
        return 1
    if word.endswith("ly"):
        return 2
    if word.endswith("s") and not word.endswith("ss"):
        return 3
    return 4


def _earlier_report_verbs(doc: Doc, sent_first: int, i: int) -> int:
    """How many report-verb matches start in the sentence before token ``i``."""
    firsts = cast("list[int] | None", doc.cache.get("report_verb_firsts"))
    if firsts is None:
        firsts = sorted([m.first for m in find(doc, "report_verbs")])
        doc.cache["report_verb_firsts"] = firsts
    return first_at_or_after(firsts, i) - first_at_or_after(firsts, sent_first)


def _speaker_features(doc: Doc, m: Match, span: tuple[int, int] | None, lists: _Lists) -> list[str]:
    if span is None:
        return ["no_speaker"]
    side = "left" if span[1] <= m.first else "right"
    return [f"speaker={side}", f"speaker_kind={_speaker_kind(doc, span, lists)}",
            f"speaker|cue={side}|{m.entry.term}"]


def _speaker_kind(doc: Doc, span: tuple[int, int], lists: _Lists) -> str:
    """The speaker's kind as the cue model sees it: a lone pronoun is "pronoun"."""
    if span[1] - span[0] == 1 and doc.norms[span[0]] in PRONOUNS:
        return "pronoun"
    return _classify(doc, span[0], span[1], lists)[0]


def cue_features(doc: Doc, m: Match, si: int, span: tuple[int, int] | None, in_quote: bool,
                 lists: _Lists) -> list[str]:
    """String features of a candidate cue for the cue model (see framing/learn/training/cues.py)."""
    return _context_features(doc, m, si, in_quote) + _speaker_features(doc, m, span, lists)


CUE_VOCABULARY: Final = "cue vocabulary of model cues"  # lexicon name of candidates the cue model's vocabulary adds
RULE: Final = "sourcing rule"
_COLON: Final = Entry(RULE, "colon after a speaker", "neutral", (":",))
_NOT_SPEAKER_BEFORE_COLON: Final = frozenset({"http", "https", "www", "p.m", "a.m", "am", "pm", "following", "include",
                                       "including", "follows", "are", "is", "was", "were", "be", "as"})


@functools.cache
def _vocabulary_entry(word: str) -> Entry:
    return Entry(CUE_VOCABULARY, word, "stance", (word,))


_HITS: Final[dict[tuple[frozenset[str], frozenset[str]], dict[str, bool]]] = {}


def _hit_memo(words: frozenset[str], stems: frozenset[str]) -> dict[str, bool]:
    """Per vocabulary: does a norm give a candidate in :func:`_extra_matches` (filled as norms are met)."""
    memo = _HITS.get((words, stems))
    if memo is None:
        memo = _HITS[(words, stems)] = {":": True}
    return memo


def _extra_matches(doc: Doc, lexicon: list[Match], words: frozenset[str], stems: frozenset[str]) -> list[Match]:
    """Single-token candidates beyond the report-verb lexicon: words (or stems of words) the cue model's
    training data shows are often cues, and a colon after a word ("Sanders: ...")."""
    out: list[Match] = []
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    memo = _hit_memo(words, stems)
    at: list[int] = []
    k = 0
    for t in doc.types:
        # the answer is kept on the token's shared TokenType (cue_of: the vocabulary it is for) and
        # in the memo (for when the type last served another vocabulary)
        if t.cue_of is memo:
            hit = t.cue == 1
        else:
            w = t.norm
            found = memo.get(w)
            if found is None:
                hit = w in words or (len(w) > 4 and stem(w) in stems)
                if len(memo) < 500_000:  # bounded, like the other per-word caches
                    memo[w] = hit
            else:
                hit = found
            t.cue = 1 if hit else 0
            t.cue_of = memo
        if hit:
            at.append(k)
        k += 1
    if not at:
        return out
    taken = {k for m in lexicon for k in range(m.first, m.stop)}  # tokens of report-verb matches
    for k in at:
        if k in taken:
            continue
        norm = norms[k]
        if norm == ":":
            # "Sanders: ...", "Q: ...", "he added: ...": a word before, the statement after
            if 0 < k < n - 1 and is_word[k - 1] and norms[k - 1] not in _NOT_SPEAKER_BEFORE_COLON \
                    and (not is_word[k + 1] or not tokens[k + 1][0].isdigit()):
                out.append(Match(_COLON, k, k + 1))
        else:
            out.append(Match(_vocabulary_entry(norm), k, k + 1))
    return out


_FIRST: Final = operator.attrgetter("first")


def _candidate_matches(doc: Doc, skip: frozenset[str], words: frozenset[str], stems: frozenset[str],
                       extra: bool) -> list[Match]:
    matches = find(doc, "report_verbs")
    if not extra:
        return [m for m in matches if m.entry.term not in skip]
    out = [m for m in matches if m.entry.term not in skip]
    extra_matches = _extra_matches(doc, matches, words, stems)
    if extra_matches:
        out += extra_matches
        out.sort(key=_FIRST)
    return out


def cue_candidates(ctx: Context, skip: frozenset[str] = frozenset(), words: frozenset[str] = frozenset(),
                   stems: frozenset[str] = frozenset(), extra: bool = True) -> list[Candidate]:
    """Cue candidates of the article with their features (shared by analysis and training).

    Candidates are the report-verb matches and, with ``extra``, single tokens from
    :func:`_extra_matches` (``words``/``stems``: the cue model's vocabulary).
    ``skip``: terms the cue model's training data shows are (almost) never cues.
    """
    lists = _lists()
    out: list[Candidate] = []
    for doc in ctx.docs:
        vague_by_stop = {m.stop: m for m in find(doc, "vague_sources")}
        for m in _candidate_matches(doc, skip, words, stems, extra):
            si = doc.sentence_of[m.first]
            span = _speaker_span(doc, m, lists, vague_by_stop)
            feats = cue_features(doc, m, si, span, ctx.in_quote(doc, doc.starts[m.first]), lists)
            out.append(Candidate(doc, m, si, span, feats))
    return out


def _family(weights: dict[str, float], prefix: str) -> dict[str, float]:
    """``{v: weight}`` for the model's features ``prefix + v``: ``table.get(v, 0.0)`` is the weight the
    string feature ``prefix + v`` adds (a feature the model lacks adds nothing, as adding 0.0 does)."""
    n = len(prefix)
    return {k[n:]: v for k, v in weights.items() if k.startswith(prefix)}


def _pairs(weights: dict[str, float], prefix: str, swap: bool = False) -> dict[str, dict[str, float]]:
    """``{a: {b: weight}}`` for the model's features ``prefix + a + "|" + b`` (with ``swap``, ``{b: {a: ...}}``).

    A feature is entered under every split at a "|" (a norm may be "|" itself): the string
    ``prefix + a + "|" + b`` a candidate would build is a feature of the model exactly when ``(a, b)`` is
    one of its splits, so the table gives the same weight as looking the string up."""
    out: dict[str, dict[str, float]] = {}
    n = len(prefix)
    for k, v in weights.items():
        if not k.startswith(prefix):
            continue
        rest = k[n:]
        at = rest.find("|")
        while at >= 0:
            a, b = rest[:at], rest[at + 1:]
            if swap:
                a, b = b, a
            inner = out.get(a)
            if inner is None:
                inner = out[a] = {}
            inner[b] = v
            at = rest.find("|", at + 1)
    return out


def _by_shape(table: dict[str, float] | None) -> list[float]:
    """A ``{shape: weight}`` table as a list indexed by shape id (see ``_SHAPE_NAMES``)."""
    return [table.get(s, 0.0) if table is not None else 0.0 for s in _SHAPE_NAMES]


_NO_WEIGHTS: Final[dict[str, float]] = {}


class _WordWeights:
    """The cue model's weights for one norm as the word before the cue (``p1``: ``p1=NORM``), two before
    it (``p2``: ``p2=NORM``), right after it (``n1``: ``n1=NORM``) and after that (``n2``: ``n2=NORM``),
    0.0 where the model has none."""

    __slots__ = ("p1", "p2", "n1", "n2")

    def __init__(self, p1: float, p2: float, n1: float, n2: float) -> None:
        self.p1 = p1
        self.p2 = p2
        self.n1 = n1
        self.n2 = n2


_NO_WORD_WEIGHTS: Final = _WordWeights(0.0, 0.0, 0.0, 0.0)


def _word_weights(weights: dict[str, float]) -> dict[str, _WordWeights]:
    """``{norm: _WordWeights}`` for every norm the model has a ``p1=``, ``p2=``, ``n1=`` or ``n2=`` feature
    for (any other norm: ``_NO_WORD_WEIGHTS``)."""
    p1, p2 = _family(weights, "p1="), _family(weights, "p2=")
    n1, n2 = _family(weights, "n1="), _family(weights, "n2=")
    out: dict[str, _WordWeights] = {}
    for norm in [*p1, *p2, *n1, *n2]:
        out[norm] = _WordWeights(p1.get(norm, 0.0), p2.get(norm, 0.0), n1.get(norm, 0.0), n2.get(norm, 0.0))
    return out


class _TermWeights:
    """The cue model's weights for the features that name one term (0.0 where the model has none):
    ``cue``: ``cue=TERM``; ``initial``: ``sentence_initial|cue=TERM``; ``n1``: ``{N1: weight of
    cue|n1=TERM|N1}``; ``p1``: ``{P1: weight of p1|cue=P1|TERM}``; ``p1shape`` and ``n1shape``: the
    weights of ``p1shape|cue=S|TERM`` and ``n1shape|cue=S|TERM`` by shape id; ``left``/``right``:
    ``speaker|cue=left|TERM``/``speaker|cue=right|TERM``; ``bound``: the most the speaker features can
    add to the score of a candidate with this term.

    It also remembers, for the candidates of the term met last, their entry and that entry's
    ``source=KIND|CATEGORY`` weight (``entry``, ``source``), and their last word with its suffix id and
    ``stem=`` weight (``word``, ``suffix``, ``stem``): a term nearly always comes with one entry and one
    word form, so these are checked by identity and worked out again only when they differ."""

    __slots__ = ("cue", "initial", "n1", "p1", "p1shape", "n1shape", "left", "right", "bound",
                 "entry", "source", "word", "suffix", "stem")

    def __init__(self, sc: _Scorer, term: str) -> None:
        self.cue = sc.cue.get(term, 0.0)
        self.initial = sc.initial_cue.get(term, 0.0)
        self.n1 = sc.cue_n1.get(term, _NO_WEIGHTS)
        self.p1 = sc.p1_cue.get(term, _NO_WEIGHTS)
        self.p1shape = _by_shape(sc.p1shape_cue.get(term))
        self.n1shape = _by_shape(sc.n1shape_cue.get(term))
        self.left = sc.left_cue.get(term, 0.0)
        self.right = sc.right_cue.get(term, 0.0)
        best_side = max(sc.left + self.left, sc.right + self.right)
        self.bound = max(sc.no_speaker, best_side + sc.best_kind)
        self.entry: Entry | None = None
        self.source = 0.0
        self.word: str | None = None
        self.suffix = 0
        self.stem = 0.0


class _Scorer:
    """The cue model prepared for scoring: its vocabulary, its weights as tables by what each feature
    depends on (so that a candidate is scored without building its string features), and, to skip the
    speaker search for candidates that cannot reach the threshold, the largest contribution the speaker
    features can add (:attr:`_TermWeights.bound`).

    :meth:`context_weight` and :meth:`speaker_weight` add the weights of a candidate's features in the
    order :func:`weight_sum` adds them over :func:`_context_features` and :func:`_speaker_features`, so
    the score is the same float (a feature the model lacks adds 0.0 here and is skipped there, which
    comes to the same: the running sum starts at 0.0 and so is never -0.0)."""

    def __init__(self, model: LinearModel) -> None:
        w = model.weights
        self.model = model
        self.weights = w
        self.intercept = model.intercept
        self.threshold = model.threshold
        t = min(max(model.threshold, 1e-9), 1 - 1e-9)
        self.logit = math.log(t / (1 - t))  # the threshold as a score
        self.note_prefix = f"{model.label} p="
        span = model.meta.get("span")
        self.span_model = _span_model(span) if span else None
        self.skip, self.words, self.stems = _model_vocabulary(model)
        # speaker features
        self.no_speaker = w.get("no_speaker", 0.0)
        self.kind = _family(w, "speaker_kind=")
        self.best_kind = max(list(self.kind.values()) + [0.0])
        self.left = w.get("speaker=left", 0.0)
        self.right = w.get("speaker=right", 0.0)
        speaker_cue = _pairs(w, "speaker|cue=")
        self.left_cue = speaker_cue.get("left", _NO_WEIGHTS)
        self.right_cue = speaker_cue.get("right", _NO_WEIGHTS)
        # context features: by the candidate's term (gathered per term in a _TermWeights) ...
        self.cue = _family(w, "cue=")
        self.initial_cue = _family(w, "sentence_initial|cue=")
        self.cue_n1 = _pairs(w, "cue|n1=")
        self.p1_cue = _pairs(w, "p1|cue=", swap=True)
        self.p1shape_cue = _pairs(w, "p1shape|cue=", swap=True)
        self.n1shape_cue = _pairs(w, "n1shape|cue=", swap=True)
        self.terms: dict[str, _TermWeights] = {}
        # ... by the words and shapes around it ...
        self.words_around = _word_weights(w)
        self.p1shape = _by_shape(_family(w, "p1shape="))
        self.p2shape = _by_shape(_family(w, "p2shape="))
        self.n1shape = _by_shape(_family(w, "n1shape="))
        self.suffix = [w.get("suffix=" + s, 0.0) for s in _SUFFIXES]
        suffix_shape = _pairs(w, "suffix|p1shape=")
        self.suffix_shape = [_by_shape(suffix_shape.get(s)) for s in _SUFFIXES]
        self.source = _pairs(w, "source=")
        self.stem = _family(w, "stem=")
        # ... and by its traits (see _traits)
        self.sentence_initial = w.get("sentence_initial", 0.0)
        self.imperative = w.get("imperative", 0.0)
        self.in_quote = w.get("in_quote", 0.0)
        self.noun_use = w.get("noun_use", 0.0)
        self.passive = w.get("passive", 0.0)
        self.modal_passive = w.get("modal_passive", 0.0)
        self.has_quote = w.get("sentence_has_quote", 0.0)
        self.that_after = w.get("that_after_object", 0.0)
        self.earlier = [w.get(f, 0.0) for f in _EARLIER]

    def term(self, term: str) -> _TermWeights:
        """The weights for ``term`` (kept per term, bounded like the per-word caches)."""
        found = self.terms.get(term)
        if found is None:
            found = _TermWeights(self, term)
            if len(self.terms) < 100_000:
                self.terms[term] = found
        return found

    def context_weight(self, doc: Doc, m: Match, tw: _TermWeights, traits: int) -> float:
        """``weight_sum(weights, _context_features(doc, m, si, in_quote))`` from the tables (``tw``: the
        weights of ``m``'s term; ``traits``: :func:`_traits` of the candidate)."""
        i, j = m.first, m.stop
        norms = doc.norms
        n = len(norms)
        p1 = norms[i - 1] if i >= 1 else "<edge>"
        p2 = norms[i - 2] if i >= 2 else "<edge>"
        n1 = norms[j] if j < n else "<edge>"
        n2 = norms[j + 1] if j + 1 < n else "<edge>"
        s1 = _shape_id(doc, i - 1)
        t1 = _shape_id(doc, j)
        words_around = self.words_around
        total = 0.0
        total += tw.cue
        total += words_around.get(p1, _NO_WORD_WEIGHTS).p1
        total += words_around.get(p2, _NO_WORD_WEIGHTS).p2
        total += words_around.get(n1, _NO_WORD_WEIGHTS).n1
        total += words_around.get(n2, _NO_WORD_WEIGHTS).n2
        w = tw.n1.get(n1)  # (no default: a float default would be boxed on every call)
        if w is not None:
            total += w
        w = tw.p1.get(p1)
        if w is not None:
            total += w
        total += self.p1shape[s1]
        total += self.p2shape[_shape_id(doc, i - 2)]
        total += self.n1shape[t1]
        total += tw.p1shape[s1]
        total += tw.n1shape[t1]
        if traits & _INITIAL:
            total += self.sentence_initial
            total += tw.initial
            if traits & _IMPERATIVE:
                total += self.imperative
        if traits & _IN_QUOTE:
            total += self.in_quote
        if traits & _NOUN_USE:
            total += self.noun_use
        if traits & _PASSIVE:
            total += self.passive
        if traits & _MODAL_PASSIVE:
            total += self.modal_passive
        if traits & _HAS_QUOTE:
            total += self.has_quote
        word = norms[j - 1]
        if tw.word is not word:
            tw.word = word
            tw.suffix = _suffix_id(word)
            w = self.stem.get(stem(word))
            tw.stem = w if w is not None else 0.0
        suffix = tw.suffix
        total += self.suffix[suffix]
        total += self.suffix_shape[suffix][s1]
        entry = m.entry
        if tw.entry is not entry:
            tw.entry = entry
            w = self.source.get(_source_kind(entry.lexicon), _NO_WEIGHTS).get(entry.category)
            tw.source = w if w is not None else 0.0
        total += tw.source
        if traits & _HAS_STEM:
            total += tw.stem
        total += self.earlier[traits >> _EARLIER_SHIFT]
        if traits & _THAT_AFTER:
            total += self.that_after
        return total

    def speaker_weight(self, doc: Doc, m: Match, tw: _TermWeights, span: tuple[int, int] | None,
                       lists: _Lists) -> float:
        """``weight_sum(weights, _speaker_features(doc, m, span, lists))`` from the tables."""
        if span is None:
            return self.no_speaker
        kind = self.kind.get(_speaker_kind(doc, span, lists))
        kind_weight = kind if kind is not None else 0.0
        if span[1] <= m.first:
            return (self.left + kind_weight) + tw.left
        return (self.right + kind_weight) + tw.right


_SCORERS: Final[dict[int, _Scorer]] = {}


def _scorer(model: LinearModel) -> _Scorer:
    found = _SCORERS.get(id(model))
    if found is not None and found.model is model:
        return found
    found = _SCORERS[id(model)] = _Scorer(model)
    return found


MAX_LEFT: Final = 3    # the extension model adds at most this many words before a cue ...
MAX_RIGHT: Final = 8   # ... and this many tokens after it


def extend_left_features(doc: Doc, term: str, j: int, step: int) -> list[str]:
    """Features of adding word ``j`` (the ``step``-th word before the cue ``term``) to the cue's span."""
    t = doc.norms[j]
    return ["L", f"L:t={t}", f"L:cue|t={term}|{t}", f"L:t|next={t}|{doc.norms[j + 1]}",
            _STEPS[0][step if step < 3 else 3], "L:ly" if t.endswith("ly") else "L:-",
            "L:cap" if doc.tokens[j][:1].isupper() else "L:low"]


def extend_right_features(doc: Doc, term: str, k: int, step: int) -> list[str]:
    """Features of adding token ``k`` (the ``step``-th token after the cue ``term``) to the cue's span."""
    norms = doc.norms
    t = norms[k]
    t1 = norms[k + 1] if k + 1 < len(norms) else "<edge>"
    return ["R", f"R:t={t}", f"R:cue|t={term}|{t}", f"R:t|t1={t}|{t1}", f"R:cue|t|t1={term}|{t}|{t1}",
            _STEPS[1][step if step < 3 else 3],
            f"R:shape={_shape(doc, k)}|{'att' if doc.starts[k] == doc.ends[k - 1] else 'sp'}"]


_STEPS: Final = (("L:step=0", "L:step=1", "L:step=2", "L:step=3"), ("R:step=0", "R:step=1", "R:step=2", "R:step=3"))


_EXTENSION_MEMOS: Final[dict[int, tuple[dict, dict[tuple, float]]]] = {}


def _extension_memo(ext: dict) -> dict[tuple, float]:
    """Probabilities of the extension model ``ext`` by what its features depend on (kept per model)."""
    found = _EXTENSION_MEMOS.get(id(ext))
    if found is None or found[0] is not ext:
        found = _EXTENSION_MEMOS[id(ext)] = (ext, {})
    return found[1]


class _SpanModel:
    """The span part of a cue model (its ``"span"``), unpacked once: ``head_only``, ``extend`` (is there an
    extension model?) and that model's ``weights``, ``intercept`` and probability ``memo``."""

    __slots__ = ("span", "head_only", "extend", "weights", "intercept", "memo")

    def __init__(self, span: dict) -> None:
        self.span = span
        self.head_only = span.get("head_only", {})
        ext = span.get("extend")
        self.extend = bool(ext)
        self.weights: dict[str, float] = ext["weights"] if ext else {}
        self.intercept: float = ext["intercept"] if ext else 0.0
        self.memo: dict[tuple, float] = _extension_memo(ext) if ext else {}


_SPAN_MODELS: Final[dict[int, _SpanModel]] = {}


def _span_model(span: dict) -> _SpanModel:
    """The :class:`_SpanModel` of a model's ``"span"`` (kept per span object)."""
    found = _SPAN_MODELS.get(id(span))
    if found is None or found.span is not span:
        found = _SPAN_MODELS[id(span)] = _SpanModel(span)
    return found


def cue_span(doc: Doc, m: Match, span: dict | None) -> tuple[int, int]:
    """Token range of a cue, as the cue model's span part sets it.

    ``span`` (the model's ``"span"``): ``head_only``, multiword terms annotators cut to their first word
    ("told reporters" -> "told"), and ``extend``, a logistic regression giving, word by word, the
    probability that the span goes on one more word to the left ("has also said") or token to the right
    ("said in a statement", "replied:"). Each side takes its most probable extent: the chain of
    "go on" probabilities times the "stop here" one.
    """
    if not span:
        return m.first, m.stop
    return _cue_span(doc, m, _span_model(span))


def _cue_span(doc: Doc, m: Match, sm: _SpanModel) -> tuple[int, int]:
    """:func:`cue_span` with the span part unpacked."""
    first, stop = m.first, m.stop
    term = m.entry.term
    if len(m.entry.words) > 1 and term in sm.head_only:
        stop = first + 1
    if not sm.extend:
        return first, stop
    weights, intercept, memo = sm.weights, sm.intercept, sm.memo
    text, starts, ends, is_word, norms, tokens = doc.text, doc.starts, doc.ends, doc.is_word, doc.norms, doc.tokens
    # left: words only, separated by white space
    run, best, best_at, j = 1.0, -1.0, first, first - 1
    while True:
        if j < 0 or first - j > MAX_LEFT or not is_word[j] or not text[ends[j]:starts[j + 1]].isspace():
            if run > best:
                best_at = j + 1
            break
        step = first - 1 - j
        key: tuple = (term, norms[j], norms[j + 1], step, tokens[j][:1].isupper())  # what the left features use
        p = memo.get(key)
        if p is None:
            p = linear_probability(weights, intercept, extend_left_features(doc, term, j, step))
            if len(memo) < 200_000:  # bounded, like the other per-word caches
                memo[key] = p
        if run * (1 - p) > best:
            best, best_at = run * (1 - p), j + 1
        run *= p
        if run <= best:
            break
        j -= 1
    new_first = best_at
    run, best, best_at, k = 1.0, -1.0, stop, stop
    n = len(tokens)
    while True:
        if k >= n or k - stop >= MAX_RIGHT:
            if run > best:
                best_at = k
            break
        step = k - stop
        key = (term, tokens[k], norms[k + 1] if k + 1 < n else "", step, starts[k] == ends[k - 1])
        p = memo.get(key)
        if p is None:
            p = linear_probability(weights, intercept, extend_right_features(doc, term, k, step))
            if len(memo) < 200_000:
                memo[key] = p
        if run * (1 - p) > best:
            best, best_at = run * (1 - p), k
        run *= p
        if run <= best:
            break
        k += 1
    return new_first, best_at


def _cue_model() -> LinearModel | None:
    """The packaged cue model (None if it is not installed)."""
    return packaged_model("cues")


def _in_phrase(entry: Entry) -> bool:
    """"in an interview", "in a statement" (lexicon phrases that frame a report verb of the sentence)."""
    return entry.words[0] == "in" and entry.lexicon == "report_verbs"


_VOCABULARIES: Final[dict[int, tuple]] = {}


def _model_vocabulary(model) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(skip terms, vocabulary words, vocabulary stems) of the cue model (kept per model object)."""
    found = _VOCABULARIES.get(id(model))
    if found is not None and found[0] is model:
        return found[1]
    meta = model.meta
    vocabulary = (frozenset(meta.get("skip_terms", ())), frozenset(meta.get("vocabulary_words", ())),
                  frozenset(meta.get("vocabulary_stems", ())))
    _VOCABULARIES[id(model)] = (model, vocabulary)
    return vocabulary


def _keep_by_rules(c: Candidate) -> bool:
    """The rules used when no cue model is installed."""
    feats = set(c.features)
    if c.match.entry.category == "stance":
        return False
    if "noun_use" in feats or "modal_passive" in feats:
        return False
    return not ("sentence_initial" in feats and len(c.match.entry.words) == 1
                and c.match.entry.words[0] != "according")


_Kept = tuple[Doc, Match, int, tuple[int, int] | None, str]  # a kept candidate: doc, match, sentence, speaker span, note


def _rule_candidates(ctx: Context) -> list[_Kept]:
    """Candidates kept by the rules used when no cue model is installed, with an empty note."""
    return [(c.doc, c.match, c.sentence, c.span, "") for c in cue_candidates(ctx, extra=False)
            if "imperative" not in c.features and _keep_by_rules(c)]


def _scored_candidates(ctx: Context, model: LinearModel) -> list[_Kept]:
    """Candidates the cue model keeps, with the note naming it (or the rule that kept them).

    Each candidate is scored from the model's tables (:class:`_Scorer`): the same float as the
    intercept plus :func:`weight_sum` over its context features, plus that over its speaker features.
    The speaker search runs only for candidates whose other features leave them within reach of the
    threshold (the speaker features can add at most :attr:`_TermWeights.bound`): the decisions are
    those of scoring every candidate with all its features.
    """
    lists = _lists()
    sc = _scorer(model)
    out: list[_Kept] = []
    for doc in ctx.docs:
        vague_by_stop: dict[int, Match] | None = None
        starts = doc.starts
        for m in _candidate_matches(doc, sc.skip, sc.words, sc.stems, True):
            si = doc.sentence_of[m.first]
            traits = _traits(doc, m, si, ctx.in_quote(doc, starts[m.first]))
            if traits & _IMPERATIVE:
                continue  # "Expect the drama to heighten": the reader is told, nobody is cited
            entry = m.entry
            passive_rule = bool(traits & _PASSIVE) and entry.category in ("neutral", "loaded")
            tw = sc.term(entry.term)
            z = sc.intercept + sc.context_weight(doc, m, tw, traits)
            if z + tw.bound < sc.logit and not passive_rule:
                continue
            if vague_by_stop is None:
                vague_by_stop = {v.stop: v for v in find(doc, "vague_sources")}
            span = _speaker_span(doc, m, lists, vague_by_stop)
            if span is not None:
                # speaker=SIDE and speaker|cue=SIDE|TERM, as weight_sum adds them
                side = sc.left + tw.left if span[1] <= m.first else sc.right + tw.right
                if z + side + sc.best_kind < sc.logit:
                    continue  # out of reach whatever kind the speaker is (and no rule keeps a spoken cue)
            z += sc.speaker_weight(doc, m, tw, span, lists)
            p = sigmoid(z)
            if p >= sc.threshold:
                note = sc.note_prefix + "%.2f" % p  # (the same string as f"{p:.2f}", formatted with less ado)
            elif passive_rule and span is None:
                note = "rule: agentless passive report (was reported)"
            else:
                continue
            out.append((doc, m, si, span, note))
    return out


def find_attributions(ctx: Context) -> list[Attribution]:
    """All attributions of the article (cached on the context).

    Candidates are report-verb matches, cue-vocabulary words and colons after a word; the cue
    model (a logistic regression trained on PolNeAR, ``framing/analysis/models/cues.json``) decides which
    are cues (without a model: report-verb matches and rules only). A kept cue that overlaps the
    one kept just before it is dropped.
    """
    cached = ctx.cache.get("attributions")
    if cached is not None:
        return cached  # type: ignore[return-value]
    lists = _lists()
    model = _cue_model()
    out: list[Attribution] = []
    history: dict[int, list[Speaker]] = {}
    last_stop: dict[int, int] = {}
    span_model = _scorer(model).span_model if model is not None else None
    for doc, m, si, span, note in (_scored_candidates(ctx, model) if model is not None else _rule_candidates(ctx)):
        if model is not None:
            first, stop = _cue_span(doc, m, span_model) if span_model is not None else (m.first, m.stop)
            if last_stop.get(id(doc), -1) > first:
                continue  # inside the cue kept just before ("said" + ":")
            last_stop[id(doc)] = stop
            m = Match(m.entry, first, stop)
        sent = doc.sentences[si]
        hist = history.setdefault(id(doc), [])
        speaker = None
        if span is None and doc.norms[m.first].endswith("ing") and len(m.entry.words) == 1:
            # participial cue ("..., adding that", "..., accusing the Pentagon"): the clause's subject
            earlier = [a for a in out if a.doc is doc and a.sentence == si and a.speaker is not None]
            if earlier:
                speaker = earlier[-1].speaker
            else:
                first_word = next((t for t in range(sent.first, sent.stop) if doc.is_word[t]), -1)
                subj = _np_right(doc, first_word, m.first, lists) if first_word >= 0 else None
                if subj is not None:
                    kind, name, key = _classify(doc, subj[0], subj[1], lists)
                    speaker = Speaker(subj[0], subj[1], kind, name, key)
        elif span is not None:
            first, stop = span
            if stop - first == 1 and doc.norms[first] in PRONOUNS:
                ref = _resolve(doc.norms[first], _sentence_subject(doc, sent.first, first, lists), hist)
                if ref is not None:
                    speaker = Speaker(first, stop, ref.kind, ref.name, ref.key)
                else:
                    speaker = Speaker(first, stop, "anonymous", doc.tokens[first], doc.norms[first])
            else:
                kind, name, key = _classify(doc, first, stop, lists)
                speaker = Speaker(first, stop, kind, name, key)
                hist.append(speaker)
        out.append(Attribution(doc, m, speaker, si, note))
    # "In an interview with CNN, Lavrov called it ...": one attribution, not two
    verb_sentences = {(id(a.doc), a.sentence) for a in out if not _in_phrase(a.cue.entry)}
    out = [a for a in out if not _in_phrase(a.cue.entry) or (id(a.doc), a.sentence) not in verb_sentences]
    ctx.cache["attributions"] = out
    return out


def _head(doc: Doc, m: Match) -> int:
    """The main word of a kept cue ("said" in "has also said", "according" in "according to")."""
    if m.stop - m.first == 1:
        return m.first
    word = next((w for w in m.entry.words if w not in _SKIP_LEFT), m.entry.words[0])
    return next((k for k in range(m.first, m.stop) if doc.norms[k] == word), m.first)


def _sentence_subject(doc: Doc, first: int, stop: int, lists: _Lists) -> Speaker | None:
    """The capitalised noun phrase that opens a sentence, if it names a place or organisation."""
    k = first
    while k < stop and not doc.is_word[k]:
        k += 1
    j = k
    while j < stop and doc.is_word[j] and (_is_cap(doc.tokens[j]) or doc.norms[j] in ("the", "of")):
        j += 1
    if j > k:
        kind, name, key = _classify(doc, k, j, lists)
        if kind == "organization":
            return Speaker(k, j, kind, name, key)
    return None


# ---------------------------------------------------------------- claims

def _nearby_in_paragraph(doc: Doc, si: int, by_sentence: dict[int, Attribution]) -> Attribution | None:
    """The attribution of the nearest earlier (else later) sentence in the same paragraph."""
    start = doc.sentences[si].start
    para = next(((b, e) for b, e in doc.paragraphs if b <= start < e), None)
    if para is None:
        return None
    starts = cast("list[int] | None", doc.cache.get("sentence_starts"))
    if starts is None:
        starts = [s.start for s in doc.sentences]
        doc.cache["sentence_starts"] = starts
    lo, hi = first_at_or_after(starts, para[0]), first_at_or_after(starts, para[1])
    for k in range(min(si, hi) - 1, lo - 1, -1):
        if k in by_sentence:
            return by_sentence[k]
    for k in range(max(si + 1, lo), hi):
        if k in by_sentence:
            return by_sentence[k]
    return None


_CLAIM_ENDS: Final = frozenset({".", "”", "\"", "’", ")"})


def _has_words(is_word: list[bool], first: int, stop: int, n: int) -> bool:
    """Are at least ``n`` of tokens ``[first, stop)`` words? (``sum(is_word[first:stop]) >= n``)"""
    count = 0
    for k in range(first, stop):
        if is_word[k]:
            count += 1
            if count >= n:
                return True
    return False


def _claim_sentences(ctx: Context, attributed: set[int]) -> tuple[int, list[Evidence]]:
    """Claim sentences of the body, and evidence for those without attribution."""
    doc = ctx.text
    n_claims = 0
    evidence: list[Evidence] = []
    block_attributed: set[int] = set()
    for si, s in enumerate(doc.sentences):
        # "As Reuters reported:" attributes the paragraph that follows
        if si in attributed and doc.tokens[s.stop - 1] == ":" and si + 1 < len(doc.sentences):
            para_end = next((e for b, e in doc.paragraphs if b <= doc.sentences[si + 1].start < e), None)
            for sj in range(si + 1, len(doc.sentences)):
                if para_end is None or doc.sentences[sj].start >= para_end:
                    break
                block_attributed.add(sj)
    is_word = doc.is_word
    tokens = doc.tokens
    for si, s in enumerate(doc.sentences):
        if tokens[s.stop - 1] not in _CLAIM_ENDS or s.stop - s.first < 8 or tokens[s.stop - 2] == "?" \
                or not _has_words(is_word, s.first, s.stop, 8):
            continue
        if ctx.in_quote(doc, s.start) or (doc.tokens[s.first] in "“\"" and ctx.in_quote(doc, s.start + 1)):
            continue
        if _imperative(doc, si) is not None:
            continue
        n_claims += 1
        if si in attributed or si in block_attributed:
            continue
        evidence.append(span_evidence(NAME, "unattributed_claims", doc, s.start, s.end,
                                      "claim sentence without attribution"))
    return n_claims, evidence


# ---------------------------------------------------------------- feature

def compute(ctx: Context) -> FeatureResult:
    """Attributions per 100 sentences, with speakers, quotes and claim coverage."""
    attributions = find_attributions(ctx)
    ev: list[Evidence] = []
    speakers: dict[str, dict] = {}
    kind_counts = dict.fromkeys(KINDS, 0)
    verb_counts = {"neutral": 0, "loaded": 0}
    attributed_sentences: set[int] = set()
    for a in attributions:
        doc, m = a.doc, a.cue
        verb_class = m.entry.category or "neutral"
        verb_counts[verb_class] = verb_counts.get(verb_class, 0) + 1
        rule = m.entry.rule + (f" · {a.model_note}" if a.model_note else "")
        kind = a.speaker.kind if a.speaker else "none"
        kind_counts[kind] += 1
        if doc is ctx.text:
            attributed_sentences.add(a.sentence)
        ev.append(span_evidence(NAME, f"{verb_class}_verbs", doc, doc.starts[m.first], doc.ends[m.stop - 1],
                                rule, role="cue", label=KIND_LABELS[kind]))
        sentence = doc.sentences[a.sentence]
        if a.speaker is not None:
            sp = a.speaker
            s_start, s_end = doc.starts[sp.start], doc.ends[sp.stop - 1]
            said = doc.text[s_start:s_end]
            label = KIND_LABELS[sp.kind] + (f" ({said} = {sp.name})" if said.lower() in PRONOUNS else "")
            ev.append(span_evidence(NAME, sp.kind, doc, s_start, s_end, f"source of '{doc.tokens[_head(doc, m)]}'",
                                    role="source", label=label))
            entry = speakers.get(sp.key)
            if entry is None:
                entry = speakers[sp.key] = {"name": sp.name, "kind": sp.kind, "count": 0, "quotes": 0,
                                            "example": doc.text[sentence.start:sentence.end],
                                            "field": doc.field, "start": sentence.start, "end": sentence.end}
            if len(sp.name) > len(entry["name"]) and sp.kind == entry["kind"]:
                entry["name"] = sp.name
            entry["count"] += 1
    # direct quotations, attributed to a speaker of the same sentence when there is one
    n_quotes = 0
    quoted_chars = 0
    for doc in ctx.docs:
        by_sentence = {a.sentence: a for a in attributions if a.doc is doc and a.speaker is not None}
        for qs, qe in ctx.quotes(doc):
            n_quotes += 1
            if doc is ctx.text:
                quoted_chars += qe - qs
            first_tok = first_at_or_after(doc.starts, qs)
            tok = first_tok if first_tok < len(doc.starts) else None
            speaker_label = "unattributed quotation"
            if tok is not None:
                si = doc.sentence_of[tok]
                end_tok = first_at_or_after(doc.ends, qe, tok)
                if end_tok >= len(doc.ends):
                    end_tok = tok
                quoted: Attribution | None = by_sentence.get(doc.sentence_of[end_tok]) or by_sentence.get(si)
                if quoted is None and doc.sentences[si].first == tok:
                    # a quoted sentence continuing (or announcing) an attributed one
                    quoted = _nearby_in_paragraph(doc, si, by_sentence)
                if quoted is not None and quoted.speaker is not None:
                    speaker_label = f"quoting {quoted.speaker.name}"
                    speakers[quoted.speaker.key]["quotes"] += 1
            ev.append(span_evidence(NAME, "quotes", doc, qs, qe, "direct quotation", role="quote",
                                    label=speaker_label))
    n_claims, unattributed = _claim_sentences(ctx, attributed_sentences)
    ev.extend(unattributed)
    n_sent = sum(len(d.sentences) for d in ctx.docs)
    count = len(attributions)
    value = round(100.0 * count / n_sent, 2) if n_sent else None
    body_len = len(ctx.text.text.strip()) or 1
    measures = [
        Measure("attributions", count, "attributions", count, per_1000(count, ctx.n_words)),
        Measure("per_100_sentences", value, "attributions per 100 sentences", count),
    ]
    measures += [count_measure(k, kind_counts[k], ctx.n_words) for k in KINDS]
    measures += [
        count_measure("neutral_verbs", verb_counts.get("neutral", 0), ctx.n_words),
        count_measure("loaded_verbs", verb_counts.get("loaded", 0), ctx.n_words),
        count_measure("stance_verbs", verb_counts.get("stance", 0), ctx.n_words),
        count_measure("quotes", n_quotes, ctx.n_words),
        Measure("quoted_share", round(quoted_chars / body_len, 3), "share of body characters in quotes",
                n_quotes),
        Measure("unattributed_claims", round(len(unattributed) / n_claims, 3) if n_claims else None,
                "share of claim sentences without attribution", len(unattributed),
                note="" if n_claims else "no claim sentences"),
    ]
    speaker_list = sorted(speakers.values(), key=lambda s: (-s["count"], s["name"].lower()))
    details = {"speakers": speaker_list, "claim_sentences": n_claims}
    return FeatureResult(NAME, value, "attributions per 100 sentences", count, per_1000(count, ctx.n_words),
                         sort_evidence(ev), tuple(measures), "" if n_sent else "no sentences", details)
