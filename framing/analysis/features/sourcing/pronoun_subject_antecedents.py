"""The subject a speaking pronoun takes up when the speaker rules found no antecedent: the noun phrase that
opens the sentence before, when it agrees with the pronoun as a reader hears it.

A reader of "The Times piece starts out with a laundry list. It says that ..." takes "It" for the piece;
of "Conservatives from Brooks to Coulter have blasted it. They argue ..." takes "They" for the
conservatives; of '"...," said the senior adviser. He noted ...' takes "He" for the adviser. framing
resolves a he/she to a person named near it (:mod:`.pronouns`) and an "it" to an organisation
(:func:`.speakers.resolve_pronoun`); what is left was shown as "pronoun not resolved", which names nobody.
Here the opening subject of the sentence before (or further back, up to three sentences, over sentences of
quotation and over one that opens on a phrase before the same pronoun, "At his rally, he heaped praise")
stands for the pronoun when it agrees; a he/she also takes one person by a role who spoke in the sentence
before ('"...," said the senior adviser. He noted'):

- "it": an organisation or outlet, or a singular document or body by its head noun ("the piece", "the
  legislation", "the indictment", "the court", "the survey": ``_THINGS_THAT_SAY``);
- "they": a plural group of people or bodies ("conservatives", "Marine officers", "five senators"), or
  names joined by "and" ("Rex Milner and his wife", "Foster and Fraser");
- "he"/"she": one person by a role ("the senior Biden adviser", "the official"), not of the other gender
  by a word ("the woman" for "he").

Only a pronoun that opens its clause (at most a few words of a connective before it, "Instead, it", or
right after a closing quotation, '"...," it said') takes the subject up: deeper in a sentence, a nearer
noun may be meant. Everything is bounded: two sentences back, ``_REACH`` tokens of a phrase.
"""
from __future__ import annotations

from typing import Callable, Final

from ...text import Doc
from .facts import DocFacts, base_norm
from .genders import FEMALE_WORDS, MALE_WORDS
from .grammar import WordLists, is_cap, np_right
from .kind_documents import authored_kind
from .kind_office_holders import ends_in_one_role
from .reader import reader_kind
from .speakers import SpeakerMention, mention

# singular heads of a document or a body that "it" stands for as a source ("It says", "it found");
# curated by reading the AllSides dev corpus (unresolved "it" sources)
_THINGS_THAT_SAY: Final = frozenset({
    "report", "study", "survey", "poll", "piece", "article", "story", "video", "letter", "statement",
    "indictment", "complaint", "lawsuit", "memo", "filing", "ruling", "court", "bill", "legislation", "plan",
    "proposal", "document", "book", "paper", "analysis", "review", "audit", "agency", "department",
    "committee", "company", "campaign", "administration", "government", "party", "board", "commission",
    "council", "website", "network", "newspaper", "magazine", "editorial", "ad", "order", "resolution",
    "platform", "release", "dispatch", "memoir", "op-ed", "column", "post", "tweet", "email", "brief",
    "motion", "decision", "opinion", "group", "organization", "association", "union", "firm",
    "panel", "ministry", "office", "regime",
})

# words before a pronoun that still leave it opening its clause ("Instead, it", "But they", "Further, they")
_CONNECTIVES: Final = frozenset({"but", "and", "instead", "further", "also", "still", "yet", "so", "then",
                                 "meanwhile", "moreover", "however", "now", "later", "separately", "or"})

_CLOSING_QUOTES: Final = frozenset({"”", '"', "’", "'"})
_OPENING_QUOTES: Final = frozenset({"“", '"', "‘"})

# words opening a sentence whose first phrase is no subject (a preposition, a verb of a question)
_NOT_A_SUBJECT: Final = frozenset({"on", "in", "at", "for", "with", "by", "from", "to", "of", "after", "before",
                                   "during", "under", "over", "as", "if", "when", "while", "so", "does", "do",
                                   "did", "is", "are", "was", "were", "can", "will", "would", "should", "could",
                                   "although", "though", "because", "since", "unless", "whether", "once", "despite",
                                   "until", "where", "what", "how", "why", "who", "according", "amid", "like"})

# prepositions opening a phrase of place or time before a subject pronoun ("At a recent conference, he said")
_OPENING_PREPOSITIONS: Final = frozenset({"at", "in", "on", "during", "after", "before", "for", "with", "amid",
                                          "over", "under", "from", "later", "earlier"})

# verbs of saying beside the one who spoke ('..." said the adviser')
_SAYING: Final = frozenset({"said", "says", "told", "tells", "added", "adds", "noted", "notes", "wrote", "writes",
                            "explained", "explains", "argued", "argues", "stated", "states", "replied", "replies",
                            "responded", "responds", "answered", "continued", "asked", "insisted", "recalled"})

# how many tokens a subject phrase may run over
_REACH: Final = 12
_SENTENCES_BACK: Final = 3


def opens_clause(facts: DocFacts, at: int) -> bool:
    """Does the pronoun at token ``at`` open its clause: first in its sentence, after a closing quotation and a
    comma ('"...," it said'), after connectives and commas only ("Instead, it accuses"), or after an opening
    phrase of place or time with no name in it ("At a recent conference in Seattle, he said")?"""
    doc = facts.doc
    sent = doc.sentences[doc.sentence_of[at]]
    tokens, norms = doc.tokens, doc.norms
    if at - sent.first <= _REACH + 8 and norms[sent.first] in _OPENING_PREPOSITIONS and tokens[at - 1] == "," \
            and not any(is_cap(tokens[t]) for t in range(sent.first + 1, at)):
        return True  # "At a recent conference in Seattle, he said": a phrase of place or time, then the subject
    k = at - 1
    while k >= sent.first and at - k <= 4:
        if tokens[k] in _CLOSING_QUOTES:
            return True
        if doc.is_word[k] and norms[k] not in _CONNECTIVES:
            return False
        k -= 1
    return k < sent.first


def subject_antecedent(facts: DocFacts, at: int, lists: WordLists,
                       history: list[SpeakerMention] | None = None,
                       other_gender: Callable[[SpeakerMention], bool] | None = None) -> SpeakerMention | None:
    """The subject of the sentence before the speaking pronoun at token ``at`` that agrees with it (see the
    module docstring), or, for a he/she, one person by a role who spoke in the sentence before ('"...," said
    the senior adviser. He noted'; ``history``: the speakers cited so far), or None. With ``other_gender`` (is
    a person of the other gender than the pronoun's, as the article shows?), a he/she also takes up a person
    by name: one who spoke right before ('"...," Rosenstein replied. He then'), over sentences of quotation,
    or the named subject of the sentence before, over sentences the same pronoun opens ("Murthy, 39, was the
    surgeon general. He was a native of ... At a conference, he said")."""
    doc = facts.doc
    pronoun = doc.norms[at]
    if pronoun not in ("it", "they", "he", "she") or not opens_clause(facts, at):
        return None
    if facts.ctx.in_quote(doc, doc.starts[at]):
        return None  # '"It feels embarrassing," the leader said': a word of the quotation
    si = doc.sentence_of[at]
    if pronoun in ("he", "she") and history:
        last = history[-1]
        if last.stop <= at and _over_quotation(doc, doc.sentence_of[last.start], si) and _beside_saying(doc, last) \
                and _agrees(facts, pronoun, last, lists, other_gender):
            return last
    for s in range(si - 1, max(-1, si - 1 - _SENTENCES_BACK), -1):
        sent = doc.sentences[s]
        first = sent.first
        while first < sent.stop and (not doc.is_word[first] or doc.norms[first] in _CONNECTIVES):
            if doc.tokens[first] in _OPENING_QUOTES:
                first = -1
                break
            first += 1  # (over "But", "And", a comma: "But conservatives from ... have blasted it")
        if first < 0 or first >= sent.stop:
            continue  # a sentence of quotation: the subject is further back
        if other_gender is not None and pronoun in ("he", "she") and _opens_on_pronoun(doc, first, sent.stop, pronoun):
            continue  # "He was a native of ...", "A vice admiral, he is known for ...": the same he, named further back
        if doc.norms[first] in _NOT_A_SUBJECT and _same_pronoun_subject(doc, sent.first, sent.stop, pronoun):
            continue  # "At his rally in Iowa, he heaped praise ...": the same he, named further back
        if doc.norms[first] in _NOT_A_SUBJECT or doc.tokens[sent.stop - 1] == "?":
            return None  # "On the other hand, Twitter ...", "Does the White House need a deal?"
        span = np_right(doc, first, min(sent.stop, first + _REACH), lists)
        if span is None or span[1] - span[0] > 1 and all(doc.tokens[t].isupper() for t in range(*span)
                                                         if doc.is_word[t]):
            return None  # (a headline in capitals)
        if pronoun == "it":
            # "The video Warren released ...": the document is the head noun, the words after it are its clause
            head = next((t for t in range(span[0], min(span[1], span[0] + 4)) if doc.norms[t] in _THINGS_THAT_SAY
                         and not is_cap(doc.tokens[t])), -1)
            if head >= 0:
                span = (span[0], head + 1)
            elif not is_cap(doc.tokens[span[1] - 1]):
                return None  # "The left opposes the decision": no document or body opens the sentence
        found = _shown(facts, span[0], span[1], lists)
        if found is None or not _agrees(facts, pronoun, found, lists, other_gender):
            return None
        if pronoun == "they" and "and" in [doc.norms[t] for t in range(span[0], span[1])]:
            if not (is_cap(doc.tokens[span[0]]) or doc.norms[span[0]] in ("the", "both", "two", "three")):
                return None  # "So say Arthur Laffer and Stephen Moore": a verb opens the phrase
            # "Arthur Laffer and Stephen Moore": both, not the last one
            both = doc.cut(doc.starts[span[0]], doc.ends[span[1] - 1])
            return SpeakerMention(span[0], span[1], found.kind, both, both.lower())
        return found
    return None


def _over_quotation(doc: Doc, said: int, si: int) -> bool:
    """Is sentence ``said`` the one before sentence ``si``, or are all the sentences between
    them, at most ``_SENTENCES_BACK``, quotation ('"...," the first lady said. "How many can relate?" ..., she
    continued')?"""
    if said >= si or said < si - 1 - _SENTENCES_BACK:
        return False
    for s in range(said + 1, si):
        sent = doc.sentences[s]
        first = next((t for t in range(sent.first, min(sent.stop, sent.first + 3)) if doc.tokens[t].strip()), -1)
        if first < 0 or doc.tokens[first] not in _OPENING_QUOTES:
            return False
    return True


def _opens_on_pronoun(doc: Doc, first: int, stop: int, pronoun: str) -> bool:
    """Does the sentence whose first word is ``first`` have the pronoun as its subject: first ("He was a native")
    or after an opening phrase and a comma within ``_REACH`` tokens ("A vice admiral and scientist, he is")?"""
    if doc.norms[first] == pronoun:
        return True
    return _same_pronoun_subject(doc, first, stop, pronoun)


def _beside_saying(doc: Doc, sp: SpeakerMention) -> bool:
    """Is the speaker ``sp`` right after or right before a verb of saying ('..." said the adviser', "the
    adviser said"): who spoke last, not a phrase a cue found further off?"""
    return sp.start > 0 and doc.norms[sp.start - 1] in _SAYING or sp.stop < len(doc.norms) and doc.norms[sp.stop] in _SAYING


def _same_pronoun_subject(doc: Doc, first: int, stop: int, pronoun: str) -> bool:
    """Does the sentence ``[first, stop)``, opening on a phrase that is no subject, have the same pronoun as its
    subject after a comma or dash within ``_REACH`` tokens ("At his rally — which wasn't aired — he heaped")?"""
    for t in range(first + 1, min(stop, first + _REACH + 8)):
        if doc.norms[t] == pronoun and doc.tokens[t - 1] in (",", "—", "–"):
            return True
    return False


def _shown(facts: DocFacts, first: int, stop: int, lists: WordLists) -> SpeakerMention | None:
    """The speaker the phrase ``[first, stop)`` shows, of the kind a cited phrase there is given ("the
    indictment": its author's, :func:`.kind_documents.authored_kind`)."""
    found = mention(facts, first, stop, lists)
    if found is None:
        return None
    doc = facts.doc
    read = reader_kind(doc, found.start, found.stop, found.kind, found.name, found.key, lists)
    kind, name, key = authored_kind(facts, found.start, found.stop, read, lists)
    return SpeakerMention(found.start, found.stop, kind, name, key)


def _agrees(facts: DocFacts, pronoun: str, found: SpeakerMention, lists: WordLists,
            other_gender: Callable[[SpeakerMention], bool] | None = None) -> bool:
    """Does the subject ``found`` agree with the pronoun in number, person and gender as a reader hears it
    (a person by name only with ``other_gender``, which tells one the article gives the other gender)?"""
    doc = facts.doc
    norms = doc.norms
    head = base_norm(norms[found.stop - 1])
    words = [norms[t] for t in range(found.start, found.stop)]
    if any(w in ("he", "she", "it", "they", "we", "i", "you", "this", "that", "there") for w in words):
        return False
    if pronoun == "it":
        if found.kind == "person" or norms[found.stop - 1].endswith("s") and not is_cap(doc.tokens[found.stop - 1]):
            return False
        if norms[found.stop - 1] in _THINGS_THAT_SAY:
            return True
        # a body by its name ("The DNC", "Saudi Arabia"), not a phrase run on into its verb ("The decree stressed")
        return found.kind in ("organization", "outlet") and is_cap(doc.tokens[found.stop - 1])
    if pronoun == "they":
        if "and" in words:
            return any(is_cap(doc.tokens[t]) or norms[t] in lists.person_nouns for t in range(found.start, found.stop))
        last = head
        if not last.endswith("s") or last.endswith("ss"):
            return False
        one = last[:-3] + "y" if last.endswith("ies") else last[:-1]  # "officers", "agencies"
        return last in lists.groups or last in lists.person_nouns or one in lists.person_nouns \
            or one in lists.groups or one in lists.titles
    # he / she: one person by name, of no other gender the article shows ("Murthy", "Rosenstein")
    if other_gender is not None and found.kind == "person" and is_cap(doc.tokens[found.stop - 1]) \
            and "and" not in words and not other_gender(found):
        other_words = FEMALE_WORDS if pronoun == "he" else MALE_WORDS
        return not any(w in other_words for w in words)
    # he / she: one person by a role, not of the other gender by a word
    if found.kind not in ("anonymous", "person") or not (ends_in_one_role(doc, found.stop) or (head in lists.person_nouns or head in lists.titles)
                                         and not head.endswith("s")):
        return False  # (one person by a role or a word for a person: "the chairman", "the senior adviser")
    other = FEMALE_WORDS if pronoun == "he" else MALE_WORDS
    return not any(w in other for w in words)
