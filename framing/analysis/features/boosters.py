"""Boosters: words and phrases of certainty ("clearly", "make no mistake").

Lexicon ``boosters.txt`` (Hyland 2005 boosters; factives and certainty markers
from Recasens et al. 2013). Context rules:

* a negated booster ("not clear", "never certain") expresses doubt, not certainty;
* ambiguous adjectives (``certain``, ``clear``, ``sure`` ...) count only when
  they assert certainty: after a copula or degree word ("it is clear", "quite
  sure") or before ``that``/``to``/``of`` ("certain that"); "certain areas" is
  not certainty;
* a booster verb after a determiner is a noun ("a show of force");
* a negation up to four words before reaches it ("nobody I talked to really
  disputed", "it is not at all obvious"); a booster inside an if/whether clause
  or a question asserts nothing ("if that is really his name", "is it truly ...?");
  after "seems"/"appears" it is hedged ("seems clear");
* "really", "truly", "actually" count only right after a finite auxiliary or
  copula ("is actually", "has really"): elsewhere they mark degree or the reality of
  an act ("really electrified", "what the law actually says", "will actually vote",
  "to truly understand"); before an adjective ("really evil", "absolutely essential")
  they are degree intensifiers ("absolutely stunning" too); "absolutely nothing / no" intensifies a
  quantifier; "make absolutely sure" is to ensure; "for certain ideas" means particular ones;
  "until they prove" is a condition; "guaranteed to them" is an entitlement; "to show that", "to prove"
  are to demonstrate; "proved too much", "proved costly" mean turned out;
* :mod:`.booster_statement_readings`: "make it clear" said of someone, "say this clearly", a negative
  subject a few words back ("none of them were really that"), "really, really", "the truth is in ...".

Higher value: more certainty markers per 1,000 words of the writer's own, i.e. more assertive writing.
The value counts the writer's own voice: spans outside direct quotations per 1,000
own-voice words (the words outside quotation marks, so quotations neither add to the
rate nor thin it); spans inside them stay evidence, labelled ``quoted``, and are the
measure ``quoted`` (per 1,000 quoted words). See ``evidence.rate_result``.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from ...types import FeatureResult
from ..context import Context
from ..evidence import rate_result
from .booster_manner_readings import manner_reading
from .booster_readings import hedged_before, proved_meaning_turned_out
from .booster_scopes import in_only_when_clause, presented_as, under_possibility_modal
from .booster_task_readings import (clear_in_time_clause, conclusive_description, in_whether_over_a_list,
                                    intended_no_doubt, prove_as_task, proving_of_a_task)
from .booster_statement_readings import (clear_made_by_someone, knowing_named, negative_subject_before,
                                         really_of_degree, said_clearly, truth_located)
from .lexical import COPULAS, DETERMINERS, NEGATORS, category_measures, collect, word_after, word_before

NAME: Final = "boosters"

_PREDICATIVE_ONLY: Final = frozenset({"certain", "clear", "sure", "true", "real", "plain", "sound",
                                      "definite", "firm", "positive", "evident", "obvious", "undeniable",
                                      "convinced", "confident"})


# Negators that reach over a few words ("nobody I talked to really disputed", "it is not at all obvious").
_WIDE_NEGATORS: Final = NEGATORS | frozenset({"nobody", "nothing", "none", "neither", "no-one", "few", "unable",
                                               "impossible", "cannot",
                                               # "evidence prevents conclusively determining"
                                               "prevents", "prevent", "prevented", "preventing", "precludes",
                                               "preclude", "precluded"})
# adjectives of certainty listed with a comma ("absolute, definitive evidence"): a negation before the
# first reaches the next
_STACKED_ADJECTIVES: Final = frozenset({"absolute", "definitive", "clear", "conclusive", "certain", "undeniable",
                                        "irrefutable", "unambiguous", "concrete", "hard", "solid", "direct"})
# words after "really" that make it a degree word ("really in the know", "really quite good")
_DEGREE_AFTER_REALLY: Final = frozenset({"quite", "very", "so", "too", "pretty", "rather", "fairly", "much", "more",
                                         "less", "in", "into", "on", "at", "about", "a", "an", "the", "well", "nice",
                                         "important", "interesting", "different", "difficult", "easy", "high",
                                         "low", "tough", "cool", "smart", "strong", "weak", "close", "excited",
                                         "happy", "sad", "angry", "worried", "proud", "fun", "funny", "long"})
# feelings whose degree "really" / "truly" raises ("I'm really sorry", "truly grateful")
_FEELINGS: Final = frozenset({"sorry", "grateful", "thankful", "honored", "honoured", "humbled", "pleased", "glad",
                              "thrilled", "delighted", "saddened", "disappointed", "concerned", "appreciative",
                              "blessed", "touched", "moved", "heartbroken", "upset", "scared", "afraid", "excited",
                              "happy", "sad", "angry", "worried", "proud", "hurt", "ashamed", "embarrassed"})
_SAYING: Final = frozenset({"said", "says", "say", "stated", "states", "told", "tells", "wrote", "writes", "put",
                            "spoke", "speaks", "explained", "answered", "replied"})
_FINDING_SUBJECTS: Final = frozenset({"poll", "polls", "survey", "surveys", "data", "study", "studies", "figures",
                                      "numbers", "report", "research", "analysis", "census", "records", "chart",
                                      # "a measure of new orders showed that", "the index showed that"
                                      "measure", "measures", "index", "gauge", "gauges", "indicator", "indicators",
                                      "reading", "readings", "statistics", "tally", "polling"})
# a poll or survey further back than the finding window ("The poll, conducted for the state GOP, showed that"):
# readers marked its plain result wrong every time (research and figures they split on, so those keep the window)
_POLLS: Final = frozenset({"poll", "polls", "survey", "surveys", "polling", "pollster", "pollsters"})
_POLL_REACH: Final = 12  # tokens
_IMPERSONAL_SUBJECTS: Final = frozenset({"it", "this", "that", "what", "things", "one", "so", "much", "nothing",
                                          "it's", "that's", "what's"})
# the subject of "have been clear that" who states something: people ("organizers", "officials", "Democrats")
_PEOPLE_ENDINGS: Final = ("ers", "ors", "ists", "ians", "officials", "leaders", "students", "members", "parents",
                          "democrats", "republicans")
_CLEAR_AUXILIARIES: Final = frozenset({"been", "was", "were", "is", "are", "be", "am", "'s", "has", "have", "had",
                                       "always", "very", "quite", "also", "repeatedly", "consistently", "not"})
NEGATION_REACH: Final = 4  # words
CLAUSE_WINDOW: Final = 40  # tokens looked at for a condition or a question mark (linear in the text)
_CONDITIONS: Final = frozenset({"if", "unless", "whether", "until"})
_DEGREE_ADVERBS: Final = frozenset({"really", "truly", "actually", "absolutely", "decidedly"})
_MODALS: Final = frozenset({"may", "might", "could", "would", "will", "can", "should", "must", "'ll", "'d"})
# "is actually", "has really", "are truly": the adverb asserts that the predication holds, against an
# expectation (Hyland 2005's booster use); elsewhere it marks degree or the reality of an act
# ("really electrified", "what the law actually says", "will actually vote", "to truly understand")
_REALITY_ADVERBS: Final = frozenset({"really", "truly", "actually"})
_FINITE_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "am", "'s", "'re", "'m", "has", "have", "had",
                                        "'ve", "does", "do", "did", "it's", "that's", "he's", "she's", "there's",
                                        "what's", "they're", "we're", "you're", "i'm"})
# "absolutely nothing", "absolutely no sense", "absolutely everyone": an intensified quantifier
_QUANTIFIERS: Final = frozenset({"no", "nothing", "none", "nobody", "never", "every", "everything", "everyone",
                                 "everybody", "all", "zero", "any", "anything"})
# words after "know for certain" that leave "certain" meaning sure ("for certain that", "for certain yet")
_AFTER_FOR_CERTAIN: Final = frozenset({"that", "if", "whether", "what", "who", "how", "when", "why", "yet", "now",
                                       "and", "but", "or", "about", "until", "either", "anymore", "though"})
_DEMONSTRATE: Final = frozenset({"show", "prove", "demonstrate", "establish"})
_HEDGING_COPULAS: Final = frozenset({"seems", "seem", "seemed", "appears", "appear", "appeared", "looks",
                                     "looked"})
# "The bottom line, I think, is ...": the speaker hedges the booster in the next words
_HEDGING_VERBS: Final = frozenset({"think", "guess", "suspect", "suppose", "imagine"})
# "when it became clear that ...": a clause of time that tells when something was realised (narrative)
_TIME_CONJUNCTIONS: Final = frozenset({"when", "once", "until", "as", "after", "before", "since"})
# "in fairly obvious ways", "for fairly obvious reasons": a degree word and an adjective after a preposition
# modify the noun that follows
_PREPOSITIONS: Final = frozenset({"in", "for", "with", "by", "of", "on", "at", "from", "into"})
_BECAME: Final = frozenset({"became", "become", "becomes", "becoming"})
# certainty words that are plain attributive adjectives before most nouns ("an inescapable network"), and
# the nouns after which they still assert certainty ("the inescapable conclusion")
_ATTRIBUTIVE_CERTAINTY: Final = frozenset({"inescapable"})
_CERTAIN_NOUNS: Final = frozenset({"conclusion", "conclusions", "fact", "facts", "truth", "truths", "reality",
                                   "logic", "inference", "lesson", "point"})


_POLL_VERBS: Final = frozenset({"vote", "support", "back", "oppose", "consider", "choose", "buy", "get"})
_BETWEEN_MODAL: Final = frozenset({"be", "been", "easily", "later", "yet", "eventually", "ultimately", "never", "ever",
                                   "also", "still", "not"})


_SHOW_KINDS: Final = frozenset({"reality", "talk", "game", "radio", "tv", "television", "cooking", "morning",
                                "late-night", "variety", "news", "road", "trade", "air", "light", "comedy", "quiz"})
_PROVEN_AUXILIARIES: Final = frozenset({"has", "have", "had", "been", "be", "is", "are", "was", "were", "being",
                                        "'s", "'ve", "not", "never", "it's", "as", "conclusively", "clearly",
                                        "scientifically", "already", "now", "since", "repeatedly", "also"})


# plural words that are no noun after "certain" ("certain his", "certain this was", "certain Democrats")
_NOT_PLURAL_NOUNS: Final = frozenset({"this", "his", "its", "is", "was", "has", "does", "as", "us", "thus", "unless",
                                      "always", "perhaps", "regardless", "less", "yes"})


def _plural_noun(word: str) -> bool:
    """Does ``word`` read as a plural noun ("similarities", "things"), not a pronoun or a verb?"""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "us")) \
        and word not in _NOT_PLURAL_NOUNS


def _starts_sentence(doc: Doc, i: int) -> bool:
    """No word token before token ``i`` in its sentence."""
    first = doc.sentences[doc.sentence_of[i]].first
    return not any(doc.is_word[k] for k in range(first, i))


def _modal_before(doc: Doc, first: int) -> bool:
    """ "may prove", "may later prove", "can be easily proven": a modal up to three words back, with only
    "be" or an adverb between."""
    k, seen = first - 1, 0
    while k >= 0 and doc.is_word[k] and seen < 3:
        if doc.norms[k] in _MODALS:
            return True
        if doc.norms[k] not in _BETWEEN_MODAL:
            return False
        k -= 1
        seen += 1
    return False


def _negated_within(doc: Doc, first: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    j, seen = first - 1, 0
    while j >= sentence.first and seen < NEGATION_REACH:
        if not doc.is_word[j]:
            if doc.tokens[j] == "," and j > sentence.first and doc.norms[j - 1] in _STACKED_ADJECTIVES:
                j -= 1  # "does not give me absolute, definitive evidence": one list of adjectives
                continue
            if doc.tokens[j] in (",", ";", ":", "—", "–"):
                return False
            j -= 1
            continue
        n = doc.norms[j]
        if n in _WIDE_NEGATORS or n.endswith("n't"):
            return True
        seen += 1
        j -= 1
    return False


def _in_condition_or_question(doc: Doc, first: int) -> bool:
    """Inside an if/whether clause or a question: the booster asserts nothing ("if that is really his
    name", "is the administration truly concerned?")."""
    sentence = doc.sentences[doc.sentence_of[first]]
    for k in range(first, min(sentence.stop, first + CLAUSE_WINDOW)):
        if doc.tokens[k] == "?":
            return True
        if doc.tokens[k] in (".", "!"):
            break
    j = first - 1
    lo = max(sentence.first, first - CLAUSE_WINDOW)
    while j >= lo and doc.tokens[j] not in (",", ";", ":", "—"):
        if doc.norms[j] in _CONDITIONS:
            return True
        j -= 1
    # "asked if, in fact, we are better off": the condition word right before the comma
    return j == first - 1 and j > sentence.first and doc.tokens[j] == "," and doc.norms[j - 1] in _CONDITIONS


def _hedged_after(doc: Doc, stop: int) -> bool:
    """", I think," / ", I guess," right after the booster: the speaker hedges it (not "of course, I think
    about it", which thinks of something)."""
    k = stop
    if k < len(doc.tokens) and doc.tokens[k] == ",":
        k += 1
    if not (k + 1 < len(doc.norms) and doc.norms[k] in ("i", "we") and doc.norms[k + 1] in _HEDGING_VERBS):
        return False
    return k + 2 >= len(doc.norms) or doc.norms[k + 2] not in ("about", "of", "back", "through", "over")


def _after_time_conjunction(doc: Doc, became: int) -> bool:
    """"when it became", "once it had become", "as it becomes": a time conjunction up to three words before
    the verb at ``became``."""
    sentence_first = doc.sentences[doc.sentence_of[became]].first
    return any(doc.norms[k] in _TIME_CONJUNCTIONS for k in range(max(sentence_first, became - 3), became))


def _negated_meaning(doc: Doc, first: int) -> bool:
    """"doesn't mean (that) war is the inevitable answer": a negated "mean" up to six words before, in the
    clause."""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    j, seen = first - 1, 0
    while j > sentence_first and seen < 6:
        if doc.tokens[j] in (",", ";", ":", "—", "–"):
            return False
        if doc.norms[j] in ("mean", "means") and (doc.norms[j - 1] in NEGATORS or doc.norms[j - 1].endswith("n't")
                                                  or doc.norms[j - 1] == "cannot"):
            return True
        seen += doc.is_word[j]
        j -= 1
    return False


def keep(doc: Doc, match: Match) -> str | None:
    entry = match.entry
    first = match.first
    before = word_before(doc, first)
    if before in NEGATORS or before.endswith("n't") or (
            before in COPULAS and word_before(doc, first - 1) in NEGATORS):
        return "negated booster"
    if _negated_within(doc, first):
        return "negated booster (a negation a few words before)"
    if negative_subject_before(doc, first):
        return "negated: none of them were really that interested (a negative subject in the clause)"
    if _in_condition_or_question(doc, first):
        return "in a condition or a question"
    if in_only_when_clause(doc, first):
        return "only when the evidence is clear: a condition, no certainty asserted"
    if under_possibility_modal(doc, first):
        return "may indeed go / could finally become obvious: under a modal of possibility, no certainty asserted"
    if len(entry.words) == 1 and presented_as(doc, first):
        return "presented as undisputed reality: someone's framing described, not the writer's certainty"
    if entry.words == ("clear",) and word_after(doc, first) in ("of", "cut", "-cut"):
        return "clear of the wall / clear cut: away from, or simple, not certainty"
    if entry.words == ("certain",) and before in ("make", "makes", "made", "making"):
        return "make certain that: to ensure, no certainty asserted"
    if entry.words == ("certain",) and (_plural_noun(word_after(doc, first)) or (
            word_after(doc, first).endswith(("al", "ic", "ive", "ous", "ary")) and _plural_noun(word_after(doc, first + 1)))):
        return "there are certain similarities / certain political assumptions: certain = some, no certainty asserted"
    if entry.words == ("proving",) and proving_of_a_task(doc, first):
        return "information proving / the challenge is proving: a task or a document's purpose, no certainty asserted"
    if entry.words == ("prove",) and prove_as_task(doc, first):
        return "have to get the documents and prove things / making companies prove: a task, no certainty asserted"
    if entry.words == ("conclusive",) and conclusive_description(doc, first):
        return "a conclusive stance: a firm position described, no certainty asserted"
    if intended_no_doubt(doc, first, match.stop):
        return "would leave no doubt who was in charge: an intended effect, reported"
    if entry.words == ("clear",) and clear_in_time_clause(doc, first):
        return "once the context was clear, ...: when something became known, not the writer's certainty"
    if len(entry.words) == 1 and in_whether_over_a_list(doc, first):
        return "in a whether clause (its subject a list of names): asserts nothing"
    if entry.words == ("clear",) and clear_made_by_someone(doc, first):
        return "the White House will make it clear that: reports someone's statement, not certainty"
    if len(entry.words) == 1:
        why = manner_reading(doc, first)
        if why:
            return why
    if entry.words == ("clearly",) and said_clearly(doc, first):
        return "say this clearly / communicate clearly: the manner of speaking, not certainty"
    if entry.words == ("really",) and really_of_degree(doc, first):
        return "really, really sad / really that interested: degree, not certainty"
    if knowing_named(doc, entry.words, match.stop):
        return "the internet as we know it / everyone knows where: an idiom or who knows what, no certainty asserted"
    if entry.words == ("the", "truth", "is") and truth_located(doc, match.stop):
        return "the truth is in the gray areas: where the truth lies, no certainty asserted"
    if before in _HEDGING_COPULAS:
        return "hedged: seems clear"
    if _hedged_after(doc, match.stop):
        return "hedged right after: the bottom line, I think, is ..."
    if entry.words == ("clear",) and before in _BECAME and _after_time_conjunction(doc, first - 1):
        return "when it became clear that ...: narrative of when something was realised, not the writer's certainty"
    if len(entry.words) == 1 and entry.words[0] in _ATTRIBUTIVE_CERTAINTY and before not in COPULAS \
            and word_after(doc, first) not in _CERTAIN_NOUNS:
        return "an inescapable network: an attributive adjective, no certainty asserted"
    if len(entry.words) == 1 and proved_meaning_turned_out(doc, first):
        return "proved civil / proved at times to be: turned out, no certainty asserted"
    if hedged_before(doc, first):
        return "hedged a few words before: appeared almost certain, perhaps the inevitable"
    if _negated_meaning(doc, first):
        return "that doesn't mean X is inevitable: the certainty is denied"
    if len(entry.words) == 1 and entry.words[0] in _REALITY_ADVERBS and before not in _FINITE_AUXILIARIES:
        return "really / actually / truly not after an auxiliary (really electrified, will actually vote): " \
               "degree or the reality of an act, no certainty asserted"
    if entry.words == ("really",) and word_after(doc, first).endswith(("ing", "ed", "en")):
        return "really + a verb (is really causing, has really taken off): degree, not certainty"
    if entry.words == ("really",) and word_after(doc, first) in _DEGREE_AFTER_REALLY:
        return "really in the know / really quite good: degree, not certainty"
    if entry.words[0] in ("really", "truly") and word_after(doc, first) in _FEELINGS:
        return "really sorry / truly grateful: how much is felt, not certainty"
    if entry.words == ("in", "truth") and before in ("rooted", "based", "grounded", "founded"):
        return "rooted in truth: describes a basis, no certainty asserted"
    if entry.words == ("plainly",) and before in _SAYING:
        return "said plainly: the manner of speaking, not the writer's certainty"
    if entry.words == ("certain",) and before in ("make", "makes", "made", "making") \
            and word_after(doc, first).endswith("s") and word_after(doc, first) not in ("sure",):
        return "make certain notices: certain = particular, no certainty asserted"
    if "clear" in entry.words and entry.words[0] in ("make", "makes", "made", "making") \
            and not any(doc.norms[k] in ("i", "we", "let", "us", "me") for k in range(max(0, first - 4), first)):
        return "made it clear that: reports someone's firm statement (an attribution), not the writer's certainty"
    if entry.words == ("clear",) and before in ("steer", "steered", "steering", "stay", "stayed", "keep", "kept"):
        return "steer clear: an idiom (keep away)"
    if entry.words == ("clear",) and before in _CLEAR_AUXILIARIES and word_after(doc, first) in ("that", "about"):
        k = first - 1
        while k > 0 and doc.norms[k] in _CLEAR_AUXILIARIES:
            k -= 1
        subject = doc.norms[k]
        if doc.is_word[k] and (subject in ("he", "she", "they", "we") or subject.endswith(_PEOPLE_ENDINGS)
                               or doc.tokens[k][:1].isupper() and subject not in _IMPERSONAL_SUBJECTS
                               and k != doc.sentences[doc.sentence_of[k]].first):
            return "they have been clear that: reports someone's plain statement, not the writer's certainty"
    if entry.words[0] in ("show", "shows", "showed", "shown") and "that" in entry.words:
        sentence = doc.sentences[doc.sentence_of[first]]
        if any(doc.norms[k] in ("may", "might", "could") for k in range(match.stop, min(sentence.stop, match.stop + 8))):
            return "shows that X may: the finding itself is hedged"
        window = [doc.norms[k] for k in range(max(sentence.first, first - 5), first)]
        if not _FINDING_SUBJECTS.isdisjoint(window) and "our" not in window and "my" not in window:
            return "a poll shows that: reports a finding, not the writer's certainty"
    if entry.words[0] in ("show", "shows", "showed", "shown", "showing") and "that" in entry.words:
        sentence = doc.sentences[doc.sentence_of[first]]
        if any(doc.norms[k] in _POLLS for k in range(max(sentence.first, first - _POLL_REACH), first)):
            return "the poll, conducted for the party, showed that: reports a poll's result, not certainty"
    if entry.words == ("definitely",) and before == "would" and word_after(doc, first) in _POLL_VERBS:
        return "would definitely vote: an answer category of a poll, not the writer's certainty"
    if entry.words == ("absolutely",) and word_after(doc, first) in _QUANTIFIERS:
        return "absolutely nothing / no: an intensified quantifier, no certainty asserted"
    if len(entry.words) == 1 and entry.words[0] in _DEGREE_ADVERBS:
        after = word_after(doc, first)
        if after.endswith(("ous", "ful", "ive", "ic", "al", "ent", "ant", "able", "ible", "less", "ish")) \
                or (entry.words[0] in ("absolutely", "decidedly") and after.endswith(("ing", "ed"))) \
                or after in ("evil", "good", "bad", "great", "hard", "big", "get", "see", "want", "small", "old"):
            return "degree intensifier (really evil), not certainty"
    if entry.words[0] == "absolutely" and len(entry.words) == 2 and before in ("make", "makes", "made", "making"):
        return "make absolutely sure: to ensure, no certainty asserted"
    if entry.words == ("for", "certain") and match.stop < len(doc.norms) and doc.is_word[match.stop] \
            and doc.norms[match.stop] not in _AFTER_FOR_CERTAIN:
        return "for certain ideas: certain = particular, no certainty asserted"
    if entry.words[:2] == ("guaranteed", "to") and word_after(doc, match.stop - 1) in (
            "them", "him", "her", "us", "you", "me", "the", "all", "every", "each"):
        return "guaranteed to someone: an entitlement"
    if entry.words[0] in ("show", "shows") and (before in DETERMINERS or before in _SHOW_KINDS):
        return "a reality show that: the noun, no certainty asserted"
    if entry.words == ("proven",) and before not in _PROVEN_AUXILIARIES:
        return "proven leadership: an attributive adjective (tested), no certainty asserted"
    if entry.words == ("clear",) and before == "be" and doc.tokens[first - 1][:1] == "B" \
            and _starts_sentence(doc, first - 1):
        return "Be clear that ...: an imperative, no certainty asserted"
    if entry.words[0] in _DEMONSTRATE and before == "to":
        return "to show / to prove: to demonstrate, no certainty asserted"
    if entry.words[0] in ("prove", "proves", "proved", "proven", "proving") and (
            _modal_before(doc, first) or before in ("of", "for", "in")):
        return "may prove / the bar of proving: a possibility or the task named, no certainty asserted"
    if entry.words[0] in ("prove", "proves", "proved", "proven") and len(entry.words) == 1 \
            and (word_after(doc, first) in ("too", "to", "a", "an", "more", "less", "difficult", "costly", "elusive",
                                            "popular", "controversial", "fatal", "useful", "decisive", "crucial",
                                            "harder", "easier", "tougher", "wrong", "right", "inaccurate", "false",
                                            "unfounded", "disastrous", "successful", "unpopular", "problematic",
                                            "true", "correct", "prescient", "accurate", "effective", "delicate",
                                            "tricky", "thorny", "awkward", "challenging", "troublesome", "vital",
                                            "pivotal", "invaluable", "critical", "essential", "hard", "tough",
                                            "easy", "divisive", "damaging", "deadly", "lethal", "impossible")):
        return "proved too much / proved costly: turned out, no certainty asserted"
    if len(entry.words) == 1:
        word = entry.words[0]
        if word in _PREDICATIVE_ONLY:
            after = word_after(doc, first)
            if before not in COPULAS and after not in ("that", "to", "of", "whether", "about"):
                return "attributive adjective"
            if before in ("very", "so", "quite", "pretty", "too", "fairly") \
                    and (word_before(doc, first - 1) in DETERMINERS or word_before(doc, first - 1) in _PREPOSITIONS) \
                    and after not in ("that", "to", "of", "whether", "about", ""):
                return "attributive adjective (a very obvious way, for fairly obvious reasons)"
        if entry.category == "verb" and before in DETERMINERS:
            return "noun use"
    return None


def compute(ctx: Context) -> FeatureResult:
    """Boosters per 1,000 words (title and text)."""
    evidence = collect(ctx, NAME, "boosters", keep)
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "boosters", evidence))
