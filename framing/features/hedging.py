"""Hedging: epistemic hedges that weaken commitment to a claim.

Lexicon ``hedges.txt`` (Hyland 2005; Recasens et al. 2013; CoNLL-2010 weasel
cues) with context rules for the common false positives:

* ``May`` as the month ("May 5", "in May", "May 2017") is not a hedge;
* ``could not`` / ``could never`` state an inability, not a possibility;
* approximators (``about``, ``around``, ``some``, ``up to`` ...) hedge only a
  number that follows ("about 40 people"), not "talked about";
* ``think tank`` is not thinking.

Higher value: more hedges per 1,000 words, i.e. more tentative writing.
"""
from __future__ import annotations

import functools

from ..errors import FramingError
from ..lexicons import Entry, Match, find
from ..model import LinearModel, load_model
from ..text import Doc
from ..types import FeatureResult
from ._base import Context, is_number, match_evidence, rate_result
from .lexical import category_measures, word_after, word_before

NAME = "hedging"
MODEL = "hedges"  # framing/models/hedges.json, trained by framing/training/hedges.py
# The learned filter decides only on the weasel category (vague quantifiers such as "some",
# "many", "several" and unattributed consensus: "is considered", "critics"), the cues that
# WikiWeasel annotates as such. Modals, verbs, adverbs, adjectives, phrases and approximators are
# kept by the rules: in WikiWeasel 74% of the sentences with "may" and 65% with "likely" are
# labelled certain (generic/deontic "may" in encyclopedic text), so a filter trained there drops
# news hedges such as "the minister may resign" or "talks are likely to fail".
GATED_CATEGORIES = frozenset({"weasel"})
MEANING = "Words that soften a claim (may, reportedly, it is believed): higher = more tentative."

_MONTH_NEIGHBOURS = frozenset({"in", "on", "since", "until", "till", "by", "early", "late", "mid",
                               "last", "next", "this", "of", "from", "through", "during", "before",
                               "after"})
_APPROX_EXEMPT = frozenset({"virtually", "practically", "more or less", "or so"})
# vague quantifiers: "many scholars", "some have argued", "several critics"
_QUANTIFIERS = frozenset({"some", "many", "several", "numerous", "various", "certain", "others",
                          "some of", "many of", "many other", "some other"})
# a vague quantity of time or repetitions is not a vague claim ("many years", "several times")
_TIME_UNITS = frozenset({"time", "times", "years", "year", "months", "weeks", "days", "hours",
                         "minutes", "seconds", "decades", "centuries", "generations", "occasions",
                         "moments", "nights", "seasons", "miles", "kilometres", "kilometers"})
_NOT_VAGUE_BEFORE = frozenset({"how", "so", "too", "as", "a", "the", "these", "those", "of",
                               "were", "is", "are", "was", "be", "been", "not", "almost", "quite",
                               "fairly", "very", "made", "make", "feel", "felt"})
_APPROXIMATOR = {}


def _as_approximator(match: Match) -> Match:
    """The same words counted as an approximator ("some 40 km")."""
    entry = _APPROXIMATOR.get(match.entry.term)
    if entry is None:
        e = match.entry
        entry = _APPROXIMATOR[e.term] = Entry(e.lexicon, e.term, "approximator", e.words)
    return Match(entry, match.first, match.stop)


def _number_follows(doc: Doc, stop: int) -> bool:
    j = stop
    if j < len(doc.tokens) and doc.tokens[j] in ("$", "£", "€", "¥"):
        j += 1
    return is_number(doc, j)


def keep(doc: Doc, match: Match) -> str | None:
    entry = match.entry
    first = match.first
    if entry.category == "modal" and len(entry.words) == 1:
        word = entry.words[0]
        if word == "may" and doc.tokens[first] == "May":
            before = doc.norms[first - 1] if first > 0 else ""
            sentence = doc.sentences[doc.sentence_of[first]]
            at_start = sentence.first == first or not any(doc.is_word[sentence.first:first])
            if not at_start or is_number(doc, first + 1) or before in _MONTH_NEIGHBOURS \
                    or (first > 0 and doc.norms[first - 1][:1].isdigit()):
                return "the month May"
        if word == "could" and word_after(doc, first) in ("not", "never"):
            return "could not: inability, not possibility"
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
        if sum(doc.is_word[sentence.first:sentence.stop]) <= len(entry.words):
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


def _norm_at(doc: Doc, i: int) -> str:
    if 0 <= i < len(doc.norms):
        n = doc.norms[i]
        return "#" if n[:1].isdigit() else n
    return "<s>" if i < 0 else "</s>"


def match_features(ctx: Context, doc: Doc, match: Match) -> list[str]:
    """String features of one candidate hedge, for the learned filter (models/hedges.json)."""
    entry = match.entry
    first, stop = match.first, match.stop
    sentence = doc.sentences[doc.sentence_of[first]]
    term = entry.term
    prev1, prev2 = _norm_at(doc, first - 1), _norm_at(doc, first - 2)
    if first - 1 < sentence.first:
        prev1 = prev2 = "<s>"
    elif first - 2 < sentence.first:
        prev2 = "<s>"
    next1, next2 = _norm_at(doc, stop), _norm_at(doc, stop + 1)
    if stop >= sentence.stop:
        next1 = next2 = "</s>"
    elif stop + 1 >= sentence.stop:
        next2 = "</s>"
    feats = ["bias", "t=" + term, "c=" + entry.category, "p=" + prev1, "n=" + next1, "p2=" + prev2,
             "n2=" + next2, f"t={term}|p={prev1}", f"t={term}|n={next1}", f"c={entry.category}|n={next1}",
             "n_sfx=" + next1[-2:], "n2_sfx=" + next2[-2:]]
    if not any(doc.is_word[sentence.first:first]):
        feats.append("initial")
        feats.append(f"t={term}|initial")
    if doc.tokens[first][:1].isupper():
        feats.append("cap")
    if _number_follows(doc, stop):
        feats.append("number_after")
    if ctx.in_quote(doc, doc.starts[first]):
        feats.append("quoted")
    return feats


def gated(match: Match) -> bool:
    """Does the learned filter decide on this candidate (else the rules alone keep it)?"""
    return match.entry.category in GATED_CATEGORIES


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
        if model is not None and gated(match):
            ok, p = model.accepts(match_features(ctx, doc, match))
            if not ok:
                continue
            rule = f"{match.entry.rule} · {model.label} p={p:.2f}"
        quoted = ctx.in_quote(doc, doc.starts[match.first])
        evidence.append(match_evidence(NAME, match.entry.category or NAME, doc, match, rule,
                                       label="quoted" if quoted else None))
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "hedges", evidence))
