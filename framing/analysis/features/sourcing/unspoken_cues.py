"""Cue words where nobody speaks (thirteenth pass, second round: what independent readers of draws 2929 and 3030
judged wrong, read on the AllSides dev corpus): words left unsaid ("Trump would mock McCain at rallies, without
mentioning his name"), and a thing that accounts for or indicates something ("It explains him thinking that ...",
"This explains the whole decision", "it says a lot about social progress that ..."), and talk in general ("changing what those people are saying"); fourteenth pass (independent reading of draw 3131
and the own reading of the dev corpus): a thing, or the writer, that reminds ("as the case of Bill Clinton reminds
us", "The Brown decision reminds us that ...", "It reminds me of a movie", "I am reminded of two pieces of history").

"without saying that ..." / "without saying, “...”" (the words follow), "It explains that the fee is waived" (a
document's content), "The report says a lot of residents left" (a report's words), "Lee explains why", "as Thomas Sowell reminds us" and
"The Hill reminds us that ..." stay cues.
:func:`.cues.acting_cue` asks :func:`nobody_speaks` (through ``sense_cues``) with the verbs of acting, so that
``framing evaluate`` scores these by PolNeAR's definition as well. Every look is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# what opens the words of a source after the verb: they are reported after all
_CONTENT: Final = frozenset({"that", ":", "“", '"', "‘"})
# a thing standing for a fact or a state of affairs, not a source ("It explains", "This explains")
_THING_SUBJECTS: Final = frozenset({"it", "this", "that", "which"})  # "that" only opening a sentence
_EXPLAIN: Final = frozenset({"explain", "explains", "explained"})
_SAY: Final = frozenset({"say", "says", "said", "tells", "tell", "speaks", "speak"})
# "says a lot about", "speaks volumes about", "tells us something about": it indicates
_AMOUNTS: Final = frozenset({"a", "lot", "much", "something", "volumes", "plenty", "more", "less", "little",
                             "nothing", "everything", "us", "you", "so", "all"})
_ADVERBS: Final = frozenset({"also", "only", "partly", "largely", "certainly", "probably", "perhaps", "surely",
                             "still", "of", "course", ","})


def _left_unsaid(doc: Doc, first: int, k: int) -> bool:
    """ "without mentioning his name", "without naming him": words not said; not "without saying that ..." or
    "without saying, “...”"."""
    norms, tokens = doc.norms, doc.tokens
    if first == 0 or norms[first - 1] != "without" or not norms[k].endswith("ing"):
        return False
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    return not any(norms[j] in _CONTENT or tokens[j] in _CONTENT for j in range(k + 1, min(n, k + 4)))


def _thing_subject(doc: Doc, first: int) -> bool:
    """Is the cue's subject "it", "this" or "that", right before it past an adverb or "of course,"?"""
    j = first - 1
    while j >= 0 and first - j <= 4 and doc.norms[j] in _ADVERBS:
        j -= 1
    if j < 0 or doc.norms[j] not in _THING_SUBJECTS:
        return False
    if doc.norms[j] == "that" and j != doc.sentences[doc.sentence_of[j]].first:
        return False  # "the official that explains why": a relative pronoun, maybe of a person
    return j == 0 or doc.norms[j - 1] not in ("of", "in", "about", "on", "with", "to")  # "the text of it says"


def _accounts_for(doc: Doc, first: int, k: int) -> bool:
    """ "It explains him thinking that ...", "This, of course, explains the whole decision": the thing accounts for
    something; not "It explains that the fee is waived" or "it explains: ..."."""
    n = len(doc.norms)
    return doc.norms[k] in _EXPLAIN and _thing_subject(doc, first) and k + 1 < n \
        and doc.norms[k + 1] not in _CONTENT and doc.tokens[k + 1] not in _CONTENT and doc.norms[k + 1] != "to"


def _indicates(doc: Doc, first: int, k: int) -> bool:
    """ "it says a lot about social progress", "That speaks volumes about": it indicates; not "it says that"."""
    norms = doc.norms
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    if norms[k] not in _SAY or not _thing_subject(doc, first):
        return False
    j = k + 1
    while j < n and j - k <= 3 and norms[j] in _AMOUNTS:
        j += 1
    return j > k + 1 and j < n and norms[j] == "about"


_REMIND: Final = frozenset({"remind", "reminds", "reminded"})
# things that remind: a fact or an event, not a source ("the case of Bill Clinton reminds us")
_REMINDING_THINGS: Final = frozenset({"case", "decision", "ruling", "history", "episode", "election", "elections",
                                      "vote", "results", "result", "defeat", "loss", "victory", "story", "tragedy",
                                      "crisis", "shooting", "attack", "scandal", "experience", "events", "event",
                                      "example", "moment", "numbers", "figures", "visit", "visits", "fight"})
_REMIND_BACK: Final = 5  # words looked back for the thing


def _thing_reminds(doc: Doc, first: int, k: int) -> bool:
    """ "as the case of Bill Clinton reminds us", "The Brown decision reminds us that", "It reminds me of", "I am
    reminded of": a thing or the writer reminds; not "as Thomas Sowell reminds us"."""
    norms, tokens = doc.norms, doc.tokens
    if norms[k] == "of" and k > first:
        k -= 1
    if norms[k] not in _REMIND:
        return False
    if norms[k] == "reminded" and k >= 2 and norms[k - 1] in ("am", "was") and norms[k - 2] == "i":
        return True  # the writer: "I am reminded of"
    if _thing_subject(doc, first):
        return True
    sent_first = doc.sentences[doc.sentence_of[k]].first
    for j in range(first - 1, max(sent_first - 1, first - 1 - _REMIND_BACK), -1):
        if tokens[j] in (",", ";", ":", "—", "–", "“", "”", '"'):
            return False
        if norms[j] in _REMINDING_THINGS:
            return True
    return False


_GENERIC_SPEAKERS: Final = frozenset({"people", "they", "others", "everyone", "everybody", "folks", "those"})


def _generic_talk(doc: Doc, first: int, k: int) -> bool:
    """ "it doesn't involve changing what those people are saying.", "ignoring what people are saying about your
    work": talk in general, no words and no source (draw 2929); not "what he said was false"."""
    norms = doc.norms
    if norms[k] == "about" and k > first:
        k -= 1  # the cue "are saying about"
    if norms[k] not in ("saying", "say", "said") or k + 1 >= len(norms) or norms[k + 1] not in ("about", ".", ",", ";"):
        return False
    j = first - 1
    if j >= 0 and norms[j] == "people" and j >= 1 and norms[j - 1] == "those":
        j -= 1
    return j >= 1 and norms[j] in _GENERIC_SPEAKERS and norms[j - 1] == "what"


# fifteenth pass, second round (draws 4242/4444: "Although no group has claimed responsibility", "virtually no one
# predicted"): a subject that is nobody
_NOBODY: Final = frozenset({"nobody", "no-one", "none"})
_NO_SUBJECT_HEADS: Final = frozenset({"one", "group", "groups", "organization", "organisation", "faction", "militant",
                                      "militants", "party", "country"})


def _nobody_subject(doc: Doc, first: int) -> bool:
    """"no group has claimed responsibility", "virtually no one predicted", "nobody has claimed": nobody is cited."""
    norms = doc.norms
    j = first - 1
    if j < 0:
        return False
    if norms[j] in _NOBODY:
        return True
    return j >= 1 and norms[j] in _NO_SUBJECT_HEADS and norms[j - 1] == "no"


_SHOWING: Final = _EXPLAIN | frozenset({"show", "shows", "showed"})


def _doctrine_explains(doc: Doc, first: int, k: int) -> bool:
    """"Tribalism explains why ...", "Populism explains the vote", "the organisms show resistance": an idea or a
    thing named by a noun in -ism(s) accounts for something (sixteenth pass: draw 4848, and the earlier readers'
    class "organisms show"); the writer argues, nobody speaks. "Smith explains why", "the study shows" and "studies
    of organisms show" stay."""
    norms = doc.norms
    if norms[k] not in _SHOWING or k != first or first == 0:
        return False
    word = norms[first - 1]
    if first >= 2 and norms[first - 2] == "of":
        return False  # "studies of organisms show": the studies
    return doc.is_word[first - 1] and len(word) > 5 and word.endswith(("ism", "isms"))


def nobody_speaks(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` words left unsaid ("without mentioning his name") or a thing that accounts for or
    indicates something ("It explains him thinking", "it says a lot about", "Tribalism explains why"), a thing that
    reminds, or a subject that is nobody ("no group has claimed")?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    return _left_unsaid(doc, first, k) or _accounts_for(doc, first, k) or _indicates(doc, first, k) \
        or _generic_talk(doc, first, k) or _thing_reminds(doc, first, k) or _nobody_subject(doc, first) \
        or _doctrine_explains(doc, first, k)
