"""A "suggest" or "claimed that" whose subject is a person or a group of people (issue 13, fifteenth pass,
read on the AllSides dev corpus): the verb reports what someone proposed or asserted, it does not soften
the writer's claim, and the attribution layer shows it as a report.

Readers' judgments up to draw 4444 (``judgments/precision-dev-*.jsonl``), by the subject of the verb:
"suggest" with a person or group subject ("Both Obama and McConnell suggested Wednesday that", "Bass
suggested that", "I'm not suggesting", "came under fire for suggesting") 5 right / 10 wrong; "claimed
that" with a person subject ("Trump claimed that", "Severino claimed that", "and claimed that") 3 right /
6 wrong; "suggest" with evidence as its subject ("the numbers suggest", "polling suggests", "a disclosure
suggesting", "it suggests") right every time, and stays.

:mod:`.hedging` asks :func:`person_reports` after :func:`.hedge_contexts.reporting_use` (which already
sets aside "he suggested", a name inside the sentence and "emailed me to suggest"). Set aside here:

* a subject pronoun "they" before a past "suggested" or "claimed", or a denied "I" ("I'm not
  suggesting") just before the verb (over auxiliaries and adverbs); "I would suggest", "we would
  suggest", "they suggest" (mostly findings) and "it suggests" stay;
* a noun of persons just before: a title, a group, a person noun or a kind of source from the sourcing
  word lists ("the governor suggests", "Democrats suggested", "tipsters suggested", "critics claimed
  that"); not the documents, reports and posts of those lists;
* a name that opens the sentence ("McCain suggested that", "Severino claimed that"), taken as a name
  when the same capitalised word occurs inside a sentence in the last ``_NAME_REACH`` tokens (news
  introduces a person before it shortens the name to one word), so "Polling suggests" stays; and two
  names joined by "and" ("Both Obama and McConnell suggested");
* "for suggesting", "by suggesting" ("came under fire for suggesting that"): what a person said;
* "and claimed that", "but claimed that": a second verb of a person's statement.

A participle after a comma (", suggesting that") is left alone: readers judged it right 2 times in 3
even with a person as the subject.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .hedge_contexts import subject_index
from .phrases import FUNCTION_WORDS
from .sourcing.grammar import name_word, word_lists

_SUGGEST_FORMS: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
_CLAIM_ENTRIES: Final = frozenset({("claimed", "that"), ("claims", "that")})
# "they" only before a past "suggested" / "claimed": a present "they suggest" mostly has findings or
# estimates as its antecedent ("rough estimates, but they suggest that"); "we would suggest" softens
_PLURAL_PRONOUNS: Final = frozenset({"they"})
_PAST_FORMS: Final = frozenset({"suggested", "claimed"})
# words just before the person noun that put it inside a longer phrase whose head is no person ("a study by
# the Council of Economic Advisers", "the characterizing of the voters")
_INSIDE_PHRASE: Final = frozenset({"of", "by", "from", "in", "with", "for", "about", "on", "at", "among"})
_PHRASE_REACH: Final = 4  # words looked back over from the person noun for such a preposition
_DENIAL: Final = frozenset({"not", "n't", "never"})
_FIRST_PERSON_SINGULAR: Final = frozenset({"i", "i'm", "i’m", "im"})
_GERUND_PREPOSITIONS: Final = frozenset({"for", "by"})
_COORDINATION: Final = frozenset({"and", "but"})
# words of the sourcing lists of vague sources that are not people
_NOT_PEOPLE: Final = frozenset({"argue", "documents", "ground", "know", "knowledge", "many", "matter", "media",
                                "memo", "outlets", "posts", "reports", "rumors", "rumours", "say", "some", "to",
                                "with"})
# people the sourcing lists do not name (curated by reading the AllSides dev corpus)
_MORE_PEOPLE: Final = frozenset({"tipsters", "justices", "judges", "readers", "voters", "prosecutors", "lawyers",
                                 "attorneys", "investigators", "senators", "congressmen", "candidates"})
_NAME_REACH: Final = 3000  # tokens looked back over for the same name inside a sentence


def _person_noun(norm: str) -> bool:
    lists = word_lists()
    if norm in _NOT_PEOPLE or norm in FUNCTION_WORDS:
        return False
    return norm in _MORE_PEOPLE or norm in lists.titles or norm in lists.groups or norm in lists.person_nouns \
        or norm in lists.vague


def _name_seen_before(doc: Doc, k: int) -> bool:
    """Does the capitalised word at ``k`` (opening its sentence) occur capitalised inside a sentence, not at
    its start, within ``_NAME_REACH`` tokens before?"""
    tokens, is_word = doc.tokens, doc.is_word
    word = tokens[k]
    for j in range(k - 1, max(0, k - _NAME_REACH) - 1, -1):
        if tokens[j] == word and is_word[j] and j > 0 and is_word[j - 1] \
                and doc.sentences[doc.sentence_of[j]].first != j:
            return True
    return False


def _inside_phrase(doc: Doc, k: int) -> bool:
    """Is a preposition a few words before ``k`` (in its sentence), so the noun at ``k`` ends a phrase
    inside a longer subject ("a study by the Council of Economic Advisers")?"""
    lo = max(doc.sentences[doc.sentence_of[k]].first, k - _PHRASE_REACH)
    return any(doc.is_word[j] and doc.norms[j] in _INSIDE_PHRASE for j in range(lo, k))


def _opens_pair(doc: Doc, j: int) -> bool:
    """Does the one-word name at ``j`` open the pair "X and Y": the sentence's start or a lower-case word
    before it that is no preposition ("both Obama and McConnell", "but Rogers and McCain"), not a list of
    places ("in Alabama, New Jersey and Virginia")?"""
    if doc.sentences[doc.sentence_of[j]].first == j:
        return True
    before = j - 1
    return doc.is_word[before] and doc.tokens[before].islower() and doc.norms[before] not in _INSIDE_PHRASE


def _person_subject(doc: Doc, first: int) -> str:
    """Why the subject just before ``first`` is a person or a group ('' if it is not or cannot be told)."""
    norms = doc.norms
    k = subject_index(doc, first)
    if k < 0:
        return ""
    if norms[k] in _PLURAL_PRONOUNS:
        return "they suggested" if norms[first] in _PAST_FORMS else ""
    if any(norms[j] in _DENIAL for j in range(k + 1, first)):
        if norms[k] in _FIRST_PERSON_SINGULAR or (norms[k] in ("'m", "am") and k > 0 and norms[k - 1] == "i"):
            return "I'm not suggesting"
    if _person_noun(norms[k]) and not _inside_phrase(doc, k):
        return "the governor suggests"
    if doc.sentences[doc.sentence_of[k]].first == k and name_word(doc, k, word_lists()) \
            and _name_seen_before(doc, k):
        return "McCain suggested"
    if k >= 2 and norms[k - 1] == "and" and name_word(doc, k, word_lists()) \
            and name_word(doc, k - 2, word_lists()) and _opens_pair(doc, k - 2):
        return "Obama and McConnell suggested"
    return ""


def person_reports(doc: Doc, match: Match) -> str:
    """Why a "suggest" or "claimed that" reports a person's or a group's proposal or assertion ('' if it
    may soften a claim)."""
    words = match.entry.words
    first = match.first
    if len(words) == 1 and words[0] in _SUGGEST_FORMS:
        if words[0] == "suggesting" and first > 0 and doc.norms[first - 1] in _GERUND_PREPOSITIONS:
            return "came under fire for suggesting: what a person said, reported, not a softened claim"
        why = _person_subject(doc, first)
        return f"{why}: a person's or a group's proposal or claim reported, not a softened one" if why else ""
    if words in _CLAIM_ENTRIES:
        if first > 0 and doc.norms[first - 1] in _COORDINATION:
            return "and claimed that: a second verb of a person's statement, a report, not a softened claim"
        why = _person_subject(doc, first)
        return f"{why.replace('suggest', 'claim')}: a person's assertion reported, not a softened claim" \
            if why else ""
    return ""
