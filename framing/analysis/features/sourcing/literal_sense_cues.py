"""Verbs of seeing, reading, weighing and going on used in their plain sense, no words or view reported
(fourteenth pass, second round: curated by reading the AllSides dev corpus and readers' judgments of earlier draws,
which marked "had considered enforcing", "considered their applications" and "As he continued, she ..." wrong):

- a sighting: "a truck was seen driving at high speeds", "a man is seen apparently yelling", "videos were seen
  more than 4 million times" ("was seen as the front-runner", "is seen by many as" stay: a view held);
- reading done, not words read out: "Please read every sentence", "Read the whole article", "he reads the
  leader's note", "reads the major daily papers", "was read the Miranda warning" ('"...," the tweet read',
  '"...?" reads one question', "She read from a report", "read a statement" stay: words quoted);
- weighing a course or a case: "who had considered enforcing the law", "as they considered how to keep him safe",
  "women who have considered or had abortions", "all things considered", NPR's "All Things Considered"
  ("is considered the favorite", "considered a leading sponsor of terror" stay: a view held);
- going on with a deed: "continued to pay a top executive", "continued discussing strategy", "continued his
  attacks" ('"...," he continued', "continued to insist that", "continued: ..." stay: words reported).

:func:`.sense_cues.sense_attributes_nothing` asks :func:`literal_sense`; every look is a few tokens long.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .report_verb_words import single_report_verbs

_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})
_SEEN: Final = frozenset({"seen"})
_READ: Final = frozenset({"read", "reads", "reading"})
_CONSIDERED: Final = frozenset({"considered"})  # ("might stop to consider what": PolNeAR annotates it)
_CONTINUED: Final = frozenset({"continued", "continue", "continues", "continuing"})
# what one reads that is a thing in hand, not words read out ("reads the leader's note", "read the kids a book")
_READING_MATTER: Final = frozenset({"papers", "paper", "newspaper", "newspapers", "note", "notes", "book", "books",
                                    "article", "articles", "documents", "document", "kids", "children", "headline",
                                    "headlines", "sentence", "paragraph", "miranda", "rights", "news", "story",
                                    "stories", "column", "columns", "novel", "novels", "whole", "fine", "tea"})
# what opens the thing read ("the", "his", "Sunday's")
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                                 "these", "those", "every", "each", "some", "any", "major", "daily", "underlying"})
# after "considered": a course weighed ("considered how to", "considered whether", "considered running")
_WEIGHED: Final = frozenset({"how", "whether", "what", "which", "or", "for"})
_REACH: Final = 4  # tokens read after the verb


def _next_word(doc: Doc, k: int) -> int:
    """The first word after ``k`` past at most one adverb in -ly ("was seen apparently yelling"), or -1."""
    norms, n = doc.norms, len(doc.norms)
    j = k + 1
    if j < n and norms[j].endswith("ly") and doc.is_word[j]:
        j += 1
    return j if j < n and doc.is_word[j] else -1


def _sighting(doc: Doc, k: int) -> bool:
    """"was seen driving", "is seen apparently yelling", "were seen more than 4 million times"."""
    norms = doc.norms
    if norms[k] not in _SEEN or k == 0 or norms[k - 1] not in _BE and norms[k - 1] not in ("widely", "often"):
        return False
    j = _next_word(doc, k)
    if j >= 0 and norms[j].endswith("ing") and norms[j] not in ("being", "nothing", "something", "anything"):
        return True
    ahead = range(k + 1, min(len(norms), k + 1 + _REACH + 2))
    return any(norms[m] == "times" for m in ahead) and not any(norms[m] == "as" for m in ahead)


def _quote_near(doc: Doc, k: int) -> bool:
    """A quotation mark or a colon within a few tokens of ``k`` (words read out: '"...," the tweet read')."""
    tokens = doc.tokens
    return any(tokens[m] in ('"', "“", "”", ":", "'", "‘", "’") for m in range(max(0, k - 3), min(len(tokens), k + 4)))


def _reading_done(doc: Doc, k: int) -> bool:
    """"Please read every sentence", "Read the whole article", "reads the leader's note", "was read the Miranda
    warning", "read the kids a book": reading done; not a text that reads ('the tweet read') or words read out."""
    norms = doc.norms
    n = len(norms)
    if norms[k] not in _READ or _quote_near(doc, k) or k + 1 >= n:
        return False
    sentence_first = doc.sentences[doc.sentence_of[k]].first
    if k == sentence_first or norms[k - 1] == "please":
        return norms[k + 1] in _DETERMINERS or norms[k + 1] == "more"  # an imperative to the reader
    for j in range(k + 1, min(n, k + 1 + _REACH)):
        if norms[j] in _READING_MATTER:
            return True
        if not (norms[j] in _DETERMINERS or doc.tokens[j] in ("'s", "’s") or norms[j].istitle()
                or doc.tokens[j][:1].isupper()):
            return False
    return False


def _course_weighed(doc: Doc, k: int) -> bool:
    """"had considered enforcing", "as they considered how to", "have considered or had abortions", "all things
    considered", "was briefly considered for the post"."""
    norms = doc.norms
    if norms[k] not in _CONSIDERED:
        return False
    if k > 0 and norms[k - 1] == "things":
        return True  # "all things considered", "All Things Considered"
    before = k - 1
    while before > 0 and (norms[before].endswith("ly") or norms[before] in ("long", "also", "still", "not", "never")):
        before -= 1
    if before >= 0 and norms[before] in _BE:
        return False  # "is considered promising", "was considered for": a view held of someone
    j = _next_word(doc, k)
    if j < 0:
        return False
    return norms[j] in _WEIGHED or norms[j].endswith("ing") and norms[j] not in ("nothing", "something", "being")


def _deed_continued(doc: Doc, k: int) -> bool:
    """"continued to pay", "continued discussing strategy", "continued his attacks": a deed goes on; not
    "continued to insist", '"...," he continued', "continued:"."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[k] not in _CONTINUED or k + 2 >= n or _quote_near(doc, k):
        return False
    nxt = norms[k + 1]
    if nxt == "to":
        return doc.is_word[k + 2] and norms[k + 2] not in single_report_verbs() and norms[k + 2] not in ("be",)
    if nxt.endswith("ing") and doc.is_word[k + 1]:
        return nxt not in single_report_verbs()
    return nxt in ("his", "her", "their", "its") and tokens[k + 2] not in (",", ".")


def literal_sense(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a sighting, reading done, a course weighed or a deed continued?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    return _sighting(doc, k) or _reading_done(doc, k) or _course_weighed(doc, k) or _deed_continued(doc, k)
