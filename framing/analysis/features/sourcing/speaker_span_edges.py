"""The edges of a speaker span as a reader draws them (curated by reading the AllSides dev corpus, readers'
judgments of the ninth pass, draw 1818): a focusing adverb before the name is no part of the speaker ("[Even
Mitt Romney] said" is "Mitt Romney"; "Especially the senators ..."), and an anaphor that points back by
order ("the latter declare it proof", "the former said") names nobody a reader can see in the span.

A verb of going on or starting that the phrase search runs into before a cue in -ing is no part of the speaker
("[the CDC began] admitting mistakes" is "the CDC"; "The USDA keeps warning", "many conservatives began claiming";
session 35's fresh draw "The cycle kept repeating"). Kept: a participle with its agent ("historical data kept by").

A line break inside the span ends the phrase: what stands before it is the end of the paragraph before, a
byline or a heading without a full stop that the phrase search ran into ("The Editors, National Review
[break] Supporters of the policy ... argue" is "Supporters of the policy"; "... POLITICAL OPPONENTS [break]
Democratic members of Congress"; draw 5050, and both such spans of the dev output). The part after the last
break is kept: the phrase search runs back from a cue after it.

A verb that takes "to" and a verb, which the phrase search read as the noun ending the phrase, is no part of
the speaker ("[Sargent fails] to mention" is "Sargent"; "The senator refuses to say"; draw 5050). Kept: such a
word not before "to" ("the fails"), or the span's only word.

A name's first initial that the phrase search left before the span is part of the name ("Northwestern's J. [A.
Adande]" is "J. A. Adande"; draw 3737).

"first" before a span that opens on "lady" in lower case is part of the title: "Current first [lady Melania
Trump]" is "first lady Melania Trump" (session 37 round 2, fresh draw: the cut title read wrong; both such spans
of the dev output). Kept: "First Lady Melania Trump", which the phrase search takes whole.

A time phrase after the speaker's noun ends it: "read [a chyron] during a June appearance by Trump", "[The panel]
last week spent five hours" (nineteenth pass, draws 6969-7070: the span with "during ..." read wrong; both such
spans of the dev output). Kept: "the last week" and "over the past week", where the time is what the phrase
names, and a span opening on the time word.

A sentence adverb that opens the sentence is no part of the name after it: "[Now Trump] may be trying", "Now
Democrats are describing", "Still, ..." (twentieth pass, draw 7171-7272: "Now Trump" read wrong; the three such
spans of the dev output). Only capitalised at the sentence's start and before a capitalised word: "Later
revelations" (an adjective) and "Then-Gov. Smith" stay.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# adverbs that focus the subject they stand before: "Even Mitt Romney said", "Especially Republicans warn"
_FOCUSING: Final = frozenset({"even", "especially", "particularly", "notably", "also"})
# adverbs of time or contrast that open a sentence: "Now Trump may be trying", "Still Democrats say"
_SENTENCE_ADVERBS: Final = frozenset({"now", "still", "yet", "then", "meanwhile", "instead", "thus"})
# anaphors by order of mention: who they are depends on a list before them, which the span does not name
_BY_ORDER: Final = frozenset({"latter", "former"})
# verbs of going on or starting that take a verb in -ing ("kept repeating", "began claiming")
_ASPECT_VERBS: Final = frozenset({"kept", "keeps", "keep", "began", "begins", "begin", "started", "starts",
                                  "continued", "continues", "stopped"})
# words a time phrase opens with inside a speaker span ("during a June appearance", "last week")
_TIME_OPENERS: Final = frozenset({"during", "last", "this", "next"})
_TIME_NOUNS: Final = frozenset({"week", "month", "year", "weekend", "night", "spring", "summer", "fall", "winter"})
# words before "last"/"this" that make the time phrase the span's own noun ("the last week", "over this year")
_TIME_OWNERS: Final = frozenset({"the", "over", "in", "for", "past", "during", "of", "all"})
# verbs that take "to" and a verb ("fails to mention", "refuses to say"), in the forms that read as plural nouns
_TO_VERBS: Final = frozenset({"fails", "refuses", "declines", "neglects", "seems", "appears", "tries", "wants",
                              "hopes", "needs", "intends", "plans", "vows", "threatens", "pledges", "promises",
                              "forgets", "chooses", "opts", "prefers", "agrees", "expects", "aims", "attempts"})


def after_focusing_adverb(doc: Doc, first: int, stop: int) -> int:
    """Where the span ``[first, stop)`` starts once a focusing adverb before it is taken off ("Even Mitt
    Romney" -> "Mitt Romney"); ``first`` when there is none or nothing would be left."""
    if stop - first >= 2 and doc.norms[first] in _FOCUSING and doc.is_word[first + 1]:
        return first + 1
    return first


def after_sentence_adverb(doc: Doc, first: int, stop: int) -> int:
    """Where the span ``[first, stop)`` starts once a sentence adverb opening the sentence is taken off ("Now
    Trump" -> "Trump"); ``first`` when there is none."""
    if stop - first >= 2 and doc.tokens[first] != doc.norms[first] and doc.norms[first] in _SENTENCE_ADVERBS \
            and doc.is_word[first + 1] and doc.tokens[first + 1][:1].isupper() \
            and doc.sentences[doc.sentence_of[first]].first == first:
        return first + 1
    return first


def anaphor_by_order(doc: Doc, first: int, stop: int) -> bool:
    """Is the span "the latter" or "the former" alone (not "the former president")?"""
    return stop - first == 2 and doc.norms[first] == "the" and doc.norms[first + 1] in _BY_ORDER


def drawn_edges(doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """The span without what stands before a line break in it (:func:`after_line_break`), without a focusing
    adverb before it (:func:`after_focusing_adverb`), without a verb taking "to" at its end ("Sargent fails
    to" -> "Sargent") and without a verb of going on or starting at its end before a word in -ing ("The USDA
    keeps warning" -> "The USDA")."""
    first, stop = on_one_line_before_verb(doc, first, stop)
    first = after_focusing_adverb(doc, first, stop)
    first = after_sentence_adverb(doc, first, stop)
    first = _with_initials_before(doc, first, stop)
    if first >= 1 and stop - first >= 2 and doc.tokens[first] == "lady" and doc.norms[first - 1] == "first":
        first -= 1  # "first [lady Melania Trump]"
    if stop - first >= 2 and stop < len(doc.norms) and doc.tokens[stop - 1] in _ASPECT_VERBS \
            and doc.norms[stop].endswith("ing"):
        stop -= 1
    return first, before_time_phrase(doc, first, stop)


def before_time_phrase(doc: Doc, first: int, stop: int) -> int:
    """Where the span ``[first, stop)`` ends once a time phrase after its noun is taken off ("a chyron during a
    June appearance" -> "a chyron", "The panel last week spent" -> "The panel"); ``stop`` when there is none."""
    norms = doc.norms
    for t in range(first + 1, stop):
        if not doc.is_word[t] or doc.tokens[t] != norms[t] or norms[t] not in _TIME_OPENERS:
            continue
        if norms[t] == "during" and t + 1 < stop:
            return t
        if t + 1 < stop and norms[t + 1] in _TIME_NOUNS and norms[t - 1] not in _TIME_OWNERS:
            return t
    return stop


def on_one_line_before_verb(doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """The span after the last line break in it (:func:`after_line_break`) and without a verb taking "to" at its
    end ("Sargent fails [to mention]" -> "Sargent"), when a word is left."""
    first = after_line_break(doc, first, stop)
    if stop - first >= 2 and verb_taking_to(doc, stop - 1):
        stop -= 1
    return first, stop


def verb_taking_to(doc: Doc, t: int) -> bool:
    """Is token ``t`` a lower-case verb that takes "to" and a verb ("fails", "refuses") with "to" right after it?"""
    return t + 1 < len(doc.norms) and doc.norms[t + 1] == "to" and doc.tokens[t] in _TO_VERBS


def after_line_break(doc: Doc, first: int, stop: int) -> int:
    """Where the span ``[first, stop)`` starts once what stands before the last line break inside it is taken
    off ("National Review [break] Supporters of the policy" -> "Supporters of the policy"); ``first`` when
    there is no break between its tokens or no word after the last one."""
    for t in range(stop - 1, first, -1):
        if "\n" in doc.cut(doc.ends[t - 1], doc.starts[t]):
            return t if any(doc.is_word[k] for k in range(t, stop)) else first
    return first


def _with_initials_before(doc: Doc, first: int, stop: int) -> int:
    """Where the span starts with up to two initials before it taken in ("J. [A. Adande]" -> "J. A. Adande"),
    when the span opens on an initial itself."""
    if not (stop - first >= 3 and _initial(doc, first)):
        return first
    for _ in range(2):
        if first >= 2 and _initial(doc, first - 2) and doc.ends[first - 1] <= doc.starts[first]:
            first -= 2
        else:
            break
    return first


def _initial(doc: Doc, t: int) -> bool:
    """Is token ``t`` a capital letter alone with a full stop right after it ("J" ".")?"""
    tok = doc.tokens[t]
    return len(tok) == 1 and tok.isupper() and t + 1 < len(doc.tokens) and doc.tokens[t + 1] == "." \
        and doc.ends[t] == doc.starts[t + 1]
