"""The phrase after a kept cue, as a reader takes it: who speaks only when the cue is inverted ('"...," said
the minister'); otherwise often what the cue is about.

* a phrase after "said" followed by its own verb is the subject of the reported clause ("Murray, who wrote
  the bill, said lawmakers would reverse the cut"; "Activists say Darren Wilson should be charged"): the
  speaker is the sentence's opening phrase, if it stands before the cue, else nobody found;
* a possessive after the cue is its object's owner ("only emphasizes Clinton's experience", "told NBC's
  Meet the Press"); not after "according to", where the owner is the source ("according to the CBO's
  numbers");
* a phrase after "asks", "urged", "told" with no inversion and then "to" is who is asked ("It asks the court
  to declare"), and so is one between such a verb and "to" before the cue ("asks the court to declare");
* a phrase right after a cue that ends in "for" is what the cue is about ("forecasts for China", "calling
  for an outside investigation");
* a document's trailing participle before its author ("exit polls conducted by NBC", "the letter signed by
  the chairman") is cut: the document is the source.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .grammar import WordLists, is_cap, np_left, np_right

# words that open the verb of a clause whose subject the phrase after the cue is
_CLAUSE_VERBS: Final = frozenset({
    "might", "should", "would", "will", "could", "can", "must", "may", "shall", "is", "was", "were", "are", "has",
    "have", "had", "does", "did", "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't", "hadn't", "won't",
    "wouldn't", "couldn't", "can't", "shouldn't", "doesn't", "didn't", "needs", "wants", "plans", "remains"})

# modals: after a phrase, the verb of a reported clause, never part of an inverted speaker's tag
_MODALS: Final = frozenset({"might", "should", "would", "will", "could", "can", "must", "may", "shall", "won't",
                            "wouldn't", "couldn't", "can't", "shouldn't"})

# cues whose object is asked or told to do something ("asks the court to declare")
_ASKING: Final = frozenset({"ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "tell", "tells",
                            "told", "telling", "call", "calls", "called", "calling", "press", "pressed", "pressing",
                            "implore", "implored", "encourage", "encouraged", "encourages", "want", "wants",
                            "wanted", "advise", "advised", "advises", "warn", "warned", "warns", "invite",
                            "invited", "invites"})

# closing marks and punctuation after which a cue is inverted ('"...," said the minister')
_INVERTING: Final = frozenset({",", "”", "\"", ":", "—", "'", "’", "–", "-"})


def _inverted(doc: Doc, m: Match, sent_first: int, comma: bool = True) -> bool:
    """Does the cue come right after a quotation or punctuation (or open its sentence)? (A comma before it
    may also close an appositive: "Murray, who wrote the bill, said", so ``comma`` may be left out.)"""
    k = m.first - 1
    return k < sent_first or doc.tokens[k] in _INVERTING and (comma or doc.tokens[k] != ",")


def _possessive(norm: str) -> bool:
    return norm.endswith(("'s", "’s", "s'", "s’")) and len(norm) > 2


def speaker_after_cue(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """The speaker span a reader takes for a span found after the cue ``m`` (see the module docstring);
    a span before the cue is returned as it is."""
    first, stop = span
    tag = _closing_tag(doc, m, span, lists)
    if tag is not None:
        return tag  # "... attache Ebrahim Ansari, who ..., reports the BBC.": the BBC
    if (stop + 1 == m.first or stop == m.first) and stop < len(doc.norms) and doc.norms[stop] == "to" and first > 0 \
            and _asked(doc, first):
        return None  # "It also asks the court to declare": the court is asked, it has declared nothing
    if stop <= m.first:
        document = _document_obtained_by(doc, m, span, lists)
        if document is not None:
            return document
    if first < m.stop or doc.norms[m.first] == "according":
        if doc.norms[m.first] == "according":
            return _without_participle(doc, span)
        return span
    if doc.norms[m.stop - 1] == "for" and first <= m.stop + 1:
        return None  # "forecasts for China", "calling for an outside investigation": what the cue is about
    sent = doc.sentences[doc.sentence_of[m.first]]
    norms = doc.norms
    after = norms[stop] if stop < sent.stop else ""
    if after in _CLAUSE_VERBS and (not _inverted(doc, m, sent.first, comma=False) or after in _MODALS):
        # (a modal after the phrase opens a reported clause even after a quotation: "Trump threatens 'Little
        # Rocket Man,' says Kim may 'not be around'": Kim is what is said, not who says it)
        return _opening_subject(doc, m, sent.first, lists)
    if _possessive(norms[stop - 1]) and stop < sent.stop and doc.is_word[stop]:
        return None
    if after == "to" and norms[m.first] in _ASKING and m.stop - m.first == 1 and not _inverted(doc, m, sent.first):
        return None
    return _without_participle(doc, span)


# participles before "by" that name who got or paid for a document, not who wrote it
_NOT_AUTHORS: Final = frozenset({"commissioned", "obtained", "reviewed", "seen", "unearthed", "acquired", "viewed",
                                 "examined", "received", "sponsored", "funded", "paid"})


def _document_obtained_by(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """The document before "<obtained> by <span>" when ``span`` only obtained or commissioned it; else None."""
    first, stop = span
    norms = doc.norms
    if first < 3 or norms[first - 1] != "by" or norms[first - 2] not in _NOT_AUTHORS:
        return None
    if any(norms[t] in ("who", "which", "that") for t in range(stop, m.first)):
        return None  # "emails obtained by reporters who say": the reporters speak
    sent_first = doc.sentences[doc.sentence_of[first]].first
    document = np_left(doc, first - 2, sent_first, lists)
    if document is None or document[1] > first - 2 or document[1] < first - 3:
        return None
    return document


def _asked(doc: Doc, first: int) -> bool:
    """Is the phrase starting at ``first`` the object of an asking verb ("asks [the court]")?"""
    k = first - 1
    while k >= 0 and doc.norms[k] in ("the", "a", "an", "its", "their", "his", "her"):
        k -= 1
    return k >= 0 and doc.norms[k] in _ASKING


def _without_participle(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """"exit polls conducted" before "by NBC": "exit polls"."""
    first, stop = span
    norms = doc.norms
    if stop - first >= 2 and norms[stop - 1].endswith("ed") and not is_cap(doc.tokens[stop - 1]) \
            and stop < len(norms) and norms[stop] == "by":
        return first, stop - 1
    return span


def _opening_subject(doc: Doc, m: Match, sent_first: int, lists: WordLists) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence of cue ``m``, when a comma or the cue itself follows it
    ("Patty Murray, who wrote the bill, said"); else None."""
    k = sent_first
    while k < m.first and not doc.is_word[k]:
        if doc.tokens[k] in ("“", '"', "‘"):
            return None  # the sentence opens a quotation
        k += 1
    if k >= m.first:
        return None
    subj = np_right(doc, k, m.first, lists)
    if subj is None or subj[1] > m.first:
        return None
    if subj[1] - subj[0] == 1 and (doc.norms[subj[0]] in lists.not_names or doc.norms[subj[0]].endswith("ly")):
        return None  # "Conversely, shared power does not": an adverb, nobody
    if subj[1] == m.first or doc.tokens[subj[1]] == "," \
            or subj[1] + 1 == m.first and doc.norms[subj[1]] in ("has", "had", "have", "also", "then", "later"):
        return subj
    return None


# verbs of a closing tag after a comma ("..., reports the BBC."; draws 2929/3030)
_TAG_VERBS: Final = frozenset({"reports", "reported", "says", "said", "writes", "wrote", "notes", "noted"})


def _closing_tag(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """For a span before a one-word verb of saying after a comma that a name closes its sentence after ("...
    confirmed the death of attache Ebrahim Ansari, who had been in his post a month, reports the BBC."): that
    name, who speaks (not a date: "..., Smith said Tuesday."); else None."""
    if span[1] > m.first or m.stop - m.first != 1 or doc.norms[m.first] not in _TAG_VERBS or m.first < 1 \
            or doc.tokens[m.first - 1] != ",":
        return None
    sent = doc.sentences[doc.sentence_of[m.first]]
    after = np_right(doc, m.stop, sent.stop, lists)
    if after is None or after[0] != m.stop and not (after[0] == m.stop + 1 and doc.norms[m.stop] == "the"):
        return None
    end = after[1]
    if any(doc.is_word[t] for t in range(end, sent.stop)) or end - after[0] > 6:
        return None  # (not "said the U.S. should threaten": the sentence goes on)
    opening = after[0] + 1 if doc.norms[after[0]] == "the" else after[0]
    if opening >= end or not is_cap(doc.tokens[opening]):
        return None  # "said a bullet grazed his arm."
    names = [t for t in range(after[0], end) if doc.is_word[t] and is_cap(doc.tokens[t])]
    if any(doc.norms[t] in lists.dates for t in names):
        return None
    return after
