"""Cue words that report an act, a record or a search, not words or a view (thirteenth pass: what independent
readers judged wrong, draws 2727 and 2828, and the own reading of seed 3333, read on the AllSides dev corpus):

- a right, a law or a procedure invoked: "She invoked her Fifth Amendment rights", "Trump invoked a trade law",
  "invoking the nuclear option", "messages invoked attorney client privilege" ("Sanders frequently invokes
  Obama's name", "Obama invoked the fatwa in a video statement" stay: a speaker's words call on someone);
- figures a place records: "the U.S. reported nearly 1 million positive cases", "The city of Houston reported 27 new
  infections", "more than 1,000 of which were reported in the past week", "the most recent death was reported in
  Kansas" ("ANSA earlier reported at least 35 dead" and "officials reported no injuries" stay: a source gives the
  figures; "the ministry reported 275 people had been killed" stays: a clause says what was reported);
- coverage with no content, in the passive: "many of which were reported on over the past two years" ("The Journal
  reported on the payment" stays: an outlet's reporting, its source named; so does "reported on how ...");
- a search: "is looking into whether ...", "are looking for workarounds", "activists are looking to the United
  States for inspiration" ("is looking to run" is an intention, read in ``sense_cues``);
- a thing named: "something called a remembrance agent" ("The senator called the plan a disaster" stays).

:func:`.cues.acting_cue` asks :func:`reports_act_record_or_search` (through ``sense_cues``) with the verbs of acting,
so that ``framing evaluate`` scores these by PolNeAR's definition as well. Every look is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import word_lists
from .non_speaker_spans import us_places

_INVOKE: Final = frozenset({"invoke", "invokes", "invoked", "invoking"})
# what one invokes as an act: a right, a law, a procedure
_INVOKED_ACTS: Final = frozenset({"right", "rights", "amendment", "privilege", "privileges", "option", "law", "laws",
                                  "statute", "statutes", "act", "clause", "power", "powers", "authority", "provision",
                                  "provisions", "rule", "rules", "procedure", "emergency", "exemption", "exception",
                                  "immunity", "distancing", "article", "doctrine", "protocol", "mechanism"})
_REPORT: Final = frozenset({"report", "reports", "reported", "reporting"})
# figures that are recorded (a count of cases), not said
_RECORDS: Final = frozenset({"case", "cases", "death", "deaths", "dead", "infection", "infections", "fatalities",
                             "hospitalizations", "fires", "outbreak", "outbreaks", "injuries", "positives"})
# what opens a count after "reported" ("reported nearly 1 million", "reported some of the first cases")
_COUNT_OPENERS: Final = frozenset({"nearly", "almost", "about", "around", "more", "over", "at", "least", "some",
                                   "no", "its", "their", "a", "another", "new", "than", "roughly", "just", "only",
                                   "fewer", "the", "record", "zero", "one", "two", "three", "four", "five", "six",
                                   "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"})
# what stands between the passive "reported" and the words that count ("were reported", "was reported")
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "also", "already", "first", "later"})
# after "reported on": words that give the content of the report
_CONTENT: Final = frozenset({"how", "that", "what", "whether", "why", "who", "when", "where", "claims", "allegations"})
_ADVERBS: Final = frozenset({"actually", "earlier", "also", "has", "have", "had", "already", "first", "then", "later",
                             "now", "officially"})
_JURISDICTIONS: Final = frozenset({"state", "states", "city", "county", "counties", "country", "countries", "nation",
                                   "province", "provinces", "region", "territory", "district"})
_LOOK: Final = frozenset({"look", "looks", "looked", "looking"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
                                 "our", "my", "your"})
_CALLED: Final = frozenset({"called", "named", "dubbed"})
_INDEFINITES: Final = frozenset({"something", "someone", "somebody", "anything", "anyone", "things", "thing"})


def _invoked_act(doc: Doc, k: int) -> bool:
    """ "invoked her Fifth Amendment rights", "invoking the nuclear option": a right or a procedure used."""
    norms = doc.norms
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    for j in range(k + 1, min(n, k + 6)):
        if norms[j] in _INVOKED_ACTS:
            return True
        if doc.tokens[j] in (",", ";", ":", "“", '"') or norms[j] in ("as", "to", "that", "while", "when", "in"):
            return False
    return False


def _record_ahead(doc: Doc, k: int, reach: int) -> bool:
    """A word that counts what is recorded ("cases", "deaths") within ``reach`` tokens after ``k``, before any
    clause ("that", a verb of being)."""
    norms = doc.norms
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    for j in range(k + 1, min(n, k + 1 + reach)):
        if norms[j] in _RECORDS:
            return True
        if norms[j] in ("that", "had", "have", "has", "were", "was", "is", "are", "account", "accounted") \
                or doc.tokens[j] in (",", ";", ":", "“", '"'):
            return False
    return False


def _place_before(doc: Doc, k: int) -> bool:
    """Does a place or a jurisdiction stand just before the verb (past a few adverbs and a name after "of"):
    "the U.S.", "California", "The city of Houston", "the state"?"""
    norms, tokens = doc.norms, doc.tokens
    places = word_lists().places
    j = k - 1
    while j >= 0 and k - j <= 3 and norms[j] in _ADVERBS:
        j -= 1
    if j > 0 and tokens[j] == "." and tokens[j - 1][:1].isupper():
        j -= 1  # "the U.S. reported": the abbreviation's stop
    for i in range(j, max(-1, j - 4), -1):
        word = norms[i]
        if word in _JURISDICTIONS:
            return True  # "the state reported", "The city of Houston reported"
        if word == "of":
            continue
        if not tokens[i][:1].isupper():
            return False
        if word in places or word + "." in places or word in us_places():
            return True
    return False


def _figures_recorded(doc: Doc, k: int) -> bool:
    """ "reported nearly 1 million positive cases", "more than 1,000 of which were reported", "the most recent
    death was reported": a count recorded, not a statement."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[k] != "reported":
        return False
    nxt = k + 1
    if nxt < n and (tokens[nxt][:1].isdigit() or norms[nxt] in _COUNT_OPENERS):
        # active: "the U.S. reported nearly 1 million cases" (a place records them; "ANSA reported at least 35
        # dead", "officials reported no injuries" stay: a source gives the figures)
        return _place_before(doc, k) and _record_ahead(doc, k, 8)
    j = k - 1
    while j >= 0 and k - j <= 3 and norms[j] in _BE:
        j -= 1
    if j == k - 1 or nxt < n and norms[nxt] in ("that", "to"):
        return False  # not a passive, or a report's content follows ("was reported that", "were reported to")
    begin = doc.sentences[doc.sentence_of[k]].first
    for i in range(j, max(begin - 1, k - 13), -1):  # the counted subject, a few words back
        if norms[i] in _RECORDS:
            return True
        if tokens[i] in (";", ":", "—", "”", '"'):
            return False  # (a comma is passed: "3,300 cases, more than 1,000 of which were reported")
    return False


def _coverage(doc: Doc, k: int) -> bool:
    """ "were reported on over the past two years": a subject covered, nothing said of it, nobody named; not
    "the Journal reported on the payment" (the outlet reports), "reported on how ...", "reported on Tuesday"."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    if k + 1 >= n or norms[k + 1] != "on" or k == 0 or norms[k - 1] not in _BE:
        return False  # only the passive: "The Ledger reported on the meeting" names its source, the outlet
    if k + 2 < n and (tokens[k + 2][:1].isupper() or tokens[k + 2][:1].isdigit()):
        return False  # "reported on Tuesday", "reported on CNN": a day, a channel
    for j in range(k + 2, min(n, k + 10)):
        if norms[j] in _CONTENT or tokens[j] in (":", "“", '"'):
            return False
    return True


def _search(doc: Doc, k: int) -> bool:
    """ "looking into whether", "are looking for workarounds", "looking to the United States for": a search."""
    norms = doc.norms
    n = len(norms)
    if k + 1 >= n:
        return False
    after = norms[k + 1]
    return after in ("into", "for") or after == "to" and k + 2 < n and (
        norms[k + 2] in _DETERMINERS or doc.tokens[k + 2][:1].isupper())


def _thing_named(doc: Doc, k: int) -> bool:
    """ "something called a remembrance agent": a name given to a thing."""
    return k > 0 and doc.norms[k - 1] in _INDEFINITES


def reports_act_record_or_search(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` report a right or law invoked, figures recorded, coverage with no content,
    a search or a thing named?"""
    for k in range(first, stop):
        w = doc.norms[k]
        if w in _INVOKE and _invoked_act(doc, k):
            return True
        if w in _REPORT and (_figures_recorded(doc, k) or _coverage(doc, k)):
            return True
        if w in _LOOK and _search(doc, k):
            return True
        if w in _CALLED and _thing_named(doc, k):
            return True
    return False
