"""Words found where a speaker stands that open no noun phrase of a source: "What" of a clause, an imperative
verb opening its sentence, an outlet that obtained the document that speaks.

Readers of the AllSides dev sample (independent draws 2525-2626) judged wrong as speakers:

- "What Democrats" ("What Democrats like those quoted here still do not understand is ..."): a free relative
  clause, the writer's claim, not Democrats speaking; so too the phrase after "What" and an adjective ("What
  influential Senate Republicans say and do in the days after ... could signal"; draw 3131);
- "Say" ("Say what you will about ... and believe me"): an imperative verb opening its sentence;
- "Fox News" ("text messages exclusively obtained by Fox News this week revealed"): the outlet obtained the
  texts; the texts reveal. So too "A State Department report obtained by The Associated Press says".

Session 33's fresh draw met "Right" ("Right after the 2016 election, he kept insisting"); the dev output holds
more lone common words opening a sentence as speakers: "Soon concluding", "Multiple women have come forward
alleging", "Big organized interests ... realizing", "Better understand", "Money: Trump didn't need". A lone
capitalised word opening its sentence that the article writes in lower case elsewhere and never capitalises
inside a sentence, and that is no word for a source (a title, crowd, vague source, person noun, body, outlet,
document), no given name and no plural, is a common word: no speaker.

A teacher reading the speaker tables of same-story pairs (session 32) met a subheading as a person: "Vote Likely
On Thursday: USA Today says ...". A line in title case up to a colon, a function word capitalised in it
("On", "In", "For"), is a heading, no speaker.

A language's or a people's adjective after "a"/"an", cut from the noun it modifies ("According to an English
version of the report"; session 34), is read as a person's name: no speaker.

"Press" before a noun of reporting ("Press reports about the investigation have been embarrassing"; draws
2929/3030) modifies the noun: no speaker.

Kept: "What" inside a name ("What Works Institute" is capitalised throughout), a verb's homograph used as a
name inside a sentence, an outlet that reported ("first reported by Fox News").
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import NameCase, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap, word_lists
from .non_speaker_possessions import possessed_thing

_FREE_RELATIVES: Final = frozenset({"what", "whatever"})
# verbs an imperative opening a writer's sentence uses ("Say what you will", "Consider the numbers")
_IMPERATIVES: Final = frozenset({"say", "tell", "ask", "imagine", "consider", "remember", "note", "look", "listen",
                                 "think", "take", "suppose", "picture", "recall", "forget", "mind"})
# words of the press that modify a noun of reporting ("Press reports about the investigation", "media
# reporting that"; session 33, draws 2929/3030): the noun's modifier, no speaker
_MEDIA_MODIFIERS: Final = frozenset({"press", "media", "news"})
_REPORT_NOUNS: Final = frozenset({"reports", "report", "reporting", "accounts", "coverage"})
# participles before "by" whose agent got hold of a document, not its speaker
# function words a heading in title case capitalises ("Vote Likely On Thursday:")
_TITLE_CASE_SMALL: Final = frozenset({"on", "in", "at", "for", "to", "of", "with", "after", "before", "from", "by",
                                      "into", "over", "as", "is", "are", "and", "or", "the", "a", "an"})
_HEADING_REACH: Final = 6  # words between the phrase and the heading's colon
_OBTAINED: Final = frozenset({"obtained", "reviewed", "seen", "acquired", "viewed", "examined", "leaked"})
# words of research and documents that stand as a source alone at a sentence's start ("Study finds", "Poll shows")
# languages (and the peoples' adjectives ``places`` lacks) that modify a noun after "a"/"an" ("an English version")
_LANGUAGES: Final = frozenset({"english", "spanish", "french", "german", "arabic", "chinese", "mandarin", "russian",
                               "hebrew", "farsi", "persian", "italian", "portuguese", "japanese", "korean", "urdu",
                               "hindi", "turkish", "dutch", "greek", "polish", "latin"})
_DOCUMENT_WORDS: Final = frozenset({"study", "poll", "report", "survey", "research", "analysis", "data", "memo",
                                    "letter", "statement", "evidence", "polling", "census", "science", "history"})


def no_source_opening(doc: Doc, first: int, stop: int) -> bool:
    """Does the phrase ``[first, stop)`` open with "What" of a clause, or is it an imperative verb opening its
    sentence, or the agent of "obtained by" (see the module's docstring)?"""
    norm = doc.norms[first]
    if norm in _FREE_RELATIVES and stop - first >= 2 and doc.is_word[first + 1] \
            and not all(is_cap(doc.tokens[t]) for t in range(first, stop) if doc.is_word[t]):
        return True  # "What Democrats ... do not understand"
    if _after_free_relative(doc, first):
        return True  # "What influential Senate Republicans say and do ... could signal"
    if stop - first == 1 and norm in _IMPERATIVES and _opens_sentence(doc, first) and first + 1 < len(doc.tokens) \
            and doc.is_word[first + 1] and not is_cap(doc.tokens[first + 1]):
        return True  # "Say what you will"
    if _title_case_heading(doc, first, stop):
        return True  # "Vote Likely On Thursday:"
    if common_word_opening(doc, first, stop, word_lists()):
        return True  # "Right after the election, he kept insisting", "Multiple women have come forward alleging"
    if possessed_thing(doc, first, stop, word_lists()):
        return True  # "his visit heralded", "its long-held view" (:mod:`.non_speaker_possessions`)
    if stop - first == 1 and norm in _MEDIA_MODIFIERS and stop < len(doc.norms) \
            and doc.norms[stop] in _REPORT_NOUNS:
        return True  # "Press reports about the investigation have been": a noun's modifier
    if _adjective_before_its_noun(doc, first, stop):
        return True  # "an English version of the report": the version, no person named English
    return first >= 2 and doc.norms[first - 1] == "by" and doc.norms[first - 2] in _OBTAINED


def _adjective_before_its_noun(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase "a"/"an" and a language's or a people's adjective, a lower-case word right after it ("an
    English version")?"""
    if stop - first != 2 or doc.norms[first] not in ("a", "an") or stop >= len(doc.tokens):
        return False
    word = doc.norms[first + 1]
    if not is_cap(doc.tokens[first + 1]) or word not in _LANGUAGES and word not in word_lists().demonyms:
        return False
    return doc.is_word[stop] and doc.tokens[stop].isalpha() and doc.tokens[stop].islower()


def _after_free_relative(doc: Doc, first: int) -> bool:
    """Is the phrase at ``first`` the subject inside a free relative clause, "What" opening its sentence one or
    two lower-case words before it ("What influential Senate Republicans say and do ... could signal")?"""
    for k in (first - 1, first - 2):
        if k < 0 or doc.norms[k] not in _FREE_RELATIVES:
            continue
        between = range(k + 1, first)
        return _opens_sentence(doc, k) and all(doc.is_word[t] and not is_cap(doc.tokens[t]) for t in between)
    return False


def common_word_opening(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase one capitalised word opening its sentence that the Doc writes in lower case elsewhere and
    never capitalises inside a sentence, and no word of a source, given name or plural (see the module's
    docstring)?"""
    if stop - first != 1 or not doc.is_word[first] or not is_cap(doc.tokens[first]) or doc.tokens[first].isupper() \
            or not _opens_sentence(doc, first):
        return False
    word = base_norm(doc.norms[first])
    if word.endswith("s") or word in _DOCUMENT_WORDS or word in first_names():
        return False
    if word in lists.titles or word in lists.org_heads or word in lists.vague or word in lists.groups \
            or word in lists.person_nouns or word in lists.not_names or word in lists.outlets \
            or word in lists.outlet_heads or word in lists.places or word in lists.demonyms:
        return False
    case = NameCase(doc)
    return word in case.lower and word not in case.inside


def _title_case_heading(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase, opening its sentence, the start of a line in title case that ends in a colon within
    ``_HEADING_REACH`` words, a function word capitalised after the phrase ("Vote Likely On Thursday:")?"""
    if not _opens_sentence(doc, first):
        return False
    small = False
    for t in range(stop, min(len(doc.tokens), stop + _HEADING_REACH)):
        if doc.tokens[t] == ":":
            return small
        if not doc.is_word[t] or not is_cap(doc.tokens[t]):
            return False
        small = small or doc.norms[t] in _TITLE_CASE_SMALL
    return False


def _opens_sentence(doc: Doc, t: int) -> bool:
    sent = doc.sentences[doc.sentence_of[t]]
    return next((k for k in range(sent.first, t + 1) if doc.is_word[k]), t) == t
