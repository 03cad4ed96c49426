"""Alarm named only to dismiss or mock it (issue 13, eighth pass, round 2: the class the independent
readers of draws 1414 and 1515 judged wrong most often in :mod:`.alarmist`):

* the text goes straight on to rebut it, in the rest of its sentence or at the start of the next two
  ("... to avert imminent global catastrophe. Such government solutions aren't verifiably scientific.",
  "skeptics of the deal are beating the drums of war. This ignores a range of options", "a study that put
  forth many scary scenarios. Consultants told the military ... None of that has happened.", "The popular
  view of China as an unstoppable economic giant was never accurate");
* a belief others are led to hold ("Trump wants to make us believe that these migrants are an existential
  threat", "as the pundits would have you believe, doom is near"; fourteenth pass: readers judged it wrong 3
  times in 4), read up to twelve words back in its sentence;
* a mocking word before it in its sentence ("some defenders' simplistic and demagogic formulation, skeptics
  are beating the drums of war"), or the prophecy "declared" by someone ("either doesn't care at all or
  declares it end times").

An alarm the text goes on to support stays ("... catastrophe. Scientists say it is already here.").
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import belief_induced

# words that call what was just said wrong, empty or overblown
_REBUTTING: Final = frozenset({
    "myth", "myths", "overblown", "exaggerated", "exaggeration", "unfounded", "baseless", "hysteria", "alarmism",
    "fearmongering", "fear-mongering", "scaremongering", "hyperbole", "nonsense", "overreaction", "speculative",
    "unscientific", "ignores", "inaccurate", "debunked", "discredited", "hoax", "fantasy", "fiction"})
# "never accurate", "aren't verifiably scientific", "None of that has happened"
_FACT_WORDS: Final = frozenset({"accurate", "true", "scientific", "happened", "materialized", "materialised",
                                "occurred", "panned", "justified", "warranted"})
_DENIALS: Final = frozenset({"never", "not", "none", "aren't", "isn't", "wasn't", "weren't", "hasn't", "haven't",
                             "didn't", "no"})
_OPENING_REACH: Final = 8  # words read at the start of each of the next two sentences
_SAME_SENTENCE_REACH: Final = 12  # words read after the match in its own sentence
_MOCKING_REACH: Final = 15  # tokens read before the match for a mocking word (bounded: a sentence may be huge)
_DENIAL_REACH: Final = 4  # "None of that has happened"
# a next sentence that rebuts opens by pointing back ("This ignores", "Such solutions aren't", "None of that")
_BACK_REFERENCES: Final = frozenset({"this", "that", "such", "none", "these", "those", "it", "but", "yet", "neither",
                                     "nothing", "nor"})
_MOCKING: Final = frozenset({"simplistic", "demagogic", "breathless", "overheated", "hysterical", "alarmist",
                             "alarmists", "fearmongers", "doomsayers", "doomsters", "chicken", "melodramatic"})
_PROPHECIES: Final = frozenset({"end", "apocalypse", "armageddon", "doomsday", "catastrophe"})


def _rebuts(doc: Doc, first: int, stop: int) -> bool:
    """A rebutting word, or a denial followed within four words by a word of fact, in ``first:stop``."""
    last_denial = -10
    for k in range(first, stop):
        if not doc.is_word[k]:
            continue
        n = doc.norms[k]
        if n in _REBUTTING:
            return True
        if n in _DENIALS:
            last_denial = k
        elif n in _FACT_WORDS and k - last_denial <= _DENIAL_REACH:
            return True
    return False


def _rebutted_after(doc: Doc, match: Match) -> bool:
    s = doc.sentence_of[match.first]
    # not the word the match qualifies ("wildly inaccurate")
    if _rebuts(doc, match.stop + 1, min(doc.sentences[s].stop, match.stop + _SAME_SENTENCE_REACH)):
        return True
    for t in (s + 1, s + 2):
        if t >= len(doc.sentences):
            return False
        sentence = doc.sentences[t]
        if doc.norms[sentence.first] in _BACK_REFERENCES \
                and _rebuts(doc, sentence.first, min(sentence.stop, sentence.first + _OPENING_REACH)):
            return True
    return False


def _mocked_before(doc: Doc, match: Match) -> bool:
    lo = max(doc.sentences[doc.sentence_of[match.first]].first, match.first - _MOCKING_REACH)
    if any(doc.norms[k] in _MOCKING for k in range(lo, match.first)):
        return True
    i = match.first
    return match.entry.words[0] in _PROPHECIES and i >= 2 and doc.norms[i - 1] == "it" \
        and doc.norms[i - 2] in ("declares", "declare", "declared", "declaring")


_INDUCED_REACH: Final = 12
_CLAUSE_BREAKS: Final = frozenset({":", ";", ".", "us", "me"})
# "we have to make them believe": the writer's own case, read up to four words before "make"
_PERSUADERS: Final = frozenset({"we", "i", "let's"})


def _belief_induced_before(doc: Doc, match: Match) -> bool:
    """"wants to make us believe that ...", "would have you believe", "we're to believe": a belief others are
    led to, up to twelve words before the match in its sentence."""
    lo = max(doc.sentences[doc.sentence_of[match.first]].first + 2, match.first - _INDUCED_REACH)
    for k in range(lo, match.first):
        if doc.norms[k] != "believe":
            continue
        # the alarm inside what they are led to believe, not after it ("make them believe us: the flood is ...")
        if belief_induced(doc, k) and not any(doc.norms[j] in _PERSUADERS for j in range(max(lo - 2, k - 6), k - 2)) and not any(
                doc.norms[j] in _CLAUSE_BREAKS for j in range(k + 1, match.first)):
            return True
    return False


def named_to_dismiss(doc: Doc, match: Match) -> str | None:
    """Why the alarm match is named only to be dismissed or mocked (the reason shown), or None. Not words of
    size ("this stunning audio ... proves the narrative false"): they qualify, they raise no alarm to dismiss."""
    if match.entry.category == "exaggeration":
        return None
    if _rebutted_after(doc, match):
        return "an alarm the text goes on to rebut ('... catastrophe. Such solutions aren't scientific.')"
    if _mocked_before(doc, match):
        return "an alarm named in a formulation the writer mocks ('simplistic and demagogic', 'declares it end times')"
    if _belief_induced_before(doc, match):
        return "an alarm others would have us believe ('wants to make us believe that ... an existential threat')"
    return None
