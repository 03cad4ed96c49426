"""A cue verb in its bare form joined by "and"/"but"/"or" to a verb under a modal or an infinitive "to": the
modal or the "to" governs both verbs, so the cue is what someone could, should or has the right to say, not
what anyone said (nineteenth pass, round 1, own reading of fresh draws and the dev cues: wrong 2 of 2 in the
fresh draw, "Twitter could encourage the free exchange of ideas, but say ...", "he has the right to remain
silent and not say anything"; on the dev cues "might walk up to Alexander and say ...", "is not supposed to
coordinate with or endorse any campaign", "may be preparing to show his cards — and reveal ...", "a way to
pressure her to govern more liberally and oppose ...").

The cue must be a bare verb ("say", "tell", "insist"; not "said", "says", "saying"), and the modal or "to" stands
at most eight words before the conjunction, with no sentence or clause punctuation between. An infinitive after a
verb that reports the deed done ("she rose to speak and argue for the bill", "decided to ignore the advice and
tell him") is left to the other rules: the second verb happened. So is a finite "said" or "says" after the
conjunction ("ICE said it's trying to focus its priorities, and said ...").
:func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing
evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_CONJUNCTIONS: Final = frozenset({"and", "but", "or"})
# words that may stand between the conjunction and the cue verb ("and not say", "but then tell")
_BETWEEN: Final = frozenset({"not", "then", "just", "also", "even", "simply", "perhaps", "maybe", "instead",
                             "never", "still"})
_MODALS: Final = frozenset({"could", "would", "might", "may", "should", "must", "can", "will", "shall", "ought",
                            "couldn't", "wouldn't", "shouldn't", "can't", "won't", "couldn’t", "wouldn’t",
                            "shouldn’t", "can’t", "won’t", "cannot"})
# verbs before "to" that report the deed done: what follows happened ("rose to speak and argue")
_DONE: Final = frozenset({"rose", "stood", "decided", "managed", "went", "began", "started", "continued",
                          "proceeded", "chose", "came", "returned", "moved", "took", "used", "got", "stepped",
                          "turned", "paused", "stopped", "agreed", "tried", "sought", "helped", "hurried", "rushed",
                          "appeared", "seemed", "happened", "tended", "opted", "elected", "dared", "bothered",
                          # their present forms: a habit or a refusal that holds ("they tend to fall for no one but
                          # feel ...", "who refuse to attack and decry ...": the second verb may be the first's twin)
                          "rise", "rises", "stand", "stands", "decide", "decides", "manage", "manages", "go", "goes",
                          "begin", "begins", "start", "starts", "continue", "continues", "choose", "chooses", "come",
                          "comes", "try", "tries", "agree", "agrees", "appear", "appears", "seem", "seems", "tend",
                          "tends", "refuse", "refuses", "refused", "dare", "dares", "bother", "bothers"})
# what follows a "to" that is a preposition ("point to the incidents and insist ...")
_NOT_VERBS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                               "these", "those", "them", "him", "us", "me", "it", "some", "any", "all", "each", "every",
                               "no", "one", "two", "three", "many", "more", "most", "other", "such", "what", "which",
                               "whom", "who", "where", "date", "be"})
# irregular past forms of verbs of saying and thinking (a bare form is neither these nor -ed/-ing/-s)
_PAST: Final = frozenset({"said", "told", "wrote", "thought", "knew", "felt", "held", "spoke", "taught", "swore",
                          "gave", "saw", "found", "heard", "meant", "made", "put", "read", "forgot", "understood",
                          "foresaw", "bade", "let", "set", "kept", "broke"})
_STOPS: Final = frozenset({".", ";", ":", "?", "!", "(", ")", "“", "”", '"'})
_REACH: Final = 8  # words between the modal or "to" and the conjunction


def _bare(norm: str) -> bool:
    """Is ``norm`` a verb's bare form (not a past, a participle, a gerund or a third-person "-s")?"""
    if norm in _PAST or norm.endswith("ed") or norm.endswith("ing"):
        return False
    return not norm.endswith("s") or norm.endswith("ss")


def unreal_coordinate(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a bare verb joined to a verb under a modal or "to" ("could encourage debate but
    say ...", "the right to remain silent and not say anything")?"""
    norms, tokens = doc.norms, doc.tokens
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if not doc.is_word[head] or not _bare(norms[head]) or not tokens[head][:1].islower():
        return False
    sentence_first = doc.sentences[doc.sentence_of[head]].first
    j = head - 1
    while j >= sentence_first and head - j <= 3 and doc.is_word[j] and norms[j] in _BETWEEN:
        j -= 1
    while j >= sentence_first and head - j <= 5 and not doc.is_word[j] and tokens[j] in (",", "—", "–", "-"):
        j -= 1
    comma = j > sentence_first and tokens[j - 1] == ","  # "risking their lives to free Iran, and vow to go on"
    if j < sentence_first or norms[j] not in _CONJUNCTIONS:
        return False
    k, words = j - 1, 0
    while k >= sentence_first and words <= _REACH:
        if not doc.is_word[k]:
            if tokens[k] in _STOPS:
                return False
            k -= 1
            continue
        if norms[k] in _CONJUNCTIONS and words == 0:
            return False
        if norms[k] in _MODALS:
            return words > 0 and not (norms[j - 1] == "help" and norms[j] == "but")  # "cannot help but acknowledge"
        if norms[k] == "to":
            return words > 0 and doc.is_word[k + 1] and _bare(norms[k + 1]) and norms[k + 1] not in _NOT_VERBS \
                and tokens[k + 1][:1].islower() and not (k > 0 and norms[k - 1] in _DONE) and not comma
        words += 1
        k -= 1
    return False
