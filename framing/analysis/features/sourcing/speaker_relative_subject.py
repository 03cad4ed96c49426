"""The head of a subject that carries a relative clause (curated by reading the AllSides dev corpus, readers'
judgments of the ninth pass, draw 1818): in "The government agency that oversees this program estimates",
"several people who use the program said" (draws 2929/3030),
"A lawyer who represents Smith said", "The group that funds the study said" the cue's subject is the
agency, the lawyer, the group, not the object of the clause inside the subject, which is what the noun
phrase just before the cue is. The speaker span is the head's noun phrase ("A lawyer"): the whole subject
would be classified by the name inside its clause.

"the agency said that funds were short" (a complement clause after a verb of saying), "Officials who
spoke said" (no object) and "The man who posed the question, Kerry Ladka, told" (named after a comma) are
left alone.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .grammar import PRONOUNS, WordLists, is_cap, np_left
from .kind_documents import document_words

_RELATIVES: Final = frozenset({"who", "that", "which"})
# what may stand before the clause's object ("oversees this program", "represents the family")
_DETERMINERS: Final = frozenset({"the", "this", "that", "these", "those", "a", "an", "his", "her", "their", "its",
                                 "our", "my"})
# verbs of a relative clause whose object is then the subject's object: third person present or past tense
_NOT_VERBS: Final = frozenset({"is", "was", "are", "were", "has", "had", "have", "does", "did", "this", "news",
                               "us", "as", "its", "his", "hers", "less", "unless", "always", "perhaps", "thus",
                               "yes", "also", "was", "whereas", "across", "afterwards", "towards", "ed", "need"})
# heads before the relative pronoun that are no noun: verbs of saying or thinking, conjunctions
_NOT_HEADS: Final = frozenset({"said", "says", "say", "told", "tells", "argued", "argues", "believe", "believes",
                               "believed", "think", "thinks", "thought", "know", "knows", "knew", "so", "such",
                               "now", "and", "or", "but", "than", "fact", "say", "noted", "notes", "added", "adds",
                               "warned", "warns", "claimed", "claims", "reported", "reports", "wrote", "writes",
                               "shows", "showed", "found", "finds", "suggests", "suggested", "means", "meant"})

# auxiliaries and conjunctions between the relative pronoun and the clause's verb ("who have endorsed or supported")
_BEFORE_CLAUSE_VERB: Final = frozenset({"have", "has", "had", "or", "and", "also", "once", "previously"})
# how many tokens back from the clause's verb the relative pronoun may stand
_CLAUSE_BACK: Final = 4


def _clause_verb(doc: Doc, k: int) -> bool:
    """Is token ``k`` a lowercase finite verb of a relative clause ("oversees", "represents", "funded")?"""
    norm = doc.norms[k]
    return doc.is_word[k] and not is_cap(doc.tokens[k]) and norm not in _NOT_VERBS and len(norm) > 3 \
        and norm not in PRONOUNS and (norm.endswith("s") and not norm.endswith("ss") or norm.endswith("ed"))


# words right after "who" that are no plain verb of the clause ("who also", "who now")
_NOT_PLAIN_VERBS: Final = frozenset({"also", "still", "now", "often", "never", "once", "then", "not", "are", "were",
                                     "have", "had", "do", "did", "will", "would", "could", "can", "may", "might",
                                     "must", "should", "shall", "the", "a", "an"})


def _plural_verb_after_who(doc: Doc, k: int) -> bool:
    """Is token ``k`` a lowercase plain verb right after "who" ("several people who use the program said")?"""
    norm = doc.norms[k]
    return k >= 1 and doc.norms[k - 1] == "who" and doc.is_word[k] and not is_cap(doc.tokens[k]) and len(norm) > 2 \
        and norm.isalpha() and norm not in _NOT_PLAIN_VERBS and norm not in _NOT_VERBS and norm not in PRONOUNS and norm not in _NOT_HEADS \
        and not norm.endswith("ly")


def subject_with_relative_clause(doc: Doc, first: int, stop: int,
                                 lists: WordLists) -> tuple[int, int] | None:
    """The head "A lawyer" of the subject "A lawyer who represents Smith" when the span ``[first, stop)`` ("Smith") is the object of
    a relative clause inside it, or None."""
    if doc.norms[stop - 1].endswith(("’s", "'s", "’", "'")) or not doc.is_word[stop - 1] \
            or stop < len(doc.tokens) and doc.tokens[stop] == ",":
        return None  # "a statement that supported Mr. Romney's claim": the claim is his
    sent_first = doc.sentences[doc.sentence_of[first]].first
    j = first - 1
    if j >= sent_first and doc.norms[j] in _DETERMINERS:
        j -= 1  # "oversees [this] program" when the span left the determiner out
    if j - 2 < sent_first or not (_clause_verb(doc, j) or _plural_verb_after_who(doc, j)):
        return None
    rel = j - 1
    # back over an auxiliary and a coordinated verb: "who have endorsed or supported Mr. Cruz have cited"
    while rel > sent_first and j - rel <= _CLAUSE_BACK and doc.norms[rel] not in _RELATIVES and (
            doc.norms[rel] in _BEFORE_CLAUSE_VERB or _clause_verb(doc, rel)):
        rel -= 1
    if doc.norms[rel] not in _RELATIVES or rel - 1 < sent_first:
        return None
    head_end = rel  # the relative pronoun
    h = head_end - 1
    if not doc.is_word[h] or doc.norms[h] in _NOT_HEADS or doc.norms[h] in PRONOUNS:
        return None
    head = np_left(doc, head_end, sent_first, lists)
    if head is None or head[1] != head_end or doc.norms[head[0]] in PRONOUNS:
        return None
    return head


def thing_before_recipient(doc: Doc, rel: int, left: tuple[int, int] | None, sent_first: int,
                           lists: WordLists) -> tuple[int, int] | None:
    """The text sent when "which" follows its recipient: "delivered a resignation letter to [Trump] which stated"
    -> "a resignation letter" (a text: :func:`.kind_documents.document_words`). "which" never stands for a
    person, and after "to" the phrase before it is a recipient, not who states (round 1 leftover of the
    eighteenth pass: the recipient shown as the speaker; 1 such span on the dev corpus). None elsewhere ("a top
    official for the agency who says", "the agency, which said", "went to FreedomWorks which has blasted")."""
    if left is None or doc.norms[rel] != "which" or left[1] != rel or left[0] - 1 < sent_first \
            or doc.norms[left[0] - 1] != "to":
        return None
    outer = np_left(doc, left[0] - 1, sent_first, lists)
    if outer is None or outer[1] != left[0] - 1 or base_norm(doc.norms[outer[1] - 1]) not in document_words():
        return None  # only a text sent ("a letter", "a complaint"), not "The money went to FreedomWorks which"
    return outer
