"""Cue words used of an act, a record or a name rather than of words or a view (curated in the eighteenth
pass from readers' judgments of draws 5454, 5555, 5858 and an own reading of draw 6161):

- attention turned to a topic with no words in sight ("she focused on the early vote and worked with the
  campaign", "Many since have focused on Trump's margin", "because it focused on helping individuals":
  readers wrong 4 of 4); "At a rally, Obama focused on the growth", "the speakers focused on ...", and a
  focus followed by a quotation or a verb of saying in the sentence stay cues;
- a mention withheld ("Biden didn't mention Sanders directly", "what Maddow does not mention": wrong 2 of 2):
  a negated "mention" before its object says what was not said; "did not mention that ..." keeps a clause
  and a document's silence ("the memo does not mention ...") stays with its document speaker;
- an entry listed ("and listed as exhibit B in the complaint", "Also listed on the program are ...",
  "lists of appointments"): a record or a noun, not a source listing things; "He listed other factors" stays;
- a thing given its name in an apposition ("One variation, called “Safe Third,” would have ...", "a small
  town in Minnesota called Worthington"): naming, not words; "a senator from Texas called Trump a liar" stays;
- a complaint that names a case ("the whistleblower complaint that led to the inquiry"): wrong 1 of 1;
  "a valid complaint that he does not care" keeps its content;
- a Senate confirmation ("having a nominee confirmed by the Senate", "the Senate confirmed her 52-48"): a vote,
  not words; "the Senate aide confirmed that ..." keeps its clause;
- a comparison with no holder ("much worse than feared", "higher than thought"); "than many had feared" keeps
  its holder.

:func:`.cues.acting_cue` asks :func:`act_not_speech` through ``sense_cues``: these are left out of the
highlights and kept for ``framing evaluate``'s PolNeAR definition (PolNeAR counts a few, e.g. "has not
mentioned")."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_FOCUS: Final = frozenset({"focus", "focuses", "focused", "focussed", "focusing"})
# words in the sentence that put words in sight of a focus: a speech or its setting, or a verb of saying
_SPEECH_SETTINGS: Final = frozenset({
    "speech", "speeches", "remarks", "address", "rally", "rallies", "interview", "interviews", "testimony",
    "debate", "debates", "statement", "statements", "comments", "letter", "op-ed", "column", "tweet", "tweets",
    "speakers", "speaker", "hearing", "conference", "briefing", "sermon", "ad", "ads", "message", "book",
    "said", "says", "say", "saying", "told", "tells", "argued", "argues", "arguing", "noting", "noted", "wrote",
    "writes", "added", "adding", "asked", "questions", "warned", "warning", "calling", "called"})
_QUOTE_OPENS: Final = frozenset({"“", '"', "‘", ":"})
_MENTION: Final = frozenset({"mention", "mentions", "mentioned", "mentioning"})
_NEGATIONS: Final = frozenset({"not", "n't", "n’t", "never", "didn't", "didn’t", "doesn't", "doesn’t", "don't",
                               "don’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t"})
_CLAUSE_AFTER: Final = frozenset({"that", "how", "why", "whether", "what", "when", "where", "he", "she", "they",
                                  "it", "we", "i", "there"})
# what a document's silence is about is its content: a document speaker stays ("The memo does not mention ...")
_DOCUMENTS: Final = frozenset({"list", "resolution", "report", "memo", "document", "letter", "bill", "statement",
                               "filing", "lawsuit", "complaint", "study", "poll", "transcript", "order", "ruling",
                               "indictment", "release", "plan", "proposal", "agreement", "deal", "platform"})
_LISTED: Final = frozenset({"listed", "list", "lists", "listing"})
_LIST_PLACES: Final = frozenset({"as", "on", "among", "under", "in", "at"})
_BEFORE_LISTED: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "and", "also", "not"})
_CLOSE_QUOTES: Final = frozenset({"”", '"', "’", "'"})
_OPEN_QUOTES: Final = frozenset({"“", '"', "‘"})
# what follows a name given to a thing ("a town called Worthington. It's ...", "called Worthington, which")
_AFTER_NAME: Final = frozenset({".", ",", ";", ")", "—", "that", "which", "where", "who", "in", "on", "and", "is",
                                "was", "has", "had"})
_CASE_MODIFIERS: Final = frozenset({"whistleblower", "whistle-blower", "ethics", "civil", "federal", "formal",
                                    "criminal", "amended"})
_RELATIVE_VERBS: Final = frozenset({"led", "kickstarted", "prompted", "sparked", "triggered", "started",
                                    "launched", "was", "is", "has", "had", "sought", "named", "became"})
_CONFIRM: Final = frozenset({"confirm", "confirms", "confirmed", "confirming", "confirmation"})
_AUXILIARIES: Final = frozenset({"has", "have", "had", "will", "would", "could", "successfully", "unanimously",
                                 "narrowly", "quickly", "also", "then", "finally", "already", "overwhelmingly"})
_COMPARED: Final = frozenset({"feared", "thought", "anticipated", "predicted", "hoped", "believed", "estimated",
                              "projected", "forecast", "assumed", "imagined", "suspected", "reported"})


def _head(doc: Doc, first: int, stop: int, words: frozenset[str]) -> int:
    """The first word of ``[first, stop)`` in ``words``, or -1."""
    for k in range(first, stop):
        if doc.norms[k] in words:
            return k
    return -1


def _attention_only(doc: Doc, first: int, stop: int) -> bool:
    """"she focused on the early vote and worked with ...": a topic attended to, with no speech, quotation
    or verb of saying in the sentence."""
    k = _head(doc, first, stop, _FOCUS)
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if k < 0:
        return False
    j = k + 1
    if j < n and norms[j] not in ("on", "upon") and j + 1 < n and norms[j + 1] in ("on", "upon"):
        j += 1  # "focused heavily on"
    if j >= n or norms[j] not in ("on", "upon"):
        return False
    if any(tokens[i] in _QUOTE_OPENS for i in range(j + 1, min(n, j + 4))):
        return False
    sent = doc.sentences[doc.sentence_of[k]]
    return not any(norms[i] in _SPEECH_SETTINGS for i in range(sent.first, min(sent.stop, sent.first + 60))
                   if i < first or i >= stop)


def _mention_withheld(doc: Doc, first: int, stop: int) -> bool:
    """"Biden didn't mention Sanders directly", "what Maddow does not mention": a negated mention of a thing,
    not "did not mention that ..." or "never mentioned whether ..."."""
    k = _head(doc, first, stop, _MENTION)
    norms = doc.norms
    n = len(norms)
    if k < 0:
        return False
    if not any(norms[i] in _NEGATIONS for i in range(max(0, k - 3), k)):
        return False
    if any(norms[i] in _DOCUMENTS for i in range(max(0, k - 4), k)):
        return False  # "the draft resolution doesn't mention": a document's content, left to the speaker layer
    return not (k + 1 < n and norms[k + 1] in _CLAUSE_AFTER)


def _entry_listed(doc: Doc, first: int, stop: int) -> bool:
    """"and listed as exhibit B", "Also listed on the program are ...", "lists of appointments": a record or a
    noun, not a source listing things ("He listed other factors", "the report listed the cause")."""
    k = _head(doc, first, stop, _LISTED)
    norms = doc.norms
    n = len(norms)
    if k < 0 or k + 1 >= n:
        return False
    if norms[k] == "lists" and norms[k + 1] == "of":
        return True
    if norms[k] != "listed" or norms[k + 1] not in _LIST_PLACES:
        return False
    j = k - 1
    return j < 0 or not doc.is_word[j] or norms[j] in _BEFORE_LISTED or doc.sentences[doc.sentence_of[k]].first == k


def _cap_run_end(doc: Doc, j: int, limit: int) -> int:
    """The end of the run of capitalised words starting at ``j`` (at most ``limit`` words)."""
    n = len(doc.norms)
    k = j
    while k < n and k - j < limit and doc.is_word[k] and doc.tokens[k][:1].isupper():
        k += 1
    return k


def _name_given(doc: Doc, first: int, stop: int) -> bool:
    """"One variation, called “Safe Third,” would ...", "a small town in Minnesota called Worthington.": a name
    given to a thing; "a senator from Texas called Trump a liar" has an object complement and stays."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if stop - first != 1 or norms[first] != "called" or stop >= n:
        return False
    k = first
    if tokens[stop] in _OPEN_QUOTES and k > 1 and tokens[k - 1] == "," and doc.is_word[k - 2] \
            and tokens[k - 2][:1].islower():
        # ", called “Safe Third,”": a quoted name closed with a comma, in apposition to a noun
        for j in range(stop + 1, min(n, stop + 9)):
            if tokens[j] in _CLOSE_QUOTES:
                return tokens[j - 1] == "," or j + 1 < n and tokens[j + 1] == ","
        return False
    if not (doc.is_word[stop] and tokens[stop][:1].isupper()):
        return False
    end = _cap_run_end(doc, stop, 4)
    if end >= n or tokens[end] not in _AFTER_NAME and norms[end] not in _AFTER_NAME:
        return False
    j = k - 1  # an indefinite noun phrase before: "a small town in Minnesota called"
    while j >= 0 and k - j <= 7 and doc.is_word[j]:
        if norms[j] in ("a", "an"):
            return j + 1 < k and tokens[j + 1][:1].islower()
        if norms[j] in ("the", "who", "which", "that", "he", "she", "they", "it", "we"):
            return False
        j -= 1
    return False


def _case_named(doc: Doc, first: int, stop: int) -> bool:
    """"the whistleblower complaint that led to ...": a complaint named as a case or a filing, with a relative
    clause after it, not its content."""
    norms = doc.norms
    n = len(norms)
    if stop - first != 1 or norms[first] != "complaint":
        return False
    if first > 0 and norms[first - 1] in _CASE_MODIFIERS:
        return True
    return stop + 1 < n and norms[stop] == "that" and norms[stop + 1] in _RELATIVE_VERBS


def _senate_vote(doc: Doc, first: int, stop: int) -> bool:
    """"having a nominee confirmed by the Senate", "the Senate confirmed her": a confirmation vote, the Senate
    its subject or its agent; "confirmed to a Senate subcommittee that ..." keeps its clause."""
    k = _head(doc, first, stop, _CONFIRM)
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if k < 0 or any(norms[i] in _CLAUSE_AFTER for i in range(k + 1, min(n, k + 9)) if norms[i] != "it"):
        return False
    j = k - 1
    while j >= 0 and k - j <= 4 and norms[j] in _AUXILIARIES:
        j -= 1  # "the Senate has successfully confirmed"
    before = j >= 0 and tokens[j] == "Senate"
    by = k + 2 < n and norms[k + 1] == "by" and any(tokens[i] == "Senate" for i in range(k + 2, min(n, k + 5)))
    return before or by


def _comparison(doc: Doc, first: int, stop: int) -> bool:
    """"much worse than feared", "higher than thought": a comparison with nobody holding the view."""
    return stop - first == 1 and first > 0 and doc.norms[first - 1] == "than" and doc.norms[first] in _COMPARED


def act_not_speech(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` attention to a topic, a mention withheld, an entry listed, a name given, a
    complaint naming a case, a Senate confirmation or a comparison with no holder (see the module docstring)?"""
    return _attention_only(doc, first, stop) or _mention_withheld(doc, first, stop) \
        or _entry_listed(doc, first, stop) or _name_given(doc, first, stop) or _case_named(doc, first, stop) \
        or _senate_vote(doc, first, stop) or _comparison(doc, first, stop)
