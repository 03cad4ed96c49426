"""Loaded words mentioned, not used: the word is the topic, not a judgement made with it (issue 13, eighth pass:
a class independent readers of AllSides pages judged wrong in :mod:`.loaded`):

* after "the word", "the term", "the phrase", "the label" ("steering clear of the word 'racist'", "his use of
  the phrase 'anchor babies'", "the terms subversive and propaganda rely on subjective judgments");
* a word in quotation marks taken "as an insult" or "as a word" ("we think of 'racist' as an insult rather
  than as an adjective");
* words listed as sentences of their own, then named as words someone used ("Horrid. Lousy. Awful. Those are
  just three of the words economists are using to describe the report"); a list of the writer's own
  ("Horrendous wildfires. Oppressive heat waves.") names no words and stays;
* the word asked about as a notion, "what a racist is", "what racism means" (ninth pass, round 2): its meaning
  is the topic; "what a racist he is" (an exclamation) stays;
* (thirteenth pass, s33 fresh draw) words listed before "and other (...) epithets / insults / names"
  ("calling people crooked, corrupt and other defamatory epithets"): the list names words someone used;
  "corrupt and other crimes" (no word for a word) stays;
* (sixteenth pass, round 2: "we are afraid to be called 'racist'", judged wrong by the readers of draw 4949,
  "mention of the label, nobody is being judged") a label after a passive "called" ("afraid to be called
  racist", "they hate being called racists", "concerned about being called a racist"): the label others pin
  on the subject, named as a charge, after "be", "being", "been" or "get(ting)" only; "he called them racists"
  (the active verb, the speaker's own label), "his endorsement was called 'disgusting' by an aide" (a finite
  passive: one critic's judgement reported, in their word) and "a man called 'progressive'" (no "be", which the
  PTC annotators mark) stay.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .lexical import QUOTE_MARKS

_TERM_NOUNS: Final = frozenset({"word", "term", "phrase", "label", "epithet", "slur", "moniker", "terms", "phrases",
                                "labels", "epithets", "slurs", "nickname", "adjective", "adjectives", "expression"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                                 "same", "two", "both", "our", "my", "your"})
_AS_WHAT: Final = frozenset({"insult", "insults", "word", "term", "label", "slur", "epithet", "adjective", "noun",
                             "compliment", "pejorative"})
# what the sentences after a list of one-word sentences call them ("three of the words economists are using")
_WORDS: Final = frozenset({"words", "adjectives", "terms", "descriptions", "descriptors"})
_LIST_REACH: Final = 4  # sentences looked at after the word's own


def _skip_quotes_back(doc: Doc, k: int, floor: int) -> int:
    while k >= floor and doc.tokens[k] in QUOTE_MARKS:
        k -= 1
    return k


def _after_term_noun(doc: Doc, first: int) -> bool:
    """"the word 'racist'", "the terms subversive and ...": a term noun with a determiner right before."""
    floor = doc.sentences[doc.sentence_of[first]].first
    k = _skip_quotes_back(doc, first - 1, floor)
    if k < floor + 1 or doc.norms[k] not in _TERM_NOUNS:
        return False
    quoted = k < first - 1
    # a plural ("his words carelessly") only when the word is quoted or follows "the terms"
    return doc.norms[k - 1] in _DETERMINERS and (quoted or not doc.norms[k].endswith("s")
                                                  or doc.norms[k - 1] == "the")


def _quoted_as_a_word(doc: Doc, first: int, stop: int) -> bool:
    """'"racist" as an insult': the word in quotation marks, then "as a(n)" and a word for a word."""
    if first == 0 or doc.tokens[first - 1] not in QUOTE_MARKS:
        return False
    k = stop
    n = len(doc.tokens)
    while k < n and (doc.tokens[k] in QUOTE_MARKS or doc.tokens[k] == ","):
        k += 1
    return k + 2 < n and doc.norms[k] == "as" and doc.norms[k + 1] in ("a", "an") and doc.norms[k + 2] in _AS_WHAT


def _listed_then_named_words(doc: Doc, first: int, stop: int) -> bool:
    """The word is its sentence (a one-word list item), and a sentence soon after speaks of words."""
    s = doc.sentence_of[first]
    sentence = doc.sentences[s]
    if any(doc.is_word[k] for k in range(sentence.first, sentence.stop) if k < first or k >= stop):
        return False
    for t in range(s + 1, min(len(doc.sentences), s + 1 + _LIST_REACH)):
        later = doc.sentences[t]
        if any(doc.norms[k] in _WORDS for k in range(later.first, later.stop)):
            return True
    return False


def _meaning_asked(doc: Doc, first: int, stop: int) -> bool:
    """"know what a racist is", "what racism means": "what" (and "a"/"an") right before, "is"/"means" right after."""
    k = first - 1
    if k >= 0 and doc.norms[k] in ("a", "an"):
        k -= 1
    return k >= 0 and doc.norms[k] == "what" and stop < len(doc.norms) \
        and doc.norms[stop] in ("is", "means", "meant", "was")


# what "and other ..." calls the words listed before it
_KINDS_OF_WORDS: Final = frozenset({"epithets", "insults", "names", "slurs", "labels", "words", "terms", "invective",
                                    "pejoratives", "nicknames", "descriptors", "adjectives", "smears"})
_OTHER_REACH: Final = 6  # tokens after the word to "other"
_KIND_REACH: Final = 3  # words after "other" to the word for words


def _listed_before_other_words(doc: Doc, stop: int) -> bool:
    """"crooked, corrupt and other defamatory epithets": "and/or other" soon after, then a word for words."""
    norms = doc.norms
    n = len(norms)
    for k in range(stop, min(n - 1, stop + _OTHER_REACH)):
        if norms[k] in ("and", "or") and norms[k + 1] == "other":
            return any(norms[j] in _KINDS_OF_WORDS for j in range(k + 2, min(n, k + 2 + _KIND_REACH)))
        if doc.tokens[k] in (".", ";", ":", "?", "!"):
            return False
    return False


# the infinitive or gerund of the passive: being labelled as an experience, not one labelling reported
_PASSIVE_LINKS: Final = frozenset({"be", "being", "been", "get", "getting"})


def _passive_called(doc: Doc, first: int) -> bool:
    """"to be called 'racist'", "being called a racist": "called" after a passive link, then the label."""
    floor = doc.sentences[doc.sentence_of[first]].first
    k = _skip_quotes_back(doc, first - 1, floor)
    if k >= floor and doc.norms[k] in ("a", "an"):
        k = _skip_quotes_back(doc, k - 1, floor)
    return k - 1 >= floor and doc.norms[k] == "called" and doc.norms[k - 1] in _PASSIVE_LINKS


def mentioned_not_used(doc: Doc, first: int, stop: int) -> str | None:
    """Why the loaded word at tokens ``[first, stop)`` is mentioned rather than used (the reason shown), or None."""
    if _after_term_noun(doc, first):
        return "the word 'racist', the phrase 'anchor babies': a word mentioned, not used to judge"
    if _quoted_as_a_word(doc, first, stop):
        return "'racist' as an insult: a word mentioned, not used to judge"
    if _listed_then_named_words(doc, first, stop):
        return "Horrid. Lousy. Awful. - the words others used, listed: mentioned, not used"
    if _meaning_asked(doc, first, stop):
        return "what a racist is: the word's meaning asked about, not a judgement made with it"
    if _listed_before_other_words(doc, stop):
        return "crooked, corrupt and other epithets: words listed as words someone used, not used to judge"
    if _passive_called(doc, first):
        return "afraid to be called 'racist': the label others pin on the subject, named as a charge"
    return None
