"""Speculation and prediction: forecasts, time horizons and conditional threats.

Lexicon ``speculation.txt`` (categories ``forecast``, ``conditional``,
``future``). Rules:

* a forecast cue counts as it is ("likely to", "expected to", "within the next");
* a conditional (``if``, ``unless`` ...) counts only as a *conditional
  prediction*: its sentence must go on to a consequence (will, would, 'll,
  could, might, going to, it's war ...). The evidence is the clause from the conditional
  word to the end of the sentence (at most 80 tokens, so that a run-on text of
  conditionals stays linear in time and memory). "as if", "even if", "asked if" and the
  like are not predictions.

Not predictions (issue 13, read on AllSides pages): "would be" (hypothetical, a
reported past or a bill's provision); a past or habitual "likely" ("was likely
to", "are more likely to"); a past prediction ("as predicted", "was predicting",
"predicted by"); a negated cue ("cannot yet be forecasted"); a conditional whose
consequence is no future or modal ("if it is true, then this is wrong"), a
counterfactual ("if he had acted", "would have") or a reported past belief
("believed that if ..."), a condition on a fact ("if true, that would ...",
"if there was any doubt ..."); "would mean", "go down the road", "in predicting",
"predicted three months ago".
More read on news pages (issue 13): a cue in a question ("who would you rather have at the helm
over the next four years?") or inside an if-clause ("if you are going to eliminate Medicaid")
predicts nothing; "was set to", "were set to", "was about to" tell a past schedule ("the day before
Obama was set to arrive"); "going to have to" and a time horizon with "need to" / "must" / "should"
state a necessity or a plan ("over the next few years, we need to expand housing"); "least likely
to" and "much less likely to" compare rates; "projects that" is a noun ("infrastructure projects
that ...") unless a future follows; "would probably / would likely" in a counterfactual ("if it
weren't for ..."); a conditional with a present counterfactual ("if the president were presenting
..."), a generic "if you ..." ("if you're a poor person, you might look up"), or whose only
consequence is in a relative clause (", which would make them err") predicts nothing.
Fifth pass (issue 13, what independent readers judged wrong): a rate compared ("three times / 20 percent
more likely to", "makes women more likely to"); "is likely" + a present state ("is likely the result",
"are likely infected": an inference about now, which hedging counts); "the risk of infection" (a hazard
named; "at risk of" and "risk of losing" stay); a past progressive ("was threatening to"); "than he
anticipated"; "weather forecasting"; a time horizon whose sentence holds no future, modal or word of
expectation (a budget's window "cuts $400 billion over the next decade", a plan, a past narrative
"Over the next six hours, reporters waited"); an irregular past in an if-clause ("if I told ..., it
would be": a counterfactual); a conditional in a question; "if you've / your ..."; "the groups most
likely to care"; "has been threatening to", "consistently threatens to"; "can pave the way for".
Sixth pass (issue 13, independent readers): :mod:`.speculation_contexts` ("when — or if —", a condition
inside a requirement, "it could mean" inferences, arithmetic, generic "if people", verse; "would be more
likely to" in a poll, a generic "you", "in all likelihood" of the past, a past projection named, "algorithms
to predict", "and then threatening to"); a relative clause after "but" / "and" ("but who may be indicted")
is no consequence either. Seventh pass: :mod:`.speculation_readings` (a past or standard "imminent", a past
"on the horizon" / "set the stage for", a past or generic "at risk of", a habitual future, a conditional
verbal reaction "we're going to object", a conditional inside a provision). Eighth pass:
:mod:`.speculation_stance_readings` (a demand "expects its players to", a generic "you will", a horizon of the
speaker's plan, an "even if" concession, a graded or past prediction, "Most Likely to", the noun "projects");
round 2: :mod:`.speculation_activity_readings` (a past "they expected to", a norm "are expected to be loyal", "the
forecasting firm", "attempt to ... predict", a narrative horizon with "would", a judgment after a condition,
a trailing "even if"). Ninth pass, round 2: :mod:`.speculation_described_readings` (a conditional telling how a
measure works "it would be penalized", a past foresight "seemed to anticipate", a hazard's level "a health risk of").
Twelfth pass: :mod:`.speculation_clause_readings` ("likely that X had", "going to great lengths", "worry about what
will happen", a past "imminent", "one of, if not the, most").

Higher value: more forecasting per 1,000 words of the writer's own.
The value counts the writer's own voice: spans outside direct quotations per 1,000
own-voice words (the words outside quotation marks, so quotations neither add to the
rate nor thin it); spans inside them stay evidence, labelled ``quoted``, and are the
measure ``quoted`` (per 1,000 quoted words). See ``evidence.rate_result``.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from ...types import Evidence, FeatureResult
from ..context import Context
from ..evidence import rate_result, span_evidence
from .lexical import category_measures, collect, question_ahead, word_after, word_before
from .speculation_contexts import conditional_predicts_nothing, forecast_predicts_nothing
from .speculation_readings import conditional_reading, forecast_reading
from .speculation_activity_readings import activity_forecast_reading, judgment_conditional_reading
from .speculation_described_readings import described_forecast_reading, provision_conditional_reading
from .speculation_stance_readings import asked_if, concession_without_consequence, stance_forecast_reading
from .speculation_commitment_readings import commitment_forecast_reading
from .speculation_complement_readings import complement_forecast_reading
from .speculation_consequence_readings import aside_conditional_reading
from .speculation_tendency_readings import tendency_forecast_reading
from .speculation_looming_readings import looming_forecast_reading
from .speculation_act_readings import act_forecast_reading
from .speculation_pledge_readings import pledge_conditional_reading
from .speculation_clause_readings import clause_forecast_reading, graded_if_not
from .speculation_report_readings import report_forecast_reading
from .speculation_argument_readings import argument_conditional_reading
from .speculation_contingency_readings import (before_attribution, contingency_conditional_reading,
                                               contingency_forecast_reading)

NAME: Final = "speculation"
MAX_CLAUSE_TOKENS: Final = 80  # a conditional's evidence runs to the end of its sentence, at most this far

# A consequence that predicts: a future or a modal of possibility ("then this is wrong" predicts nothing).
_CONSEQUENCE: Final = frozenset({"will", "would", "'ll", "could", "might", "may",
                                 "won't", "wouldn't", "shall", "going", "gonna"})
_PAST_BEFORE: Final = frozenset({"was", "were", "had", "been", "as", "be", "have", "who"})
_FORECAST_VERBS: Final = frozenset({"predicted", "predicting", "forecasted", "forecast", "foresaw", "prophesied",
                                    "projected"})
_NEGATORS: Final = frozenset({"not", "never", "no", "cannot", "can't", "nobody", "n't"})
_NOT_CONDITIONAL_BEFORE: Final = frozenset({"as", "even", "asked", "ask", "asks", "asking", "know", "knows",
                                            "knew", "see", "wonder", "wondered", "unclear", "clear",
                                            "whether", "decide", "decided", "determine", "tell", "check",
                                            "doubt", "only", "what"})


_BREAKS: Final = frozenset({",", ";", "—", "-", ":", "then"})
_RATE_WORDS: Final = frozenset({"only", "just", "much", "far", "slightly", "significantly", "substantially", "considerably", "even",
                                "still", "now", "no", "a", "bit", "lot", "little", "somewhat", "twice", "times",
                                "percent", "per", "cent", "%", "also", "generally", "nearly", "almost", "about", "roughly", "all",
                                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"})
# "makes women more likely to give birth to ...", "recent events made them more likely to vote": a cause
# raising a rate or a disposition, not a forecast
_CAUSATIVES: Final = frozenset({"make", "makes", "made", "making", "became", "become", "becomes"})
_PAST_SCHEDULES: Final = frozenset({("was", "set", "to"), ("were", "set", "to"), ("was", "about", "to")})
_PAST_ONLY_BEFORE: Final = frozenset({"was", "were", "had", "been"})
_WANTS: Final = frozenset({"like", "love", "prefer", "want", "rather"})
_NEEDS: Final = frozenset({"need", "needs", "must", "should", "ought", "have", "has"})
_HORIZON_HEADS: Final = frozenset({"over", "in", "within", "the"})
_IDIOM_HORIZONS: Final = frozenset({("in", "the", "long", "run"), ("in", "the", "long", "term"),
                                     ("in", "the", "short", "term"), ("in", "the", "near", "term")})
_RELATIVES: Final = frozenset({"which", "who", "whom", "whose"})
# "it's war", "he cannot win the war": war in the consequence; "stumbling further into war" and the “war games”
# named are none
_WAR_PREPOSITIONS: Final = frozenset({"into", "in", "to", "of", "for", "from", "against", "at", "on", "toward",
                                      "towards", "by", "with"})
_CLAUSE_STOPS: Final = frozenset({",", ";", ":", "—", "–", "(", "“", "”", '"'})


def _copula_before(doc: Doc, first: int) -> bool:
    """ "were (much) less likely to": a copula before the comparison, over rate words."""
    k = first - 1
    while k >= 0 and doc.is_word[k] and (doc.norms[k] in _RATE_WORDS or doc.norms[k][:1].isdigit()):
        k -= 1
    return k >= 0 and doc.norms[k] in ("are", "were", "is", "was")


def _causative_before(doc: Doc, first: int) -> bool:
    """ "makes women more likely to", "became significantly more likely to": a make/become up to four words
    before the comparison, in its clause."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 5)
    for k in range(first - 1, lo - 1, -1):
        if not doc.is_word[k]:
            if doc.tokens[k] == "." and k > 0 and "." in doc.tokens[k - 1]:
                continue  # the period of an abbreviation ("make some U.S. Catholics more likely to")
            return False
        if doc.norms[k] in _CAUSATIVES:
            return True
    return False


def _in_if_clause(doc: Doc, first: int) -> bool:
    """ "if you are going to eliminate ...": an if/unless/whether before the cue in its clause, looked for
    at most 40 tokens back (a clause with no punctuation for longer is not prose: the bound keeps the rule
    linear in the text)."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 40)
    k = first - 1
    while k >= lo and doc.tokens[k] not in _CLAUSE_STOPS:
        if doc.norms[k] in ("if", "unless", "whether"):
            return True
        k -= 1
    return False


def _not_a_forecast_here(doc: Doc, match: Match) -> str | None:
    """Forecast cues that predict nothing in their context (issue 13, read on AllSides pages)."""
    words = match.entry.words
    first = match.first
    norms = doc.norms
    if question_ahead(doc, first, first):
        return "in a question: asks, predicts nothing"
    if _in_if_clause(doc, first):
        return "inside an if-clause: a condition, not a prediction"
    if words in _PAST_SCHEDULES:
        return "was set to / was about to: a past schedule"
    if "expected" in words and (words[0] in ("was", "were") or word_before(doc, first) in ("was", "were", "been", "had")):
        return "was expected to: a past expectation"
    if words[0] in ("poised", "on", "set") and word_before(doc, first) in _PAST_ONLY_BEFORE:
        return "was poised to / was on track to: a past prospect"
    if words[0] in ("prophecy", "prophecies") and word_before(doc, first) in ("self-fulfilling", "fulfilling"):
        return "a self-fulfilling prophecy: an idiom, no forecast"
    if words[0] == "would" and word_after(doc, match.stop - 1) in _WANTS:
        return "would probably like to: a disposition, not a forecast"
    if words in _IDIOM_HORIZONS:
        end = min(doc.sentences[doc.sentence_of[first]].stop, match.stop + 12)
        if not any(norms[k] in ("will", "'ll", "would", "could", "may", "might", "going", "likely") or
                   norms[k].endswith("'ll") for k in range(max(0, first - 8), end)):
            return "in the long run ... is: ultimately, no forecast in its clause"
    if words[-1] == "to" and word_after(doc, match.stop - 1) == "have" and match.stop + 1 < len(norms) \
            and norms[match.stop + 1] == "to":
        return "going to have to: a necessity, not a forecast"
    if words[0] in _HORIZON_HEADS and len(words) > 2:
        end = min(doc.sentences[doc.sentence_of[first]].stop, match.stop + 12)
        for k in range(match.stop, end):
            if doc.tokens[k] in (".", ";", "!", "?"):
                break
            if norms[k] in _NEEDS and k + 1 < end and (norms[k] in ("must", "should") or norms[k + 1] == "to"):
                return "a time horizon of a need or a plan (over the next years we need to), not a forecast"
            if norms[k] in ("will", "'ll", "would", "could", "may", "might"):
                break
    if words == ("projects", "that"):
        end = min(doc.sentences[doc.sentence_of[first]].stop, match.stop + 25)
        if not any(norms[k] in ("will", "would", "'ll", "could", "might") or norms[k].endswith("'ll")
                   for k in range(match.stop, end)):
            return "projects that: the noun (infrastructure projects that ...), no forecast follows"
    if words[0] == "would" and _counterfactual_sentence(doc, first):
        return "would probably / would likely in a counterfactual (if it weren't for ...)"
    return None


def _counterfactual_sentence(doc: Doc, first: int) -> bool:
    """ "if it weren't for", "if not for", "if he had": a counterfactual condition in the sentence."""
    sentence = doc.sentences[doc.sentence_of[first]]
    norms = doc.norms
    for k in range(sentence.first, min(sentence.stop, sentence.first + MAX_CLAUSE_TOKENS) - 1):
        if norms[k] == "if" and norms[k + 1] in ("not", "only"):
            return True
        if norms[k] == "if":
            for j in range(k + 1, min(sentence.stop, k + 5)):
                if norms[j] in ("were", "weren't", "had", "hadn't") or norms[j].endswith("n't") and norms[j] != "don't":
                    if norms[j] == "were" and j + 1 < sentence.stop and norms[j + 1] == "to":
                        break
                    return True
    return False


def _present_counterfactual(doc: Doc, stop: int) -> bool:
    """ "if the president were presenting ...", "if it weren't for their persistence", "if a corrupt ex-vice
    president were running": "were" within seven words of the condition (over hyphens), not "were to"."""
    norms = doc.norms
    end = min(doc.sentences[doc.sentence_of[stop - 1]].stop, stop + 8)
    for k in range(stop, end):
        if not doc.is_word[k]:
            if doc.tokens[k] in ("-", "‑"):
                continue
            return False
        if norms[k] == "weren't":
            return True
        if norms[k] == "were":
            return not (k + 1 < len(norms) and norms[k + 1] == "to")
    return False


def _counterfactual_or_reported(doc: Doc, first: int, stop: int) -> bool:
    """A conditional about the past: "if he had acted ...", "would have ...", or a past belief reported
    ("believed that if ..."), a condition on a fact ("if true, that would ...",
"if there was any doubt ..."); "would mean", "go down the road", "in predicting",
"predicted three months ago"."""
    sentence = doc.sentences[doc.sentence_of[first]]
    norms = doc.norms
    end = min(sentence.stop, first + MAX_CLAUSE_TOKENS)
    for k in range(first + 1, end - 1):
        if norms[k] == "had" and k + 1 < end and norms[k + 1].endswith(("ed", "en", "ne", "wn", "t")):
            return True
        if norms[k] in ("would", "could", "might") and norms[k + 1] == "have":
            return True
    if _past_hypothetical(doc, first, end):
        return True
    return word_before(doc, first) == "that" and (word_before(doc, first - 1).endswith("ed")
                                                  or word_before(doc, first - 1) in _REPORTED_VIEWS)


_REPORTED_VIEWS: Final = frozenset({"fear", "belief", "concern", "worry", "hope", "view", "argument", "expectation",
                                    "theory", "assumption", "thinking", "idea", "premise",
                                    # "the first is to assume that if ...": a supposition named, not made
                                    "assume", "assumes", "assuming", "suppose", "supposes", "presume", "presumes"})
_FUTURES: Final = frozenset({"will", "'ll", "won't", "going", "gonna", "shall"})
_PAST_MARKERS: Final = frozenset({"could", "did", "was", "had", "didn't", "wasn't", "couldn't"})
# "if no changes are made": after a form of be or have, an irregular past is a participle, not a past tense
_BE_HAVE: Final = frozenset({"is", "are", "am", "be", "been", "being", "has", "have", "having", "'s", "'re", "'ve", "get",
                             "gets"})
# common irregular past forms ("if I told the real stories, this book would be a best-seller": a
# counterfactual); forms that are also the present ("put", "let", "read") or another word ("left") are left out
_IRREGULAR_PASTS: Final = frozenset({"told", "said", "went", "knew", "thought", "saw", "got", "made", "took", "came",
                                     "gave", "found", "lost", "won", "ran", "felt", "kept", "brought",
                                     "began", "wrote", "paid", "met", "spent", "sold", "bought", "held", "stood",
                                     "chose", "drove", "fell", "flew", "forgot", "grew", "heard", "meant", "rose",
                                     "sent", "spoke", "stole", "struck", "taught", "threw", "understood", "wore"})


def _past_hypothetical(doc: Doc, first: int, end: int) -> bool:
    """ "if new voters flooded the primary, it would be proof", "if they could get both ..., demand would
    surge": a past tense in the if-clause and no future after it (only would / could / might) is a
    hypothetical or counterfactual about the past, not a prediction."""
    norms, tokens = doc.norms, doc.tokens
    k = first + 1
    past = False
    while k < end and tokens[k] not in (",", ";", "—", "–", ":") and norms[k] != "then":
        if norms[k] in _PAST_MARKERS or (norms[k] in _IRREGULAR_PASTS and norms[k - 1] not in _BE_HAVE) \
                or (norms[k].endswith("ed") and doc.is_word[k] and len(norms[k]) > 4):
            past = True
        k += 1
    if not past:
        return False
    return not any(norms[j] in _FUTURES or norms[j].endswith("'ll") for j in range(k, end))


_GO: Final = frozenset({"go", "goes", "went", "going", "gone", "walk", "walked", "head", "headed"})


def _ago_after(doc: Doc, stop: int) -> bool:
    """ "predicted three months ago", "forecast last year": the prediction was made in the past."""
    end = min(len(doc.norms), stop + 4)
    return any(doc.norms[k] in ("ago", "last", "earlier") for k in range(stop, end))


_HARD_TO: Final = frozenset({"hard", "difficult", "impossible", "early", "soon", "tough", "tricky", "premature"})
# things that loom on a calendar: "the looming deadline", "with the cuts looming" name a date, not a forecast
_SCHEDULED: Final = frozenset({"deadline", "deadlines", "vote", "votes", "date", "cuts", "election", "elections",
                               "hearing", "trial", "expiration", "shutdown", "sequester", "recess", "primary",
                               "primaries", "debate", "decision", "sentencing", "execution", "executions"})


def _forecast_rejected(doc: Doc, match: Match) -> str | None:
    """Forecast cues that predict nothing: a past or habitual "likely", a past prediction ("as predicted",
    "was predicting", "predicted by"), a negated one ("cannot yet be forecasted"), "would be"."""
    words = match.entry.words
    first = match.first
    before = word_before(doc, first)
    if words in (("would", "be"), ("would", "mean")):
        return "would be / would mean: hypothetical, reported past or a provision, not a forecast"
    why = _not_a_forecast_here(doc, match)
    if why:
        return why
    if words == ("down", "the", "road") and before in _GO:
        return "go down the road: a path, not a time"
    if words[0] in ("predicting", "forecasting") and before in ("in", "of", "at", "for"):
        return "the act of predicting named, no prediction"
    if words[0] in ("predict", "forecast", "foresee", "tell") and before == "to" \
            and word_before(doc, first - 1) in _HARD_TO:
        return "hard to predict: declines to predict, no prediction made"
    if words[0] in ("prediction", "predictions", "forecast", "forecasts", "projection", "projections") \
            and len(words) == 1 and word_after(doc, first) not in ("that", "of"):
        return "the predictions (named, no content): a noun about predictions, no prediction made"
    if words == ("looming",) and (word_after(doc, first) in _SCHEDULED or word_before(doc, first) in _SCHEDULED):
        return "a looming deadline / the cuts looming: a scheduled date, no forecast"
    if "likely" in words and (before in ("was", "were", "had", "been") or words[0] in ("was", "were")):
        return "past likely"
    if words[0] in ("more", "less") and "likely" in words and (_copula_before(doc, first)
                                                               or before.endswith(("'re", "'s"))):
        return "compares how often, habitual"
    if "likely" in words and before == "least":
        return "least likely to: compares how often, habitual"
    if words[0] in ("more", "less") and "likely" in words and _causative_before(doc, first):
        return "makes X more likely to: a cause raising a rate or a disposition, not a forecast"
    if words in (("is", "likely"), ("are", "likely")) and _present_state_after(doc, match.stop):
        return "is likely the result / are likely infected: an inference about now, not a forecast"
    if words == ("risk", "of") and before != "at" and not word_after(doc, match.stop - 1).endswith("ing"):
        return "the risk of infection: a hazard named, not a forecast (at risk of / risk of losing are)"
    if words[0] in ("threatens", "threaten", "threatening") and before in _HABITUAL:
        return "consistently threatens to: a habit, not a forecast"
    if words[0] == "most" and "likely" in words and (before in ("are", "were", "the", "those", "who", "be")
                                                      or before.endswith("s") and len(before) > 3):
        return "the groups most likely to care: compares how often, habitual"
    if words[0] in ("pave", "paves") and _can_before(doc, first):
        return "can pave the way for: makes possible, predicts nothing"
    if words[0].endswith("ing") and before in ("was", "were", "been"):
        return "was threatening to / has been threatening to / were anticipating: a past or reported prospect"
    if words[0] == "anticipated" and (before in _SUBJECT_PRONOUNS or before == "than"):
        return "than he anticipated: a past expectation"
    if words[0] in ("forecasting", "forecast", "forecasts") and before in _FORECAST_FIELDS:
        return "weather forecasting: a field named, no forecast"
    if words[0] in _HORIZON_HEADS and _HORIZON_WORDS.intersection(words) and not _forecast_in_sentence(doc, first):
        return "a time horizon with no forecast in its sentence (a budget's window, a plan, a past narrative)"
    if words[0] in _FORECAST_VERBS and (before in _PAST_BEFORE or word_after(doc, match.stop - 1) == "by"
                                        or _ago_after(doc, match.stop)):
        return "a past prediction"
    why = forecast_predicts_nothing(doc, match) or forecast_reading(doc, match) or stance_forecast_reading(doc, match) \
        or activity_forecast_reading(doc, match) or described_forecast_reading(doc, match) \
        or commitment_forecast_reading(doc, match) or complement_forecast_reading(doc, match) \
        or tendency_forecast_reading(doc, match) or looming_forecast_reading(doc, match) \
        or act_forecast_reading(doc, match) or clause_forecast_reading(doc, match) \
        or report_forecast_reading(doc, match) or contingency_forecast_reading(doc, match)
    if why:
        return why
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    j, seen = first - 1, 0
    while j >= sentence_first and seen < 4:
        if doc.is_word[j]:
            if doc.norms[j] in _NEGATORS or doc.norms[j].endswith("n't"):
                return "negated"
            seen += 1
        j -= 1
    return None


_HABITUAL: Final = frozenset({"consistently", "often", "repeatedly", "regularly", "always", "routinely", "frequently",
                              "usually", "constantly", "periodically", "habitually"})
_HORIZON_WORDS: Final = frozenset({"coming", "ahead", "next", "future", "not-too-distant"})
_SUBJECT_PRONOUNS: Final = frozenset({"i", "we", "he", "she", "they", "you", "it"})
_FORECAST_FIELDS: Final = frozenset({"weather", "economic", "election", "hurricane", "storm", "earthquake", "budget"})
# after "is likely" / "are likely", words that go on to a forecast ("is likely to", "is likely that ... will",
# "are likely in the coming months", "more arrests are likely, but ..."); any other word is the present
# state the writer infers ("is likely the result of", "are likely infected", "is likely not a coincidence")
_LIKELY_GOES_ON: Final = frozenset({"to", "that", "as", "in", "on", "at", "by", "within", "over", "next", "soon", "later",
                                    "again", "also", "this", "before", "after", "if", "when", "once", "until", "for",
                                    "but", "and", "or", "tomorrow", "today", "tonight", "eventually", "ultimately",
                                    "going"})
# what makes a time horizon a forecast: a future, a modal or a word of expectation in its sentence
_FORECAST_MARKERS: Final = frozenset({"will", "'ll", "won't", "would", "wouldn't", "could", "may", "might", "going",
                                      "gonna", "shall", "expected", "expect", "expects", "expecting", "likely",
                                      "unlikely", "projected", "projects", "projection", "projections", "estimated",
                                      "estimates", "estimate", "forecast", "forecasts", "predicted", "predicts",
                                      "predict", "anticipated", "anticipate", "anticipates", "set", "poised",
                                      "bound", "chance", "odds", "risk", "threatens", "probably", "possibly"})


def _can_before(doc: Doc, first: int) -> bool:
    """ "can pave the way", "we can beat the virus and pave the way": "can" in the clause, up to six words
    back with no punctuation between."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 7)
    for k in range(first - 1, lo - 1, -1):
        if not doc.is_word[k]:
            return False
        if doc.norms[k] == "can":
            return True
    return False


def _present_state_after(doc: Doc, stop: int) -> bool:
    """ "is likely the result", "are likely infected": a word after "is likely" that does not go on to a
    forecast (see ``_LIKELY_GOES_ON``)."""
    return stop < len(doc.norms) and doc.is_word[stop] and doc.norms[stop] not in _LIKELY_GOES_ON


def _forecast_in_sentence(doc: Doc, first: int) -> bool:
    """A future, modal or word of expectation within the horizon's sentence (30 tokens each side at most,
    so that a run-on text stays linear)."""
    sentence = doc.sentences[doc.sentence_of[first]]
    norms = doc.norms
    for k in range(max(sentence.first, first - 30), min(sentence.stop, first + 30)):
        if norms[k] in _FORECAST_MARKERS or norms[k].endswith("'ll"):
            return True
    return False


def consequences_ahead(doc: Doc) -> list[bool]:
    """Per token j: does the rest of its sentence, from j on, hold a break (a comma, a dash, "then" ...)
    followed, there or later, by a consequence (will, would, 'll, it's war ...)? One pass from the end
    of each sentence, so that a text of many conditionals costs linear time."""
    norms = doc.norms
    ahead = [False] * len(norms)
    for sentence in doc.sentences:
        consequence_later = False
        in_segment = False  # a consequence since the last break (to the right)
        found = False
        for j in range(sentence.stop - 1, sentence.first - 1, -1):
            tok = norms[j]
            war = tok == "war" and j > 0 and doc.is_word[j - 1] and norms[j - 1] not in _WAR_PREPOSITIONS
            if tok in _CONSEQUENCE or tok.endswith("'ll") or war:
                in_segment = True
            if tok in _RELATIVES and j > sentence.first and norms[j - 1] in (",", "but", "and"):
                # ", which would make them err", "but who may be indicted": a relative clause, not the consequence
                in_segment = False
            if tok in _BREAKS:
                consequence_later = consequence_later or in_segment
                in_segment = False
                found = found or consequence_later
            ahead[j] = found
    return ahead


def _quotation_close(doc: Doc, first: int, stop: int) -> int:
    """Where a conditional inside a quotation ends: at the quotation's closing mark, if a consequence comes
    before it ('"... if elected, we will cut the tax," she said': not the tag 'she said'); ``stop`` if none
    (a straight quotation mark closes only where the marks before the "if" leave a quotation open)."""
    tokens, norms = doc.tokens, doc.norms
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    open_straight = sum(1 for k in range(sentence_first, first) if tokens[k] == '"') % 2 == 1
    # a quotation opened with a curly mark may be closed with a straight one ('“If there's a risk ...," Levin said')
    open_straight = open_straight or sum(1 if tokens[k] == "“" else -1 if tokens[k] == "”" else 0
                                         for k in range(max(sentence_first, first - 80), first)) > 0
    consequence = False
    for k in range(first + 1, stop):
        if norms[k] in _CONSEQUENCE or norms[k].endswith("'ll"):
            consequence = True
        if tokens[k] == "”" or (tokens[k] == '"' and open_straight):
            return k if consequence else stop
        if tokens[k] == "“" or tokens[k] == '"':
            return stop  # a quotation opens after the "if": the consequence may be in it
    return stop


class _Conditionals:
    """The rule for conditional matches, with each document's :func:`consequences_ahead` worked out once."""

    def __init__(self) -> None:
        self.docs: list[Doc] = []
        self.ahead: list[list[bool]] = []

    def consequence_after(self, doc: Doc, stop: int) -> bool:
        for k in range(len(self.docs)):
            if self.docs[k] is doc:
                return stop < len(doc.norms) and self.ahead[k][stop] \
                    and doc.sentence_of[stop] == doc.sentence_of[stop - 1]
        self.docs.append(doc)
        self.ahead.append(consequences_ahead(doc))
        return self.consequence_after(doc, stop)

    def keep(self, doc: Doc, match: Match) -> "str | Match | None":
        return keep(doc, match, self)


def keep(doc: Doc, match: Match, conditionals: _Conditionals | None = None) -> "str | Match | None":
    if match.entry.category != "conditional":
        return _forecast_rejected(doc, match)
    if word_before(doc, match.first) in _NOT_CONDITIONAL_BEFORE:
        return "not a condition"
    if word_after(doc, match.first) in ("anyone", "any", "anything", "ever", "necessary", "needed", "possible", "at"):
        return "if anyone / if any / if necessary: an aside, no condition of a forecast"
    why = graded_if_not(doc, match.first)
    if why:
        return why
    if question_ahead(doc, match.first, match.first):
        return "in a question (if so, what will they replace it with?): asks, predicts nothing"
    if not (conditionals or _Conditionals()).consequence_after(doc, match.stop):
        return "condition without a predicted consequence"
    if _counterfactual_or_reported(doc, match.first, match.stop):
        return "a counterfactual or a reported past condition"
    nxt = word_after(doc, match.stop - 1)
    if nxt in ("you", "you're", "you've", "you'd", "your", "one"):
        return "if you ...: a generic condition, no prediction about an event"
    if any(doc.norms[k] in ("want", "wants", "wanted") for k in range(match.stop, min(len(doc.norms), match.stop + 7))):
        return "if X wants ...: advice, not a prediction"
    if _present_counterfactual(doc, match.stop):
        return "if X were (not were to): a present counterfactual, no prediction"
    if nxt == "true" or (nxt == "there" and match.stop + 2 < len(doc.norms)
                         and doc.norms[match.stop + 1] in ("was", "were", "is") and doc.norms[match.stop + 2] == "any"):
        return "if true / if there was any doubt: a condition on a fact, no prediction"
    sentence = doc.sentences[doc.sentence_of[match.first]]
    stop = min(sentence.stop, match.first + MAX_CLAUSE_TOKENS)
    stop = before_attribution(doc, match.first, _quotation_close(doc, match.first, stop))
    while stop - 1 > match.first and not doc.is_word[stop - 1] and doc.tokens[stop - 1] in ".!?,;:":
        stop -= 1
    why = conditional_predicts_nothing(doc, match.first, stop) or conditional_reading(doc, match.first, stop) \
        or judgment_conditional_reading(doc, match.first, stop) \
        or provision_conditional_reading(doc, match.first, stop) or aside_conditional_reading(doc, match.first, stop) \
        or pledge_conditional_reading(doc, match.first, stop) or argument_conditional_reading(doc, match.first, stop) \
        or contingency_conditional_reading(doc, match.first, stop)
    if why:
        return why
    if asked_if(doc, match.first):
        return "asked by the committee if it intended to: an indirect question, no prediction"
    if concession_without_consequence(doc, match, stop):
        return "even if I am mistaken, it doesn't matter: a concession, no consequence predicted"
    return Match(match.entry, match.first, stop)


def compute(ctx: Context) -> FeatureResult:
    """Forecast cues and conditional predictions per 1,000 words."""
    evidence: list[Evidence] = []
    for e in collect(ctx, NAME, "speculation", _Conditionals().keep):
        if e.measure == "conditional":
            doc = ctx.title if e.field == "title" and ctx.title is not None else ctx.text
            e = span_evidence(NAME, "conditional", doc,
                              e.start, e.end, e.rule.replace("[conditional]", "[conditional prediction]"),
                              label=e.label)
        evidence.append(e)
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "speculation", evidence))
