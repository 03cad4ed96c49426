"""Hedging: epistemic hedges that weaken commitment to a claim.

Lexicon ``hedges.txt`` (Hyland 2005; Recasens et al. 2013; CoNLL-2010 weasel
cues) with context rules for the common false positives:

* ``May`` as the month ("May 5", "in May", "May 2017") is not a hedge;
* ``could not`` / ``could never`` state an inability, not a possibility;
* approximators ("about 40 people", "some 200") qualify a quantity and are not
  hedges (issue 13); "some" before a number is dropped;
* a bare vague quantifier or unnamed group ("some", "many of", "most", "several",
  "critics", "experts") is a weasel only as the subject of a verb of saying or
  believing a few words on ("some say", "many Republicans believe", "critics of
  the plan argue"): "many low-wage workers", "some of the debates", "the most
  important", "smarter critics of Communism" are plain quantities and nouns;
  "widely" only before a verb of belief or report ("widely seen as", not "widely
  shared"), bare "considered" only as "considered (to be) X" of a consensus;
* "likely" before a noun ("likely voters") names a group; "least likely",
  "less likely than" compare rates; "think of / about / through", "you'd think",
  "what do you think" are not hedges; a modal in a wh-clause ("what he might say
  next", "how it could happen") asks, it does not hedge a claim;
* ``think tank`` is not thinking;
* ``could`` of past ability ("could speak") and the impersonal ``one may`` /
  ``you could`` state an ability or a permission, not a possibility;
* ``possible`` meaning feasible ("as soon as possible", "made it possible",
  "every possible route", "possible to", "not possible", "the largest audience
  possible"), counting options ("three possible routes"), and ``believe in``
  are not hedges;
* modals that do not hedge a particular claim (Coates 1983; Palmer 2001: root
  or dynamic vs epistemic modality): the root "may" of generic statements about
  what a kind of thing includes, how it varies, what it is called or used for
  ("symptoms may include", "prices may vary", "may refer to", "may be used to",
  "may be found in"); a modal with a frequency adverb ("may sometimes", "often
  may"); concessive and purpose clauses ("whatever may happen", "however hard
  it may be", "so that they could vote"); "come what may", "be that as it may".
  Epistemic uses stay hedges: "the minister may resign", "may have been",
  "might win", "may cause", "whoever wins may face";
* "are more likely to" compares how often groups do something ("smokers are
  more likely to"), it does not hedge ("he is more likely to win" does);
* "most" before an adverb is a superlative ("most recently"), not the vague
  quantifier "most scholars" (WikiWeasel marks "one of the most ..." as a weasel,
  so "the most" is left to the learned filter);
* plain uses read on news pages (issue 13): "said to" an audience (only "is said to"
  hedges), "more widely", "you guessed it", "said, in part:", a sentence-initial
  imperative "Think ..." (imagine), "possible for X to" (feasible).

A learned filter (``models/hedges.json``) decides on the weasel cues and on a
few ambiguous generalising words (see ``GATED_TERMS``); its decisions name the
model in the evidence rule.

Higher value: more hedges per 1,000 words of the writer's own, i.e. more tentative writing.
The value counts the writer's own voice: spans outside direct quotations per 1,000
own-voice words (the words outside quotation marks, so quotations neither add to the
rate nor thin it); spans inside them stay evidence, labelled ``quoted``, and are the
measure ``quoted`` (per 1,000 quoted words). See ``evidence.rate_result``.
"""
from __future__ import annotations

import functools
from typing import Final

from ..lexicons import Entry, Match
from ..models import packaged_model
from ..text import Doc
from ...types import FeatureResult
from ..context import Context
from ..evidence import is_number, match_evidence, rate_result
from ..models import linear_probability
from .hedge_contexts import (compares_rates, could_of_ability, evaluative_use, made_to_seem, modal_in_question,
                             modal_of_wish, plain_likely_or_think, reported_belief, reporting_use, weasel_source)
from .hedge_modal_readings import modal_reading
from .hedge_readings import reader_reading
from .hedge_reporting_subjects import person_reports
from .lexical import category_measures, word_after, word_before

NAME: Final = "hedging"
MODEL: Final = "hedges"  # framing/analysis/models/hedges.json, trained by framing/learn/training/hedges.py
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
                               "described", "called", "seen", "viewed", "held", "accepted", "reported",
                               "alleged", "argued", "speculated", "assumed"})

_MONTH_NEIGHBOURS: Final = frozenset({"in", "on", "since", "until", "till", "by", "early", "late", "mid",
                                      "last", "next", "this", "of", "from", "through", "during", "before",
                                      "after"})
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
_COULD_NOT: Final = frozenset({"not", "n't", "never", "no", "hardly", "barely", "scarcely"})
# Root (dynamic) "may" of generic statements: what a kind of thing can include, how it varies, what
# it is called or used for ("symptoms may include fever", "prices may vary", "the term may refer
# to", "the drug may be used to"). It states a possibility in general, not the writer's doubt about
# a particular event ("the minister may resign"). Only predicates whose meaning is about a class, a
# range or a name are listed: "may cause", "may be called" (an election), "may contain" (errors)
# are forecasts or guesses in news and stay hedges.
_GENERIC_PREDICATES: Final = frozenset({"include", "vary", "range", "differ", "refer", "consist", "comprise"})
# may be + a participle of naming, classing or use ("may be referred to as", "may be divided into")
_GENERIC_PASSIVES: Final = frozenset({"used", "known", "referred", "termed", "spelled", "spelt",
                                      "abbreviated", "pronounced", "translated", "classified",
                                      "subdivided", "divided", "grouped", "defined"})
# "may be found in/on/at ...": where a kind of thing occurs ("can be found in")
_LOCATIVE: Final = frozenset({"in", "on", "at", "among", "throughout", "near", "anywhere", "along", "across",
                              "inside", "within"})
# a frequency adverb quantifies over occasions: "may sometimes", "often may" = it happens that
_FREQUENCY: Final = frozenset({"often", "sometimes", "occasionally", "usually", "typically", "frequently",
                               "normally", "commonly", "rarely", "seldom"})
# adverbs that may stand between the modal and its verb ("may also be used")
_MODAL_ADVERBS: Final = frozenset({"also", "still", "even", "only", "further", "then", "thus", "therefore",
                                   "either", "both", "easily", "generally", "eventually", "alternatively",
                                   "additionally", "instead", "simply", "again"}) | _FREQUENCY
# a concessive free relative: "whatever may happen", "wherever they may occur", "however painful
# that may be"; the modal concedes, it does not hedge
_WH_EVER: Final = frozenset({"whatever", "wherever", "whoever", "whichever", "whenever", "however"})
# "however" + a determiner or pronoun is the sentence adverb ("However the vote may ..."), not "however hard"
_NOT_AFTER_HOWEVER: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "he", "she", "it",
                                       "they", "we", "i", "you", "his", "her", "its", "their", "our", "there",
                                       "some", "many", "most"})
# "the best score possible", "to the extent possible"
_POSSIBLE_HEADS: Final = frozenset({"best", "worst", "extent"})
# words before "possible" that state (in)feasibility, not doubt: "not possible", "would never be possible",
# "only possible if"
_INFEASIBLE_BEFORE: Final = frozenset({"not", "n't", "never", "only", "hardly", "scarcely"})
# the subject of a wh-ever clause right before its modal ("wherever they may", "whatever else may")
_CLAUSE_SUBJECTS: Final = frozenset({"i", "you", "he", "she", "it", "we", "they", "one", "this", "that",
                                     "these", "those", "else"})
# a copula ending a concessive clause: "as hard as it may seem", "whatever the reason may be"
_COPULAS: Final = frozenset({"be", "seem", "appear", "sound", "look"})
# how far back the clause of a "may" is searched for "whatever" / "so that" (words, no punctuation)
_CLAUSE_WINDOW: Final = 8
# "could" + an agent's act states what someone was able or entitled to do ("he could subpoena the
# president", "I could say I was", "who could also claim"), not a possibility (issue 13, AllSides pages)
_ABILITY_VERBS: Final = frozenset({"speak", "read", "write", "swim", "afford", "accommodate", "seat", "hold",
                                   "carry", "subpoena", "say", "claim", "vote", "choose", "buy", "sue",
                                   "veto", "order", "hire", "fire", "pardon", "appoint", "decide"})
_MAKE: Final = frozenset({"make", "makes", "made", "making"})
# "as soon as possible", "if possible", "made possible", "the best possible", "every possible"
_POSSIBLE_NOT_HEDGE: Final = frozenset({"as", "if", "where", "wherever", "when", "whenever", "whatever",
                                        "best", "worst", "everything", "all", "every", "any", "maximum",
                                        "minimum", "total"}) | _MAKE
# words in -ly after "most" that are not adverbs: "most family members", "most elderly people"
_NOT_LY_ADVERBS: Final = frozenset({"only", "early", "elderly", "family", "italy", "july", "supply", "ally",
                                    "rally", "assembly", "monopoly", "anomaly", "reply", "fly", "daily",
                                    "weekly", "monthly", "yearly"})


# the entries some rule of keep() looks at (all others are kept as they are)
_RULE_TERMS: Final = _QUANTIFIERS | {"possible", "likely", "most", "believe", "believes", "believed", "think",
                                      "thinks", "said to", "widely", "guessed", "guess", "in part", "considered",
                                      "estimated", "estimates", "estimate", "tend to", "unclear", "uncertain",
                                      "unsure", "doubtful", "questionable", "debatable", "ambiguous", "murky",
                                      "suggest", "suggests", "suggested", "preliminary", "fairly",
                                      "probable", "could only", "doubt that", "doubt whether"}
_RULE_CATEGORIES: Final = frozenset({"modal", "weasel", "verb"})
# after a sentence-opening "May": a finite verb, so "May" is a name (Theresa May), not the modal
_FINITE_AFTER_NAME: Final = frozenset({"said", "says", "told", "tells", "has", "had", "is", "was", "will", "would",
                                       "wrote", "writes", "spoke", "speaks", "met", "meets", "won", "went", "took",
                                       "gave", "made", "called", "calls", "insisted", "insists"})
# after "fairly": no adjective or adverb follows, so it is the manner adverb (treated fairly = justly)
_MANNER_AFTER: Final = frozenset({"", "and", "or", "in", "by", "to", "with", "at", "on", "for", "as", "under",
                                  "than", "because", "if", "when", "but"})


_CURRENCY: Final = frozenset({"$", "£", "€", "¥"})
# before the noun "might" (power): "military might", "the might of the party", "with all their might"
_MIGHT_NOUN_BEFORE: Final = frozenset({"the", "its", "his", "their", "our", "my", "your", "military", "economic",
                                       "naval", "nuclear", "financial", "industrial", "full", "sheer", "mighty"})


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
            after = word_after(doc, first)
            if after in ("also", "then", "later", "again", "herself", "previously"):  # "May also promised"
                after = word_after(doc, first + 1)
            if after in _FINITE_AFTER_NAME or (after.endswith("ed") and after not in ("need", "exceed", "proceed",
                                                                                        "succeed", "feed", "heed",
                                                                                        "breed", "bleed")):
                return "May said / May offered: a name (a finite verb follows, a modal takes a bare verb)"
        if word == "might" and word_before(doc, first) in _MIGHT_NOUN_BEFORE:
            return "military might / the might of: the noun (power), not the modal"
        if word == "could" and word_after(doc, first) in _COULD_NOT:
            return "could not: inability, not possibility"
        if word == "could" and (word_after(doc, first) in _ABILITY_VERBS or word_after(doc, first) == "also"
                                and word_after(doc, first + 1) in _ABILITY_VERBS):
            return "could + a verb of ability: past ability, not possibility"
        if word_before(doc, first) in ("one", "you"):
            return "one may / you could: impersonal (permission or ability), not a hedged claim"
        why = _non_hedge_modal(doc, first, word) or modal_in_question(doc, first) \
            or (could_of_ability(doc, first) if word == "could" else "")
        if why:
            return why
    if entry.term == "possible":
        before = word_before(doc, first)
        if before in _POSSIBLE_NOT_HEDGE or before.endswith("est") \
                or (before == "it" and word_before(doc, first - 1) in _MAKE):
            return "possible: feasible (as soon as possible, if possible, made possible)"
        if word_after(doc, first) == "to":
            return "possible to: feasible, not probable"
        if before in _INFEASIBLE_BEFORE or (before == "be" and word_before(doc, first - 1) in _INFEASIBLE_BEFORE):
            return "not possible / only possible: a statement of (in)feasibility, not a hedge"
        if _made_possible(doc, first):
            return "possible: feasible (as soon as possible, if possible, made possible)"
        if (first > 0 and is_number(doc, first - 1) and doc.norms[first - 1] not in ("one", "1", "a", "an")) \
                or before in ("several", "various", "multiple", "numerous"):
            return "a number of possible options (three possible routes): counts alternatives, not a hedge"
    if entry.term == "uncertain" and word_before(doc, first) == "no" and word_after(doc, first) == "terms":
        return "in no uncertain terms: plainly, an idiom of certainty"
    if entry.term == "likely" and compares_rates(doc, first):
        return "are more / less likely to: compares how often groups do something, not a hedge"
    if entry.term in ("believe", "believes", "believed") and word_after(doc, first) == "in":
        return "believe in: faith, not a hedge"
    if entry.term in _QUANTIFIERS:
        nxt = word_after(doc, match.stop - 1)
        if entry.term in ("some", "many", "several") and _number_follows(doc, match.stop):
            return "a quantity before a number (some 40 km), not a hedge"
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
    if entry.term == "most":
        nxt = word_after(doc, first)
        if nxt.endswith("ly") and nxt not in _NOT_LY_ADVERBS:
            return "most notably / most recently: a superlative adverb, not a vague quantifier"
    if entry.term in ("think", "thinks") and word_after(doc, first) in ("tank", "tanks"):
        return "think tank"
    why = _plain_use(doc, match) or plain_likely_or_think(doc, match) or made_to_seem(doc, match)
    if why:
        return why
    return None


_COPULAS_BEFORE_SAID: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
_ADDRESSEES: Final = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that",
                                "these", "those", "him", "them", "me", "us", "you", "reporters", "journalists",
                                "supporters", "members", "lawmakers", "students", "voters", "people"})
_SAY_BEFORE: Final = frozenset({"said", "says", "say", "wrote", "writes", "added", "reads", "read"})


def _plain_use(doc: Doc, match: Match) -> str:
    """Uses of hedge words that soften no claim, read on AllSides pages (issue 13)."""
    words = match.entry.words
    first = match.first
    before = word_before(doc, first)
    after = word_after(doc, match.stop - 1)
    if words == ("said", "to") and before not in _COPULAS_BEFORE_SAID and (
            after in _ADDRESSEES or (match.stop < len(doc.tokens) and doc.tokens[match.stop][:1].isupper())):
        return "said to an audience: addressed, not 'is said to be'"
    if words == ("widely",) and before in ("more", "less", "most", "as", "so", "too"):
        return "more widely: a comparison of extent, not a vague source"
    if words[0] in ("guessed", "guess") and after == "it" and before == "you":
        return "you guessed it: an idiom"
    if words == ("in", "part") and (before in _SAY_BEFORE or (match.stop < len(doc.tokens)
                                                               and doc.tokens[match.stop] == ":")):
        return "said, in part: quoting part of a text"
    if words[0] == "think" and doc.tokens[first] == "Think" \
            and _no_word(doc, doc.sentences[doc.sentence_of[first]].first, first) and after not in ("that", "so"):
        return "Think ...: an imperative (imagine), not a hedge"
    if words == ("preliminary",) and after in _LEGAL_STAGES:
        return "preliminary charges / hearing / injunction: a stage of a procedure, not a softened claim"
    if words[-1] == "called" and after == "into" and match.stop + 1 < len(doc.norms) \
            and doc.norms[match.stop + 1] == "question":
        return "called into question: doubted by someone (an idiom), not a softened claim"
    if words[0] == "doubt" and before in ("no", "little", "without", "beyond"):
        return "no doubt that: certainty, not a softened claim"
    if words == ("probable",) and after == "cause":
        return "probable cause: a legal standard, not a softened claim"
    if words[0] in ("believe", "suspect") and before == "to" and first >= 2 and doc.norms[first - 2] == "cause":
        return "probable cause to believe: a legal standard, not a softened claim"
    if words == ("could",) and after == "only":
        return "could only: what was allowed or possible, not a softened claim"
    if words[0] in _SUGGEST and _proposal_follows(doc, match.stop):
        return "suggested that students take / suggest improvements: a proposal, not a softened claim"
    if words == ("fairly",) and after in _MANNER_AFTER and before not in _DEGREE_COPULAS:
        return "treated fairly: the manner adverb (justly), not a hedge"
    if words == ("possible",) and after == "for":
        return "possible for X to: feasible, not probable"
    if words[0] in ("seem", "seems", "seemed") and (before in _CANNOT or before == "not" and first >= 2
                                                     and doc.norms[first - 2] in ("can", "could")):
        return "cannot seem to: unable, not a softened claim"
    if words[0] in _BELIEF_VERBS and len(words) == 1 and before in _NEGATED_AUXILIARIES | {"not", "never"} \
            and not any(doc.norms[k] in ("i", "we") for k in range(max(0, first - 4), first)):
        return "did not believe that: a report of someone's disbelief, not a softened claim"
    return ""


_SUGGEST: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
# nouns a speaker proposes ("suggest improvements", "suggested changes to the bill")
_PROPOSALS: Final = frozenset({"improvements", "changes", "ways", "steps", "measures", "alternatives", "reforms",
                               "amendments", "edits", "ideas", "options", "solutions", "names", "questions"})
_DEONTIC: Final = frozenset({"should", "must", "ought", "shall"})


def _proposal_follows(doc: Doc, stop: int) -> bool:
    """After "suggest": a thing proposed ("improvements"), or a clause that says what should be done ("that
    principles should not apply"), within eight words: a recommendation, not a softened claim."""
    norms, is_word = doc.norms, doc.is_word
    if stop < len(norms) and norms[stop] in _PROPOSALS:
        return True
    end = min(doc.sentences[doc.sentence_of[stop - 1]].stop, stop + 9)
    k = stop + 1 if stop < len(norms) and norms[stop] == "that" else stop
    words = [j for j in range(k, end) if is_word[j]]
    # (a bare verb after a plural subject, "suggested students take classes", reads the same as a finding,
    # "the data suggest people stay home": not used)
    return any(norms[j] in _DEONTIC for j in words)


# "it is fairly.": a copula before "fairly" with nothing after is a cut sentence, left to the lexicon
_DEGREE_COPULAS: Final = frozenset({"is", "are", "was", "were", "be", "been", "seems", "seemed", "looks", "looked"})
_LEGAL_STAGES: Final = frozenset({"charges", "charge", "hearing", "hearings", "injunction", "injunctions",
                                  "examination", "round", "rounds", "approval", "ruling", "inquiry"})
_CANNOT: Final = frozenset({"cannot", "can't", "couldn't"})
_BELIEF_VERBS: Final = frozenset({"believe", "believes", "believed", "think", "thinks", "thought", "suspect",
                                  "suspects", "suspected", "suppose", "supposes", "supposed", "guess", "reckon"})
_NEGATED_AUXILIARIES: Final = frozenset({"don't", "doesn't", "didn't", "won't", "wouldn't", "never"})


def _made_possible(doc: Doc, first: int) -> bool:
    """"made the trip possible", "the largest audience possible", "to the extent possible": a
    "possible" that ends its phrase after a verb of making or a superlative a few words back."""
    if first + 1 < len(doc.tokens) and doc.is_word[first + 1]:
        return False
    is_word = doc.is_word
    norms = doc.norms
    k = first - 1
    lo = max(0, first - 5)
    while k >= lo and is_word[k]:
        w = norms[k]
        if w in _MAKE or w in _POSSIBLE_HEADS or (w.endswith("est") and k > 0 and norms[k - 1] == "the"):
            return True
        k -= 1
    return False


def _skip_adverbs(doc: Doc, i: int, stop: int) -> int:
    """The first token from ``i`` that is not an adverb of _MODAL_ADVERBS (``stop`` at most)."""
    norms = doc.norms
    while i < stop and norms[i] in _MODAL_ADVERBS:
        i += 1
    return i


def _non_hedge_modal(doc: Doc, first: int, word: str) -> str:
    """Why the modal ``word`` at token ``first`` does not hedge ('' if it does): a frequency adverb
    (generic), a root "may" of kinds, names and uses, a concessive or a purpose clause."""
    norms = doc.norms
    sentence = doc.sentences[doc.sentence_of[first]]
    stop = sentence.stop
    before = word_before(doc, first)
    if before in _FREQUENCY:
        return "often may / may sometimes: a generic statement of what happens, not a hedge"
    i = _skip_adverbs(doc, first + 1, stop)
    for k in range(first + 1, i):
        if norms[k] in _FREQUENCY:
            return "often may / may sometimes: a generic statement of what happens, not a hedge"
    verb = norms[i] if i < stop else ""
    if word == "may":
        if verb in _GENERIC_PREDICATES:
            return "may include / vary / refer to: what a kind of thing can be, not a hedge"
        if verb == "be":
            j = _skip_adverbs(doc, i + 1, stop)
            participle = norms[j] if j < stop else ""
            if participle in _GENERIC_PASSIVES:
                return "may be used / known as / divided into: use or naming, not a hedge"
            if participle == "found" and j + 1 < stop and norms[j + 1] in _LOCATIVE:
                return "may be found in: where a kind of thing occurs, not a hedge"
    # the clause before the modal: "whatever ... may", "so that ... may", "as hard as it may be"
    is_word = doc.is_word
    # the modal ends its clause with a copula ("whatever the reason may be.", "however hard it may seem,")
    copula_last = verb in _COPULAS and not (i + 1 < stop and is_word[i + 1])
    lo = max(sentence.first, first - _CLAUSE_WINDOW)
    k = first - 1
    while k >= lo and is_word[k]:
        w = norms[k]
        if w in _WH_EVER:
            # the modal must be the verb of the wh-ever clause ("whatever may happen", "wherever they may
            # go"), not of the main clause after a wh-ever subject ("whoever wins may face a recession")
            if w == "however":
                if k + 1 < first and norms[k + 1] not in _NOT_AFTER_HOWEVER:
                    return "however hard it may be: concessive, not a hedge"
            elif k == first - 1 or before in _CLAUSE_SUBJECTS or copula_last:
                return "whatever / wherever ... may: concessive, not a hedge"
        if w == "that" and k > 0 and (norms[k - 1] == "so" or (norms[k - 1] == "order" and k > 1
                                                              and norms[k - 2] == "in")):
            return "so that ... may / could: purpose, not a hedge"
        if w == "as" and verb in _COPULAS and any(norms[j] == "as" for j in range(max(lo, k - 4), k - 1)):
            # "as hard as it may be", "as emotionally powerful as they may be"
            return "as hard as it may be: concessive, not a hedge"
        k -= 1
    if word == "may" and before == "what" and word_before(doc, first - 1) == "come":
        return "come what may: an idiom, not a hedge"
    if word == "may" and before == "it" and first >= 4 and norms[first - 2] == "as" \
            and norms[first - 3] == "that" and norms[first - 4] == "be":
        return "be that as it may: an idiom, not a hedge"
    return ""


def candidates(ctx: Context) -> list[tuple[Doc, Match]]:
    """Lexicon matches the context rules accept, in both fields (before any model)."""
    out: list[tuple[Doc, Match]] = []
    for doc in ctx.docs:
        for match in ctx.matches(doc, "hedges"):
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


def decisions(ctx: Context) -> list[tuple[Doc, Match, str | None, bool]]:
    """The candidates the rules and the learned filter accept: (doc, match, evidence rule, quoted)
    each, in WikiWeasel's definition of uncertainty, where a bare vague quantifier ("many of the
    villagers") counts as a weasel word (see :func:`reader_hedge` for the reports' definition)."""
    model = packaged_model(MODEL)
    out: list[tuple[Doc, Match, str | None, bool]] = []
    for doc, match in candidates(ctx):
        rule = None
        quoted = ctx.in_quote(doc, doc.starts[match.first])
        if model is not None and gated(match):
            p = linear_probability(model.weights, model.intercept, match_features(ctx, doc, match, quoted))
            ok = p >= model.threshold  # model.accepts, compiled
            if not ok:
                continue
            rule = f"{match.entry.rule} · {model.label} p={p:.2f}"
        out.append((doc, match, rule, quoted))
    return out


def reader_hedge(doc: Doc, match: Match) -> bool:
    """Does a reader take this accepted candidate as a hedge? Not a bare vague quantifier or group
    that is no source of a view ("many low-wage workers", "the most important", "widely shared"):
    WikiWeasel's annotators mark such words as weasels about half the time, a reader of news does not
    (issue 13); nor a "think" / "believe" that reports someone else's view ("he thinks", "some experts
    believe"), where "I think" softens the speaker's own claim; nor a verb of report with a named or
    personal source ("he suggested", "activists have alleged", "advocates claim that"); nor a modal
    that states what is hoped or wished ("hope that they could", "wish I could"); nor a doubt adjective
    that judges ("a questionable post"); nor a device's "could", a feasible "possible", a reported
    "implied", a concessive "X may have ..., but Y" (:mod:`.hedge_readings`).
    :mod:`.hedge_contexts` says why."""
    return not (weasel_source(doc, match) or reported_belief(doc, match) or reporting_use(doc, match)
                or person_reports(doc, match) or modal_of_wish(doc, match) or evaluative_use(doc, match) or reader_reading(doc, match)
                or modal_reading(doc, match))


VAGUE_SOURCES: Final = "vague_sources"  # weasels that name an unnamed source: shown apart, not counted
# the first words of a weasel entry that names who holds the view ("critics say", "some argue", "many
# experts", "according to some", "studies show"), where the passive and impersonal ones ("it is widely
# believed", "is seen as", "thought to") soften the claim itself
_VAGUE_SOURCE_OPENERS: Final = frozenset({
    "some", "many", "most", "several", "numerous", "various", "certain", "others", "critics", "experts",
    "scholars", "historians", "observers", "commentators", "analysts", "people", "folks", "scientists",
    "studies", "research", "science", "according", "by", "there", "common", "popular", "a"})


def names_vague_source(entry: Entry) -> bool:
    """Is this weasel entry an unnamed source of a view ("critics say", "some argue", "many experts")?
    A reader takes it as who holds the view, not as a softened claim (independent reading of issue 13:
    half the wrong hedges), and the sourcing feature counts it as a vague source already."""
    return entry.category == "weasel" and (entry.words[0] in _VAGUE_SOURCE_OPENERS or entry.words[-2:] in (
        ("by", "many"), ("by", "some")))  # "seen by many", "described by some"


def compute(ctx: Context) -> FeatureResult:
    """Hedges per 1,000 words (title and text). The value, the ``quoted`` measure and the highlights
    count the words that soften a claim; weasels that name an unnamed source ("critics say", "some
    argue", measure ``vague_sources``) stay evidence, listed and counted apart (WikiWeasel's annotators
    mark them as weasels, ``framing evaluate`` counts them)."""
    evidence = [match_evidence(NAME, VAGUE_SOURCES if names_vague_source(match.entry) else
                               match.entry.category or NAME, doc, match, rule, label="quoted" if quoted else None)
                for doc, match, rule, quoted in decisions(ctx) if reader_hedge(doc, match)]
    softening = [e for e in evidence if e.measure != VAGUE_SOURCES]
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "hedges", softening), apart=VAGUE_SOURCES)
