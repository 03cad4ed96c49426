"""What a speaking "they" never stands for: a document, a book or one news outlet.

A "they" who tells, focuses or understands is people. The resolver took the speaker cited last of any kind,
and that was sometimes the document the article quoted from ("according to court filings. ... Mueller's team
alleged ... On Friday, they told the judge" is the prosecutors, not the filings; "Instead, the book says,
they focused on ..." is Trump's advisers, not the book) or an outlet the article quoted ("Breitbart.com
reports ... The Australians ... because they understood" is the Australians; "They = Daily Telegraph" for
hackers). Readers of the AllSides dev sample marked all four such "they" wrong (draws 3030, 5353 and a
reading of the dev output). A body ("the NAACP ... They") stays a possible "they": American news writes one
so sometimes; a document or an outlet by its name is an "it".

Nor one person or one thing the article names by a singular common noun ("an antifa-aligned journal",
"her husband", "the pilot", "the draft map", "this vision": :func:`one_by_singular_noun`): a plural "they" is a
group by a plural noun phrase (readers: "they = antifa-aligned journal" wrong; in the dev output about twenty
such "they" named one person or thing). Collective nouns for a body of people ("the crowd", "the left", "the
campaign") and the words of an anonymous source a writer may call "they" ("one source", "a senior official")
stay possible.

The speakers passed over here stay in the history for the other pronouns ("It says" is the document).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from ...text import Doc
from .kind_documents import document_words
from .grammar import WordLists
from .speaker_plural_antecedents import plural_group_before
from .speakers import SpeakerMention

# written works a person signs, beside the documents an author issues (:func:`.kind_documents.document_words`)
_WRITINGS: Final = frozenset({"book", "memoir", "article", "column", "op-ed", "piece", "essay", "records", "documents",
                              "papers", "files", "emails"})


# singular nouns for a body of people, beside the collective agents of ``lexicons/collective_agents.txt``
# ("the crowd", "the left", "the police"), and irregular plurals for people ("women", "people")
_BODIES: Final = frozenset({"crowd", "left", "right", "public", "police", "staff", "team", "people", "men", "women",
                            "children", "folk", "media", "military", "clergy", "opposition", "family", "jury",
                            "panel", "committee", "group", "campaign", "administration", "government", "audience",
                            "majority", "minority", "council", "board", "press", "congress", "party", "coalition",
                            "caucus", "union", "faculty", "personnel", "youth", "elite", "army", "navy", "court",
                            "agency", "department", "office", "company", "firm", "organization", "network",
                            "senate", "house", "legislature", "parliament", "cabinet", "industry", "bureau",
                            "ministry", "regime", "side", "camp", "base", "gop", "crew", "band", "cast", "class"})

# singular words of an anonymous source, whom a writer may call "they" ("one source", "a senior official")
_SOURCE_WORDS: Final = frozenset({"source", "official", "aide", "staffer", "insider", "employee", "adviser",
                                  "advisor", "spokesperson"})
_COLLECTIVE: Final = load_word_set("collective_agents")


def one_by_singular_noun(doc: Doc, sp: SpeakerMention) -> bool:
    """Is the unnamed speaker ``sp`` one person or one thing by a lower-case singular noun ("an antifa-aligned
    journal", "her husband", "the draft map"), not a body of people nor an anonymous source's word?"""
    if sp.kind != "anonymous" or not 0 <= sp.start < sp.stop <= len(doc.norms):
        return False
    h = _head(doc, sp.start, sp.stop)
    head = doc.norms[h]
    if not head.isalpha() or not doc.tokens[h].islower() or head.endswith("s"):
        return False
    return head not in _BODIES and head not in _SOURCE_WORDS and head not in _COLLECTIVE


# words after a noun phrase's head: a preposition, a relative or a pronoun opening a clause ("advocates of
# the law", "people in the president's orbit", "protesters we interviewed")
_AFTER_HEAD: Final = frozenset({"of", "in", "on", "at", "for", "from", "with", "to", "by", "who", "that", "which",
                                "whom", "we", "i", "you", "he", "she", "they", "familiar", "close"})


# words for a part or a number of a group before "of" ("some of the protesters", "half of Americans")
_PARTS: Final = frozenset({"some", "many", "most", "all", "number", "half", "majority", "minority", "several", "few",
                           "both", "part", "lot", "lots", "dozens", "hundreds", "thousands", "millions", "group",
                           "members", "rest", "bunch", "couple", "pair", "handful", "none", "each", "two", "three",
                           "four", "five", "share", "percent", "third", "quarter"})


def _head(doc: Doc, first: int, stop: int) -> int:
    """The head word's token of the phrase [first, stop): the last word before a preposition, a relative or
    a pronoun that opens what follows it."""
    t = first
    while t + 1 < stop and doc.norms[t + 1] not in _AFTER_HEAD and doc.is_word[t + 1]:
        t += 1
    if t + 2 < stop and doc.norms[t] in _PARTS and doc.norms[t + 1] == "of":
        return _head(doc, t + 2, stop)  # "some of the protesters", "a number of lawmakers": the protesters
    return t


def no_they(doc: Doc, sp: SpeakerMention) -> bool:
    """Is the speaker ``sp`` one a speaking "they" cannot stand for: an outlet, or a phrase whose last word is a
    document or a writing ("court filings", "the book", "the report"), in the singular or the plural?"""
    if sp.kind == "outlet":
        return True
    if sp.kind not in ("anonymous", "organization") or not 0 <= sp.start < sp.stop <= len(doc.norms):
        return False
    head = doc.norms[sp.stop - 1]
    words = document_words()
    return head in words or head in _WRITINGS or head.endswith("s") and head[:-1] in words


def for_they(doc: Doc, history: list[SpeakerMention]) -> list[SpeakerMention]:
    """The speakers of ``history`` a "they" may stand for (the others passed over: :func:`no_they`)."""
    return [sp for sp in history if not no_they(doc, sp)]


def group_instead_of_one(doc: Doc, at: int, found: SpeakerMention, lists: WordLists) -> SpeakerMention | None:
    """For a speaking "they" at token ``at`` resolved to ``found``: ``found`` unless it is one person or thing
    by a singular noun (:func:`one_by_singular_noun`); then the plural group named just before the pronoun
    (:func:`.speaker_plural_antecedents.plural_group_before`), or None (unresolved)."""
    if not one_by_singular_noun(doc, found):
        return found
    group = plural_group_before(doc, at, lists)
    if group is None:
        return None
    text = doc.cut(doc.starts[group[0]], doc.ends[group[1] - 1])
    key = text.lower().replace(".", "").replace("’", "'")
    return SpeakerMention(group[0], group[1], "anonymous", text, key[4:] if key.startswith("the ") else key)
