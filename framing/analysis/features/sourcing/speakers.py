"""Sourcing speakers: which noun phrase is the speaker of a cue, and what kind of source it is.

Kinds: ``person``, ``organization``, ``outlet``, ``anonymous`` and ``none`` (see
the package docstring). A person is identified by surname, other sources by
their lower-cased name; he/she/it/they are resolved to the most recent fitting
speaker.
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import DocFacts
from .grammar import EDGE_WORDS, MODIFIERS, PRONOUNS, WordLists, is_cap, is_passive, np_left, np_right, skip_left


KINDS: Final = ("person", "organization", "outlet", "anonymous", "none")




_SOURCE_NOUNS_AFTER_ACCORDING: Final = frozenset({
    "warning", "statement", "report", "reports", "interview", "letter", "memo", "release", "post",
    "tweet", "survey", "poll", "study", "document", "documents", "data", "figures", "estimates",
    "analysis", "account", "accounts", "testimony", "filing", "filings", "record", "records",
    "transcript", "complaint", "announcement", "assessment", "estimate", "article", "story",
    "email", "emails", "memorandum", "readout", "note", "notes", "research", "documents"})


class SpeakerMention:
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
        return f"SpeakerMention({self.start}, {self.stop}, {self.kind!r}, {self.name!r}, {self.key!r})"


def classify(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str]:
    """(kind, display name, identity key) of the noun phrase ``[first, stop)`` of the facts' Doc (kept
    in ``facts.speaker_kinds``)."""
    memo = facts.speaker_kinds
    found = memo.get((first, stop))
    if found is None:
        found = memo[(first, stop)] = _classify_np(facts.doc, first, stop, lists)
    return found


@functools.cache
def _outlet_first_words(outlets: frozenset[str]) -> frozenset[str]:
    return frozenset(o.split(" ")[0] for o in outlets)


def _classify_np(doc: Doc, first: int, stop: int, lists: WordLists) -> tuple[str, str, str]:
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
        if is_cap(tok) and base not in lists.titles and base not in lists.org_heads \
                and base not in lists.places and base not in lists.demonyms and base not in lists.vague \
                and base not in MODIFIERS and base not in EDGE_WORDS and base not in ("the", "a", "an"):
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
    if any(is_cap(doc.tokens[t]) for t in range(first, stop)):
        return "organization", display, _key(display)
    return "anonymous", display, _key(display)


def _key(name: str) -> str:
    """Identity of a non-person source: lower case, without dots or a leading 'the'."""
    key = name.lower().replace(".", "").replace("’", "'")
    return key[4:] if key.startswith("the ") else key


def resolve_pronoun(pronoun: str, sentence_first_np: SpeakerMention | None,
                    history: list[SpeakerMention]) -> SpeakerMention | None:
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


def speaker_span(doc: Doc, m: Match, lists: WordLists, vague_by_stop: dict[int, Match]) -> tuple[int, int] | None:
    """Token span of the source of cue ``m``, or None."""
    sent = doc.sentences[doc.sentence_of[m.first]]
    words = m.entry.words
    if words[0] == "according":
        span = np_right(doc, m.stop, sent.stop, lists)
        if span and doc.norms[span[1] - 1] in _SOURCE_NOUNS_AFTER_ACCORDING:
            after = span[1]
            if after < sent.stop and doc.norms[after] in ("from", "by", "of"):
                span = np_right(doc, after + 1, sent.stop, lists) or span
        if span is None:
            # "according to a warning from a top CIA official"
            j = m.stop
            while j < min(sent.stop, m.stop + 4) and doc.norms[j] not in ("from", "by"):
                j += 1
            if j < sent.stop - 1:
                span = np_right(doc, j + 1, sent.stop, lists)
        return span
    vm = vague_by_stop.get(m.first)
    if vm is not None:
        left = np_left(doc, m.first, sent.first, lists)
        return (min(vm.first, left[0]) if left and left[1] == vm.stop else vm.first, vm.stop)
    span = np_left(doc, m.first, sent.first, lists)
    if span is not None and doc.norms[span[0]] not in ("who", "which", "that"):
        return span
    j = skip_left(doc, m.first - 1, sent.first, lists)
    if j >= sent.first and doc.norms[j] in ("who", "which"):
        # "a top CIA official for the Korean Peninsula who says"
        left = np_left(doc, j, sent.first, lists)
        if left and left[0] - 1 >= sent.first and doc.norms[left[0] - 1] in (
                "for", "of", "at", "in", "from", "with", "on"):
            left = np_left(doc, left[0] - 1, sent.first, lists) or left
        return left
    if len(words) == 1 and words[0].endswith("ing"):
        return None  # participles take the clause's subject (see find_attributions)
    if j >= sent.first and doc.norms[j] in ("and", "but", "then") and len(words) == 1:
        # coordinated verb: "Wilson praised Rubio and said ...": the clause's subject
        first_word = next((t for t in range(sent.first, j) if doc.is_word[t]), None)
        if first_word is not None:
            subj = np_right(doc, first_word, j, lists)
            if subj is not None:
                return subj
    if j >= sent.first and doc.tokens[j] == ",":
        # appositive: "Saudi Arabia, a close US ally, has said"
        k = j - 1
        while k > sent.first and doc.tokens[k] != "," and j - k < 40:
            k -= 1
        if doc.tokens[k] == "," and k > sent.first:
            left = np_left(doc, k, sent.first, lists)
            if left is not None:
                return left
    # inversion after a quotation or at the start: '..." said Lavrov', 'Said the minister'
    if words[0] != "in" and (j < sent.first or doc.tokens[j] in (",", "”", "\"", ":", "—", "'", "’")) \
            and not is_passive(doc, m):
        return np_right(doc, m.stop, sent.stop, lists)
    return None


def speaker_kind(facts: DocFacts, span: tuple[int, int], lists: WordLists) -> str:
    """The speaker's kind as the cue model sees it: a lone pronoun is "pronoun"."""
    if span[1] - span[0] == 1 and facts.doc.norms[span[0]] in PRONOUNS:
        return "pronoun"
    return classify(facts, span[0], span[1], lists)[0]


def sentence_subject(facts: DocFacts, first: int, stop: int, lists: WordLists) -> SpeakerMention | None:
    """The capitalised noun phrase that opens a sentence, if it names a place or organisation."""
    doc = facts.doc
    k = first
    while k < stop and not doc.is_word[k]:
        k += 1
    j = k
    while j < stop and doc.is_word[j] and (is_cap(doc.tokens[j]) or doc.norms[j] in ("the", "of")):
        j += 1
    if j > k:
        kind, name, key = classify(facts, k, j, lists)
        if kind == "organization":
            return SpeakerMention(k, j, kind, name, key)
    return None
