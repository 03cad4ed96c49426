"""Hedge words that soften nothing in their use, tenth pass (read on the AllSides dev corpus: the session-30
fresh draw and the independent readers of the ninth pass judged the first of each kind wrong).

The hedging feature's ``reader_hedge`` asks :func:`plain_noun_or_headline` (through :mod:`.hedge_readings`),
so the WikiWeasel figures and the learned filter are left as they are. It returns why the match is no
hedge ('' if it may be one):

* the noun "claims" after a possessive: "Mikovits' claims to have worked at the lab", "his claims that":
  what someone claimed, named; "he claims to have worked", "Smith claimed that" stay (a verb of report);
* the noun "hint" after a quantifier: "offered no hint that", "without any hint of", "the slightest hint":
  no sign was given, nothing is softened; "he hinted that", "hints at a deal" stay;
* "as alleged" with no noun after: "did order the payments as alleged but sought to reassure him",
  "deserved to be characterized as alleged until": the charge confirmed or the word named; "the alleged
  threats", "as alleged co-conspirators" stay;
* "in part by" / "partly by" + a gerund: "China responded in part by penalizing farm exports", "paid for
  partly by taxing trades": one of the means used, a share of what was done; "in part because", "driven in
  part by a sharp decrease" (a cause) stay;
* "likely voters", "likely Republican primary voters": a poll's sample, not a softened claim, after any
  word ("shows that likely voters oppose"); "voters likely rallied", "likely to vote" stay;
* "as ... as (is) possible": "as separately as is possible", "as much as possible": feasibility, the
  utmost; "it is possible that", "a possible breach" stay;
* "probable cases / deaths / infections": a counting category of health statistics; "a probable
  cause of the fire" (a guess) stays ("probable cause" is a legal standard, dropped already);
* the utmost "could possibly": "anything any other Democrat could possibly muster", "how could anyone
  possibly", "couldn't possibly": an intensifier of what can be imagined; "he could possibly run" stays;
* "evidence / data indicating fraud": a description of what the evidence shows, not a softened claim;
  "our findings indicate", "the polls indicate", "indicating he may run" stay;
* "when I think": "panics when I think we are doomed": a recurring thought described, not the speaker
  softening a claim; "I think we are doomed" stays;
* "Do I think ...?": "Do I think I could be a good president? Yes": a question the speaker answers (often
  "Absolutely"), not a softened claim; "nor do I think it is realistic" stays;
* a hedge word inside an all-capitals related-link headline ("FBI AGENT WAS TOLD OF POSSIBLE BREACH",
  "MCCARTHY SUGGESTS JORDAN ... REPRESENT TRUMP"): page clutter between paragraphs, not the article's
  claim; a lone capitalised "MAYBE" of emphasis in a sentence stays (the modals "COULD", "MAY" of such
  headlines are the modal readings' concern).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_HINT: Final = frozenset({"hint", "hints"})
# quantifiers before the noun "hint" ("no hint", "any hint", "the slightest hint"); "a hint" / "the hint"
# are dropped by hedge_contexts already
_HINT_QUANTIFIERS: Final = frozenset({"no", "any", "slightest", "faintest", "little", "some", "every", "without",
                                      "first", "strong", "clear", "broad", "subtle", "not", "heavy"})
# words between "likely" and "voters" in a poll's sample ("likely Democratic primary voters")
_POLL_MODIFIERS: Final = frozenset({"democratic", "republican", "gop", "primary", "general", "general-election",
                                    "caucus", "independent", "iowa", "american", "u.s.", "black", "latino",
                                    "hispanic", "white", "young", "older", "female", "male", "swing"})
_POLL_GROUPS: Final = frozenset({"voters", "voter", "caucusgoers", "caucus-goers", "electorate", "primary-goers"})
_POLL_REACH: Final = 3  # modifiers between "likely" and "voters"
_AS_REACH: Final = 8    # words between the first "as" and "as (is) possible"
_HEALTH_COUNTS: Final = frozenset({"cases", "case", "deaths", "death", "infections", "infection", "fatalities",
                                   "positives"})
_MODALS_OF_UTMOST: Final = frozenset({"could", "can", "couldn't", "can't", "cannot", "would", "might"})
# before the modal: what can be imagined ("anything ... could possibly", "how could anyone possibly")
_UTMOST_OPENERS: Final = frozenset({"anything", "any", "anyone", "anybody", "everything", "every", "how", "what",
                                    "all", "nothing", "no", "none", "whatever", "whoever", "not", "never"})
_UTMOST_REACH: Final = 6
_SHOWING_NOUNS: Final = frozenset({"evidence", "data", "records", "documents", "signs", "figures", "numbers",
                                   "statistics", "results", "findings", "information", "emails", "texts"})
_WHEN: Final = frozenset({"when", "whenever"})
_THINK: Final = frozenset({"think", "i think"})
# after "as alleged" with no noun: "did order the payments as alleged but", "characterized as alleged until"
_NOT_A_NOUN: Final = frozenset({"", "but", "and", "or", "until", "in", "by", "at", "when", "before", "after"})
_NOR: Final = frozenset({"nor", "neither", "so", "also", "really", "not"})  # "nor do I think it is realistic" stays
_HEADLINE_REACH: Final = 3  # words on each side looked at for capitals


def _capitals(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    if len(letters) >= 2:
        return all(c.isupper() for c in letters)
    return token in ("A", "I")


def _in_capital_headline(doc: Doc, match: Match) -> bool:
    """Is the match in capitals between words in capitals (at least four of the six around it)?"""
    tokens, is_word = doc.tokens, doc.is_word
    if not all(_capitals(tokens[k]) for k in range(match.first, match.stop) if is_word[k]):
        return False
    caps, seen = 0, 0
    sentence = doc.sentences[doc.sentence_of[match.first]]
    for k in range(match.first - 1, max(sentence.first, match.first - 12) - 1, -1):
        if is_word[k]:
            seen += 1
            if _capitals(tokens[k]):
                caps += 1
            if seen == _HEADLINE_REACH:
                break
    seen_after = 0
    for k in range(match.stop, min(sentence.stop, match.stop + 12)):
        if is_word[k]:
            seen_after += 1
            if _capitals(tokens[k]):
                caps += 1
            if seen_after == _HEADLINE_REACH:
                break
    return caps >= 4


def _poll_sample(doc: Doc, first: int) -> bool:
    norms, is_word = doc.norms, doc.is_word
    for k in range(first + 1, min(len(norms), first + 2 + _POLL_REACH)):
        if not is_word[k]:
            return False
        if norms[k] in _POLL_GROUPS:
            return True
        if norms[k] not in _POLL_MODIFIERS:
            return False
    return False


def _as_as_possible(doc: Doc, first: int) -> bool:
    """"as separately as is possible", "as much as possible" (the second "as" right before)."""
    norms, is_word = doc.norms, doc.is_word
    k = first - 1
    if k >= 0 and norms[k] in ("is", "was", "be", "humanly"):
        k -= 1
    if k < 1 or norms[k] != "as":
        return False
    for j in range(k - 1, max(-1, k - 2 - _AS_REACH), -1):
        if not is_word[j] and doc.tokens[j] not in (",", "-"):
            return False
        if norms[j] == "as":
            return True
    return False


def _utmost_possibly(doc: Doc, first: int) -> bool:
    norms, is_word = doc.norms, doc.is_word
    # the modal right before, or before its subject ("how could anyone possibly")
    m = first - 1 if word_before(doc, first) in _MODALS_OF_UTMOST else first - 2
    if m < 0 or not is_word[m] or norms[m] not in _MODALS_OF_UTMOST:
        return False
    if norms[m] in ("couldn't", "can't", "cannot") or norms[first - 1] in _UTMOST_OPENERS:
        return True
    lo = max(doc.sentences[doc.sentence_of[first]].first, m - _UTMOST_REACH)
    for k in range(m - 1, lo - 1, -1):
        if not is_word[k]:
            if doc.tokens[k] in (".", ";", ":", "?", "!"):
                return False
            continue
        if norms[k] in _UTMOST_OPENERS:
            return True
    return False


def _showing_evidence(doc: Doc, first: int) -> bool:
    """"evidence indicating fraud", "four days of evidence indicating": the noun right before (or one
    adjective between)."""
    norms, is_word = doc.norms, doc.is_word
    for k in (first - 1, first - 2):
        if k < 0 or not is_word[k]:
            return False
        if norms[k] in _SHOWING_NOUNS:
            return True
    return False


_POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our", "my", "your", "the", "these", "those"})


def _possessive_before(doc: Doc, first: int) -> bool:
    """"Mikovits' claims", "Trump's claims", "his claims": a possessive before, so "claims" is the noun."""
    before = word_before(doc, first)
    if before in _POSSESSIVES or before.endswith("'s"):
        return True
    return first >= 2 and doc.tokens[first - 1] in ("'", "’") and doc.norms[first - 2].endswith("s")


# a passive of cause before "in part by": "a president driven in part by diverging from" (a motive) stays
_CAUSED: Final = frozenset({"driven", "motivated", "fueled", "fuelled", "caused", "spurred", "prompted", "inspired",
                            "explained", "influenced", "shaped", "triggered", "sparked", "propelled", "animated"})


def _by_means(doc: Doc, stop: int) -> bool:
    """"in part by penalizing", "partly by taxing": "by" and a gerund right after the match."""
    norms, is_word = doc.norms, doc.is_word
    return stop + 1 < len(norms) and norms[stop] == "by" and is_word[stop + 1] and norms[stop + 1].endswith("ing") \
        and len(norms[stop + 1]) > 5


def plain_noun_or_headline(doc: Doc, match: Match) -> str:
    """Why this accepted candidate softens nothing in its use ('' if it may hedge)."""
    words = match.entry.words
    first = match.first
    before = word_before(doc, first)
    # (the modals "could", "may", "might" in such headlines are left to the modal readings)
    if match.entry.category != "modal" and _in_capital_headline(doc, match):
        return "a hedge word in an all-capitals related-link headline: page clutter, not the article's claim"
    if words[0] in ("claims", "claim") and _possessive_before(doc, first):
        return "Mikovits' claims to have worked: the noun (her claims), not a softened claim"
    if match.entry.term in ("in part", "partly") and _by_means(doc, match.stop) and before not in _CAUSED:
        return "responded in part by penalizing exports: one of the means used, not a softened claim"
    if len(words) != 1 and match.entry.term not in _THINK:
        return ""
    word = words[-1]
    if word in _HINT and before in _HINT_QUANTIFIERS:
        return "offered no hint that: the noun (no sign given), not a softened claim"
    if word == "alleged" and before == "as" and word_after(doc, first) in _NOT_A_NOUN:
        return "paid him as alleged / characterized as alleged: the charge confirmed or named, not a softened claim"
    if word == "likely" and _poll_sample(doc, first):
        return "likely voters: a poll's sample, not a softened claim"
    if word == "possible" and _as_as_possible(doc, first):
        return "as much as (is) possible: the utmost feasible, not a softened claim"
    if word == "probable" and word_after(doc, first) in _HEALTH_COUNTS:
        return "probable cases: a counting category, not a softened claim"
    if word == "possibly" and _utmost_possibly(doc, first):
        return "anything he could possibly muster / couldn't possibly: an intensifier, not a softened claim"
    if word == "indicating" and _showing_evidence(doc, first):
        return "evidence indicating fraud: what the evidence shows, described, not a softened claim"
    if match.entry.term == "i think" and before in ("do", "did") and word_before(doc, first - 1) not in _NOR:
        return "Do I think I could be a good president? Yes: a question asked to be answered, not a softened claim"
    if word == "think" and (match.entry.term == "i think" and before in _WHEN
                            or before == "i" and word_before(doc, first - 1) in _WHEN):
        return "panics when I think: a recurring thought described, not a softened claim"
    return ""
