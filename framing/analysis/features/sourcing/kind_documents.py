"""Second looks at speakers first read as unnamed that are documents one author issued.

A document is no vague person. Readers of the AllSides dev sample (independent draws 1515-1717, session 28's
self-reading) judged "anonymous or vague" wrong for a document whose author the article gives or implies
("The president's letter", "the indictment", "the complaint", "The new audit", "the statement" of an office,
"the memo"), and gave it its author's kind ("the tweet is a text; source is YAF, a named organization"):

- an owner or a capitalised name right before the document word ("Trump's tweet", "the president's letter",
  "The Nunes memo", "the Justice Department report", "the agency's statement"): the owner's kind (a person, an
  office one person holds, a body, an outlet);
- an owner pronoun right before the document word ("His remarks", "its statement"; session 32): a person's or a
  body's;
- a definite document a body issues, with no owner ("the indictment", "the complaint", "the resolution", "The
  new audit", "the statement", "the memo", "The two-page directive"): the body that issued it, an organisation.

A document called by a person's name with no possessive ("the Nunes memo", "the Steele dossier", "the Mueller
report") is a body's work known by one name (a committee's, a firm's, an office's), and "the memo" after it is
the same document: an organisation, as the definite documents are, never a person (a teacher reading the
speaker tables of same-story pairs, session 32: "a document is not a person"). A personal text stays its
author's ("Trump's tweet", "the Comey letter", "Barr's memo"), also where the reader took the capitalised name
for a body's ("according to a Trump tweet": readers of draw 4848 judged it shown as an organisation wrong); a
company's known by one word is the company's ("the Facebook post").

A document whose author is named right after it, after "by" ("the post by Facebook chief privacy officer ...",
"a book by Marc Solomon", "the op-ed written by Julia Azari"), is its author's
(:func:`.kind_document_authors.author_after`).

Unnamed documents stay vague: "a study", "recent polls", "news reports", "Initial reports"; so do "the study"
and "the report" alone (readers split on them), a document of an unnamed person ("the whistleblower's
complaint", "the victim's statement") and a personal one with no owner ("the tweet", "the letter": whose
it is, the article says elsewhere).

The kind found here is the one the attribution search works with (an "it" takes the body whose memo spoke).
What the reports show and count is decided last: an impersonal document ("the memo", "The lawsuit", "a
study") is shown as a document, whoever wrote it (:mod:`.kind_cited_documents`, session 38); personal texts
keep the kind given here.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_categories
from .aliases import person_key
from .facts import DocFacts, base_norm
from .grammar import WordLists, is_cap
from .kind_apposed_names import apposed_name
from .kind_document_authors import author_after, earlier_author
from .kind_former_office_runs import former_office_kind
from .kind_head_words import kind_by_head, one_word_bodies
from .kind_office_holders import office_holder
from .kind_party_people import party_person

# offices one identifiable person holds ("the president's letter"), as :mod:`.reader` lists them (not imported:
# reader reads the speakers module, which reads this one)
_OFFICES: Final = frozenset({"president", "senator", "governor", "mayor", "secretary", "chairman", "chairwoman",
                             "speaker", "minister", "judge", "justice", "congressman", "congresswoman", "candidate",
                             "nominee", "pope", "king", "queen", "president-elect", "sheriff", "commissioner",
                             "ambassador", "chancellor", "premier", "general", "treasurer", "prosecutor", "ceo"})
# documents an author issues, texts a person writes or says, documents a body issues (``lexicons/document_words.txt``)
_WORDS: Final = load_word_categories("document_words")
_DOCUMENTS: Final = _WORDS["authored"]


def document_words() -> frozenset[str]:
    """Words of documents an author issues ("report", "memo", "tweet", "remarks")."""
    return _DOCUMENTS


# texts a person writes or says in person: called by the person's name, they stay the person's ("the Comey letter")
_PERSONAL: Final = _WORDS["personal"]
# documents a body issues, definite and alone ("the indictment", "the statement"): the body's, an organisation
_ISSUED: Final = _WORDS["issued"]
_DEFINITE: Final = frozenset({"the", "this", "that"})
# an owner pronoun right before the document word: a person's ("His remarks") or a body's ("its statement")
_PRONOUN_OWNERS: Final[dict[str, str]] = {"his": "person", "her": "person", "its": "organization"}
_DETERMINERS: Final = frozenset({"the", "this", "that", "a", "an", "its", "their"})
# modifiers of a definite document that keep it one body's ("the new audit", "the 30-page indictment")
_PLAIN_MODIFIERS: Final = frozenset({"new", "latest", "recent", "final", "initial", "original", "full", "formal",
                                     "official", "written", "joint", "draft", "revised", "updated", "same",
                                     "federal", "internal", "annual", "preliminary", "unsealed", "amended",
                                     "civil", "criminal", "classified", "declassified", "redacted", "lengthy",
                                     "brief", "short", "two-page", "one-page", "court", "press", "news", "legal"})
# people with no name: their document is theirs, unnamed ("the whistleblower's complaint")
_UNNAMED_AUTHORS: Final = frozenset({"whistleblower", "whistle-blower", "victim", "victims", "family", "source",
                                     "sources", "official", "officials", "plaintiff", "plaintiffs", "employee",
                                     "employees", "parents", "students", "critics", "researchers", "scientists"})


def authored_kind(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                  lists: WordLists) -> tuple[str, str, str]:
    """``found`` (kind, name, key: the reader's kind of the speaker ``[first, stop)``, :func:`.reader.reader_kind`),
    or, for a document read as unnamed, its author's kind (see the module's docstring). Applied after the reader's
    kind, which makes any phrase with no name in it unnamed; the cue model never reads it. A person called by
    an office or a role ("the president", "the former justice") is the one the article titled so
    (:mod:`.kind_office_holders`); a description set off before a name is the person it names ("The chairwoman of
    the committee, Rep. Jane Roe, said": :mod:`.kind_apposed_names`, read here, after the reader's kind, which
    makes such a phrase unnamed)."""
    if found[0] in ("anonymous", "organization") \
            and (apposed := apposed_name(facts, first, stop, lists)) is not None:
        return "person", apposed, person_key(apposed)  # "The chairwoman of the committee, Rep. Jane Roe, said"
    former = former_office_kind(facts, first, stop, found, lists)
    if former is not None:
        return former  # "According to [former White House] counterterrorism czar John Brennan"
    by_head = kind_by_head(facts, first, stop, found, lists)
    if by_head is not None:
        return by_head  # "the campaign said", "ICE said", "Malpani of Doctors Without Borders said"
    held = office_holder(facts, first, stop, found, lists)
    if held is not None:
        return held
    if found[0] in ("anonymous", "organization") and party_person(facts, first, stop):
        return "person", found[1], found[2]  # "the Democrat" (Booker), "The Republican front-runner" (Trump)
    if found[0] == "organization" and facts.doc.norms[stop - 1] in _PERSONAL \
            and _name_then_document(facts, first, stop) and document_kind(facts, first, stop, lists) == "person":
        return "person", found[1], found[2]  # "according to a Trump tweet": read as a capitalised body's name
    if found[0] != "anonymous":
        return found
    named_after = author_after(facts.doc, first, stop, _DOCUMENTS, lambda b, e: _name_kind(facts, b, e, lists))
    if named_after is not None:
        return named_after, found[1], found[2]  # "the post by Facebook ...", "a book by Marc Solomon"
    author = document_kind(facts, first, stop, lists)
    return found if author is None else (author, found[1], found[2])


def _name_then_document(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase a determiner or none, capitalised words and the document word ("a Trump tweet"), with no
    lower-case or numbered modifier ("a 5th Fleet statement": a body's)?"""
    doc = facts.doc
    a = first
    while a < stop - 1 and doc.norms[a] in _DETERMINERS:
        a += 1
    return a < stop - 1 and all(doc.is_word[t] and is_cap(doc.tokens[t]) for t in range(a, stop - 1))


def document_kind(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The kind of the author of a document read as unnamed (``[first, stop)``: "the indictment", "Trump's
    tweet"), else None (see the module's docstring)."""
    doc = facts.doc
    head = stop - 1
    if not doc.is_word[head] or doc.norms[head] not in _DOCUMENTS or stop - first > 8:
        return None
    owner = next((t for t in range(head - 1, first - 1, -1) if doc.norms[t].endswith(("'s", "’s", "s'"))), None)
    if owner is not None:
        return _owner_kind(facts, first, owner + 1, lists)
    if doc.norms[first] in _PRONOUN_OWNERS and first + 1 == head:
        return _PRONOUN_OWNERS[doc.norms[first]]  # "His remarks", "its statement"
    a = first
    while a < head and doc.norms[a] in _DETERMINERS:
        a += 1
    caps = [t for t in range(a, head) if doc.is_word[t] and is_cap(doc.tokens[t])]
    if caps and caps[-1] == head - 1 and not (a == head - 1 and _opens_sentence(facts, a)):
        return _named_document(_name_kind(facts, caps[0], head, lists), doc.norms[head])  # "The Nunes memo"
    plain_definite = doc.norms[first] in _DEFINITE and all(
        doc.is_word[t] and not is_cap(doc.tokens[t]) and doc.norms[t] in _PLAIN_MODIFIERS for t in range(a, head))
    if plain_definite and doc.norms[head] not in _ISSUED:
        # "the new poll" after "the latest Fox News national poll": its author's (:mod:`.kind_document_authors`)
        return _named_document(earlier_author(doc, first, doc.norms[head],
                                              lambda b, e: _name_kind(facts, b, e, lists)), doc.norms[head])
    if doc.norms[first] not in _DEFINITE or doc.norms[head] not in _ISSUED:
        return None
    if not all(doc.is_word[t] and not is_cap(doc.tokens[t]) and doc.norms[t] in _PLAIN_MODIFIERS
               for t in range(a, head)):
        return None  # "the whistleblower complaint", "the student's statement": an unnamed author's
    earlier = _owner_before(facts, first, doc.norms[head], lists)
    if earlier is not None:
        return earlier or None  # "in his complaint" before "the complaint": his; "the whistleblower complaint": unnamed
    return "organization"  # "the indictment", "The new audit", "the statement"


# suits are one document by several names ("the lawsuit", "the suit", "his complaint")
_SUITS: Final = ("lawsuit", "suit", "complaint")
_SAME_DOCUMENT: Final[dict[str, tuple[str, ...]]] = {"lawsuit": _SUITS, "suit": _SUITS, "complaint": _SUITS}
_LOOK_BACK: Final = 400  # tokens: an earlier mention of the document, a few paragraphs up


def _owner_before(facts: DocFacts, first: int, head: str, lists: WordLists) -> str | None:
    """The kind of the owner of the nearest earlier mention of the document (up to ``_LOOK_BACK`` tokens back)
    that has one: "his"/"her" a person, "its" an organisation, a name's kind, "" for an unnamed owner ("their",
    "the whistleblower complaint"); None where no earlier mention has an owner."""
    doc = facts.doc
    heads = _SAME_DOCUMENT.get(head, (head,))
    for k in range(first - 1, max(0, first - _LOOK_BACK) - 1, -1):
        if doc.norms[k] not in heads or k == 0:
            continue
        before = doc.norms[k - 1]
        if before in ("his", "her"):
            return "person"
        if before == "its":
            return "organization"
        if before == "their" or base_norm(before).removesuffix("'s").removesuffix("’s") in _UNNAMED_AUTHORS:
            return ""
        if doc.is_word[k - 1] and is_cap(doc.tokens[k - 1]) and not _opens_sentence(facts, k - 1):
            a = k - 1
            while a - 1 >= 0 and k - a < 4 and doc.is_word[a - 1] and is_cap(doc.tokens[a - 1]) \
                    and doc.sentence_of[a - 1] == doc.sentence_of[k]:
                a -= 1
            found = _named_document(_name_kind(facts, a, k, lists), doc.norms[k])
            if found is not None:
                return found
    return None


def _named_document(kind: str | None, head: str) -> str | None:
    """The kind of a document called by a name ("the Nunes memo": a body's work, an organisation; "the Comey
    letter": the person's)."""
    return "organization" if kind == "person" and head not in _PERSONAL else kind


def _opens_sentence(facts: DocFacts, t: int) -> bool:
    doc = facts.doc
    sent = doc.sentences[doc.sentence_of[t]]
    return next((k for k in range(sent.first, t + 1) if doc.is_word[k]), t) == t


def _owner_kind(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The kind of the owner phrase ``[first, stop)`` that ends in 's ("the president's", "Trump's", "the
    agency's"), else None."""
    doc = facts.doc
    a = first
    while a < stop - 1 and doc.norms[a] in _DETERMINERS:
        a += 1
    last = doc.norms[stop - 1]
    last = last[:-2] if last.endswith(("'s", "’s")) else last[:-1]
    if is_cap(doc.tokens[stop - 1]):
        return _name_kind(facts, a, stop, lists)
    if not all(doc.is_word[t] for t in range(a, stop)) or any(is_cap(doc.tokens[t]) for t in range(a, stop)):
        return None
    if last in _UNNAMED_AUTHORS or last in lists.vague or last in lists.groups or last in lists.person_nouns:
        return None  # "the whistleblower's complaint": an unnamed person's
    if last in _OFFICES and doc.norms[first] == "the":
        return "person"  # "the president's letter": the one person who holds the office
    if last in lists.org_heads:
        return "organization"  # "the agency's statement", "the company's post"
    return None


def _name_kind(facts: DocFacts, a: int, stop: int, lists: WordLists) -> str | None:
    """The kind of the capitalised name ``[a, stop)`` that owns or names a document ("Trump", "the Justice
    Department", "NBC News", "GOP"), else None."""
    doc = facts.doc
    words = [base_norm(doc.norms[t]) for t in range(a, stop) if doc.is_word[t]]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    if not words or len(words) > 5:
        return None
    if " ".join(words) in lists.outlets or any(w in lists.outlet_heads for w in words):
        return "outlet"
    if len(words) == 1 and words[0] in one_word_bodies():
        return "organization"  # "the Facebook post": the company's
    tokens = [doc.tokens[t] for t in range(a, stop) if doc.is_word[t]]
    if any(w in lists.org_heads or w in lists.places or w in lists.demonyms for w in words) \
            or any(tok.replace(".", "").replace("’s", "").replace("'s", "").isupper() for tok in tokens):
        return "organization"  # "the Justice Department report", "the Pentagon statement", "the GOP memo"
    if any(w in lists.titles or w in lists.groups or w in lists.vague or w in lists.not_names or w in lists.dates
           or w in lists.person_nouns or w in lists.clutter for w in words):
        return None  # "the Senate Democrats' letter", "the Sunday statement"
    if len(words) <= 3:
        return "person"  # "The Nunes memo", "Trump's tweet"
    return None
