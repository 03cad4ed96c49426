"""Forecast cues that report an act, a poll's answer, a want or a habit, or name a topic, not a forecast (thirteenth pass, round 2: what the independent
readers of draws 2929/3030 and earlier draws judged wrong, read on the AllSides dev corpus):

- a threat made by someone: "Iran is threatening to resume enriching uranium", "Harry Reid is threatening to break
  protocol", "McCain threatens to end aid", "Senator Rubio had to threaten to vote against the bill", "they merely
  threaten to do so" (a person, a country or a party, named or a personal pronoun, is the subject: the words report
  what it said it would do). "The scandal threatens to become a headache", "the allegations threaten to roil the
  election" and "it threatens to substitute ... litigation" stay (a thing that threatens an outcome: a forecast),
  and so does "Trump will threaten to" (the threat itself is forecast);
- a past "unlikely": "after agreeing the generals were unlikely to come" (:mod:`.speculation` sets aside "was
  likely to" already);
- a poll's answer: "14 percent of Americans said they would be likely to buy one" (a disposition reported;
  "Congress would be likely to overhaul the code" stays);
- a want: "what Americans want to hear is that the president is going to keep his promise";
- a habit: "as every nominee does sooner or later" ("sooner or later Cruz will earn it" stays);
- a movement: "children are going to school", "Breitbart is going to war against incumbents" ("going to" + a
  place or a determiner, no verb);
- "what lies ahead" as a topic: "without knowing what lies ahead", "looking back at his legacy and what lies
  ahead" ("what lies ahead is a long fight" stays: it goes on to say what will come).

:mod:`.speculation` asks :func:`report_forecast_reading`; it returns why the match predicts nothing ('' if it may
predict). Every look-back is bounded (a few tokens).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_THREATEN: Final = frozenset({"threatens", "threaten", "threatening"})
_SUBJECT_REACH: Final = 6  # words looked back over auxiliaries and adverbs for the subject
# words between a subject and "threaten(s/ing) to" ("is now threatening", "had to threaten", "merely threaten")
_BETWEEN: Final = frozenset({"is", "are", "am", "'s", "'re", "now", "again", "once", "also", "merely", "simply",
                             "has", "have", "had", "to", "repeatedly", "even", "already", "just", "still", "openly",
                             "publicly", "reportedly", "apparently", "then", "privately", "explicitly", "effectively"})
# a future or a modal before the threat forecasts the threat itself ("some worry that Trump will threaten to")
_MODALS: Final = frozenset({"will", "'ll", "would", "could", "may", "might", "shall", "going", "gonna", "likely"})
_AGENT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "you"})
# capitalised words that are no agents: "It threatens to", "This threatens to"
_NOT_AGENTS: Final = frozenset({"it", "this", "that", "which", "what", "there", "these", "those",
                                # "the legal move Thursday threatens to": a date, not the subject
                                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "january", "february", "march", "april", "may", "june", "july", "august",
                                "september", "october", "november", "december"})
# a name at the end of a phrase ("insurgents with the Islamic State of Iraq and Syria threaten to advance"): the
# subject's head is further back, unknown
_PHRASE_LINKS: Final = frozenset({"of", "with", "in", "from", "for", "at", "and", "by", "on", "to"})
# "emphasized that Nadler was unlikely to": a forecast reported in the past tense stays
_REPORTING: Final = frozenset({"that", "said", "says", "emphasized", "argued", "noted", "predicted", "believed",
                               "thought", "warned", "added", "insisted", "suggested", "stressed"})
_PAST_BE: Final = frozenset({"was", "were", "had", "been"})
_POLL_WORDS: Final = frozenset({"percent", "%", "poll", "survey", "respondents", "surveyed", "polled"})
_WANT: Final = frozenset({"want", "wants", "wanted"})
# after "going to", a place or a determiner: a movement, not the future ("going to work" may be either: left)
_PLACES: Final = frozenset({"school", "war", "church", "college", "jail", "prison", "bed", "the", "a", "an", "his",
                            "her", "their", "our", "my", "your", "its", "mass", "hospital", "court"})
_TOPIC_BEFORE: Final = frozenset({"knowing", "know", "knows", "knew", "about", "and", "of", "on", "at", "for",
                                  "discuss", "discussed", "discussing", "consider", "considering", "see", "seeing",
                                  "predict", "predicting", "imagine", "contemplate", "ponder", "pondering", "glimpse"})


def _subject_index(doc: Doc, first: int) -> int:
    """The word before the threat, over auxiliaries, adverbs and a parenthesis ("Reid (D-Nev.) is"); -1 if a
    modal comes first, if punctuation ends the clause or if none is near."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _SUBJECT_REACH - 8)
    k, seen = first - 1, 0
    while k >= lo and seen <= _SUBJECT_REACH:
        tok, norm = doc.tokens[k], doc.norms[k]
        if tok == ")":
            j = k - 1
            while j >= lo and doc.tokens[j] != "(":
                j -= 1
            k = j - 1
            continue
        if not doc.is_word[k]:
            return -1
        if norm in _MODALS or norm.endswith("'ll"):
            return -1
        if norm not in _BETWEEN:
            return k
        seen += 1
        k -= 1
    return -1


def threat_by_agent(doc: Doc, match: Match) -> bool:
    """ "Iran is threatening to resume", "McCain threatens to end aid", "they merely threaten to": the subject
    is a name (a capitalised word, not the cue's title-case line) or a personal pronoun."""
    if match.entry.words[0] not in _THREATEN:
        return False
    k = _subject_index(doc, match.first)
    if k < 0:
        return False
    norm, tok = doc.norms[k], doc.tokens[k]
    if norm in _AGENT_PRONOUNS:
        return True
    if norm in _NOT_AGENTS or not tok[:1].isupper():
        return False
    j = k - 1
    while j >= max(0, k - 6) and doc.is_word[j] and doc.tokens[j][:1].isupper():
        j -= 1  # back over the rest of the name ("Islamic State of Iraq and Syria")
    while j >= max(0, k - 6) and doc.is_word[j] and doc.norms[j] in ("of", "and") and j > 0 \
            and doc.tokens[j - 1][:1].isupper():
        j -= 2
        while j >= max(0, k - 8) and doc.is_word[j] and doc.tokens[j][:1].isupper():
            j -= 1
    if j >= 0 and doc.norms[j] in ("the", "a", "an"):
        j -= 1
    if j >= 0 and doc.is_word[j] and doc.norms[j] in _PHRASE_LINKS:
        return False
    # a title-case headline ("Scandal Threatens To Derail Bill") capitalises every word: no evidence of a name
    nxt = match.stop
    return not (nxt < len(doc.tokens) and doc.tokens[nxt][:1].isupper())


def _poll_before(doc: Doc, first: int) -> bool:
    """ "would be likely to" after a poll's word up to 12 tokens back in the sentence."""
    if first < 2 or doc.norms[first - 1] != "be" or doc.norms[first - 2] not in ("would", "'d"):
        return False
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 12)
    return any(doc.norms[k] in _POLL_WORDS for k in range(lo, first))


def _want_before(doc: Doc, first: int) -> bool:
    """ "what Americans want to hear is that the president is going to": want + to hear / see, then "that",
    up to 12 tokens back in the sentence."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 12)
    for k in range(lo, first - 3):
        if doc.norms[k] in _WANT and doc.norms[k + 1] == "to" and doc.norms[k + 2] in ("hear", "see", "know"):
            return any(doc.norms[j] == "that" for j in range(k + 3, first))
    return False


def report_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast cue reports an act, an answer, a want or a habit, or names a topic ('' if it may
    predict)."""
    words = match.entry.words
    first = match.first
    before = doc.norms[first - 1] if first > 0 and doc.is_word[first - 1] else ""
    if threat_by_agent(doc, match):
        return "Iran is threatening to / McCain threatens to: a threat someone made, reported, not a forecast"
    if words[0] == "unlikely" and before in _PAST_BE and not any(
            doc.norms[k] in _REPORTING for k in range(max(0, first - 6), first)):
        return "were unlikely to: a past likelihood"
    if "likely" in words[0] and _poll_before(doc, first):
        return "14 percent said they would be likely to: a poll's answer, not a forecast"
    if ("going" in words and words[-1] == "to" or words[0] == "gonna") and _want_before(doc, first):
        return "what Americans want to hear is that he is going to: a want stated, not a forecast"
    if words[-2:] == ("going", "to") and match.stop < len(doc.norms) and doc.norms[match.stop] in _PLACES:
        return "children are going to school / going to war: a movement, not the future"
    if words == ("sooner", "or", "later") and before in ("does", "do", "did"):
        return "as every nominee does sooner or later: a habit, not a forecast"
    if words == ("what", "lies", "ahead") and before in _TOPIC_BEFORE:
        after = doc.norms[match.stop] if match.stop < len(doc.norms) and doc.is_word[match.stop] else ""
        if after not in ("is", "are", "will", "may", "could", "might"):
            return "without knowing what lies ahead: the future named as a topic, nothing predicted"
    return ""
