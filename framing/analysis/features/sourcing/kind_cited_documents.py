"""Speakers that are documents: a report, a poll, a memo, a lawsuit, a transcript the article cites.

A document is a source of its own kind. Readers of the AllSides dev sample (the seventeenth pass's final draws
5555 and 5858) judged six of thirteen wrong speaker kinds, and two of nine wrong speakers, on documents shown
as a person, an organisation or an anonymous source: "the memo says" (shown as an organisation), "The lawsuit",
"a transcript", "an FBI transcript", "This poll showed", "a caption", "a rush transcript" ("a memo is a
document, not a speaker"; "a transcript is a record"). Studies of news sourcing code documents apart from
human sources (documentary sources: reports, filings, data, polls), and PolNeAR marks them as sources, so
framing keeps them as speakers and shows them as what they are: kind ``document``, counted in the sourcing
measure ``document``, not among the people, the bodies or the anonymous sources.

A speaker is a document when the head of its phrase (its last word, or the word before "of", "from", "by" ...:
"the results of the poll", "a report by the committee") is a lower-case word for an impersonal document
(``lexicons/document_words.txt``, category impersonal), whoever its author: "the memo", "Barr's memo", "the Nunes memo", "a Reuters/Ipsos
poll", "Census Bureau statistics", "the organization's website".

It stays what it was read as:
- a personal text, which is its author's words ("Trump's tweet", "The president's letter", "the agency's
  statement", "His remarks": :mod:`.kind_documents` gives them their author's kind), except a written one whose
  author framing does not find, which would be shown as an anonymous source ("The letter", "a statement", "the
  email": a reader of draw 6363 judged "The letter" of senators, shown as anonymous, wrong: a document);
  spoken words ("the prepared remarks") and unnamed plurals ("several tweets") stay vague;
- a news outlet's report ("a Politico report", "a Wall Street Journal analysis") or a newspaper ("the
  paper"): an outlet, as citing other media is counted;
- a capitalised title ("the Quadrennial Defense Review", "National Review", "the Drudge Report"): a name,
  of a body, an outlet or a document, that the other rules read; but a scripture or founding text by its own
  name ("what the Bible says", ``lexicons/kind_named_texts.txt``) is a document (readers of draws 7474-7878
  judged "the Bible" shown as a named organisation wrong);
- an unnamed plural or mass ("reports", "news reports", "studies", "recent polls", "research", "data"
  with no determiner, owner or name): vague sourcing, "studies show" being the weasel words style guides
  name (Wikipedia's Manual of Style, "Unsupported attributions"); "the studies", "the data" are documents.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_categories, load_word_set
from ...text import Doc
from .grammar import is_cap

# the document words (``lexicons/document_words.txt``): impersonal works that are no one person's words; written texts
# that are their author's words ("Trump's tweet"), a document only where framing finds no author ("The letter");
# plural or mass words, vague sourcing when unnamed and undetermined ("studies show")
_WORDS: Final = load_word_categories("document_words")
_DOCUMENTS: Final = _WORDS["impersonal"]
_WRITTEN_PERSONAL: Final = _WORDS["written"]
_PLURAL_OR_MASS: Final = _WORDS["plural"]
# words after a phrase's head that open what modifies it ("the results of the poll")
_AFTER_HEAD: Final = frozenset({"of", "from", "by", "for", "at", "on", "in", "with", "that", "which", "who",
                                "released", "issued", "published", "obtained", "filed", "written"})
_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                              "a", "an", "one", "each", "every", "another"})
# texts cited by their own name ("the Bible", ``lexicons/kind_named_texts.txt``)
_NAMED_TEXTS: Final = load_word_set("kind_named_texts")
_KINDS_READ: Final = frozenset({"person", "organization", "anonymous"})
_LONGEST: Final = 10  # words of a document phrase at most


def _head(doc: Doc, first: int, stop: int) -> int:
    """The head word of the phrase ``[first, stop)``: the last word before a word of :data:`_AFTER_HEAD`
    (past the first word), else the last word."""
    for t in range(first + 1, stop):
        if doc.norms[t] in _AFTER_HEAD:
            return t - 1
    return stop - 1


def _opens_sentence(doc: Doc, t: int) -> bool:
    return doc.sentences[doc.sentence_of[t]].first == t


def cited_document(doc: Doc, first: int, stop: int, kind: str) -> bool:
    """Is the speaker ``[first, stop)``, read as ``kind``, a document the article cites (see the module's
    docstring)?"""
    if kind not in _KINDS_READ or stop - first > _LONGEST or stop <= first:
        return False
    if any(doc.norms[t] in ("and", "or", "&") for t in range(first, stop)):
        return False  # "Trump and the report": a document and someone else
    if named_text(doc, first, stop):
        return True  # "what the Bible says": a text by its own name, no body
    head = _head(doc, first, stop)
    word = doc.norms[head]
    if not (word in _DOCUMENTS or word in _WRITTEN_PERSONAL and kind == "anonymous") or not doc.is_word[head] \
            or head < first:
        return False
    if is_cap(doc.tokens[head]):
        return False  # "the Quadrennial Defense Review", "National Review", "Bill" opening a sentence: a name
    if word not in _PLURAL_OR_MASS:
        return True
    owned = any(doc.norms[t].endswith(("'s", "’s", "s'")) for t in range(first, head))
    named = any(doc.is_word[t] and is_cap(doc.tokens[t]) and not (t == first and _opens_sentence(doc, t))
                for t in range(first, head))
    return owned or named or doc.norms[first] in _DEFINITE  # "the studies", "Census Bureau statistics"


def named_text(doc: Doc, first: int, stop: int) -> bool:
    """Is ``[first, stop)`` a text cited by its own capitalised name, alone or after "the" ("the Bible",
    "Scripture"; ``lexicons/kind_named_texts.txt``): a document, though capitalised as a body's name is?"""
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) != stop - first or not 1 <= len(words) <= 2 or len(words) == 2 and doc.norms[words[0]] != "the":
        return False
    return is_cap(doc.tokens[words[-1]]) and doc.norms[words[-1]] in _NAMED_TEXTS


def document_named(pronoun: str, name: str) -> bool:
    """Is a resolved "it" whose antecedent is shown as ``name`` ("memo", "the lawsuit") one document: the head
    of the name (its last word, or the word before "of", "by" ...) a lower-case singular of :data:`_DOCUMENTS`?
    A "they" or a "he" is no document."""
    words = [w.strip(".,;:!?\"'”’") for w in name.split()]
    if pronoun != "it" or not words or len(words) > _LONGEST:
        return False
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in _AFTER_HEAD), words[-1])
    return head in _DOCUMENTS and head not in _PLURAL_OR_MASS
