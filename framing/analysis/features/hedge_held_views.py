"""Verbs of belief, assumption and guessing that state a held view, not a softened claim, eighth pass (read
on the AllSides dev corpus; the session-28 fresh draw and earlier independent readers judged the first of
each kind wrong).

The hedging feature's ``reader_hedge`` asks :func:`held_view` (through :mod:`.hedge_readings`), so the
WikiWeasel figures and the learned filter are left as they are. It returns why the match is no hedge ('' if
it may be one):

* a conviction: "I've always believed that", "we have long believed", "I continue to believe that": the
  speaker states what he has held all along; "I believe that", "it is believed that" stay;
* a belief induced in others or formed: "Trump wants to make us believe that", "would have you believe",
  "we're to believe that", "are we to believe", "we begin to believe that", "I've come to believe":
  someone else's belief sought, or a conviction reached, not a softened claim (tenth pass);
* grounds denied: "there's no reason to believe that", "there isn't much reason to believe": the writer
  says the view has no ground, he does not soften it; "there is reason to believe" stays;
* "believed" meaning credited: "all women must be believed", "Ford should be believed or not believed on
  the basis of evidence", "it would be believed": trust in a person's word; "were believed killed",
  "is believed to be" stay;
* an assumption that is someone else's or a condition: "people assume that", "it is a mistake to assume
  that", "encourage people to assume that", "conveniently assuming that", "assuming that a more
  committee-driven process is accompanied by ...": a reported view or a supposition, where "I assume that",
  "we assume that two pickups are in the bag", "let's assume that" soften the speaker's own claim;
* "guess" as a challenge or a task: "Guess what?", "Guess which name stuck", "we don't have to guess how
  he would speak": no claim softened; "my guess is", "I guess", "anyone's guess" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import belief_induced, word_after, word_before

_BELIEVE_FORMS: Final = frozenset({"believe", "believes", "believed"})
# adverbs of constancy before a verb of belief: "always believed", "long believed"
_CONSTANCY: Final = frozenset({"always", "long", "forever", "consistently"})
_CONTINUE: Final = frozenset({"continue", "continues", "continued"})
_BE_FORMS: Final = frozenset({"be", "been", "being"})
# what follows a "believed" of trust: the end of the clause or a coordination ("believed or not believed")
_AFTER_CREDITED: Final = frozenset({"", "or", "and", "on", "but", "because", "without", "unless", "when", "if"})
# "there's no reason to believe", "there isn't much reason to believe", "little reason to believe"
_NO_GROUNDS: Final = frozenset({"no", "n't", "not", "little", "never", "isn't", "wasn't", "aren't", "without"})
# a belief formed: "we begin to believe", "I've come to believe"
_COME: Final = frozenset({"begin", "begins", "began", "begun", "come", "comes", "came", "coming", "grew", "grown",
                          "grow", "started", "start"})
_ASSUME_FORMS: Final = frozenset({"assume", "assumes", "assuming", "assumed"})
_FIRST_PERSON: Final = frozenset({"i", "we", "let's", "i'd", "we'd", "i'll", "we'll", "us"})
# words between a first-person subject and "assume": "we can safely assume", "I would just assume"
_BETWEEN_SUBJECT: Final = frozenset({"can", "could", "would", "will", "'d", "might", "may", "must", "should",
                                     "also", "just", "simply", "safely", "reasonably", "fairly", "therefore",
                                     "only", "all", "then", "now", "still", "let"})
_WH_WORDS: Final = frozenset({"what", "who", "which", "where", "how", "whose", "why", "when"})
_HAVE_TO: Final = frozenset({"have", "has", "had", "need", "needs", "needed"})


def _belief_held(doc: Doc, match: Match) -> str:
    first = match.first
    before = word_before(doc, first)
    if before in _CONSTANCY or (before in ("to", "have", "'ve", "has") and word_before(doc, first - 1)
                                in _CONSTANCY | _CONTINUE):
        return "I've always believed / I continue to believe: a conviction stated, not a softened claim"
    before2 = word_before(doc, first - 1) if first > 0 else ""
    if belief_induced(doc, first):
        return "wants us to believe / we're to believe: a belief induced in others, not a softened claim"
    if before == "to" and before2 in _COME:
        return "we begin to believe / I've come to believe: a belief formed, stated, not a softened claim"
    if before == "to" and word_before(doc, first - 1) == "reason":
        lo = max(doc.sentences[doc.sentence_of[first]].first, first - 6)
        if any(doc.norms[k] in _NO_GROUNDS for k in range(lo, first - 2)):
            return "no reason to believe: grounds denied, not a softened claim"
    if match.entry.words == ("believed",):
        after = word_after(doc, first)
        credited_before = before in _BE_FORMS or (before == "not" and word_before(doc, first - 1)
                                                  in _BE_FORMS | {"or"})
        if credited_before and after in _AFTER_CREDITED:
            return "must be believed: trust in someone's word, not a softened claim"
    return ""


def _assumption_reported(doc: Doc, match: Match) -> str:
    first = match.first
    k = first - 1
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    while k >= sentence_first and doc.is_word[k] and doc.norms[k] in _BETWEEN_SUBJECT:
        k -= 1
    subject = doc.norms[k] if k >= sentence_first and doc.is_word[k] else ""
    if subject in _FIRST_PERSON or (subject == "'s" and k > sentence_first and doc.norms[k - 1] == "let"):
        return ""
    if match.entry.words[0] == "assuming":
        return "assuming that: a condition or someone's supposition, not a softened claim"
    return "people assume that / a mistake to assume that: someone else's assumption, not a softened claim"


def _guess_not_claimed(doc: Doc, match: Match) -> str:
    first = match.first
    if word_after(doc, first) in _WH_WORDS and word_before(doc, first) in ("", "and", "so", "now"):
        return "Guess what? / Guess which name stuck: a challenge to the reader, not a softened claim"
    if word_before(doc, first) == "to" and word_before(doc, first - 1) in _HAVE_TO:
        return "don't have to guess: no claim softened"
    return ""


def held_view(doc: Doc, match: Match) -> str:
    """Why a verb of belief, assumption or guessing states a held view here ('' if it may hedge)."""
    words = match.entry.words
    if len(words) == 1 and words[0] in _BELIEVE_FORMS:
        return _belief_held(doc, match)
    if len(words) == 2 and words[0] in _ASSUME_FORMS and words[1] == "that":
        return _assumption_reported(doc, match)
    if words == ("guess",):
        return _guess_not_claimed(doc, match)
    return ""
