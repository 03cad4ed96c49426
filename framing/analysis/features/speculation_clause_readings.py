"""Forecast cues whose clause tells a past, an effort or an open question, and "if not" that opens no condition
(twelfth pass: what independent readers judged wrong, draws 2525 and 2626, and the own reading of seed 3232, read
on the AllSides dev corpus):

- a likelihood about the past: "it's highly likely that hostile powers had full access", "It is likely that these
  meetings included ..." ("it is likely that the plan would add ...", "is likely that he will be charged" stay);
- an effort, not a future: "the Army is going to great lengths to punish him";
- a future asked about, not foreseen: "worry about what will happen to them", "impossible to predict with
  certainty what will happen now", "hardly predictive of what will happen in the fall" ("that is ultimately what
  will happen" stays);
- a past suggestion or a past year: "Trump first suggested an imminent withdrawal in March", "because of the
  impending 2008 presidential primary" ("to avert imminent financial meltdown" stays);
- "if not" that grades, not conditions: "one of, if not the, most controversial picks", "(including, if not
  especially, the middle class)" ("If not, we will now be voting at noon" stays).

:mod:`.speculation` asks :func:`clause_forecast_reading` for forecasts and :func:`graded_if_not` for conditionals;
each returns why the match predicts nothing ('' if it may predict). Every look is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_LIKELY_THAT_REACH: Final = 10  # tokens after "that" searched for the clause's verb
_FUTURE_OR_MODAL: Final = frozenset({"will", "'ll", "’ll", "would", "could", "may", "might", "going", "won't",
                                     "wouldn't", "shall", "can", "should", "must", "to"})
_PAST_VERBS: Final = frozenset({"had", "was", "were", "did", "knew", "saw", "got", "took", "made", "went", "came",
                                "gave", "told", "said", "thought", "began", "led", "left", "met", "paid", "sent"})
_AFTER_BE: Final = frozenset({"is", "are", "be", "been", "being", "was", "were", "has", "have", "had", "to", "the",
                              "a", "an", "'s"})
_LENGTHS_BETWEEN: Final = frozenset({"great", "extraordinary", "any", "such", "extreme", "extremes", "considerable",
                                     "enormous", "remarkable", "unusual", "elaborate", "some", "absurd", "incredible",
                                     "unprecedented", "ridiculous", "these", "those", "new"})
# what before "what will happen" makes it a question asked, not a forecast made
_ASKING_ABOUT: Final = frozenset({"about", "of", "predict", "predicting", "know", "knows", "knew", "tell", "wonder",
                                  "wondering", "wonders", "unclear", "uncertain", "sure", "certainty", "ask", "asks",
                                  "asked", "asking", "guess", "say", "worry", "worried", "worries", "fear", "fears",
                                  "feared", "imagine", "anticipate", "foresee", "question", "idea"})
_PAST_SUGGESTING: Final = frozenset({"suggested", "promised", "predicted", "warned", "announced", "signaled",
                                     "signalled", "hinted", "touted", "claimed", "declared", "insisted"})


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


def _past_clause_after(doc: Doc, that: int) -> bool:
    """Does the clause after "that" (token ``that``) hold a past verb before any future or modal ("that these
    meetings included", "that hostile powers had full access")?"""
    norms = doc.norms
    n = min(len(norms), doc.sentences[doc.sentence_of[that]].stop)
    for k in range(that + 1, min(n, that + 1 + _LIKELY_THAT_REACH)):
        if not doc.is_word[k]:
            if doc.tokens[k] in (";", ":", "—", "(", ")"):
                return False
            continue
        w = norms[k]
        if w in _FUTURE_OR_MODAL:
            return False
        if w in _PAST_VERBS:
            return True
        if w.endswith("ed") and len(w) > 4 and k > that + 1 and norms[k - 1] not in _AFTER_BE \
                and doc.is_word[k - 1]:
            return True  # "that these meetings included"
    return False


def clause_forecast_reading(doc: Doc, match: Match) -> str:
    """Why the forecast cue ``match`` predicts nothing here ('' if it may predict)."""
    norms = doc.norms
    n = len(norms)
    words = match.entry.words
    first, stop = match.first, match.stop
    if "likely" in words and stop < n and norms[stop] == "that" and _past_clause_after(doc, stop):
        return "likely that X had / included: a likelihood about the past, not a forecast"
    if words[-1] == "to" and "going" in words:
        j = stop
        while j < n and j - stop < 2 and norms[j] in _LENGTHS_BETWEEN:
            j += 1
        if j < n and norms[j] == "lengths":
            return "going to great lengths: an effort, not a future"
    if words[0] == "will" and first > 0 and norms[first - 1] in ("what", "how"):
        j, seen = first - 2, 0
        while j >= 0 and seen < 6 and first - j <= 12:
            if doc.is_word[j]:
                if norms[j] in _ASKING_ABOUT or norms[j].startswith("predict"):
                    return "worry about what will happen: a future asked about, not foreseen"
                seen += 1
            elif doc.tokens[j] in (".", "!", "?", ";", ":"):
                break
            j -= 1
    if words in (("imminent",), ("impending",)):
        if stop < n and _is_year(doc.tokens[stop]):
            return "the impending 2008 primary: a past date, no forecast"
        for j in range(max(0, first - 3), first):
            if norms[j] in _PAST_SUGGESTING:
                return "suggested an imminent withdrawal: a past suggestion reported, no forecast"
    return ""


def graded_if_not(doc: Doc, first: int) -> str:
    """ "one of, if not the, most", "(including, if not especially, the middle class)": "if not" + one or two
    words + a comma grades a claim, it opens no condition (''otherwise)."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if first + 1 >= n or norms[first + 1] != "not":
        return ""
    for j in (first + 3, first + 4):
        if j < n and tokens[j] == "," and all(doc.is_word[k] for k in range(first + 2, j)):
            return "X, if not Y, ...: grades a claim, no condition"
    return ""
