"""Cues with no source to attribute to (eighth pass, round 2: the kinds the independent readers of seeds 1414
and 1515 judged wrong, read on the AllSides dev corpus):

- the writer's own speech act outside quotation marks ("I've said it once, and I'll say it again", "We'll
  warn you: the video contains ..."); "I said" inside a quotation is a source's and stays;
- nobody as the subject ("What virtually no one predicted was ...", "nobody expected"): attributes nothing;
- "suspected" before its noun ("suspected incidents make up half", "the suspected gunman");
- a thing that signals or indicates ("It signals that the investigation is serious"); "the department
  signaled that ..." stays;
- a noun of worry opening a sentence ("Worries that protests might turn violent had brought ...");
- a release of things ("releasing a massive legislative package", "released the hostages"); "released a
  statement" stays;
- the idiom "knows (exactly) what he's doing": the writer's assessment of competence;
- a video caption ("WSJ's Shelby Holliday explains."): a verb closing a sentence that opens with an
  outlet's possessive, with nothing said.

:func:`.sense_cues.sense_attributes_nothing` asks :func:`unsourced_cue`, so that :func:`.cues.acting_cue`
sets these aside and ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_WRITER: Final = frozenset({"i", "we", "i've", "we've", "i'll", "we'll", "i'd", "we'd", "i'm", "we're"})
_AUX: Final = frozenset({"have", "'ve", "will", "'ll", "must", "can", "should", "would", "'d", "just", "also",
                         "already", "often", "again", "repeatedly", "once"})
_NOBODY: Final = frozenset({"nobody", "noone"})
_ADJ_BEFORE: Final = frozenset({"the", "a", "an", "two", "three", "several", "many", "other", "its", "his", "her",
                                "their", "of", "and", "or", "these", "those", "some", "all", "any", "more", "most"})
_NOT_NOUN_AFTER: Final = frozenset({"that", "of", "him", "her", "them", "it", "he", "she", "they", "the", "a", "an",
                                    "his", "their", "as", "by", "to", "in", "this", "what", "foul", "something",
                                    "someone", "me", "us", "you", "there", "was", "is", "were", "and", "or"})
_SIGNALING: Final = frozenset({"signals", "signaled", "signalled", "indicates", "indicated", "suggests"})
_THINGS: Final = frozenset({"it", "this", "that"})
_WORRY_NOUNS: Final = frozenset({"worries", "fears", "concerns", "hopes", "doubts", "suspicions"})
_RELEASE: Final = frozenset({"releasing", "released", "release", "releases"})
_RELEASED_THINGS: Final = frozenset({"package", "bill", "legislation", "funds", "money", "prisoners", "detainees",
                                     "hostages", "inmates", "oil", "water", "budget", "album", "film", "movie",
                                     "song", "game", "product", "vaccine", "doses", "aid", "stimulus"})
_KNOWING: Final = frozenset({"knows", "know", "knew"})
_CAPTION_VERBS: Final = frozenset({"explains", "reports", "discusses", "breaks", "weighs", "has", "looks", "digs"})


def _in_quotation(doc: Doc, first: int) -> bool:
    """Is the token inside a quotation: after a colon in its sentence (a block quotation "Plouffe wrote:
    Hello -- I'll tell you", a transcript's "OBAMA: Yes, I'm talking about"), or the last double quotation
    mark before it (in its last 3,000 characters) opens one?"""
    text = doc.original
    start = doc.starts[first]
    for c in range(start - 1, max(-1, start - 120), -1):
        if text[c] in ".?!":
            break
        if text[c] == ":":
            return True
    lo = max(0, start - 3000)
    curly_open = text.rfind("“", lo, start)
    curly_close = text.rfind("”", lo, start)
    if curly_open >= 0 or curly_close >= 0:
        return curly_open > curly_close
    return text.count('"', lo, start) % 2 == 1


def _writers_own(doc: Doc, first: int) -> bool:
    """ "I've said it once", "We'll warn you": the writer as subject, outside quotation marks."""
    norms = doc.norms
    k = first - 1
    while k >= 0 and norms[k] in _AUX:
        k -= 1
    if k < 0 or norms[k] not in _WRITER:
        return False
    if k > 0 and norms[k - 1] in ("when", "as", "after", "before", "if"):
        return False  # "when I asked him, he said": the reporter's question, a source answers
    if norms[first] == "told" and norms[k] in ("we're", "i'm", "we", "i"):
        return False  # "we're told the White House is negotiating": an unnamed source
    return not _in_quotation(doc, first)


def _nobody(doc: Doc, first: int) -> bool:
    norms = doc.norms
    k = first - 1
    while k >= 0 and norms[k] in ("ever", "really", "had", "has", "have", "could", "would", "seriously"):
        k -= 1
    return k >= 0 and (norms[k] in _NOBODY or norms[k] == "one" and k > 0 and norms[k - 1] == "no")


def _suspected_adjective(doc: Doc, first: int, stop: int) -> bool:
    norms, tokens = doc.norms, doc.tokens
    if stop - first != 1 or norms[first] != "suspected" or stop >= len(norms) or not doc.is_word[stop]:
        return False
    if norms[stop] in _NOT_NOUN_AFTER or not tokens[stop][:1].islower() or norms[stop].endswith("ly"):
        return False
    return first == 0 or norms[first - 1] in _ADJ_BEFORE or tokens[first - 1] in (",", "(", "—", ":", ";")


def _thing_signals(doc: Doc, first: int) -> bool:
    """ "It signals that ...": a thing indicates."""
    return doc.norms[first] in _SIGNALING and first > 0 and doc.norms[first - 1] in _THINGS \
        and (first < 2 or doc.tokens[first - 2] in (".", ",", ";", "—", "and", "but") or not doc.is_word[first - 2])


def _worry_noun_opens(doc: Doc, first: int) -> bool:
    """ "Worries that protests might turn violent had ...": the noun opening its sentence."""
    return doc.norms[first] in _WORRY_NOUNS and doc.sentences[doc.sentence_of[first]].first == first \
        and first + 1 < len(doc.norms) and doc.norms[first + 1] in ("that", "about", "over", "of")


def _release_of_things(doc: Doc, first: int) -> bool:
    norms = doc.norms
    if norms[first] not in _RELEASE:
        return False
    for k in range(first + 1, min(len(norms), first + 6)):
        if norms[k] in _RELEASED_THINGS:
            return True
        if not doc.is_word[k] or norms[k] in ("statement", "statements", "report", "that", "saying"):
            return False
    return False


def _knows_what_hes_doing(doc: Doc, first: int) -> bool:
    norms = doc.norms
    if norms[first] not in _KNOWING:
        return False
    k = first + 1
    while k < len(norms) and norms[k] in ("exactly", "precisely", "just", "full", "well"):
        k += 1
    return k + 3 < len(norms) and norms[k] == "what" and "doing" in (norms[k + 2], norms[k + 3])


def _caption(doc: Doc, first: int, stop: int) -> bool:
    """ "WSJ's Shelby Holliday explains.": a caption's verb closing a short sentence opened by a possessive."""
    norms, tokens = doc.norms, doc.tokens
    if norms[first] not in _CAPTION_VERBS or stop >= len(tokens) or tokens[stop] != ".":
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    if first - sentence.first > 6:
        return False
    return any(norms[k].endswith("'s") or norms[k].endswith("’s") or tokens[k] in ("'s", "’s")
               for k in range(sentence.first, min(first, sentence.first + 3)))


def unsourced_cue(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the writer's own, nobody's, a thing's, a noun, a release or a caption?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return _writers_own(doc, first) or _nobody(doc, first) or _suspected_adjective(doc, first, stop) \
        or _thing_signals(doc, head) or _worry_noun_opens(doc, first) or _release_of_things(doc, head) \
        or _knows_what_hes_doing(doc, head) or _caption(doc, head, stop)
