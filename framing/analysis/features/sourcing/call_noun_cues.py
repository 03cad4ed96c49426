""""calls" as a noun or of a thing, no call reported (fifteenth pass, second round: curated by reading the
AllSides dev corpus and readers' judgments of draws 4242 and 4343, which marked "did not return calls for
confirmation", "So close calls on that kind of turf", "calls for civility are often one-sided" and "the current
moment calls for" wrong):

- phone calls or tight races: "did not immediately return calls for comment", "close calls on that turf";
- a bare plural subject, nobody's calls: "it is true that calls for civility are often one-sided";
- a moment or a situation that calls for something: "the current moment calls for courage";
- phone calls as events (seventeenth pass, first round: readers of draw 5252 marked "brought up Biden's calls
  during Monday's debate" wrong): "calls with" someone ("Trump's calls with Putin"), someone's calls during or
  on a date.

"Senator Smith calls for an inquiry", "Republicans renewed their calls for a counsel", "Republican calls for an
amendment", "increasing calls for the administration to" stay: someone's call is reported. Every look is a few
tokens long.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

_CALLS: Final = frozenset({"calls", "call"})
# before "calls": a phone call returned or answered, or a tight race ("close calls")
_PHONE_OR_RACE: Final = frozenset({"return", "returns", "returned", "returning", "answer", "answered", "answering",
                                   "unreturned", "phone", "telephone", "close", "closer", "robo", "conference",
                                   "missed", "emails", "texts", "messages", "e-mails"})
# before a bare "calls for ...": a clause opens, nobody's calls ("true that calls for civility are")
_CLAUSE_OPENS: Final = frozenset({"that", "because", "while", "but", "and", "as", "when", "since", "if"})
_BE: Final = frozenset({"are", "were", "is", "have", "remain", "often", "can", "may"})
# a thing that "calls for" something, not a speaker
_SITUATIONS: Final = frozenset({"moment", "situation", "occasion", "times", "crisis", "circumstances", "recipe",
                                "emergency", "challenge", "problem"})
_REACH: Final = 5  # tokens read after "for" for the verb of a bare subject


def _phone_or_race(doc: Doc, k: int) -> bool:
    """"return calls for comment", "close calls on that turf"."""
    return k > 0 and doc.norms[k - 1] in _PHONE_OR_RACE


def _bare_subject(doc: Doc, k: int) -> bool:
    """"that calls for civility are often one-sided": a bare plural noun opening a clause, its verb ahead."""
    norms, n = doc.norms, len(doc.norms)
    if norms[k] != "calls" or k + 1 >= n or norms[k + 1] != "for":
        return False
    sentence_first = doc.sentences[doc.sentence_of[k]].first
    if k != sentence_first and norms[k - 1] not in _CLAUSE_OPENS:
        return False
    for j in range(k + 2, min(n, k + 2 + _REACH)):
        if not doc.is_word[j]:
            return False
        if norms[j] in _BE:
            return True
    return False


# after someone's "calls": when they took place, or with whom (phone calls), not "calls for" or "calls on"
_EVENT_AFTER: Final = frozenset({"during", "last", "earlier", "yesterday", "today"})


def _phone_calls(doc: Doc, k: int) -> bool:
    """"Trump's calls with Putin", "brought up Biden's calls during the debate": calls as events."""
    norms, n = doc.norms, len(doc.norms)
    if norms[k] != "calls" or k + 1 >= n or k == 0:
        return False
    if norms[k + 1] == "with":
        return True
    before = norms[k - 1]
    return norms[k + 1] in _EVENT_AFTER and (before.endswith("'s") or before.endswith("’s")
                                             or before in ("his", "her", "their", "the", "these", "those"))


def _situation(doc: Doc, k: int) -> bool:
    """"the current moment calls for courage": a thing calls for it."""
    return k > 0 and doc.norms[k - 1] in _SITUATIONS


def call_attributes_nothing(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "calls" as phone calls or tight races, a bare noun subject, a situation's, or
    calls as events (with someone, during something)?"""
    norms = doc.norms
    k = -1
    for j in range(first, stop):
        if norms[j] in _CALLS:
            k = j
            break
    if k < 0:
        return False
    return _phone_or_race(doc, k) or _bare_subject(doc, k) or _situation(doc, k) or _phone_calls(doc, k)
