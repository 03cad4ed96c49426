"""Hedge words that describe a thing or a report instead of softening a claim, fourteenth pass, round 3
(read on the AllSides dev corpus; the independent readers of draws 3636/3737 and the round-3 fresh draw
judged each kind wrong).

The hedging feature's ``reader_hedge`` asks :func:`descriptive_use` (through :mod:`.hedge_readings`), so
the WikiWeasel figures and the learned filter are left as they are. It returns why the match is no hedge
('' if it may be one):

* "generally" / "broadly" meaning "in general" after what it widens: "poor preparedness generally and the
  slow reaction", "Clintonism broadly, has made possible", "described it generally as a message": the
  scope of a noun or of a description, not a generalisation softened; "economists generally expect",
  "Democrats broadly would like", "they are, generally, cautious" stay;
* "speculation about" a person or a thing: "dealing with speculation about his future", "plenty of
  speculation about Zuckerberg": the talk is named, no claim follows to soften; "speculation about whether
  he changed his mind" (a claim framed as speculation) stays;
* "claimed to" a listener: "Dr. Clancy claimed to the Journal that", "the occasions he claimed to the
  Committee": the verb of report with its addressee, not "claimed to have" (a doubted claim), which stays;
* "ambiguous" / "unproven" before a noun: "the ambiguous far-left group", "an unproven or unfalsifiable
  conviction": the writer describes or judges the thing; "it is ambiguous whether", "the evidence is
  unproven" stay;
* "preliminary" of a legal or official step named as such: "a preliminary autopsy", "a preliminary
  injunction", "a preliminary hearing": the stage of a procedure (the stages of a process, "preliminary
  talks", are :mod:`.hedge_named_acts`); "preliminary data", "preliminary results suggest" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_IN_GENERAL: Final = frozenset({("generally",), ("broadly",)})
# what comes before a "generally" that opens the predicate or stands apart ("they are, generally"): a
# subject, a copula or an auxiliary; the word then qualifies the claim
_NOT_WIDENED: Final = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "should", "may", "might", "must", "i", "we", "you", "he", "she", "they",
    "it", "who", "which", "that", "not", "n't", "and", "or", "but", "so", "very", "more", "most", "less",
    "also", "still", "as", "than", "people", "americans", "voters", "economists", "experts", "scientists"})
_CLAUSE_GOES_ON: Final = frozenset({"", "and", "or", "but"})  # punctuation or a coordinating conjunction
_OBJECT_PRONOUNS: Final = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
# "speculation about whether he ...": a claim framed as speculation follows
_CLAIM_FOLLOWS: Final = frozenset({"whether", "if", "that"})
# the addressee of a claim: "claimed to the Journal", "claimed to reporters"
_LISTENERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this",
                               "him", "them", "me", "us", "reporters", "journalists", "investigators",
                               "lawmakers", "congress", "police", "officials", "prosecutors"})
_DESCRIBING: Final = frozenset({("ambiguous",), ("unproven",)})
_NOT_NOUN_AFTER: Final = frozenset({"", "to", "that", "whether", "if", "as", "in", "for", "and", "or", "but",
                                    "at", "from", "by", "about", "on", "of", "is", "are", "was", "were", "so"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my",
                                 "your", "such"})
# legal and official procedures whose first stage is called "preliminary"
_PROCEDURES: Final = frozenset({"autopsy", "autopsies", "injunction", "injunctions", "hearing", "hearings",
                                "examination", "exam", "round", "rounds", "approval", "ruling"})


def _widened_scope(doc: Doc, first: int) -> str:
    before, after = word_before(doc, first), word_after(doc, first)
    if after == "as" and before in _OBJECT_PRONOUNS and word_before(doc, first - 1) not in _NOT_WIDENED:
        return "described it generally as: in general terms, a manner of describing, not a softened claim"
    if not before or before in _NOT_WIDENED or before.endswith("ly"):
        return ""
    if after in _CLAUSE_GOES_ON:
        return "preparedness generally / Clintonism broadly: in general, a scope widened, not a softened claim"
    return ""


def _attributive(doc: Doc, first: int) -> bool:
    """Does a determiner stand before the word and a word that may be its noun (or "or") after it?"""
    after = word_after(doc, first)
    return word_before(doc, first) in _DETERMINERS and (after not in _NOT_NOUN_AFTER or after == "or")


def descriptive_use(doc: Doc, match: Match) -> str:
    """Why this hedge word describes a thing or a report, not softening a claim ('' if it may hedge)."""
    words, first = match.entry.words, match.first
    if words in _IN_GENERAL:
        return _widened_scope(doc, first)
    if words == ("speculation", "about"):
        if word_after(doc, match.stop - 1) not in _CLAIM_FOLLOWS:
            return "speculation about his future: the talk named, no claim softened"
        return ""
    if words == ("claimed", "to"):
        nxt = match.stop - 1
        after = word_after(doc, nxt)
        if after in _LISTENERS or (after and doc.tokens[nxt + 1][:1].isupper() and after != "be"):
            return "claimed to the Journal: a verb of report with its addressee, not 'claimed to have'"
        return ""
    if words in _DESCRIBING and _attributive(doc, first):
        return "the ambiguous group / an unproven conviction: the thing described, not a softened claim"
    if words == ("preliminary",) and word_after(doc, first) in _PROCEDURES:
        return "a preliminary autopsy / injunction: the stage of a procedure, not a softened claim"
    return ""
