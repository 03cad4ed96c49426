"""Cue words inside a set phrase or a sense that reports no words (curated by reading the AllSides dev
corpus, the eighth pass): "No wonder so many voters fear ..." (the writer's comment), "Cruz and Kasich called
it quits" (they quit), "786,000 confirmed cases" (a count, the adjective), "Bush and Kasich have sounded pretty
similar", "It sounds a lot like solidarity" (an impression: "sound" as "seem"), and a name given after a
comma ("the regime's ideology, called juche, remains ..."), and "talk" as a noun or an adjective ("the
U.S.-Taliban talks", "talks will resume", "ESPN talking heads", "a walking, talking memory hole"), "All
told, ..." ("in all"), the "don't ask, don't tell" policy and "who is telling the truth" (honesty, no words).

"Scientists wonder whether ...", "called the plan a terrible deal", "officials confirmed the cases", "sounded
the alarm", "sounded notes of optimism" stay cues. :func:`.cues.acting_cue` sets these aside (through
``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_WONDER: Final = frozenset({"wonder"})
_CALLED: Final = frozenset({"call", "calls", "called", "calling"})
_CONFIRMED: Final = frozenset({"confirmed"})
# what a count of "confirmed" things counts
_COUNTED: Final = frozenset({"case", "cases", "death", "deaths", "infection", "infections", "coronavirus", "covid-19",
                             "covid", "positive", "positives", "patients", "virus"})  # "71,865 confirmed virus cases"
_SOUND: Final = frozenset({"sound", "sounds", "sounded", "sounding"})
# what "sounded" gives when it is said aloud: an alarm, a warning, a note, a call
_SOUNDED: Final = frozenset({"alarm", "alarms", "warning", "warnings", "note", "notes", "call", "off", "caution",
                             "bell", "bells", "theme", "themes", "tone", "trumpet", "retreat", "horn", "the", "an"})
# what opens a name given after a comma ("called juche,"): not an object ("called it", "called the plan")
_NOT_A_NAME: Final = frozenset({"it", "him", "her", "them", "me", "us", "you", "the", "a", "an", "this", "that",
                                "for", "on", "off", "out", "up", "in", "to", "his", "their", "its", "our", "my"})


def _no_wonder(doc: Doc, k: int) -> bool:
    return k > 0 and doc.norms[k - 1] == "no"


def _called_it_quits(doc: Doc, k: int) -> bool:
    norms = doc.norms
    return k + 2 < len(norms) and norms[k + 1] == "it" and norms[k + 2] == "quits"


def _count_confirmed(doc: Doc, k: int) -> bool:
    """"786,000 confirmed cases", "one confirmed case", "higher confirmed case numbers": a count."""
    return k + 1 < len(doc.norms) and doc.norms[k + 1] in _COUNTED


def _sounds_like(doc: Doc, k: int) -> bool:
    """"have sounded pretty similar", "It sounds a lot like solidarity", "sounded as if": "seem"."""
    norms = doc.norms
    if k + 1 >= len(norms) or not doc.is_word[k + 1]:
        return False
    after = norms[k + 1]
    if after == "a":
        return k + 2 < len(norms) and norms[k + 2] in ("lot", "bit", "little")
    return after not in _SOUNDED


def _name_after_comma(doc: Doc, k: int) -> bool:
    """"the regime's ideology, called juche, remains ...", "a campaign, called Save Our Children, with ...":
    a name given in apposition (one to four words, no quotation marks, then a comma or a bracket)."""
    norms, tokens = doc.norms, doc.tokens
    if norms[k] != "called" or k == 0 or tokens[k - 1] != "," or k + 1 >= len(norms) or norms[k + 1] in _NOT_A_NAME:
        return False
    end = doc.sentences[doc.sentence_of[k]].stop
    for j in range(k + 1, min(end, k + 6)):
        if not doc.is_word[j]:
            return j > k + 1 and tokens[j] in (",", ")")
    return False


_TALK: Final = frozenset({"talks", "talking"})
# what follows "talks" the noun (negotiations): a verb of its own ("talks will resume", "the talks broke down")
_AFTER_TALKS: Final = frozenset({"will", "would", "have", "had", "has", "were", "are", "broke", "resume", "resumed",
                                 "stalled", "collapsed", "continue", "continued", "prompted", "ended", "began",
                                 "between", "on", "over", "with"})
_BEFORE_TALKS: Final = frozenset({"the", "peace", "trade", "budget", "bilateral", "direct", "formal", "these", "those",
                                  "such", "of", "in", "from", "nuclear", "settlement", "ceasefire", "cease-fire",
                                  "merger", "contract", "coalition", "unity", "deal"})


def _talk_not_speech(doc: Doc, k: int) -> bool:
    """"talks will resume", "the U.S.-Taliban talks", "ESPN talking heads", "a walking, talking memory hole"."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[k] == "talking":
        return k + 1 < n and norms[k + 1] in ("heads", "head", "points", "point") \
            or k > 1 and tokens[k - 1] == "," and norms[k - 2] == "walking"
    before = norms[k - 1] if k > 0 else ""
    return before in _BEFORE_TALKS or "-" in before and doc.is_word[k - 1] \
        or k > 1 and tokens[k - 2] in ("-", "–") \
        or tokens[k - 1][:1].isupper() and before.isalpha() and before.upper() == tokens[k - 1] and len(before) > 1 \
        or k + 1 < n and norms[k + 1] in _AFTER_TALKS and before in ("", ",", ".")


def _on_another_note(doc: Doc, k: int) -> bool:
    """"On another note, ...": a change of subject, not a remark noted."""
    norms = doc.norms
    return norms[k] == "note" and k >= 2 and norms[k - 2] == "on" and norms[k - 1] in ("another", "a", "that") \
        and k + 1 < len(norms) and doc.tokens[k + 1] == ","


def _all_told(doc: Doc, k: int) -> bool:
    """"All told, the committees have $97 million": "in all" (own reading of the eleventh pass); not "he told
    them all"."""
    norms = doc.norms
    return norms[k] == "told" and k > 0 and norms[k - 1] == "all" \
        and (k == 1 or not doc.is_word[k - 2] or doc.sentences[doc.sentence_of[k]].first == k - 1) \
        and k + 1 < len(norms) and doc.tokens[k + 1] == ","


_TELL: Final = frozenset({"tell", "tells", "telling", "told"})


def _policy_or_truth(doc: Doc, k: int) -> bool:
    """"the "don't ask, don't tell" policy" (a name), "who is telling the truth", "doesn't tell the truth"
    (honesty, not words)."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[k] not in _TELL:
        return False
    if k + 2 < n and norms[k + 1] == "the" and norms[k + 2] == "truth":
        return True
    j = k - 1
    while j >= 0 and k - j <= 2 and norms[j] in ("don't", "don’t", "do", "not"):
        j -= 1
    return j >= 1 and tokens[j] == "," and norms[j - 1] == "ask"


def set_phrase(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "no wonder", "called it quits", a count of "confirmed" cases, "sound" as
    "seem", "called" giving a name after a comma, "talk" as a noun or an adjective, "all told", "don't ask,
    don't tell", "telling the truth" or "on another note"?"""
    norms = doc.norms
    for k in range(first, stop):
        w = norms[k]
        if w in _WONDER and _no_wonder(doc, k) or _all_told(doc, k) or _policy_or_truth(doc, k) \
                or _on_another_note(doc, k) \
                or w in _CALLED and (_called_it_quits(doc, k) or _name_after_comma(doc, k)) \
                or w in _CONFIRMED and _count_confirmed(doc, k) or w in _SOUND and _sounds_like(doc, k) \
                or w in _TALK and _talk_not_speech(doc, k):
            return True
    return False
