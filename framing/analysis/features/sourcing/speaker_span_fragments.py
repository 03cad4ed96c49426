"""Speaker spans that are a fragment of the sentence, not who speaks (curated by reading the AllSides dev corpus,
readers' judgments of the ninth pass and the tenth pass's fresh draw):

- a span that opens with a preposition ("citizens I spoke [to in Nevada] agreed"): the end of a clause, nobody;
- the object of a preposition that opens the sentence, set off by a comma ("In [general], Trump ... pledging",
  "At [first], ..."): an adverbial, nobody;
- a time ("the White House this [past summer] saying"): when, not who;
- the second party of a court case ("A majority in U.S. v. [Lopez] said"): the case, not the person named;
- a subheading on a line of its own that opens with a common word ("[Widespread] calls for openness",
  "[Backlogs] and lists": words the article writes in lower case elsewhere): a title, no speaker and no
  words of theirs (a link's headline that opens with a name, "Trump says ...", keeps it).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import NameCase, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

# prepositions no speaker's phrase opens with
_PREPOSITIONS: Final = frozenset({"to", "in", "of", "for", "from", "with", "at", "on", "by", "about", "into", "onto",
                                  "upon", "over", "under"})

# prepositions that open a sentence before an adverbial object and a comma ("In general,", "At first,")
_OPENING_PREPOSITIONS: Final = frozenset({"in", "at", "for", "on", "by", "of", "above", "after", "overall"})

# words of a share before "of" ("percent of voters", "93% of immigrants")
_SHARES: Final = frozenset({"percent", "%", "half", "majority", "third", "quarter", "share", "most", "some", "many",
                            "all", "none", "several", "few", "each", "one"})

# nouns of a time ("this past summer", "last week")
_TIMES: Final = frozenset({"summer", "spring", "fall", "autumn", "winter", "week", "weekend", "month", "year",
                           "morning", "evening", "night", "afternoon", "season", "decade", "century", "quarter"})
# words that make such a noun a time ("this", "last", "past")
_TIME_MARKERS: Final = frozenset({"this", "last", "past", "next", "that", "early", "late", "each", "every"})

# how a court case names its parties ("U.S. v. Lopez", "Roe vs. Wade")
_VERSUS: Final = frozenset({"v", "vs", "versus"})

# the longest line, in words, read as a subheading
_HEADING_WORDS: Final = 8


def without_opening_preposition(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The span without an "of" or "with" it opens with, where a group or a person follows: "Twenty-four percent
    [of women in the group] reported" is "Twenty-four percent of women in the group" (the share taken in),
    "Video [of company officials] telling", "cried foul, [with the chairman of the committee] suggesting" the
    officials, the chairman ("with" only after a comma, "of" not before an owner: "a rundown [of some of the
    bill's] highlights" stays, for :func:`fragment_not_speaker` to set aside, as any other preposition)."""
    first, stop = span
    if first < 0 or stop - first < 2 or not doc.is_word[first] or is_cap(doc.tokens[first]) \
            or doc.norms[first] not in ("of", "with"):
        return span
    if doc.norms[first] == "of" and first >= 1 and (doc.norms[first - 1] in _SHARES
                                                    or doc.norms[first - 1].rstrip("%").isdigit()):
        k = first - 1
        if k >= 1 and doc.norms[k] in _SHARES and (doc.norms[k - 1][:1].isdigit() or is_number_word(doc.norms[k - 1])):
            k -= 1  # "Twenty-four percent of women"
        if doc.sentence_of[k] == doc.sentence_of[first]:
            return k, stop
    if doc.norms[first + 1] in _PREPOSITIONS or doc.norms[stop - 1].endswith(("'s", "’s")):
        return span  # "a rundown [of some of the bill's] highlights": no one
    if doc.norms[first] == "with" and (first < 1 or doc.tokens[first - 1] != ","):
        return span  # "Sources familiar with the meetings [with members of Congress] declined": inside a phrase
    return first + 1, stop


def fragment_not_speaker(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> bool:
    """Is the span a fragment that names nobody (see the module docstring)?"""
    first, stop = span
    if first < 0 or stop <= first:
        return False
    if doc.is_word[first] and not is_cap(doc.tokens[first]) and doc.norms[first] in _PREPOSITIONS:
        return True  # "to in Nevada", "a message to Democratic lawmakers:" (the ones addressed)
    if adverbial_after_opening_preposition(doc, first, stop):
        return True
    if _a_time(doc, first, stop):
        return True
    if _party_of_a_case(doc, first):
        return True
    return _subheading(doc, m, first, stop, lists)


def is_number_word(norm: str) -> bool:
    """Is the word a number written out ("twenty-four", "ninety")?"""
    return norm.split("-")[0] in _NUMBER_WORDS


_NUMBER_WORDS: Final = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                  "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
                                  "seventy", "eighty", "ninety", "hundred"})


def adverbial_after_opening_preposition(doc: Doc, first: int, stop: int) -> bool:
    """"In [general], ...": one lowercase word after a capitalised preposition that opens the sentence, and a
    comma after it."""
    if stop - first != 1 or first < 1 or stop >= len(doc.tokens) or doc.tokens[stop] != ",":
        return False
    if not doc.is_word[first] or is_cap(doc.tokens[first]):
        return False
    p = first - 1
    sent_first = doc.sentences[doc.sentence_of[first]].first
    return p >= sent_first and is_cap(doc.tokens[p]) and doc.norms[p] in _OPENING_PREPOSITIONS \
        and all(not doc.is_word[t] for t in range(sent_first, p))


def _a_time(doc: Doc, first: int, stop: int) -> bool:
    """"this [past summer]", "[last week]": a noun of time after a word that makes it one."""
    if stop - first > 3 or doc.norms[stop - 1] not in _TIMES:
        return False
    before = doc.norms[first - 1] if first >= 1 else ""
    return doc.norms[first] in _TIME_MARKERS or before in _TIME_MARKERS


def _party_of_a_case(doc: Doc, first: int) -> bool:
    """Does the span follow "v." or "vs." ("U.S. v. [Lopez]")?"""
    k = first - 1
    if k >= 0 and doc.tokens[k] == ".":
        k -= 1
    # (in lower case: "Luis V. Gutierrez" has a middle initial)
    return k >= 1 and doc.norms[k] in _VERSUS and doc.tokens[k].islower() \
        and is_cap(doc.tokens[k - 1] if doc.is_word[k - 1] else "A")


def _subheading(doc: Doc, m: Match, first: int, stop: int, lists: WordLists) -> bool:
    """Does the span of one or two words open a short line without an end mark, the cue on that line, and no
    first name or title in it ("[Widespread] calls for openness", "[Social movements] ...")?"""
    if stop - first > 2 or m.first < stop:
        return False
    start = doc.starts[first]
    before = doc.cut(max(0, start - 3), start)
    if start > 0 and ("\n" not in before or before[before.rfind("\n") + 1:].strip()):
        return False  # the span does not open a line
    # the line's end: the first token after the span whose gap before it breaks the line, at most a few words on
    end = -1
    words = 0
    n = len(doc.tokens)
    t = first
    while t < n and words <= _HEADING_WORDS:
        if t > first and "\n" in doc.cut(doc.ends[t - 1], doc.starts[t]):
            end = t
            break
        if doc.is_word[t]:
            words += 1
        t += 1
    if end < 0 and t >= n:
        end = n
    if end < 0 or end <= m.first or words > _HEADING_WORDS:
        return False
    if doc.tokens[end - 1] in (".", "!", "?", ":", ";", "”", '"', ",", "’", "'", ")"):
        return False  # a sentence, not a heading
    names = first_names()
    span_words = [t for t in range(first, stop) if doc.is_word[t]]
    if any(_names_a_source(base_norm(doc.norms[t]), lists) or base_norm(doc.norms[t]) in names
           or doc.tokens[t].isupper() or not is_cap(doc.tokens[t]) for t in span_words):
        return False  # "Experts say the US is undercounting deaths": a source's word
    # a common word, which the article writes in lower case elsewhere and never capitalises inside a sentence
    # ("widespread", "backlogs"); a name stays, as in a link's headline ("Trump says ...", "Boehner: ...")
    case = NameCase(doc)
    for t in span_words:
        base = base_norm(doc.norms[t])
        if base in case.inside or not (base in case.lower or base[:-1] in case.lower or base + "s" in case.lower):
            return False
    return True


def _names_a_source(base: str, lists: WordLists) -> bool:
    """Is the word a title, a vague source, a crowd, a person noun or a body ("experts", "officials")?"""
    return base in lists.titles or base in lists.vague or base in lists.groups or base in lists.person_nouns \
        or base in lists.org_heads or base[:-1] in lists.vague or base[:-1] in lists.groups
