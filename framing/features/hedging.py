"""Hedging: epistemic hedges that weaken commitment to a claim.

Lexicon ``hedges.txt`` (Hyland 2005; Recasens et al. 2013; CoNLL-2010 weasel
cues) with context rules for the common false positives:

* ``May`` as the month ("May 5", "in May", "May 2017") is not a hedge;
* ``could not`` / ``could never`` state an inability, not a possibility;
* approximators (``about``, ``around``, ``some``, ``up to`` ...) hedge only a
  number that follows ("about 40 people"), not "talked about";
* ``think tank`` is not thinking;
* ``could`` of past ability ("could speak") and the impersonal ``one may`` /
  ``you could`` state an ability or a permission, not a possibility;
* ``possible`` meaning feasible ("as soon as possible", "made it possible",
  "every possible route", "possible to") and ``believe in`` are not hedges.

A learned filter (``models/hedges.json``) decides on the weasel cues and on a
few ambiguous generalising words (see ``GATED_TERMS``); its decisions name the
model in the evidence rule.

Higher value: more hedges per 1,000 words, i.e. more tentative writing.
"""
from __future__ import annotations

import functools
from typing import Final

from ..errors import FramingError
from ..lexicons import Entry, Match, find
from ..model import LinearModel, load_model
from ..text import Doc
from ..types import FeatureResult
from ._base import Context, is_number, match_evidence, rate_result
from .lexical import category_measures, word_after, word_before

NAME: Final = "hedging"
MODEL: Final = "hedges"  # framing/models/hedges.json, trained by framing/training/hedges.py
# The learned filter decides only on the weasel category (vague quantifiers such as "some",
# "many", "several" and unattributed consensus: "is considered", "critics"), the cues that
# WikiWeasel annotates as such, and on the ambiguous generalising adverbs, downtoners and
# cognition verbs of GATED_TERMS. Modals, the other verbs, adverbs and adjectives, phrases and
# approximators are kept by the rules: in WikiWeasel 74% of the sentences with "may" and 65% with
# "likely" are labelled certain (generic/deontic "may" in encyclopedic text: "symptoms may also
# include"), and no context feature tried separates them from news hedges, so a filter trained
# there drops "the minister may resign" or "talks are likely to fail".
GATED_CATEGORIES: Final = frozenset({"weasel"})
# adverbs of generalisation ("generally", "commonly", "typically", "mostly"): the unsupported
# generalisations of the weasel class (Vincze 2013), but mostly factual frequency in encyclopedic
# and news text ("is commonly used"); the model decides on them like on the weasel category
GATED_TERMS: Final = frozenset({"generally", "commonly", "typically", "sometimes", "mainly", "mostly",
                                "largely", "broadly",
                                # downtoners, and cognition/reporting verbs whose bare use attributes a
                                # view ("he believes", "she suggested") rather than hedging the writer's
                                # claim; "potential" mostly means prospective ("potential buyers")
                                "relatively", "somewhat", "fairly", "believe", "believes", "believed",
                                "indicate", "indicates", "indicated", "suggested", "potential", "tended to"})
# a weasel phrase built on a verb of opinion or report ("is regarded as", "it is widely believed",
# "critics have said", "said to") states an unattributed consensus: kept by the rules
_CONSENSUS: Final = frozenset({"considered", "regarded", "believed", "thought", "said", "claimed", "suggested",
                               "described", "called", "seen", "held", "accepted", "reported", "alleged",
                               "argued", "speculated", "assumed"})
MEANING: Final = "Words that soften a claim (may, reportedly, it is believed): higher = more tentative."

_MONTH_NEIGHBOURS: Final = frozenset({"in", "on", "since", "until", "till", "by", "early", "late", "mid",
                                      "last", "next", "this", "of", "from", "through", "during", "before",
                                      "after"})
_APPROX_EXEMPT: Final = frozenset({"virtually", "practically", "more or less", "or so"})
# vague quantifiers: "many scholars", "some have argued", "several critics"
_QUANTIFIERS: Final = frozenset({"some", "many", "several", "numerous", "various", "certain", "others",
                                 "some of", "many of", "many other", "some other"})
# a vague quantity of time or repetitions is not a vague claim ("many years", "several times")
_TIME_UNITS: Final = frozenset({"time", "times", "years", "year", "months", "weeks", "days", "hours",
                                "minutes", "seconds", "decades", "centuries", "generations", "occasions",
                                "moments", "nights", "seasons", "miles", "kilometres", "kilometers"})
_NOT_VAGUE_BEFORE: Final = frozenset({"how", "so", "too", "as", "a", "the", "these", "those", "of",
                                      "were", "is", "are", "was", "be", "been", "not", "almost", "quite",
                                      "fairly", "very", "made", "make", "feel", "felt"})
_APPROXIMATOR: Final[dict[str, Entry]] = {}
_COULD_NOT: Final = frozenset({"not", "never", "no", "hardly", "barely", "scarcely"})
_ABILITY_VERBS: Final = frozenset({"speak", "read", "write", "swim", "afford", "accommodate", "seat", "hold",
                                   "carry"})
_MAKE: Final = frozenset({"make", "makes", "made", "making"})
# "as soon as possible", "if possible", "made possible", "the best possible", "every possible"
_POSSIBLE_NOT_HEDGE: Final = frozenset({"as", "if", "where", "wherever", "when", "whenever", "whatever",
                                        "best", "worst", "everything", "all", "every", "any", "maximum",
                                        "minimum", "total"}) | _MAKE


# the entries some rule of keep() looks at (all others are kept as they are)
_RULE_TERMS: Final = _QUANTIFIERS | {"possible", "believe", "believes", "believed", "think", "thinks"}
_RULE_CATEGORIES: Final = frozenset({"modal", "approximator"})


def _as_approximator(match: Match) -> Match:
    """The same words counted as an approximator ("some 40 km")."""
    entry = _APPROXIMATOR.get(match.entry.term)
    if entry is None:
        e = match.entry
        entry = _APPROXIMATOR[e.term] = Entry(e.lexicon, e.term, "approximator", e.words)
    return Match(entry, match.first, match.stop)


_CURRENCY: Final = frozenset({"$", "£", "€", "¥"})


def _number_follows(doc: Doc, stop: int) -> bool:
    j = stop
    if j < len(doc.tokens) and doc.tokens[j] in _CURRENCY:
        j += 1
    return is_number(doc, j)


def keep(doc: Doc, match: Match) -> str | Match | None:
    """Why the context rules reject a match (a string), a re-categorised match, or None (kept)."""
    entry = match.entry
    if entry.term not in _RULE_TERMS and entry.category not in _RULE_CATEGORIES:
        return None
    first = match.first
    if entry.category == "modal" and len(entry.words) == 1:
        word = entry.words[0]
        if word == "may" and doc.tokens[first] == "May":
            before = doc.norms[first - 1] if first > 0 else ""
            sentence = doc.sentences[doc.sentence_of[first]]
            at_start = _no_word(doc, sentence.first, first)
            if not at_start or is_number(doc, first + 1) or before in _MONTH_NEIGHBOURS \
                    or (first > 0 and doc.norms[first - 1][:1].isdigit()):
                return "the month May"
        if word == "could" and word_after(doc, first) in _COULD_NOT:
            return "could not: inability, not possibility"
        if word == "could" and word_after(doc, first) in _ABILITY_VERBS:
            return "could + a verb of ability: past ability, not possibility"
        if word_before(doc, first) in ("one", "you"):
            return "one may / you could: impersonal (permission or ability), not a hedged claim"
    if entry.term == "possible":
        before = word_before(doc, first)
        if before in _POSSIBLE_NOT_HEDGE or before.endswith("est") \
                or (before == "it" and word_before(doc, first - 1) in _MAKE):
            return "possible: feasible (as soon as possible, if possible, made possible)"
        if word_after(doc, first) == "to":
            return "possible to: feasible, not probable"
    if entry.term in ("believe", "believes", "believed") and word_after(doc, first) == "in":
        return "believe in: faith, not a hedge"
    if entry.category == "approximator" and entry.term not in _APPROX_EXEMPT:
        if not _number_follows(doc, match.stop):
            return "approximator without a number"
    if entry.term in _QUANTIFIERS:
        nxt = word_after(doc, match.stop - 1)
        if entry.term in ("some", "many", "several") and _number_follows(doc, match.stop):
            return _as_approximator(match)
        if nxt in _TIME_UNITS:
            return "a vague quantity of time"
        sentence = doc.sentences[doc.sentence_of[first]]
        if _no_word(doc, sentence.first, first) and _no_word(doc, match.stop, sentence.stop):
            return "a quantifier alone is a heading or a label, not a claim"
        before = word_before(doc, first)
        if before in _NOT_VAGUE_BEFORE and (entry.term in ("many", "certain", "others")):
            return "not a vague quantifier (how many, a certain, the others)"
        if entry.term == "certain" and (nxt in ("that", "of", "to", "about", "whether", "if", "")):
            return "certain: sure, not a vague quantifier"
    if entry.term in ("think", "thinks") and word_after(doc, first) in ("tank", "tanks"):
        return "think tank"
    return None


def candidates(ctx: Context) -> list[tuple[Doc, Match]]:
    """Lexicon matches the context rules accept, in both fields (before any model)."""
    out: list[tuple[Doc, Match]] = []
    for doc in ctx.docs:
        for match in find(doc, "hedges"):
            verdict = keep(doc, match)
            if isinstance(verdict, str):
                continue
            out.append((doc, verdict if isinstance(verdict, Match) else match))
    return out


def _no_word(doc: Doc, start: int, stop: int) -> bool:
    """No word token in ``[start, stop)`` (scans only until the first word)."""
    is_word = doc.is_word
    for i in range(start, stop):
        if is_word[i]:
            return False
    return True


def _norm(n: str) -> str:
    return "#" if n[:1].isdigit() else n


def match_features(ctx: Context, doc: Doc, match: Match, quoted: bool | None = None) -> list[str]:
    """String features of one candidate hedge, for the learned filter (models/hedges.json).

    ``quoted``: whether the match is inside a direct quotation, if the caller knows already."""
    entry = match.entry
    first, stop = match.first, match.stop
    sentence = doc.sentences[doc.sentence_of[first]]
    term = entry.term
    norms = doc.norms
    s_first, s_stop = sentence.first, sentence.stop
    prev1 = _norm(norms[first - 1]) if first - 1 >= s_first else "<s>"
    prev2 = _norm(norms[first - 2]) if first - 2 >= s_first else "<s>"
    next1 = _norm(norms[stop]) if stop < s_stop else "</s>"
    next2 = _norm(norms[stop + 1]) if stop + 1 < s_stop else "</s>"
    t = "t=" + term
    c = "c=" + entry.category
    feats = ["bias", t, c, "p=" + prev1, "n=" + next1, "p2=" + prev2, "n2=" + next2,
             t + "|p=" + prev1, t + "|n=" + next1, c + "|n=" + next1,
             "n_sfx=" + next1[-2:], "n2_sfx=" + next2[-2:]]
    if _no_word(doc, s_first, first):
        feats.append("initial")
        feats.append(t + "|initial")
    if doc.tokens[first][:1].isupper():
        feats.append("cap")
    if _number_follows(doc, stop):
        feats.append("number_after")
    if quoted if quoted is not None else ctx.in_quote(doc, doc.starts[first]):
        feats.append("quoted")
    return feats


def gated(match: Match) -> bool:
    """Does the learned filter decide on this candidate (else the rules alone keep it)?"""
    return _gated_entry(match.entry)


@functools.cache
def _gated_entry(entry: Entry) -> bool:
    if entry.category in GATED_CATEGORIES:
        # a weasel phrase built on a verb of opinion or report is kept by the rules
        return not (len(entry.words) > 1 and not _CONSENSUS.isdisjoint(entry.words))
    return entry.term in GATED_TERMS


@functools.cache
def _model() -> LinearModel | None:
    """The learned filter, loaded once per process (None if it is not packaged)."""
    try:
        return load_model(MODEL)
    except (FileNotFoundError, FramingError, OSError, ValueError):
        return None


def compute(ctx: Context) -> FeatureResult:
    """Hedges per 1,000 words (title and text)."""
    model = _model()
    evidence = []
    for doc, match in candidates(ctx):
        rule = None
        quoted = ctx.in_quote(doc, doc.starts[match.first])
        if model is not None and gated(match):
            ok, p = model.accepts(match_features(ctx, doc, match, quoted))
            if not ok:
                continue
            rule = f"{match.entry.rule} · {model.label} p={p:.2f}"
        evidence.append(match_evidence(NAME, match.entry.category or NAME, doc, match, rule,
                                       label="quoted" if quoted else None))
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "hedges", evidence))
