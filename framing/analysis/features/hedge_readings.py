"""Hedge words that a reader of news takes as no softened claim, seventh pass (read on the AllSides dev
corpus; independent readers of issue 13 judged the first of each kind wrong).

The hedging feature's ``reader_hedge`` asks these (so the WikiWeasel figures and the learned filter are
left as they are); each returns why the match is no hedge ('' if it may be one):

* :func:`capacity_could`: "could" of what a weapon or a tool is able to do ("a missile that could reach
  the U.S.", "bomb designs that could evade security"), and the purpose "so he could" ("spent so he could
  deliver his remarks"): a capacity or an aim, not a possibility the writer is unsure of (Coates 1983:
  root "could"); "a policy that could hurt workers", "the law could be struck down" stay;
* :func:`feasible_possible`: "possible" meaning feasible or counted: "it should / would / will be
  possible", "what's possible", "(not) thought possible", "the art of the possible", "one star out of a
  possible five", "the first day possible", "the most desirable one possible"; "it's possible that",
  "a possible breach" stay;
* :func:`reported_implication`: "implied" / "suggest" of someone's words: "his speech clearly implied",
  "Pence implied", "in an effort to suggest that": what a speaker conveyed or meant to, reported, not
  a claim the writer softens; "the data suggest", "polls suggest", "which implies" stay;
* a concessive "Uber may have given drivers work, but they lack benefits" is
  :func:`.hedge_granted_points.granted_before_but` (the seventh pass's rule, folded there in the
  fourteenth pass with the twelfth pass's "X may VERB ..., but Y").

The seventh pass's second round (a rate compared, a permission, a mentioned word, a counted part) is
:mod:`.hedge_rates_permission_mention`, then a recommending "suggest" (:mod:`.hedge_recommendation`).
The eighth pass adds a concessive clause's "may", the utmost's "could" and a "could" of time
(:mod:`.hedge_modal_clauses`), a held belief or someone else's assumption (:mod:`.hedge_held_views`),
and an estimate, a rumor or an unsubstantiated charge named as a thing (:mod:`.hedge_named_things`).
The ninth pass adds non-modal words in a sense that softens nothing (:mod:`.hedge_word_senses`) and a
condition, a past or reported view or a denied ground (:mod:`.hedge_conditions_and_reports`); its second
round an imperative "Suppose", a "tend to" of care, an argued reason, a claimed feasibility and a group's
make-up (:mod:`.hedge_setups_and_compositions`). The tenth pass adds nouns, poll terms, the utmost, a
recurring thought and capitals headlines (:mod:`.hedge_plain_nouns_and_headlines`) and a "suggest" of a
claim rejected or an offer (:mod:`.hedge_rejected_suggestions`). The fourteenth pass's third round adds words
that describe a thing or a report ("Clintonism broadly", "speculation about his future", "claimed to the
Journal", "the ambiguous group", "a preliminary autopsy": :mod:`.hedge_descriptive_uses`). The sixteenth
pass adds a status, a manner or a stance stated (:mod:`.hedge_statuses_and_stances`) and an implication
reported, a question asked or an emphatic denial (:mod:`.hedge_implied_asked_and_denied`).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .hedge_conditions_and_reports import condition_or_report
from .hedge_denials_rankings_traits import denial_ranking_or_trait
from .hedge_descriptive_uses import descriptive_use
from .hedge_held_views import held_view
from .hedge_implied_asked_and_denied import implied_asked_or_denied
from .hedge_modal_clauses import concessive_clause_modal, time_limit_could, utmost_could
from .hedge_technical_terms import technical_term
from .hedge_granted_points import denied_then_but, granted_before_but, granted_then_but
from .hedge_modal_idioms import modal_idiom
from .hedge_named_acts import named_act
from .hedge_named_things import named_thing
from .hedge_plain_nouns_and_headlines import plain_noun_or_headline
from .hedge_possessives_and_questions import name_idiom_or_question_modal
from .hedge_rates_permission_mention import plain_sense
from .hedge_labels_denials import label_or_denial
from .hedge_advising_suggestions import advising_suggest
from .hedge_appearance_comparisons import compared_appearance
from .hedge_cast_doubts import doubt_cast_on
from .hedge_recommendation import proposing_suggest, recommending_suggest
from .hedge_rejected_suggestions import rejected_or_offered_suggestion
from .hedge_setups_and_compositions import setup_or_composition
from .hedge_statuses_and_stances import stated_status_or_stance
from .hedge_word_senses import plain_word_sense
from .lexical import word_after, word_before

# things whose "could" is what they are able to do (range, payload, function)
_DEVICES: Final = frozenset({
    "missile", "missiles", "rocket", "rockets", "weapon", "weapons", "bomb", "bombs", "warhead", "warheads",
    "drone", "drones", "device", "devices", "tool", "tools", "technology", "technologies", "software", "app",
    "apps", "system", "systems", "machine", "machines", "aircraft", "jet", "jets", "plane", "planes", "ship",
    "ships", "submarine", "submarines", "sensor", "sensors", "camera", "cameras", "designs",
    "design", "vehicle", "vehicles", "laser", "lasers", "satellite", "satellites", "equipment", "gun", "guns"})
# what a device does: range, payload, detection ("could reach", "could carry", "could be used to deliver")
_CAPACITY_VERBS: Final = frozenset({"reach", "carry", "deliver", "strike", "hit", "travel", "fly", "detect", "evade",
                                    "penetrate", "destroy", "identify", "track", "spot", "read", "scan", "intercept",
                                    "shoot", "fire", "hold", "store", "produce", "generate", "power", "target"})
_RELATIVE: Final = frozenset({"that", "which"})
_PURPOSE_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_MODAL_BEFORE_BE: Final = frozenset({"should", "would", "will", "won't", "wouldn't", "shouldn't"})
_WHAT: Final = frozenset({"what's", "what"})
_COUNTS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred"})
_SUPERLATIVE_HEADS: Final = frozenset({"first", "last", "most", "least", "earliest", "latest", "best", "worst"})


def capacity_could(doc: Doc, match: Match) -> str:
    """Why a "could" states a device's capacity or a purpose ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    before = word_before(doc, first)
    if before in _PURPOSE_SUBJECTS and word_before(doc, first - 1) == "so" and first >= 2 \
            and is_word[first - 2] and (first < 3 or doc.tokens[first - 3] != ","):
        return "so he could deliver his remarks: a purpose, not a possibility"
    if before in _RELATIVE and (word_after(doc, first) in _CAPACITY_VERBS or word_after(doc, first) == "be"
                                and word_after(doc, first + 1) == "used"):
        lo = max(doc.sentences[doc.sentence_of[first]].first, first - 4)
        for k in range(first - 2, lo - 1, -1):
            if not is_word[k]:
                break
            if norms[k] in _DEVICES:
                return "a missile that could reach / tools that could detect: a capacity, not a possibility"
    return ""


def feasible_possible(doc: Doc, match: Match) -> str:
    """Why "possible" means feasible or counts an attainable maximum ('' if it may hedge)."""
    if match.entry.words != ("possible",):
        return ""
    first = match.first
    norms, tokens = doc.norms, doc.tokens
    before, after = word_before(doc, first), word_after(doc, first)
    ends_phrase = first + 1 >= len(tokens) or not doc.is_word[first + 1]
    if before == "be" and word_before(doc, first - 1) in _MODAL_BEFORE_BE and after != "that":
        return "it should / would be possible: feasible, not a softened claim"
    if (before in _WHAT or (before == "is" and word_before(doc, first - 1) == "what")) and (ends_phrase or after
                                                                                        in ("in", "for", "to")):
        return "what's possible: what can be done, not a softened claim"
    if before == "thought" or (before == "was" and word_before(doc, first - 1) == "thought"):
        return "thought possible: feasible, not a softened claim"
    if before == "the" and ends_phrase:
        return "the art of the possible: what can be done, not a softened claim"
    if before == "been" and after != "that":
        return "would have been / hasn't been possible: feasible, not a softened claim"
    if first + 1 < len(tokens) and tokens[first + 1] == "?" and after != "that":
        return "is a deal still possible?: a question of feasibility, not a softened claim"
    if before in _COPULAS_OF_FEASIBILITY and after != "that" and _feasible_subject(doc, first - 1):
        return "real change is possible / no compromise is possible: feasible, not a softened claim"
    if before == "a" and word_before(doc, first - 1) == "of" and (after[:1].isdigit() or after in _COUNTS):
        return "out of a possible five: the attainable maximum, not a softened claim"
    if ends_phrase or after == "under":
        for k in range(first - 1, max(-1, first - 4), -1):
            if not doc.is_word[k]:
                break
            if norms[k] in _SUPERLATIVE_HEADS:
                return "the first day possible: a superlative of what can be done, not a softened claim"
    return ""


_COPULAS_OF_FEASIBILITY: Final = frozenset({"is", "are", "was", "were", "be"})
# what can be achieved or done, as the subject of "is possible" ("real change is possible", "how a victory is
# possible", "how it was possible"), or a subject with "no" ("no compromise is possible"); "other scenarios are
# possible", "a 4°C rise, which is possible" (an event that may happen) stay
# ("a deal is possible", an outcome forecast, stays; "no deal is possible" is infeasible)
_ACHIEVEMENTS: Final = frozenset({"change", "changes", "politics", "progress", "easing", "shifts", "plans",
                                  "reform", "reforms", "cooperation", "bipartisanship", "reconciliation",
                                  "transformation", "victory"})
_FEASIBLE_SUBJECT_REACH: Final = 6  # words from the copula back to the subject's head ("an easing of tensions ...")


def _feasible_subject(doc: Doc, copula: int) -> bool:
    """Is the subject of the copula at ``copula`` a thing achieved ("real change is"), or "it" after "how"?"""
    norms, is_word = doc.norms, doc.is_word
    lo = max(doc.sentences[doc.sentence_of[copula]].first, copula - _FEASIBLE_SUBJECT_REACH)
    for k in range(copula - 1, lo - 1, -1):
        if not is_word[k]:
            return False
        if norms[k] in _ACHIEVEMENTS or norms[k] == "no":
            return True
        if norms[k] == "it" and k == copula - 1 and word_before(doc, k) == "how":
            return True
    return False


_IMPLY: Final = frozenset({"implied", "implies", "imply", "implying"})
_SUGGEST: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
# nouns of what someone said or did: "his speech implied", "her remarks implied"
_UTTERANCES: Final = frozenset({"speech", "speeches", "remarks", "remark", "words", "statement", "statements",
                                "comments", "comment", "tweet", "tweets", "letter", "ad", "ads", "message",
                                "testimony", "answer", "answers", "post", "op-ed", "column", "interview",
                                "address", "rhetoric", "language", "question", "questions", "response"})
_PERSONS: Final = frozenset({"he", "she", "they"})
_BETWEEN: Final = frozenset({"clearly", "strongly", "heavily", "also", "seemingly", "repeatedly", "even",
                             "had", "has", "have", "not", "did", "only", "further", "often", "openly"})
# "in an effort to suggest", "went further to suggest": the aim of someone's words
_AIMS: Final = frozenset({"effort", "attempt", "bid", "order", "meant", "mean", "means", "further", "tried",
                          "trying", "try", "sought", "seeking", "aimed", "intended", "designed", "wanted",
                          "used"})  # "sound bites that could be used to suggest he supported"


# "by necessity implies", "inevitably implies": what follows of necessity
_ENTAILING: Final = frozenset({"necessity", "necessarily", "inevitably", "logically", "automatically"})
_QUOTE_MARKS: Final = frozenset({"“", "”", '"', "‘", "’", "'"})


def reported_implication(doc: Doc, match: Match) -> str:
    """Why "implied" / "suggest" reports what a speaker or their words conveyed ('' if it may hedge)."""
    words = match.entry.words
    if len(words) != 1 or (words[0] not in _IMPLY and words[0] not in _SUGGEST):
        return ""
    first = match.first
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    if word_before(doc, first) == "to" and word_before(doc, first - 1) in _AIMS:
        return "in an effort to suggest: the aim of someone's words, not a softened claim"
    if words[0] not in _IMPLY:
        return ""
    after = word_after(doc, first)
    if after == "by" or any(norms[j] in _ENTAILING for j in range(max(0, first - 4), first)):
        return "implied by No. 2 / by necessity implies: an entailment, not a softened claim"
    if word_before(doc, first) in ("an", "the", "its", "his", "her", "their", "any") and after != "that":
        return "an implied threat: the adjective (conveyed without words), not a softened claim"
    k = first - 1
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 5)
    # (quotation marks and a relative "that" / "which" stand between "tweets" and "implied")
    while k >= lo and (norms[k] in _BETWEEN or norms[k] in ("that", "which") or tokens[k] in _QUOTE_MARKS):
        k -= 1
    if k < lo or not is_word[k]:
        return ""
    if norms[k] in _UTTERANCES or norms[k] in _PERSONS or (tokens[k][:1].isupper() and norms[k] != "i"
                                                             and k > lo):
        return "his speech implied / Pence implied: what someone conveyed, reported, not a softened claim"
    return ""


def reader_reading(doc: Doc, match: Match) -> str:
    """Why this accepted candidate is, in this pass's reading, no hedge ('' if it may be one)."""
    return capacity_could(doc, match) or feasible_possible(doc, match) or reported_implication(doc, match) \
        or granted_before_but(doc, match) or granted_then_but(doc, match) \
        or denied_then_but(doc, match) or technical_term(doc, match) \
        or plain_sense(doc, match) or recommending_suggest(doc, match) or advising_suggest(doc, match) \
        or compared_appearance(doc, match) or doubt_cast_on(doc, match) \
        or concessive_clause_modal(doc, match) or utmost_could(doc, match) or time_limit_could(doc, match) \
        or held_view(doc, match) \
        or named_thing(doc, match) or label_or_denial(doc, match) or proposing_suggest(doc, match) \
        or plain_word_sense(doc, match) or condition_or_report(doc, match) or setup_or_composition(doc, match) \
        or plain_noun_or_headline(doc, match) or rejected_or_offered_suggestion(doc, match) \
        or modal_idiom(doc, match) or named_act(doc, match) or name_idiom_or_question_modal(doc, match) \
        or denial_ranking_or_trait(doc, match) or descriptive_use(doc, match) \
        or stated_status_or_stance(doc, match) or implied_asked_or_denied(doc, match)
