"""Hedge words that set up, argue, look after or count, ninth pass round 2 (the independent readers of draw 1818
judged the first of each kind wrong; each checked on every dev use). :func:`setup_or_composition` says why the
match softens no claim ('' if it may be one); :mod:`.hedge_readings` asks it, so the WikiWeasel figures and the
learned filter are left as they are:

* an imperative "Suppose" / "Supposing" opening a sentence ("Suppose the next time a gunman shoots up a theater,
  Democrats ..."): it sets up a hypothetical to argue from; "I suppose" stays;
* "tend to" before a determiner, a possessive or a pronoun ("parents tend to their kids", "tending to his day
  job"): to look after; "they tend to be moderate" stays;
* "the best reason to think", "another reason to believe": the writer gives an argument, he does not soften
  a claim; "there is some reason to believe" stays;
* "possible" said of a thing in what someone insists, argues or believes ("a few insist that fixes are
  possible", "believe that mutual understanding is possible"): the feasibility they claim, the content of
  their view; "it is possible that", "said it was possible" stay;
* "of mostly" ("a coalition of mostly Democratic-led states", "a caravan of mostly Central American
  migrants"): the make-up of a group, described; "mostly concentrated in" stays;
* "known to" before whom it is known to ("make your views known to them", "warnings known to 'senior
  officials'", "a man known to police"): who knew, stated; "is known to be", "he's known to hold grudges" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

# after "tend to": what is looked after ("their kids", "the horses", "his image")
_CARED_FOR_OPENERS: Final = frozenset({"the", "their", "his", "her", "its", "our", "my", "your", "them", "him",
                                       "those", "these", "a", "an", "business", "patients", "children", "kids"})
# before "reason to think": a reason given in an argument
_ARGUED_REASONS: Final = frozenset({"best", "biggest", "main", "first", "second", "third", "another", "strongest",
                                    "chief", "principal", "final", "last"})
_THINKING: Final = frozenset({"think", "believe", "suspect", "expect", "doubt"})
_BE_BEFORE: Final = frozenset({"is", "are", "was", "were", "remain", "remains", "remained", "be"})
# subjects of an impersonal possibility ("it is possible that"), which stays a hedge
_IMPERSONAL: Final = frozenset({"it", "that", "this", "anything", "everything", "all", "'s", "it's", "which",
                                "what", "there", "also", "still", "entirely", "quite", "very", "certainly",
                                "not", "n't", "well", "only", "just", "even"})
_HOLDING_VERBS: Final = frozenset({"insist", "insists", "insisted", "insisting", "argue", "argues", "argued",
                                   "arguing", "maintain", "maintains", "maintained", "believe", "believes",
                                   "believed", "contend", "contends", "contended"})
# after "known to": who knows (a pronoun, a determiner, a body of officials), not the verb of a reputation
_KNOWERS: Final = frozenset({"them", "him", "her", "us", "me", "you", "the", "a", "an", "his", "their", "its", "our",
                             "my", "your", "police", "authorities", "investigators", "officials", "prosecutors",
                             "everyone", "all", "few", "many", "most", "some", "law", "federal", "local", "anyone",
                             "both", "those", "these", "this", "that", "insiders", "friends", "voters", "readers",
                             "residents", "fans", "colleagues", "neighbors", "viewers", "staff", "staffers"})
_HELD_REACH: Final = 8  # words from the holding verb to the subject of "is possible"


def _imperative_suppose(doc: Doc, first: int) -> bool:
    """"Suppose" / "Supposing" opening its sentence (after an opening quotation mark, if any)."""
    if doc.norms[first] not in ("suppose", "supposing"):
        return False
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    return all(not doc.is_word[k] for k in range(sentence_first, first)) and word_after(doc, first) not in ("so", "")


def _held_possibility(doc: Doc, first: int) -> bool:
    """"fixes are possible" after "insist that": the feasibility someone claims."""
    before = word_before(doc, first)
    if before not in _BE_BEFORE or word_after(doc, first) == "that":
        return False
    subject = word_before(doc, first - 1)
    if not subject or subject in _IMPERSONAL or subject.endswith("'s"):
        return False
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 2 - _HELD_REACH)
    return any(doc.norms[k] in _HOLDING_VERBS for k in range(lo, first - 2))


def _known_to_someone(doc: Doc, match: Match) -> bool:
    """"known to them", "known to 'senior officials'", "known to Congress": the knower follows, no verb."""
    k = match.stop
    if k >= len(doc.tokens):
        return False
    if not doc.is_word[k]:
        return doc.tokens[k] in ('"', "“", "‘", "'")
    return doc.norms[k] in _KNOWERS or (doc.tokens[k][:1].isupper() and doc.norms[k] != "i")


def setup_or_composition(doc: Doc, match: Match) -> str:
    """Why the match sets up a hypothetical, gives an argument, means to look after, states the feasibility
    someone claims or describes a group's make-up ('' if it may hedge)."""
    words = match.entry.words
    first = match.first
    if len(words) == 1 and _imperative_suppose(doc, first):
        return "Suppose the next time ...: an imperative that sets up a hypothetical, not a softened claim"
    if words[0] in ("tend", "tends", "tended", "tending") and len(words) == 2 \
            and word_after(doc, match.stop - 1) in _CARED_FOR_OPENERS:
        return "tend to their kids: to look after, not a hedge"
    if len(words) == 1 and words[0] in _THINKING and word_before(doc, first) == "to" \
            and word_before(doc, first - 1) in ("reason", "reasons") \
            and word_before(doc, first - 2) in _ARGUED_REASONS:
        return "the best reason to think that: an argument given, not a softened claim"
    if words == ("possible",) and _held_possibility(doc, first):
        return "insist that fixes are possible: the feasibility someone claims, not a softened claim"
    if words == ("mostly",) and word_before(doc, first) == "of":
        return "a coalition of mostly Democratic-led states: a group's make-up, described"
    if words[-2:] == ("known", "to") and _known_to_someone(doc, match):
        return "known to them / to senior officials: who knew, stated, not a softened claim"
    return ""
