"""A document that its author issues, found as the speaker of a participle after it: the author speaks.

Readers of the AllSides dev sample (independent draws 2929-3030) judged "a statement" wrong as the speaker of
"saying" in "Romney released a statement late Tuesday saying: ...": the speaker is Romney. The dev output holds
more of the class: "the White House issued a statement saying", "he published a Washington Post op-ed saying",
"the family posted a response on Facebook explaining".
Draw 5050 adds a recorded call ("Rubio recorded a robocall touting Rivera": Rubio), and the dev output an ad a
campaign runs ("his campaign ran a TV attack ad claiming": the campaign). Draw 5252 adds a petition a senator
circulated ("Kaine has circulated a petition urging voters": Kaine), past an auxiliary and an appositive
("Sen. Tim Kaine, Virginia Democrat, has circulated": the name that opens the sentence).

So a document ("a statement", "an op-ed", "a response") that is the object of a verb of issuing ("released",
"issued", "posted", "published", "sent", "recorded", "ran"), followed within a few words by a participle cue
in -ing, gives the participle to the subject of that verb, the phrase right before it. A document that is the
subject ("A statement released Tuesday said") and a participle far from the document stay as they are.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .grammar import WordLists, is_cap, np_left, np_right
from .kind_documents import document_words

_ISSUING: Final = frozenset({"released", "issued", "issue", "issues", "posted", "published", "sent", "wrote",
                             "filed", "tweeted", "put", "releases", "posts", "publishes", "sends",
                             "recorded", "records", "ran", "runs", "aired", "airs", "circulated", "circulates"})
# documents beside those of :func:`.kind_documents.document_words`
_MORE_DOCUMENTS: Final = frozenset({"response", "op-ed", "article", "column", "essay", "notice", "reply", "blog",
                                    "commentary", "piece", "robocall", "robocalls", "ad", "ads", "commercial",
                                    "commercials"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})
# auxiliaries between the subject and the verb of issuing ("has circulated", "had released")
_AUXILIARIES: Final = frozenset({"has", "have", "had"})
_REACH: Final = 6
_APPOSITIVE_REACH: Final = 16  # tokens from the sentence's first word to the appositive's closing comma  # tokens between the document and the participle cue
_ADVERBS: Final = frozenset({"also", "then", "later", "quickly", "promptly", "soon", "swiftly", "out"})


def issuer_of_document(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """The subject of the verb that issued the document ``span`` (see the module's docstring), else ``span``."""
    first, stop = span
    if stop > m.first or m.first - stop > _REACH or not doc.norms[m.first].endswith("ing") \
            or any(doc.is_word[t] for t in range(m.first + 1, m.stop)):  # ("saying:" with its colon)
        return span
    head = next((t for t in range(first, stop) if doc.norms[t] in document_words() or doc.norms[t] in _MORE_DOCUMENTS),
                None)
    if head is None or doc.norms[first] not in _DETERMINERS or first < 2:
        return span
    verb = first - 1
    if doc.norms[verb] == "out" and verb >= 1:
        verb -= 1  # "put out a statement"
    if doc.norms[verb] not in _ISSUING:
        return span
    sent_first = doc.sentences[doc.sentence_of[first]].first
    end = verb
    while end - 1 > sent_first and doc.norms[end - 1] in _ADVERBS:
        end -= 1
    k = end - 1
    while k > sent_first and doc.norms[k] in _AUXILIARIES:
        k -= 1
    if k > sent_first and doc.tokens[k] == ",":
        return _opening_subject(doc, sent_first, k, lists) or span  # "Sen. Tim Kaine, Virginia Democrat, has circulated"
    subject = np_left(doc, end, sent_first, lists) if end > sent_first else None
    if subject is None or any(doc.norms[t] not in _AUXILIARIES for t in range(subject[1], end)):
        return span  # ("Kaine has circulated": the auxiliary between them)
    return subject


def _opening_subject(doc: Doc, sent_first: int, comma: int, lists: WordLists) -> tuple[int, int] | None:
    """The capitalised phrase that opens the sentence before its first comma, where an appositive ends at
    ``comma`` ("Sen. Tim Kaine, Virginia Democrat,"), or None."""
    first = sent_first
    while first < comma and not doc.is_word[first]:
        first += 1
    c = next((t for t in range(first, comma) if doc.tokens[t] == ","), -1)
    if c < 0 or comma - first > _APPOSITIVE_REACH or not is_cap(doc.tokens[first]):
        return None
    subject = np_right(doc, first, c, lists)
    return subject if subject is not None and subject[1] == c else None
