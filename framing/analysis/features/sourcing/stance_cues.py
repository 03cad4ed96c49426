"""Stance cues with no content: a verb of perceiving, judging or supporting that names what a source did or
what a thing is about, not words or a view it holds (independent readings of issue 13, seeds 505 to 909:
"while the U.S. considered their applications", "It focuses almost entirely on FBI surveillance", "He
rebuffed entreaties to run", "Francis has never embraced one political ideology", "laws restricting abortion", "was charged Friday with murder", a
headline's "Border rebuke looms", "staff security worries").

A stance cue (a report verb of category ``stance``, or a word the cue model's vocabulary adds, ending the
cue: "pointed out", "talked about" are phrases of their own) attributes
something when its content is there: a clause ("found that", "feel they", "wondering whether"), a
quotation or a colon next to it, a characterisation ("see these spikes as anomalies"), a "to" ("refers
to", "promising to announce"), "about" ("worried about"), a parenthetical report ('Sanctuary cities, Homan
charged, endanger officers'), or a passive judgement with its complement ("considered a leading state
sponsor of terrorism"). Without any of these :func:`.cues.acting_cue` sets it aside with the verbs of
acting, so that ``framing evaluate`` scores it by PolNeAR's definition as it does the others. Not told
apart: a thing's logical "implies" before a clause ("spending implies others have less"), a measure that
"showed that" (both read as having content). Sixteenth pass, round 2 (draws 4949/5050, wrong 2 of 2): the "as"
of a relative clause ("provided therapy to babies who were identified as") is not the verb's, and a comma closing
a phrase set between commas (", who ... retired, shared", ", run by the institute, provided") is not read as a
participle's; an estimate ("puts the rise at") and words issued ("issued its statement") are content."""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon
from ...text import Doc
from .grammar import stem

_CONTENT_WORDS: Final = frozenset({"that", "whether", "if", "how", "why", "what", "who", "where", "when", "which",
                                   "as", "to", "about"})
# words that open a clause right after a verb ("feel they should", "know there's"): the "that" is left out
_CLAUSE_OPENERS: Final = frozenset({"there", "there's", "there’s", "it's", "it’s", "he", "she", "they", "we", "i",
                                    "he's", "she's", "they're", "we're", "he’s", "she’s", "they’re", "we’re", "this",
                                    "those", "these", "you", "it", "they've", "we've", "i've", "you've", "i'm",
                                    "you're", "they’ve", "we’ve", "i’ve", "you’ve", "i’m", "you’re", "that's",
                                    "that’s"})
_QUOTES: Final = frozenset({"“", "”", '"', "‘", "’", ":"})
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "’s", "’re"})
# (a full stop ends the sentence, which bounds the search: a "." inside it is an abbreviation's, "Mr. Kerry")
_STOPS: Final = frozenset({";", "?", "!", "—", "–"})
_AS_REACH: Final = 12  # tokens after the cue in which the "as" of a characterisation may come
_BE_ADVERBS: Final = frozenset({"also", "widely", "still", "now", "not", "generally", "often", "already", "long",
                                "largely", "broadly", "n't", "never"})
_PREPOSITIONS: Final = frozenset({"with", "in", "on", "at", "for", "from", "into", "over", "after", "before", "during",
                                  "under", "against", "of", "off", "out", "up", "down", "through", "since", "until",
                                  "and", "or", "but", "when", "while", "because", "if", "friday", "monday", "tuesday",
                                  "wednesday", "thursday", "saturday", "sunday", "yesterday", "today", "last"})
_EXPECTING: Final = frozenset({"expect", "expects", "expected", "expecting"})
# words after the cue (before any comma) in which a quotation or colon, a word that opens content ("wondering
# whether", "see them as", "refers to"), or a finite verb of a clause without "that" ("organizers estimated more than
# 1,000 migrants had joined", "ruled only the Port of Seattle can") may come
_QUOTE_NEAR: Final = 4
_NEAR: Final = 4
_FINITE_NEAR: Final = 6
_REACH: Final = 8  # words after the cue in which its content may open ("have convinced some very smart people that")
# verbs of thinking and knowing whose clause often comes without "that" ("analysts thought the DOJ made ...")
_THINKING: Final = frozenset({"think", "thinks", "thought", "believe", "believes", "believed", "believing", "know", "knows",
                              "knew", "feel", "feels", "felt", "realized", "remember", "remembers", "remembered",
                              "suspected", "guess", "imagined", "fearing", "worried", "worry", "worries", "convinced",
                              "doubt", "doubts", "doubted", "understand", "understands", "understood", "hoping",
                              "expected", "expecting", "estimated", "estimates", "learned", "wonder", "wondering"})
# "know" before "the" names a thing known ("didn't know the deadline for signing up"), unless a finite verb
# follows, read below ("knew the plan would fail")
_KNOWING: Final = frozenset({"know", "knows", "knew"})
# a finite verb after a short subject: a clause without "that" ("polls show Clinton is leading", "is convinced
# Germany will cope")
_FINITE: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                            "should", "may", "might", "must", "did", "does", "do", "won't", "wouldn't", "isn't",
                            "wasn't", "aren't", "can't", "didn't", "doesn't", "won’t", "wouldn’t", "isn’t", "wasn’t",
                            "aren’t", "can’t", "didn’t", "doesn’t"})
# what may stand before the stance word inside a cue ("has never embraced", "would not discuss"); any other word
# makes the cue a phrase of its own ("shot back", "pushed back", "declined to discuss")
_AUXILIARIES: Final = _FINITE | _BE_ADVERBS | frozenset({"be", "been", "being", "not", "to", "'s", "’s"})
# not read here: verbs of communication the cue model's vocabulary adds (Levin 1993, sect. 37: their object is
# what was said, "voiced general support", "apologized for the incident", "chided the senator"), findings ("a
# poll shows Clinton leading": the object is the finding) and preferences ("they favor legalizing marijuana")
_NOT_READ: Final = frozenset({
    "show", "shows", "showed", "showing", "shown", "favor", "favors", "favored", "favoring", "prefer", "prefers",
    "preferred", "dislike", "dislikes", "disliked", "voiced", "articulated", "proclaimed", "reaffirmed", "underscored", "underscores", "cautioned",
    "interjected", "mused", "yelled", "quotes", "pleaded", "apologize", "apologized", "speculated", "assailed",
    "blast", "blasts", "blasting", "chided", "chiding", "rebuked", "congratulated", "congratulating", "hailed",
    "applauded", "cheered", "thanking", "likened", "alluding", "referenced", "referencing", "refers", "downplayed",
    "disclosed", "forecast", "spoke", "talked", "trumpeting", "chanting", "chants", "sounded", "dismissing",
    "advising", "advocated", "addressed", "credited", "vouched", "attributed", "invoked", "identify", "singled",
    # a position taken in public ("the platform opposes same-sex marriage", "endorsed Ted Cruz"): a view
    "oppose", "opposes", "opposed", "opposing", "endorse", "endorses", "endorsed", "endorsing",
    "discuss", "discusses", "discussed", "discussing",
    # verbs of judging someone in words ("hammered Democrats for the migrants", "bashed the deal", "rebuts the
    # argument", "affirmed the investigators' case", "compare the plan to predatory lending")
    "hammered", "trashed", "bashed", "knocked", "savaged", "rebuts", "affirmed", "compared", "criticisms",
    "recited", "interprets"})


@functools.cache
def _vocabularies() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(report verbs of category ``stance``, every report-verb term, the packaged cue model's vocabulary stems),
    and the vocabulary words in :func:`stance_words`."""
    from .attributions import cue_model
    from .scoring import model_vocabulary
    lexicon = load_lexicon("report_verbs").entries
    listed = frozenset(e.term for e in lexicon)
    stance = {e.term for e in lexicon if e.category == "stance" and " " not in e.term}
    model = cue_model()
    _, words, stems = model_vocabulary(model) if model is not None else ((), frozenset(), frozenset())
    return frozenset(stance | (words - listed)), listed, stems


def stance_words() -> frozenset[str]:
    """The report verbs of category ``stance`` and the words the packaged cue model's vocabulary adds."""
    return _vocabularies()[0]


def is_stance_word(norm: str) -> bool:
    """A word of :func:`stance_words`, or an inflection the cue model's vocabulary adds by its stem ("rebuke"
    beside "rebuked")."""
    words, listed, stems = _vocabularies()
    return norm in words or len(norm) > 4 and norm not in listed and stem(norm) in stems


@functools.cache
def _not_read_stems() -> frozenset[str]:
    """The stems of the words not read here, so that their inflections are left alone ("hammers", "bashing"; a
    bare "rebuke" is read: "Border rebuke looms")."""
    return frozenset(stem(w) for w in _NOT_READ)


def stance_without_content(doc: Doc, first: int, stop: int) -> bool:
    """Is ``[first, stop)`` a stance cue (:func:`stance_words`) with no content next to it?"""
    norms = doc.norms
    last = stop - 1
    while last > first and not doc.is_word[last]:
        last -= 1
    word = norms[last]
    if word in _NOT_READ or word.endswith(("s", "ed", "ing")) and stem(word) in _not_read_stems() \
            or not is_stance_word(word):
        return False  # "pointed out", "talked about": a phrase of the lexicon, not the stance word alone
    if any(doc.is_word[k] and norms[k] not in _AUXILIARIES and not norms[k].endswith("ly") for k in range(first, last)):
        return False  # "shot back", "pushed back": a phrase of the lexicon
    if norms[last] in _EXPECTING and not _after_be(doc, first, last):
        return False  # "he expected some big concessions", "slower than the agency expected": a view held
    return not _content_near(doc, first, stop, last)


def _after_be(doc: Doc, first: int, head: int) -> bool:
    """Does a form of "be" (past a few adverbs) or a comma stand before the stance word ``head`` ("is widely
    considered", "has been considered", "the country, considered")?"""
    norms = doc.norms
    sent_first = doc.sentences[doc.sentence_of[head]].first
    before = head - 1
    while before > sent_first and norms[before] in _BE_ADVERBS:
        before -= 1
    if before < sent_first:
        return False
    return norms[before] in _BE or doc.tokens[before] == "," and not _closes_relative(doc, sent_first, before)


_PUTTING: Final = frozenset({"put", "puts", "putting"})
_STANDINGS: Final = frozenset({"at", "ahead", "behind"})  # "puts the toll at", "puts Clinton ahead"
_ISSUING: Final = frozenset({"issue", "issues", "issued", "issuing"})
# (as ``acting_verbs``' "issued a statement": the words issued)
_ISSUED_WORDS: Final = frozenset({"statement", "statements", "warning", "warnings", "apology", "denial", "response",
                                  "rebuttal", "remarks", "comment", "comments", "message", "reply", "clarification"})
_RELATIVES: Final = frozenset({"who", "which", "whom", "whose", "where"})
# what opens a phrase set between commas after a subject: a relative, an appositive, a participle
_DETERMINERS: Final = frozenset({"a", "an", "the"})
_INTERPOSED: Final = _RELATIVES | frozenset({"run", "led", "known", "held", "built", "written"})
_INTERPOSED_REACH: Final = 25  # tokens before the comma searched for the comma that opens the phrase


def _closes_relative(doc: Doc, sent_first: int, comma: int) -> bool:
    """Does the comma before the stance word close a phrase set between commas (", who was serving as its chief but
    has since retired, shared the transcript", ", a former aide, shared", ", run by the institute, provided"): the
    word is then the main verb of the subject before it, not a participle ("the country, considered a sponsor of
    terrorism"; sixteenth pass, round 2, draws 4949/5050)."""
    for j in range(comma - 1, max(sent_first, comma - _INTERPOSED_REACH), -1):
        if doc.tokens[j] in (";", "—", "–", "(", ")"):
            return False
        if doc.tokens[j] == ",":
            after = doc.norms[j + 1]
            if after in _DETERMINERS:  # an appositive after a name ("Ms. Lee, a former aide,"; not "In Asia, the ...")
                return j > sent_first and doc.tokens[j - 1][:1].isupper() and doc.norms[sent_first] not in _PREPOSITIONS
            return after in _INTERPOSED or after.endswith("ed") and len(after) > 4
    return False


def _content_near(doc: Doc, first: int, stop: int, head: int) -> bool:
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    sent = doc.sentences[doc.sentence_of[head]]
    end = sent.stop
    if stop < end and norms[stop] in _CLAUSE_OPENERS:
        return True  # "feel they should", "know there's"
    if stop < end and is_word[stop] and norms[stop].endswith("ing") and len(norms[stop]) > 4:
        return True  # "favor legalizing marijuana", "opposed impeaching the president": a position on a deed
    if stop < end and norms[head] in _THINKING and (norms[stop] == "the" and norms[head] not in _KNOWING
                                                    or tokens[stop][:1].isupper() or tokens[stop][:1].isdigit()):
        return True  # "analysts thought the DOJ made the messages public", "believed 44 percent earned"
    if any(tokens[j] in _QUOTES for j in range(stop, min(end, stop + 3))) \
            or any(tokens[j] in _QUOTES for j in range(max(sent.first, first - 2), first)):
        return True  # 'chanting, “Germany”', '“...,” he charged', "he warned: ..."
    words = 0
    aside = False  # inside parentheses: "expected nonwhite voters (Latinos in Nevada ...) to carry"
    comma = False  # past a comma only a "that" is read: "found, in a study published this year, that"
    for j in range(stop, end):
        if tokens[j] in ("(", ")"):
            aside = tokens[j] == "("
            continue
        if aside:
            continue
        if tokens[j] in _STOPS:
            break
        if tokens[j] == "," and not (0 < j < end - 1 and tokens[j - 1][:1].isdigit() and tokens[j + 1][:1].isdigit()):
            comma = True  # (not the comma of "1,000")
            continue
        if norms[j] in ("that", "that's", "that’s"):
            if comma and j > stop and norms[j - 1] in ("and", "or", "but") and tokens[j - 2] == ",":
                break  # "that Trump welcomed Russian aid, and that Trump lied": the next "that" of the sentence
            return True  # "found that", "have convinced some very smart people that"
        if not comma and words < _QUOTE_NEAR and tokens[j] in _QUOTES:
            return True  # 'pressed him to clarify: "..."', "uttered the words: ..."
        if not comma and j > stop and words < _FINITE_NEAR and norms[j] in _FINITE:
            return True  # "is convinced Germany will cope", "organizers estimated more than 1,000 migrants had"
        near = not comma and words < _NEAR
        if near and norms[j] == "to" and j > stop and norms[head] not in _THINKING:
            pass  # "rebuffed entreaties to run": the "to" of the object; "refers to", "believed him to be" are read
        elif near and norms[j] in _CONTENT_WORDS:
            return True  # "wondering whether", "see these spikes as", "refers to"
        if is_word[j]:
            words += 1
            if words >= _REACH:
                break
    if norms[head] in _PUTTING and any(norms[j] in _STANDINGS for j in range(stop, min(end, stop + _REACH))):
        return True  # "puts the increase at 0.3 degrees", "the poll still puts Clinton ahead": an estimate, a finding
    if norms[head] in _ISSUING and any(norms[j] in _ISSUED_WORDS for j in range(stop, min(end, stop + _NEAR))):
        return True  # "issued its statement in a tweet": words issued
    if stop < end and norms[stop] == "in" and norms[head] in ("weighed", "weighs", "weigh", "weighing"):
        return True  # "weighed in later Saturday, saying": spoke up
    # a parenthetical report: "Sanctuary cities, Homan charged, endanger officers", "As the judge determined, ..."
    if (stop >= end or tokens[stop] in (",", ".", "—", "–")) \
            and any(tokens[j] == "," or norms[j] == "as" for j in range(max(sent.first, first - 6), first)):
        return True
    # a passive judgement and its complement: "the country, considered a leading sponsor", "is deemed essential",
    # "is considered by officials to be"; not "was charged with murder"
    if _after_be(doc, first, head) and stop < end and is_word[stop] \
            and (norms[stop] == "by" or norms[stop] not in _PREPOSITIONS):
        return True
    # "see Biden's handling of the Thomas confirmation hearings as a major issue": a characterisation
    # (not the "as" of a relative clause: "provided therapy to babies who were identified as having signs";
    # sixteenth pass, round 2, draw 5050)
    for j in range(stop, min(end, stop + _AS_REACH)):
        if norms[j] in _RELATIVES:
            return False
        if norms[j] == "as":
            return True
    return False
