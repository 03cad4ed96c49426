"""Speculation cues and conditionals that predict nothing, sixth pass (issue 13: what independent readers
judged wrong, read on AllSides pages).

Each function returns why the match is no prediction ('' if it may be one). :mod:`.speculation` asks
:func:`conditional_predicts_nothing` about each conditional that goes on to a consequence, and
:func:`forecast_predicts_nothing` about each forecast cue.

Conditionals (a conditional predicts when its consequence is a specific future event or outcome):

* "if" meaning whether: "we can't know when — or if — it will take effect";
* a condition set off inside a requirement: "the bill requires states, if they seek a waiver, to describe
  how they would ...": the infinitive after the clause says what must be done, nothing is predicted;
* a consequence that infers rather than predicts: "if there are more carriers than we realize, it could
  mean a smaller fraction are dying" (could / may / might + mean, suggest, indicate, imply);
* arithmetic: a count in the condition and a need or a cost in the consequence ("if all 191 Democrats
  sign, the support of 27 Republicans would be needed", "if 80 people give $25, that'll pay for it");
* a generic subject: "if people think resistance is futile, even loyalists will go with the flow", "if
  everyone else is running, then we'll see": a general claim about how people behave;
* a counterfactual "even if it hadn't" and an illustration ("if CVS, for instance, were to sell ...");
* advice: the only modal of the consequence is "may want to" ("if the economy is stagnating, the
  government may want to increase spending");
* a future only in an aside ("if this marks the end — there's reason to doubt that it will — then ...");
* verse: lines set off by slashes ("If they're alive, I'll date 'em / Channing ... / ...").

Forecast cues:

* "twice as likely to", "equally as likely to": a rate compared; "were once expected to": a past expectation;
* "would be more likely to": the disposition a poll asks about ("69 percent would be more likely to back
  him"), or a hypothetical one, not a forecast;
* a generic "you" in a conditional sentence: "if the things that give your life meaning depend on
  believing something, you will eventually believe it";
* "in all likelihood" with no future, modal or word of expectation in its sentence ("a problem that was
  coordinated in all likelihood out of Washington"): a hedge of a past or present claim;
* a forecast named as made in the past: "the doomsday scenario some polling projected months ago";
* "to predict" of what a tool or a capacity is for ("algorithms to predict consumer demand", "a capacity to
  predict people's behaviour"), and "by / of anticipating" (the act named: "the error of anticipating doom");
* "and then threatening to", "were trading insults and threatening to": a past narrative.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_GENERIC_SUBJECTS: Final = frozenset({"people", "everyone", "everybody"})
_INFERENCE_VERBS: Final = frozenset({"mean", "means", "suggest", "indicate", "imply", "signal"})
_EPISTEMIC_MODALS: Final = frozenset({"could", "may", "might"})
_CONDITION_ENDS: Final = frozenset({",", ";", ":", "—", "–"})
# a need or a cost in the consequence of a count ("would be needed", "that'll pay for the repairs")
_NEEDS: Final = frozenset({"needed", "required", "necessary", "enough", "pay", "cover", "cost"})
_WH_BEFORE_OR: Final = frozenset({"when", "whether", "how", "why"})
_VERSE_MARK: Final = "/"
_CLAUSE_REACH: Final = 40  # tokens looked at after "if" for its clause's end (a run-on text stays linear)


def _previous_word_index(doc: Doc, i: int, lo: int) -> int:
    """The index of the last word before token ``i`` (over punctuation), or -1 before ``lo``."""
    k = i - 1
    while k >= lo and not doc.is_word[k]:
        k -= 1
    return k if k >= lo else -1


def _condition_end(doc: Doc, first: int) -> int:
    """The token that ends the condition opened at ``first`` (its comma, dash ...), or the sentence end."""
    stop = min(doc.sentences[doc.sentence_of[first]].stop, first + _CLAUSE_REACH)
    for k in range(first + 1, stop):
        if (doc.tokens[k] in _CONDITION_ENDS and not _joins_words(doc, k)) or doc.norms[k] == "then":
            return k
    return stop


def _joins_words(doc: Doc, k: int) -> bool:
    """Is the token at ``k`` a dash glued to the words on both sides ("the Trump–Bannon relationship")?"""
    return 0 < k < len(doc.tokens) - 1 and doc.starts[k] == doc.ends[k - 1] and doc.ends[k] == doc.starts[k + 1]


def conditional_predicts_nothing(doc: Doc, first: int, stop: int) -> str:
    """Why the conditional from token ``first`` to ``stop`` (its evidence span) predicts nothing."""
    norms, tokens = doc.norms, doc.tokens
    sentence = doc.sentences[doc.sentence_of[first]]
    k = _previous_word_index(doc, first, sentence.first)
    if k >= 0 and norms[k] == "or":
        j = _previous_word_index(doc, k, sentence.first)
        if j >= 0 and norms[j] in _WH_BEFORE_OR:
            return "when — or if —: 'if' means whether, no condition"
    end = _condition_end(doc, first)
    after_condition = [j for j in range(end + 1, stop) if doc.is_word[j]]
    if after_condition and norms[after_condition[0]] == "to" and tokens[end] == ",":
        return "requires states, if they seek a waiver, to describe ...: a condition inside a requirement"
    if any(norms[j] == "hadn't" or (norms[j] == "had" and norms[j + 1] in ("not", "n't"))
           for j in range(first + 1, end)):
        return "even if it hadn't, I would still ...: a counterfactual, no prediction"
    if any(norms[j] in ("instance", "example") and norms[j - 1] == "for"
           for j in range(first + 1, min(stop, first + 6))):
        return "if CVS, for instance, were to sell ...: an illustration, no prediction"
    if word_after(doc, first) in _GENERIC_SUBJECTS:
        return "if people think ...: a generic claim about how people behave, no event predicted"
    consequence = range(end + 1, stop)
    for j in consequence:
        if norms[j] in _EPISTEMIC_MODALS and j + 1 < stop and norms[j + 1] in _INFERENCE_VERBS:
            return "if ..., it could mean ...: an inference about what is, not a prediction"
    if any(norms[j][:1].isdigit() for j in range(first + 1, end)) \
            and any(norms[j] in _NEEDS for j in consequence):
        return "if all 191 Democrats sign, 27 Republicans would be needed: arithmetic, no prediction"
    modals = [j for j in consequence if norms[j] in _FUTURE_OR_MODAL or norms[j].endswith("'ll")]
    if modals and all(j + 1 < stop and norms[j + 1] in _WANTS for j in modals):
        return "if the economy stagnates, the government may want to spend: advice, no prediction"
    if _consequence_only_aside(doc, end, stop):
        return "if X — as he notes, it will — then ...: the only future is in an aside, no consequence predicted"
    if sum(1 for j in range(sentence.first, sentence.stop) if tokens[j] == _VERSE_MARK) >= 2:
        return "lines set off by slashes: verse, no prediction"
    return ""


_FUTURE_OR_MODAL: Final = frozenset({"will", "would", "'ll", "could", "might", "may", "won't", "wouldn't", "shall",
                                     "going", "gonna"})
_WANTS: Final = frozenset({"want", "wish", "like", "prefer"})
_ASIDE_OPENERS: Final = {"(": ")", "[": "]"}
_DASHES: Final = frozenset({"—", "–"})


def _consequence_only_aside(doc: Doc, end: int, stop: int) -> bool:
    """Are all the futures and modals after the condition (from ``end`` to ``stop``) inside an aside
    between dashes or brackets ("if this marks the end — there's reason to doubt that it will — then
    Trump made a good decision")? Then the sentence's own consequence predicts nothing."""
    tokens, norms = doc.tokens, doc.norms
    inside_dash = False
    closer = ""
    found = False
    for j in range(end, stop):
        tok = tokens[j]
        if closer:
            if tok == closer:
                closer = ""
            elif norms[j] in _FUTURE_OR_MODAL or norms[j].endswith("'ll"):
                found = True
            continue
        if tok in _ASIDE_OPENERS:
            closer = _ASIDE_OPENERS[tok]
            continue
        if tok in _DASHES and not _joins_words(doc, j):
            inside_dash = not inside_dash
            continue
        if norms[j] in _FUTURE_OR_MODAL or norms[j].endswith("'ll"):
            if not inside_dash:
                return False
            found = True
    return found and not inside_dash


_SCENARIO_NOUNS: Final = frozenset({"scenario", "scenarios", "projection", "projections", "prediction",
                                    "predictions", "forecast", "forecasts"})
_PAST_FORECASTS: Final = frozenset({"projected", "predicted", "forecast", "forecasted", "envisioned", "feared",
                                    "foresaw", "warned"})
_PAST_TIMES: Final = frozenset({"ago", "last", "earlier", "previously"})
_TOOLS: Final = frozenset({"capacity", "ability", "power", "algorithm", "algorithms", "model", "models", "tool",
                           "tools", "software", "system", "systems", "data"})
_USE: Final = frozenset({"use", "uses", "used", "using"})
_FORECAST_WORDS: Final = frozenset({"will", "'ll", "won't", "would", "wouldn't", "could", "may", "might", "going",
                                    "gonna", "shall", "expected", "expect", "expects", "likely", "unlikely",
                                    "soon", "eventually", "future", "next", "coming"})


# before "as likely to": a rate compared ("twice as likely to be unbanked", "equally as likely to"), or a
# copula of a comparison ("they would be as likely to head to rural posts")
_AS_LIKELY_RATES: Final = frozenset({"twice", "thrice", "times", "half", "equally", "nearly", "almost", "about",
                                     "roughly", "be", "is", "are", "was", "were"})
_PAST_ADVERBS: Final = frozenset({"once", "originally", "initially", "also", "long", "widely", "first", "then"})


def _generic_you_condition(doc: Doc, first: int) -> bool:
    """Does the sentence of token ``first`` hold an "if" clause about "you" / "your" ("if you think ...", "if
    the things that give your life meaning ...")? Looked at within 40 tokens each side."""
    norms, tokens = doc.norms, doc.tokens
    window = _sentence_window(doc, first, 40)
    for k in window:
        if norms[k] == "if":
            for j in range(k + 1, window.stop):
                if tokens[j] in _CONDITION_ENDS:
                    break
                if norms[j] in ("you", "your"):
                    return True
    return False


def _sentence_window(doc: Doc, first: int, reach: int = 30) -> range:
    sentence = doc.sentences[doc.sentence_of[first]]
    return range(max(sentence.first, first - reach), min(sentence.stop, first + reach))


def forecast_predicts_nothing(doc: Doc, match: Match) -> str:
    """Why the forecast cue ``match`` predicts nothing here ('' if it may predict)."""
    words = match.entry.words
    first, stop = match.first, match.stop
    norms = doc.norms
    before = word_before(doc, first)
    if words[0] in ("more", "less") and "likely" in words and before == "be" \
            and word_before(doc, first - 1) in ("would", "'d"):
        return "would be more likely to: a disposition asked in a poll or supposed, not a forecast"
    if "likely" in words and words[0] != "more" and words[0] != "less" and before == "as" \
            and word_before(doc, first - 1) in _AS_LIKELY_RATES:
        return "twice as likely to / equally as likely to: compares rates, not a forecast"
    if "expected" in words and word_before(doc, first - 1) in ("was", "were") and before in _PAST_ADVERBS:
        return "were once expected to: a past expectation"
    if before in ("you", "you're") or (before in ("are", "'re") and word_before(doc, first - 1) == "you"):
        if _generic_you_condition(doc, first):
            return "if ..., you will eventually believe it: a generic 'you', no event predicted"
    if words == ("in", "all", "likelihood") and not any(
            norms[k] in _FORECAST_WORDS or norms[k].endswith("'ll") or (norms[k] == "time" and norms[k - 1] == "in")
            for k in _sentence_window(doc, first)):
        return "in all likelihood with no future in its sentence: a hedge of a past or present claim"
    if words[-1] in _SCENARIO_NOUNS:
        end = min(doc.sentences[doc.sentence_of[first]].stop, stop + 6)
        for k in range(stop, end):
            if norms[k] in _PAST_FORECASTS and any(norms[j] in _PAST_TIMES
                                                   for j in range(k + 1, min(end + 4, len(norms)))):
                return "the doomsday scenario some polling projected months ago: a past forecast named"
    if words[0] in ("predict", "forecast") and before == "to":
        tool = word_before(doc, first - 1)
        lo = max(doc.sentences[doc.sentence_of[first]].first, first - 10)
        if tool in _TOOLS or any(norms[k] in _USE for k in range(lo, first)):
            return "algorithms to predict consumer demand: what a tool is for, no prediction made"
    if words[0] == "anticipating" and before in ("by", "of"):
        return "the error of anticipating doom: the act named, no prediction"
    if words[0] == "threatening":
        if before == "then":
            return "and then threatening to: a past narrative"
        if before == "and":
            lo = max(doc.sentences[doc.sentence_of[first]].first, first - 6)
            if any(norms[k] in ("was", "were") for k in range(lo, first)):
                return "were trading insults and threatening to: a past progressive"
    return ""
