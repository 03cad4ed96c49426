"""Colons that attribute nothing (curated by reading the AllSides dev corpus, readers' judgments of the tenth pass,
draw 2424, and the own reading of the eleventh pass, seed 3131): a colon after a date or a time ("April 7,
2011: Trump claims ...", "Our original post, from 6:30 a.m. ET: ..."), after a heading word ("Methodology:",
"Timeline:", "Showdown:", "Also:"; fourteenth pass, own reading of seed 3838: a genre or a section, "Memoir: Wendy
Davis tells of ...", "EDITORIAL: Photo ID is OK ...", "Tips: How to ...", "Money: Trump didn't need ..."), and a colon whose words are already given to a speaker by a "said" before it
in its sentence ("..., this recruiter said, interest is always high in people coming out of the White House:
“Our clients ...”": the cue is "said", the colon is punctuation).
"Gowdy: Nunes memo has no effect", "OBAMA: That's what I said.", "According to The New York Times: “...”",
"Report: Netanyahu may have leaked" and "Study: Pot use higher" stay cues. :func:`.cues.acting_cue` sets these
aside (through ``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's
definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_MONTHS: Final = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
                            "sep", "oct", "nov", "dec", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."})
_TIME_WORDS: Final = frozenset({"et", "est", "edt", "pt", "pst", "pdt", "ct", "gmt", "a.m.", "p.m.", "am", "pm",
                                "noon", "midnight", "today", "yesterday", "monday", "tuesday", "wednesday",
                                "thursday", "friday", "saturday", "sunday"})
# words that head a section or a list, not a source
_HEADINGS: Final = frozenset({"methodology", "timeline", "showdown", "also", "update", "updates", "background",
                              "related", "correction", "corrections", "note", "context", "disunity", "clash", "staff",
                              "recap", "highlights", "bottom", "line", "takeaway", "takeaways", "why", "what", "how",
                              "plus", "ps", "p.s.", "meanwhile", "first", "second", "third", "finally", "next",
                              "previously", "earlier", "advertisement", "editor's", "editor’s", "disclosure",
                              # a genre or a section named before a headline or a paragraph (fourteenth pass)
                              "memoir", "editorial", "opinion", "analysis", "commentary", "counterpoint", "review",
                              "explainer", "perspective", "column", "podcast", "video", "watch", "listen", "photos",
                              "tips", "money", "travel", "message",
                              # fifteenth pass, second round: a section or a result named, not a source
                              "polls", "conclusion"})
_BACK_MORE: Final = 12  # tokens before the colon searched for a line's opening "More"
_AHEAD: Final = 4  # tokens after the colon read for a score ("Fortune: Trump 53, Clinton 47")
_SAID: Final = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "explained", "noted"})
_BACK: Final = 30  # tokens before the colon searched for a "said" of its sentence
_QUOTES: Final = frozenset({"“", "”", '"'})


def _said_before(doc: Doc, k: int) -> bool:
    """A "said" earlier in the colon's sentence, with no quotation mark between, that does not open the sentence
    ("Said the Institute's Mr. Kueter: “...”" keeps its colon, which introduces the quotation)."""
    norms, tokens = doc.norms, doc.tokens
    sent_first = doc.sentences[doc.sentence_of[k]].first
    for j in range(k - 1, max(sent_first - 1, k - 1 - _BACK), -1):
        if tokens[j] in _QUOTES:
            return False
        if norms[j] in _SAID:
            return any(doc.is_word[a] for a in range(sent_first, j))
    return False


def _scores_after(doc: Doc, k: int) -> bool:
    """"Fortune: Trump 53, Clinton 47", "General Election: Clinton +9.3 points": a poll's figures follow the
    colon, not words (fifteenth pass, second round, own reading of the AllSides dev corpus)."""
    tokens = doc.tokens
    n = len(tokens)
    j = k + 1
    if j >= n or not tokens[j][:1].isupper() or not doc.is_word[j]:
        return False
    for m in range(j + 1, min(n, j + _AHEAD)):
        t = tokens[m]
        if t[:1].isdigit() or t[:1] in ("+", "-") and t[1:2].isdigit():
            return True
        if not doc.is_word[m] and t not in ("+", "-"):
            return False
    return False


def _more_from(doc: Doc, k: int) -> bool:
    """"More coronavirus news and information from USA TODAY:": a promotion of the outlet's links."""
    tokens, starts, ends = doc.tokens, doc.starts, doc.ends
    for j in range(k - 1, max(-1, k - 1 - _BACK_MORE), -1):
        if tokens[j] == "More" and (j == 0 or "\n" in doc.cut(ends[j - 1], starts[j])):
            return any(doc.norms[m] == "from" for m in range(j, k))  # "More ... from USA TODAY" on its own line
    return False


_SUFFIX_WORDS: Final = 4  # at most so many words of a site's name after a page title's colon


def _page_title_suffix(doc: Doc, k: int) -> bool:
    """A colon set off by a space on both sides before a site's name that ends its line ("Timeline: Gay Marriage
    In Law ... : NPR"): a web page's title, not a source's words (sixteenth pass, readers' class ": NPR")."""
    starts, ends, tokens = doc.starts, doc.ends, doc.tokens
    n = len(tokens)
    if k + 1 >= n or ends[k - 1] == starts[k] or ends[k] == starts[k + 1]:
        return False
    j = k + 1
    while j < n and j - k <= _SUFFIX_WORDS and doc.is_word[j] and tokens[j][:1].isupper():
        j += 1
    if j == k + 1 or j - k > _SUFFIX_WORDS:
        return False
    return j >= n or "\n" in doc.cut(ends[j - 1], starts[j]) or tokens[j] in ("|", "-", "–", "—")


def colon_attributes_nothing(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a colon after a date, a time or a heading word, before a poll's figures,
    after "More ... from OUTLET", before a site's name closing a page title (" : NPR"), or one whose words a "said"
    before it already attributes?"""
    if stop - first != 1 or doc.tokens[first] != ":" or first == 0:
        return False
    prev = first - 1
    w = doc.norms[prev]
    if _scores_after(doc, first) or _more_from(doc, first) or _page_title_suffix(doc, first):
        return True
    if w in _TIME_WORDS and prev > 0 and doc.is_word[prev - 1] and doc.tokens[prev - 1][:1].isupper() \
            and w not in ("et", "est", "edt", "pt", "pst", "pdt", "ct", "gmt", "a.m.", "p.m."):
        return _said_before(doc, first)  # "USA Today:", "Fox News Sunday:": a name
    if w in _HEADINGS or w in _TIME_WORDS or w in _MONTHS:
        return True
    if w.isdigit() and (prev == 0 or doc.norms[prev - 1] in _MONTHS or doc.tokens[prev - 1] == ","):
        return True  # "March 15:", "April 7, 2011:"
    return _said_before(doc, first)
