"""Hedge words that a reader of news takes as no softened claim, seventh pass, second round (read on the AllSides dev
corpus): a rate compared, a permission or a discretion, a hedge word mentioned, a part counted.

The hedging feature's ``reader_hedge`` asks :func:`plain_sense` (through :mod:`.hedge_readings`), so the
WikiWeasel figures and the learned filter are left as they are; each rule returns why the match is no
hedge ('' if it may be one):

* :func:`compared_rate`: "likely" in a comparison of how often groups do or undergo something: counted
  ("21 times as likely as white teens to be shot", "twice as likely", "34 percent more likely"), set
  against a group ("as likely as", "more likely than"), asked in a poll ("are you more or less likely to
  support him"), a tendency ("generally / historically more likely to"), a group's copula ("women have
  been more likely to lean left", "Democrats were more likely in 2018 ... to say"), a cause raising a
  rate ("makes women more likely to", "made them more likely to vote"), a generic "you" ("if you're
  comfortable, you're less likely to touch your face"). A statistic or a tendency, not the writer's doubt;
  "it's more likely that", "far more likely", "the House is less likely to support it", "more than
  likely", "most likely he will" stay;
* :func:`permission_modal`: "could" / "may" of what someone is allowed or chooses to do: "which bathrooms
  she could use", "the earliest that these proposals could go into effect", "the president may decline to
  enforce laws", "any action they may choose to take"; "the bill could pass", "he may decline to run
  again, aides said" (a possibility) stay;
* :func:`mentioned_word`: a hedge word mentioned rather than used, alone inside quotation marks ("we thank
  her for the concession “probably.”", "the word 'maybe'");
* :func:`counted_part`: "in part" that counts literal parts, not a softened cause: "based in part on wire
  service reports" (a credit line), "redacted in part", "the endorsement in part states", "in part an
  effort to X, and in part an effort to Y"; "driven in part by", "in part because" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_COMPARATIVES: Final = frozenset({"more", "less", "as"})
_COUNT_WORDS: Final = frozenset({"times", "twice", "thrice", "percent", "%", "cent", "percentage", "points", "half",
                                 "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_TENDENCY_WORDS: Final = frozenset({"generally", "historically", "typically", "statistically", "consistently",
                                    "disproportionately", "equally", "nearly", "substantially", "significantly",
                                    "slightly", "considerably"})
_RATE_FILLERS: Final = frozenset({"much", "far", "only", "even", "still", "also", "all", "about", "roughly",
                                  "almost", "a", "bit", "lot", "little", "somewhat", "than", "more", "no", "not",
                                  "up", "to", "over", "nearly", "equally", "generally"})
_GROUP_COPULAS: Final = frozenset({"are", "were", "'re", "been", "became", "become", "becomes"})
_CAUSATIVES: Final = frozenset({"make", "makes", "made", "making"})
_NOT_GROUPS: Final = frozenset({"it", "this", "that", "things", "he", "she", "i"})
_GENERIC_YOU: Final = frozenset({"you're", "you", "you’re"})


def _rate_words_before(doc: Doc, first: int) -> tuple[int, bool, bool]:
    """Walk back from the comparative before "likely" over counts and rate words: the index reached, whether
    a count was seen ("21 times as", "twice as", "34 percent more") and whether a tendency word was."""
    k, counted, tendency = first - 2, False, False
    lo = doc.sentences[doc.sentence_of[first]].first
    while k >= lo and doc.is_word[k] and (doc.norms[k] in _RATE_FILLERS or doc.norms[k] in _COUNT_WORDS
                                          or doc.norms[k] in _TENDENCY_WORDS or doc.norms[k][:1].isdigit()):
        counted = counted or doc.norms[k] in _COUNT_WORDS or doc.norms[k][:1].isdigit()
        tendency = tendency or doc.norms[k] in _TENDENCY_WORDS
        k -= 1
    return k, counted, tendency


def compared_rate(doc: Doc, match: Match) -> str:
    """Why a "likely" compares how often groups do something ('' if it may hedge)."""
    if match.entry.words != ("likely",):
        return ""
    first = match.first
    norms = doc.norms
    before, after = word_before(doc, first), word_after(doc, first)
    if before not in _COMPARATIVES or after == "that":
        return ""
    k, counted, tendency = _rate_words_before(doc, first)
    if counted or tendency:
        return "21 times as likely / generally more likely to: a rate compared, not the writer's doubt"
    if before == "as" and after in ("as", "to"):
        if after == "as" or any(norms[j] == "as" for j in range(first + 2, min(first + 14, len(norms)))):
            return "as likely as white teens to: a rate compared, not the writer's doubt"
    if before in ("more", "less") and after == "than":
        return "more likely than: a rate compared, not the writer's doubt"
    if before in ("more", "less") and word_before(doc, first - 1) == "or" and word_before(doc, first - 2) == "more":
        return "are you more or less likely to: the disposition a poll asks about, not the writer's doubt"
    if after not in ("to", "in"):
        return ""
    if k >= 0 and norms[k] in _GROUP_COPULAS and word_before(doc, k) not in _NOT_GROUPS \
            and (norms[k] != "been" or word_before(doc, k) == "have"):
        subject = word_before(doc, k) if norms[k] != "been" else word_before(doc, k - 1)
        if subject not in _NOT_GROUPS and (subject.endswith("s") or subject in ("women", "men", "people", "they",
                                                                                 "children", "police")):
            return "women have been more likely to: how often a group does something, not the writer's doubt"
    lo = max(doc.sentences[doc.sentence_of[first]].first, k - 4)
    if k >= 0 and doc.is_word[k] and norms[k] not in _NOT_GROUPS and any(
            norms[j] in _CAUSATIVES for j in range(k - 1, lo - 1, -1)) and all(
            doc.is_word[j] for j in range(lo, k)):
        return "made them more likely to vote: a cause raising a rate, not the writer's doubt"
    if k >= 0 and (norms[k] in _GENERIC_YOU or norms[k] == "are" and word_before(doc, k) == "you"):
        sentence = doc.sentences[doc.sentence_of[first]]
        if any(norms[j] in ("if", "when") for j in range(sentence.first, sentence.stop)):
            return "if you're comfortable, you're less likely to: a generic tendency, not the writer's doubt"
    return ""


# verbs of a choice someone is entitled to make ("the president may decline to enforce", "may opt out")
_DISCRETION_VERBS: Final = frozenset({"decline", "opt", "elect", "waive", "choose"})
_WH_DETERMINERS: Final = frozenset({"which", "what", "whichever", "whatever"})
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "you"})
# "which meant we could", "what showed they could": a verb, not the noun a permission names
_VERBS_AFTER_WH: Final = frozenset({"means", "meant", "mean", "says", "said", "shows", "showed", "made", "makes",
                                    "let", "lets", "is", "was", "ensures", "allows", "allowed", "left", "gave"})
_EARLIEST: Final = frozenset({"earliest", "soonest", "latest"})


def permission_modal(doc: Doc, match: Match) -> str:
    """Why a "could" / "may" states a permission or a discretion ('' if it may hedge)."""
    words = match.entry.words
    if words not in (("could",), ("may",)):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    after = word_after(doc, first)
    if words == ("may",) and after in _DISCRETION_VERBS and word_after(doc, first + 1) == "to":
        return "the president may decline to enforce: a discretion, not a softened claim"
    if words != ("could",):
        return ""
    # "which bathrooms she could use": what someone is allowed to do, named by a wh-determiner
    if word_before(doc, first) in _SUBJECT_PRONOUNS and first >= 3 and is_word[first - 2] \
            and norms[first - 3] in _WH_DETERMINERS and is_word[first - 3] and norms[first - 2] not in _VERBS_AFTER_WH \
            and not norms[first - 2].endswith("ed"):
        return "which bathrooms she could use: a permission, not a softened claim"
    # "the earliest (that) these proposals could go into effect": a permitted date
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 6)
    for k in range(first - 2, lo - 1, -1):
        if not is_word[k]:
            break
        if norms[k] in _EARLIEST and (k == 0 or norms[k - 1] in ("the", "be")):
            return "the earliest that these proposals could go into effect: a permitted date, not a softened claim"
    return ""


_OPEN_QUOTES: Final = frozenset({"“", '"', "‘", "'"})
_CLOSE_QUOTES: Final = frozenset({"”", '"', "’", "'"})


# words that talk about a word: "the concession “probably”", "the word 'maybe'", "mentions “uncertain”"
_METALINGUISTIC: Final = frozenset({"word", "words", "term", "terms", "concession", "keyword", "label", "phrase",
                                    "qualifier", "caveat", "mentions", "mention", "mentioned", "standard", "adverb",
                                    "adjective", "modifier", "verb", "wording"})
_MENTION_REACH: Final = 8  # words before the opening quotation mark looked at for a word about words
# words after the closing quotation mark looked at ("“Alleged.” Because, without that very keyword")
_MENTION_AFTER: Final = 5


def mentioned_word(doc: Doc, match: Match) -> str:
    """Why a hedge word is mentioned, alone in quotation marks next to a word about words, not used
    ('' if it may hedge: "he'd “maybe” do it", "called it “unlikely”" quote a hedge in use)."""
    first, stop = match.first, match.stop
    tokens, norms = doc.tokens, doc.norms
    if first == 0 or tokens[first - 1] not in _OPEN_QUOTES:
        return ""
    j = stop
    while j < len(tokens) and j < stop + 2 and tokens[j] in (".", ",", "?", "!"):
        j += 1
    if j >= len(tokens) or tokens[j] not in _CLOSE_QUOTES:
        return ""
    sentence = doc.sentences[doc.sentence_of[first]]
    before = [norms[k] for k in range(max(sentence.first, first - 1 - _MENTION_REACH * 2), first - 1)
              if doc.is_word[k]][-_MENTION_REACH:]
    after = [norms[k] for k in range(j + 1, min(len(tokens), j + 1 + _MENTION_AFTER * 2)) if doc.is_word[k]]
    if any(w in _METALINGUISTIC for w in before) or word_after(doc, j - 1 if j == stop else j) in _METALINGUISTIC \
            or any(w in _METALINGUISTIC for w in after[:_MENTION_AFTER]):
        return "the concession “probably.”: the word mentioned, not used to soften a claim"
    return ""


_PARTIAL_ACTS: Final = frozenset({"redacted", "withheld", "adopted", "upheld", "granted", "denied", "blocked",
                                  "reversed", "struck", "overturned", "released", "declassified", "approved"})
_TEXT_VERBS: Final = frozenset({"states", "reads", "stated", "read", "said", "says"})
_CREDIT_NOUNS: Final = frozenset({"wire", "wire-service", "reports", "reporting", "agency"})


def counted_part(doc: Doc, match: Match) -> str:
    """Why an "in part" counts literal parts rather than softening a cause ('' if it may hedge)."""
    if match.entry.words != ("in", "part"):
        return ""
    first, stop = match.first, match.stop
    norms = doc.norms
    before, after = word_before(doc, first), word_after(doc, stop - 1)
    if before == "based" and after == "on" and any(
            norms[j] in _CREDIT_NOUNS for j in range(stop + 1, min(stop + 4, len(norms)))):
        return "based in part on wire service reports: a credit line, not a softened claim"
    if before in _PARTIAL_ACTS or (before == "or" and word_before(doc, first - 1) in _PARTIAL_ACTS):
        return "redacted in part: a literal part, not a softened claim"
    if after in _TEXT_VERBS:
        return "the endorsement in part states: quoting part of a text, not a softened claim"
    sentence = doc.sentences[doc.sentence_of[first]]
    others = [j for j in range(sentence.first, sentence.stop - 1)
              if norms[j] == "in" and norms[j + 1] == "part" and j != first]
    nxt = next((norms[j] for j in range(stop, min(stop + 3, len(norms))) if doc.is_word[j]), "")
    if others and nxt not in ("because", "due", "to", "by", "on", "from", "for", "thanks"):
        return "in part an effort to X, and in part an effort to Y: parts counted, not a softened claim"
    return ""


def plain_sense(doc: Doc, match: Match) -> str:
    """Why this accepted candidate is, in this pass's reading, no hedge ('' if it may be one)."""
    return compared_rate(doc, match) or permission_modal(doc, match) or mentioned_word(doc, match) \
        or counted_part(doc, match)
