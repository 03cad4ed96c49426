"""The writer's own reasoning and notes, where a cue word attributes nothing (twentieth pass, round 1: the
readers' wrong cue rows of draws 7171-7272 and the own reading of the dev cues):

- an impersonal judgment of a thought or a statement, "it's not too farfetched to conclude that ...", "it is
  difficult to explain that disagreement", "it's good to remember that ..." (readers: wrong 1 of 1 in the
  draws; the dev cues hold 3 such spans, all the writer's): "it" + a form of "be" + one judging word + "to" +
  the cue verb; "he was reduced to insisting", "officials are eager to say" have a subject and stay;
- a preference foretold or supposed, "The country will prefer a president with ...", "families might prefer a
  cheaper store" (wrong 1 of 1; dev 2 of 2): "will", "might", "may" or "could" before "prefer" or "favor";
  "voters prefer", "they'd prefer more tax cuts" (a poll's finding) and "would prefer" stay;
- the news status of a fact, "which had not previously been reported.", "a higher number than had previously
  been reported", "which was widely reported." (wrong 1 of 1; dev 4): a passive "reported" after
  "previously", "widely", "not", "never" or "already" whose clause ends there (a stop, a bracket, a comma,
  "in the media"); "was first reported by Axios", "it has been widely reported that ...", "has been reported
  as ..." name a reporter or a content and stay;
- the writer's certainty or hope with no holder, "There's no doubt that ...", "there is no denying that ...",
  "there is no dispute that ...", "Fast forward to today; there is hope." (own reading of 60 fresh cues, wrong
  1 of 1; dev 9 spans, all the writer's); "there are rumors that ...", "there are fears that ..." (a vague
  source) and "she has no doubt that ..." (a holder) stay.

:func:`.cues.acting_cue` sets these aside (through ``sense_cues``), so that ``framing evaluate`` scores them by
PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# the impersonal subject and its verb: "it's", "it is", "it would be", "it seems"
_IT: Final = frozenset({"it", "it's", "it'd"})
_BE: Final = frozenset({"is", "was", "be", "been", "seems", "seemed", "'s"})
_BE_AFTER_IT: Final = frozenset({"it's", "it'd"})
# what may stand between the verb and the judging word ("not too farfetched", "also very hard")
_BETWEEN: Final = frozenset({"not", "too", "very", "quite", "also", "so", "perhaps", "probably", "certainly",
                             "really", "fairly", "pretty", "more", "less", "most", "least", "only", "still",
                             "always", "never", "hardly", "would", "will", "might", "may", "could", "be",
                             "n't", "no", "longer", "has", "had", "it'll"})
_BACK: Final = 7  # tokens before "to" in which "it" and its verb stand


def _impersonal_judgment(doc: Doc, first: int, stop: int) -> bool:
    """"it's not too farfetched to conclude", "It is difficult to explain", "it's good to remember": "to" and
    the cue verb right after one lowercase word judged by an impersonal "it" and a form of "be"."""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    to = first if norms[first] == "to" else first - 1
    if to < 2 or norms[to] != "to" or to + 1 >= stop:
        return False
    judged = to - 1
    if not is_word[judged] or not tokens[judged][:1].islower() or norms[judged] in _BETWEEN:
        return False
    j = judged - 1
    low = max(0, judged - _BACK)
    verb = False
    while j >= low and (norms[j] in _BETWEEN or norms[j] in _BE):
        verb = verb or norms[j] in _BE
        j -= 1
    if j < low:
        return False
    return norms[j] in _BE_AFTER_IT or verb and norms[j] in _IT


_PREFER: Final = frozenset({"prefer", "favor", "favour"})
_GUESSING_MODALS: Final = frozenset({"will", "might", "may", "could"})


def _preference_foretold(doc: Doc, first: int, stop: int) -> bool:
    """"The country will prefer a president with ...", "families might prefer a cheaper store": a modal of the
    future or of a guess right before "prefer" (or "favor")."""
    norms = doc.norms
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _PREFER:
        return False
    j = head - 1
    if j >= first and norms[j] in ("also", "probably", "likely", "surely", "certainly", "still"):
        j -= 1
    return j >= 0 and norms[j] in _GUESSING_MODALS


# what may stand before a passive "reported" that marks a fact's news status
_STATUS: Final = frozenset({"previously", "widely", "not", "never", "already", "n't"})
_PASSIVE: Final = frozenset({"been", "was", "were", "is", "are", "be"})
# what ends the clause of the status: a stop, a bracket, a comma or a semicolon
_CLAUSE_ENDS: Final = frozenset({".", ")", ",", ";", "—", "–", "!", "?", "]"})


def _news_status(doc: Doc, first: int, stop: int) -> bool:
    """"which had not previously been reported.", "than had previously been reported)", "which was widely
    reported.", "whose gaffes have been widely reported in the media": a passive "reported" after a word of
    status, its clause ending right after it (or "in the media" after it), no reporter and no content named."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] != "reported" or head < 2:
        return False
    before = [norms[j] for j in range(max(0, head - 4), head)]
    if not any(w in _PASSIVE for w in before) or not any(w in _STATUS for w in before):
        return False
    after = head + 1
    if after >= n:
        return True
    if after + 2 < n and norms[after] == "in" and norms[after + 1] == "the" \
            and norms[after + 2] in ("media", "press", "news"):
        return True  # "widely reported in the media": coverage, no reporter named
    return tokens[after] in _CLAUSE_ENDS


_THERE: Final = frozenset({"there", "there's"})
# what may stand between "there" and the noun: a form of "be" and a quantity ("there's little doubt")
_EXISTENTIAL: Final = frozenset({"is", "was", "'s", "are", "were", "remains", "seems", "to", "be", "also", "still",
                                 "now", "some", "no", "little", "real", "new", "renewed", "growing", "a"})
_CERTAINTY: Final = frozenset({"doubt", "denying", "dispute", "question", "disputing"})
_HOPE: Final = frozenset({"hope"})


def _there_is(doc: Doc, first: int, stop: int) -> bool:
    """"There's no doubt that ...", "there is no denying that ...", "there is no dispute that ...", "there is
    hope.", "there's hope that ...": the writer's certainty or hope, no holder named."""
    norms = doc.norms
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _CERTAINTY and norms[head] not in _HOPE:
        return False
    j = head - 1
    low = max(0, head - 5)
    walked: list[str] = []
    while j >= low and norms[j] in _EXISTENTIAL:
        walked.append(norms[j])
        j -= 1
    if j < low or norms[j] not in _THERE or norms[j] == "there" and not walked:
        return False
    return norms[head] in _HOPE or "no" in walked or "little" in walked


def writer_reasons(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` an impersonal judgment of a thought ("it's not too farfetched to conclude"),
    a preference foretold ("will prefer"), a fact's news status ("had not previously been reported.") or the
    writer's "there's no doubt that" or "there is hope"?"""
    return _impersonal_judgment(doc, first, stop) or _preference_foretold(doc, first, stop) \
        or _news_status(doc, first, stop) or _there_is(doc, first, stop)
