"""Verbs of belief, seeming and suggesting that state a condition, a past or someone else's view, or a
denied ground, ninth pass (read on the AllSides dev corpus; independent readers of the eighth pass judged
the first of each kind wrong).

The hedging feature's ``reader_hedge`` asks :func:`condition_or_report` (through :mod:`.hedge_readings`),
so the WikiWeasel figures and the learned filter are left as they are. It returns why the match is no
hedge ('' if it may be one):

* a condition: "if I think it's a good idea", "if we think this is new", "if it appears like you
  overreacted": what would hold, no claim softened; "I think it is", "it appears that" stay;
* a view reported whose subject stands beyond punctuation (where :func:`.hedge_contexts.reported_belief`
  finds none): "Here's the blind spot: Both think ...", "Democrats, who were insisting ..., now believe
  that ...": the view of the people named; "We, the undersigned, believe" stays;
* a past belief narrated: "so long as we believed it would work out", "I believed it a couple of years
  ago": what the speaker held then, not a claim softened now; "I believe" stays;
* grounds denied: "little evidence to suggest that", "zero evidence has been found to suggest": the
  writer says a claim has no support, he does not soften it; "the evidence suggests" stays;
* "said to" of speech: "the chairman said to close the hearing", "he said to laughter": a verb of saying
  with a complement, not the weasel "is said to be", "the bell, said to date from".
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_CONDITIONS: Final = frozenset({"if", "unless"})
_SUBJECT_PRONOUNS: Final = frozenset({"i", "we", "you", "he", "she", "they", "it", "one"})
_CONDITIONED: Final = frozenset({"think", "thinks", "believe", "believes", "seem", "seems", "appear", "appears",
                                 "seemed", "appeared"})
_BELIEFS: Final = frozenset({"think", "thinks", "believe", "believes"})
# words a reported belief's subject may be followed by ("Both think", "now believe", "all still think")
_BEFORE_BELIEF: Final = frozenset({"now", "still", "also", "really", "genuinely", "do", "does", "did", "don't",
                                   "doesn't", "didn't", "not", "n't", "all", "both", "each", "always", "truly"})
_QUANTIFIER_SUBJECTS: Final = frozenset({"both", "each", "all", "many", "most", "several", "others"})
_FIRST_PERSON: Final = frozenset({"i", "we", "me", "us", "i'm", "we're", "i've", "we've", "i'd", "we'd"})
_RELATIVE_REACH: Final = 25  # tokens looked back for the ", who" of a subject's relative clause
_PAST_SUBJECT_SKIP: Final = frozenset({"really", "truly", "honestly", "genuinely", "sincerely", "firmly", "also",
                                       "then", "once", "still", "all", "both", "just"})
_NEGATORS: Final = frozenset({"no", "zero", "nothing", "little", "not", "n't", "never", "without", "scant"})
_GROUNDS: Final = frozenset({"evidence", "indication", "indications", "sign", "signs", "proof", "data",
                             "nothing", "basis", "reason"})
_GROUNDS_REACH: Final = 7
# "he said to laughter", "she said to reporters": whom or how the words were said
_AUDIENCE: Final = frozenset({"laughter", "applause", "cheers", "reporters", "me", "him", "her", "them", "us",
                              "boos", "supporters", "the", "a", "his", "her", "their", "my", "our"})
_SAID_PASSIVE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "also", "widely",
                                  "often", "long", "reportedly", "now", "still", "once", "sometimes", "variously"})


def _condition(doc: Doc, match: Match) -> str:
    words, first = match.entry.words, match.first
    if words in (("i", "think"), ("it", "appears"), ("it", "seems")):
        subject = first
    elif len(words) <= 2 and words[0] in _CONDITIONED and word_before(doc, first) in _SUBJECT_PRONOUNS:
        subject = first - 1
    else:
        return ""
    if word_before(doc, subject) in _CONDITIONS:
        return "if I think it's a good idea / if it appears like: a condition, not a softened claim"
    return ""


def _subject_beyond_punctuation(doc: Doc, first: int) -> str:
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    run: list[str] = []
    while k >= sentence_first and is_word[k] and norms[k] in _BEFORE_BELIEF and len(run) < 4:
        run.append(norms[k])
        k -= 1
    if k >= sentence_first and is_word[k]:
        return ""  # a subject of its own: hedge_contexts.reported_belief decides
    if any(w in _QUANTIFIER_SUBJECTS for w in run):
        return "Both think ...: the view of the people named, reported, not a softened claim"
    if k >= sentence_first and tokens[k] == ",":
        lo = max(sentence_first, k - _RELATIVE_REACH)
        for j in range(k - 1, lo, -1):
            if tokens[j] in (".", ";", ":", "?", "!"):
                return ""
            if norms[j] in ("who", "which") and tokens[j - 1] == ",":
                subject = j - 2
                if subject >= sentence_first and is_word[subject] and norms[subject] not in _FIRST_PERSON \
                        and norms[subject] != "you":
                    return "Democrats, who ..., now believe: the view of the people named, not a softened claim"
                return ""
    return ""


def _past_belief(doc: Doc, first: int) -> str:
    k = first - 1
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 3)
    while k >= lo and doc.is_word[k] and doc.norms[k] in _PAST_SUBJECT_SKIP:
        k -= 1
    if k >= lo and doc.is_word[k] and doc.norms[k] in ("i", "we"):
        return "so long as we believed / I believed it then: a past belief narrated, not a softened claim"
    return ""


def _grounds_denied(doc: Doc, first: int) -> str:
    if word_before(doc, first) != "to":
        return ""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _GROUNDS_REACH)
    span = [doc.norms[k] for k in range(lo, first - 1) if doc.is_word[k]]
    if any(w in _NEGATORS for w in span) and any(w in _GROUNDS for w in span):
        return "little evidence to suggest: grounds denied, not a softened claim"
    return ""


def condition_or_report(doc: Doc, match: Match) -> str:
    """Why a verb of belief, seeming or suggesting states a condition, a past or reported view or a denied
    ground here ('' if it may hedge)."""
    words, first = match.entry.words, match.first
    reason = _condition(doc, match)
    if reason:
        return reason
    if len(words) == 1 and words[0] in _BELIEFS:
        return _subject_beyond_punctuation(doc, first)
    if words == ("believed",):
        return _past_belief(doc, first)
    if len(words) == 1 and words[0] in ("suggest", "indicate"):
        return _grounds_denied(doc, first)
    before = word_before(doc, first)
    if words == ("said", "to") and (before and before not in _SAID_PASSIVE or word_after(doc, first + 1) in _AUDIENCE):
        return "he said to laughter / said to close the hearing: a verb of saying, not 'is said to be'"
    return ""
