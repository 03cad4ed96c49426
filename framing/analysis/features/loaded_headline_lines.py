"""Loaded words in a line of the text that is a headline or a section label, not the writer's sentence (issue 13,
sixteenth pass: classes the independent readers of draws 4747/4848 judged wrong in :mod:`.loaded`; tallies over
every judged row of the layer in judgments/*.jsonl, each dev use read):

* a word in quotation marks inside a headline-shaped line of the body text: a line of its own, with no full stop
  at its end, a few words long, and words outside the quotation ("Turkey imposes news blackout on 'gruesome'
  blast images", "TRUMP SLAMS 'DISGRACEFUL' NINTH CIRCUIT AFTER ASYLUM RULING", "• 'It's carnage': Crematoriums
  are running"): the headline of another story (or the article's own, repeated), quoting someone else's word
  (readers: wrong 5 of 5 in the body text, "related-link headline clutter"). Cleaning does not mark such lines,
  so the check is here. Not on the text's first line: where the text repeats the article's own headline the
  PTC annotators mark its quoted words (PTC texts open with the headline), and setting those aside lost
  agreement with them (F1 0.359 -> 0.357). The title field is left alone ("Rubio slams Cuba agreement, says
  Obama is 'willfully ignorant'" was judged right, as a quoted word), and so is a line that is only a quotation
  ("'With blatant disregard'", a subheading quoting a record), and a subheading that puts the label on someone
  ("Gillum is a 'crazy, crazy' Democrat", "Should be a 'Constitutional Hero'": the PTC annotators mark those as
  name calling);
* a section label: a line that opens with "The" and the label alone, ended by a full stop ("The provocateur."
  before a paragraph that admires the man): the heading of a section (readers: wrong 2 of 2, one span in
  draws 4444 and 4747); "the conservative provocateur Milo Yiannopoulos" in a sentence stays.
* (sixteenth pass, s36 fresh draw and draw 1414) a word in capitals inside a run of ``_CAPITALS_RUN`` or more words
  in capitals, outside quotation marks, past the text's first line ("WAS MADDOW CRYING? WATCH THE MEDIA MELTDOWN
  AS MUELLER REPORT DROPS", "SOCIALISM RISING: PLURALITY OF DEMS WANT US TO MOVE TOWARD SOCIALISM"): a related
  story's headline set in capitals, not the writer's sentence (readers: wrong 2 of 2). Someone's words quoted in
  capitals ("I WILL NEVER SPEND ANOTHER CENT ON THIS RACIST COMPANY" inside quotation marks) stay.
Every look is bounded: the sentence, and ``_LINE_REACH`` characters for the line's ends.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .lexical import QUOTE_MARKS

# a line ending so is a sentence or leads into a quotation, no headline
_SENTENCE_ENDS: Final = frozenset({".", "…", ":", ",", ";", "!", "?"})
_ARTICLES: Final = frozenset({"a", "an"})
_COPULAS: Final = frozenset({"is", "be", "was", "are", "were", "being", "been"})
_HEADLINE_TOKENS: Final = 24  # tokens of a headline line at most
_MIN_WORDS_OUTSIDE: Final = 3  # words of the line outside the quotation ("Trump slams ... Ninth Circuit")
_CAPITALS_RUN: Final = 4  # words in capitals around the entry that make a headline in capitals
_RUN_REACH: Final = 12  # tokens looked at on each side for the run
_QUOTE_LOOK: Final = 60  # tokens looked back for an opening quotation mark ("I WILL NEVER ... RACIST COMPANY")
_LINE_REACH: Final = 400  # characters looked at for the line's ends
_QUOTE_REACH: Final = 4  # tokens between the entry and its quotation marks ("'STOP PLAYING DUMB'")


def _line_opens_at(doc: Doc, k: int) -> bool:
    """Does token ``k`` open a line (only blanks back to a line break or to the text's start)?"""
    start = doc.starts[k]
    head = doc.original[max(0, start - _LINE_REACH):start]
    if "\n" in head:
        return not head[head.rfind("\n") + 1:].strip()
    return start <= _LINE_REACH and not head.strip()


def _first_line(doc: Doc, k: int) -> bool:
    """Is token ``k`` on the text's first line (the article's own headline, when the text repeats it)?"""
    start = doc.starts[k]
    return start <= _LINE_REACH and "\n" not in doc.original[:start]


def _line_closes_at(doc: Doc, k: int) -> bool:
    """Does token ``k`` close a line (only blanks on to a line break or to the text's end)?"""
    end = doc.ends[k]
    tail = doc.original[end:end + _LINE_REACH]
    if "\n" in tail:
        return not tail[:tail.find("\n")].strip()
    return end + _LINE_REACH >= len(doc.original) and not tail.strip()


def _quoted(doc: Doc, first: int, stop: int, lo: int, hi: int) -> bool:
    """Is there a quotation mark within ``_QUOTE_REACH`` tokens before ``first`` and after ``stop``, in [lo, hi)?"""
    opened = any(doc.tokens[k] in QUOTE_MARKS for k in range(max(lo, first - _QUOTE_REACH), first))
    closed = any(doc.tokens[k] in QUOTE_MARKS for k in range(stop, min(hi, stop + _QUOTE_REACH)))
    return opened and closed


def _label_predicated(doc: Doc, first: int, lo: int) -> bool:
    """Does the quotation holding ``first`` follow "is a", "be a" ("Gillum is a 'crazy, crazy' Democrat",
    "Should be a 'Constitutional Hero'"): a subheading that puts the label on someone?"""
    for k in range(first - 1, max(lo, first - _QUOTE_REACH) - 1, -1):
        if doc.tokens[k] in QUOTE_MARKS:
            return k - 2 >= lo and doc.norms[k - 1] in _ARTICLES and doc.norms[k - 2] in _COPULAS
    return False


def _words_outside_quotes(doc: Doc, lo: int, hi: int) -> int:
    inside = False
    n = 0
    for k in range(lo, hi):
        if doc.tokens[k] in QUOTE_MARKS:
            inside = not inside
        elif doc.is_word[k] and not inside:
            n += 1
    return n


def _in_capitals(doc: Doc, k: int) -> bool:
    token = doc.tokens[k]
    return doc.is_word[k] and len(token) > 1 and token.isupper()


def _inside_quotation(doc: Doc, first: int, lo: int) -> bool:
    """An odd number of quotation marks before ``first`` in its sentence, within ``_QUOTE_LOOK`` tokens."""
    return sum(1 for k in range(max(lo, first - _QUOTE_LOOK), first) if doc.tokens[k] in QUOTE_MARKS) % 2 == 1


def _run_member(doc: Doc, k: int) -> bool:
    """A word in capitals, or punctuation that is no quotation mark ("CRYING? WATCH", "RISING: PLURALITY")."""
    return _in_capitals(doc, k) or not doc.is_word[k] and doc.tokens[k] not in QUOTE_MARKS


def _capitals_headline(doc: Doc, first: int, stop: int, lo: int, hi: int) -> bool:
    """Is the entry in capitals in a run of ``_CAPITALS_RUN`` words in capitals (only words in capitals and
    punctuation between them), outside quotation marks, and not on the text's first line?"""
    if not all(_in_capitals(doc, k) for k in range(first, stop) if doc.is_word[k]):
        return False
    members = [k for k in range(first, stop) if doc.is_word[k]]
    k = first - 1
    while k >= max(lo, first - _RUN_REACH) and _run_member(doc, k):
        if doc.is_word[k]:
            members.append(k)
        k -= 1
    k = stop
    while k < min(hi, stop + _RUN_REACH) and _run_member(doc, k):
        if doc.is_word[k]:
            members.append(k)
        k += 1
    return len(members) >= _CAPITALS_RUN and not _inside_quotation(doc, first, lo) and not _first_line(doc, first)


def headline_line(doc: Doc, first: int, stop: int) -> str | None:
    """Why the loaded word at tokens ``[first, stop)`` sits in a headline line or a section label of the text
    (the reason shown), or None."""
    if doc.field == "title" or first >= len(doc.tokens):
        return None
    sentence = doc.sentences[doc.sentence_of[first]]
    lo, hi = sentence.first, sentence.stop
    n = hi - lo
    if _capitals_headline(doc, first, stop, lo, hi):
        return "a headline in capitals in the text: another story's headline, not the writer's"
    if n == 3 and doc.tokens[lo] == "The" and first == lo + 1 and stop == hi - 1 and doc.tokens[hi - 1] == "." \
            and _line_opens_at(doc, lo):
        return "The provocateur.: a section label, not the writer's sentence"
    end = hi - 1
    while end > lo and (doc.tokens[end] in QUOTE_MARKS or doc.tokens[end] == ")"):
        end -= 1  # 'said the deal was "a disgrace."': the full stop inside the closing mark ends a sentence
    if n > _HEADLINE_TOKENS or doc.tokens[end] in _SENTENCE_ENDS:
        return None
    if not _quoted(doc, first, stop, lo, hi) or _words_outside_quotes(doc, lo, hi) < _MIN_WORDS_OUTSIDE \
            or _label_predicated(doc, first, lo):
        return None
    if not (_line_opens_at(doc, lo) and _line_closes_at(doc, hi - 1)) or _first_line(doc, lo):
        return None
    return "a quoted word in a headline line of the text: another story's headline, not the writer's"
