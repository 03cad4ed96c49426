"""Uses of hedge words that soften no claim, read on news pages (issue 13).

The hedging feature asks these rules about each lexicon match; each returns why the match is not a
hedge ('' if it may be one):

* :func:`weasel_source`: a bare vague quantifier or unnamed group ("some", "many of", "most",
  "several", "critics", "experts") is a weasel word only where it stands for an unnamed source of a
  view: the subject of a verb of saying or believing a few words on ("some say", "many Republicans
  believe", "critics of the plan argue", "experts have warned"). Otherwise it states a quantity or
  names a group ("many low-wage workers", "some of the debates", "the most important issues",
  "smarter critics of Communism", "several cases"), which a reader does not take as a hedge
  (Wikipedia, "Manual of Style/Words to watch": weasel words are "unsupported attributions"; Vincze
  2013 likewise annotates weasels as vague sources of a claim). "widely" counts only before a verb
  of belief or report ("widely seen as", "widely expected to", not "widely shared"); a bare
  "considered" only as a consensus "considered (to be) X" ("considered the court's centre"), not
  "he considered several options" or "was considered for the job".
* :func:`plain_likely_or_think`: "likely" before a noun names a group ("likely voters"); "least
  likely to" and "less likely than" compare rates; "think of / about / through / twice", "you'd
  think", "what do you think" are not hedges; nor "an estimated 44.7 million" (a quantity, like the
  approximators), "the estimates of" (a noun), "to tend to the horses", "not unclear" (litotes).
* :func:`could_of_ability`: "could have" + a participle is mostly counterfactual in news ("the tax cut
  could have been smaller", "he could have been caught with narrower surveillance"): what was possible
  and did not happen, no claim hedged; "nobody could answer" states an inability; "if I could add"
  a conditional ability; "could" + a verb of perceiving, knowing or doing ("could tell", "could
  remember", "we could do a lot") an ability (Coates 1983: root "could").
* :func:`compares_rates`: "are more likely to", "four times more likely to", "would be less likely to
  support him" compare how often groups do something or state a poll's disposition, not a hedge.
* :func:`modal_in_question`: a modal in a wh-clause ("what he might say next", "how it could
  happen", "whether the law might be delayed") asks about a possibility; it hedges no claim.

What a reader of news does not take as a hedge, though WikiWeasel's definition may (the hedging feature's
``reader_hedge`` asks these, so the WikiWeasel figures and the learned filter are left as they are;
independent readers of issue 13 judged them):

* :func:`reported_belief`: "he thinks", "some experts believe", "they don't think" report someone else's
  view; "I think", "we believe", "there is reason to believe", "believed trapped" stay;
* :func:`reporting_use`: "advocates claim that", "the woman alleged that", "he suggested", "Pelosi
  suggested" attribute a claim; "the alleged assault", "polls suggest", "I would suggest" stay;
* :func:`modal_of_wish`: "hope that they could", "I wish I could", "confident he could win": the content
  of a hope, a wish or a confidence;
* :func:`evaluative_use`: "a questionable post", "morally questionable": a judgement.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import question_ahead, word_after, word_before

# the words of a bare vague quantifier or group entry ("some", "many of", "a number of", "critics")
_GROUP_WORDS: Final = frozenset({"some", "many", "most", "several", "numerous", "various", "certain", "others",
                                 "of", "other", "a", "number", "people", "critics", "experts", "scholars",
                                 "historians", "observers", "commentators", "analysts", "scientists",
                                 "estimates"})
# verbs whose subject holds or voices a view: the unnamed group is then the source of a claim
_VIEW_VERBS: Final = frozenset({
    "say", "says", "said", "saying", "argue", "argues", "argued", "arguing", "believe", "believes", "believed",
    "think", "thinks", "thought", "claim", "claimed", "contend", "contends", "contended", "suggest",
    "suggests", "suggested", "fear", "feared", "feel", "feels", "felt", "worry", "worried", "warn", "warns",
    "warned", "predict", "predicts", "predicted", "expect", "expects", "expected", "agree", "agrees", "agreed",
    "insist", "insists", "insisted", "maintain", "maintains", "maintained", "allege", "alleges", "alleged",
    "speculate", "speculated", "suspect", "suspected", "consider", "considers", "considered", "viewed",
    "questioned", "doubted", "charged", "complain", "complained", "wonder", "wondered", "estimated",
    "assert", "asserts", "asserted", "described", "dismiss", "dismissed", "accuse", "accused", "blamed",
    "see", "regard", "regarded", "noted", "pointed", "acknowledge", "acknowledged", "concede", "conceded",
    "caution", "cautioned", "call", "called", "labeled", "labelled", "dubbed", "praised", "hailed",
    "criticized", "criticised", "denounced", "condemned", "slammed", "urged", "urge"})
# (nouns as much as verbs are left out: "some later point", "some doubt", "many questions", "some estimates")
# a new subject ends the search: "numerous accounts he said harassed him" (the view is his)
_PRONOUNS: Final = frozenset({"he", "she", "they", "i", "we", "you", "it", "who", "which", "that"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"})
_CLAIM_ADJECTIVES: Final = frozenset({"any", "no", "false", "bogus", "dubious", "baseless", "unfounded", "new",
                                      "latest", "repeated", "same", "whose", "my", "our", "your", "such"})
# how many words on the verb may stand ("critics of the federal jobs plan say", "some people familiar
# with the document say")
_VIEW_REACH: Final = 6
# punctuation that ends the subject ("some serious cuts," said X: the view is someone else's)
_SUBJECT_ENDS: Final = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "“", "”", '"', "?", "!"})
# participles after "widely" that state a belief, an expectation or a report held by many
_CONSENSUS_PARTICIPLES: Final = frozenset({
    "believed", "regarded", "considered", "seen", "viewed", "perceived", "expected", "thought", "assumed",
    "understood", "acknowledged", "accepted", "reported", "rumored", "rumoured", "credited", "described",
    "predicted", "anticipated", "presumed", "suspected", "accused", "attributed", "held", "recognized",
    "recognised", "criticized", "criticised", "condemned", "panned", "praised", "derided", "blamed",
    "disputed", "questioned", "doubted", "labeled", "labelled", "dubbed", "called", "cited", "known"})
_HAVE: Final = frozenset({"have", "has", "had", "having", "'ve"})
# the start of the noun phrase of a consensus "considered": "considered the centre", "considered to be"
_PREDICATE_STARTS: Final = frozenset({"the", "a", "an", "to", "one", "among", "by", "his", "her", "its",
                                      "their", "our", "my", "your", "likely", "unlikely", "more", "less",
                                      "most", "least"})
# "an estimated 3,000" (a quantity), "the estimates", "cost estimates" (a noun)
_ESTIMATE_NOUN_BEFORE: Final = frozenset({"an", "a", "the", "these", "those", "its", "his", "her", "their", "our",
                                          "my", "your", "cost", "official", "early", "rough", "conservative",
                                          "some", "many", "other", "latest", "new", "such", "on", "by", "from"})
_NEGATIVE_ADJECTIVES: Final = frozenset({"unclear", "uncertain", "unsure", "doubtful", "questionable", "debatable",
                                         "ambiguous", "murky"})
_QUESTION_WORDS: Final = frozenset({"what", "how", "whether", "why"})
# words that open an indirect question plainly ("it is unclear how soon the judge may respond", "no matter
# whether an opposition party in Congress may be"): the doubt is theirs, the modal inside asks; such a
# wh-word is looked for over _ASKED_REACH words, any other over five
_ASKING_BEFORE: Final = _NEGATIVE_ADJECTIVES | {"unknown", "clear", "matter"}
_ASKED_REACH: Final = 10
_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", "—", "–", "(", "“", "”", '"', ".", "?", "!"})
_THINK_PARTICLES: Final = frozenset({"of", "about", "through", "twice", "back", "up", "ahead", "big", "alike",
                                     "again", "outside", "differently", "clearly", "hard", "straight"})


# frequency adverbs: how often something happens, not how sure the writer is (kept in WikiWeasel's definition,
# where the learned filter decides on them)
_FREQUENCY: Final = frozenset({"sometimes", "typically", "commonly"})


def _is_group_entry(words: tuple[str, ...]) -> bool:
    return all(w in _GROUP_WORDS for w in words)


def weasel_source(doc: Doc, match: Match) -> str:
    """Why a weasel match is a plain quantity or group, not an unnamed source ('' if it may be one)."""
    entry = match.entry
    words = entry.words
    if entry.term in _FREQUENCY:
        return "sometimes / typically: a frequency, not a hedge"
    if entry.category != "weasel":
        return ""
    if words == ("widely",):
        after = word_after(doc, match.first)
        if after not in _CONSENSUS_PARTICIPLES:
            return "widely + a verb of act (widely shared): an extent, not a vague source"
        return ""
    if words == ("considered",):
        before = word_before(doc, match.first)
        after = word_after(doc, match.first)
        if before in _HAVE or after not in _PREDICATE_STARTS:
            return "considered: weighed or thought about, not a consensus 'considered X'"
        return ""
    if words == ("claim", "that"):
        before = word_before(doc, match.first)
        if before in _DETERMINERS or before.endswith("'s") or before in _CLAIM_ADJECTIVES:
            return "the claim that: a named claim reported, not a vague source"
        return ""
    if not _is_group_entry(words):
        return ""
    tokens, norms, is_word = doc.tokens, doc.norms, doc.is_word
    stop = doc.sentences[doc.sentence_of[match.first]].stop
    seen = 0
    k = match.stop
    while k < stop and seen < _VIEW_REACH:
        if not is_word[k]:
            if tokens[k] in _SUBJECT_ENDS:
                break
            k += 1
            continue
        if norms[k] in _PRONOUNS:
            break
        if norms[k] in _VIEW_VERBS and not (k > 0 and (norms[k - 1] in _DETERMINERS or norms[k - 1] == "to")):
            return ""
        seen += 1
        k += 1
    return "a plain quantity or group (no verb of saying or believing follows), not a vague source"


def plain_likely_or_think(doc: Doc, match: Match) -> str:
    """Why "likely", "think", "estimated", "tend to" or a negative adjective is not a hedge here ('' if it
    may be one)."""
    words = match.entry.words
    first = match.first
    if words in (("estimated",), ("estimates",), ("estimate",)):
        before, after = word_before(doc, first), word_after(doc, first)
        if before in _ESTIMATE_NOUN_BEFORE or after in ("of", "for", "from", "put", "show", "range", "vary") \
                or (words != ("estimated",) and (first + 1 >= len(doc.tokens) or not doc.is_word[first + 1])):
            return "an estimated 3,000 / the estimates of: a quantity or a noun, not a hedge"
        return ""
    if words[0] in ("suggest", "suggests", "suggested") and len(words) == 1:
        before = word_before(doc, first)
        if before.endswith("'s") or before in ("the", "his", "her", "their", "its", "a"):
            return "the suggested budget: proposed, not a hedge"
        if word_after(doc, first) == "that":
            end = min(doc.sentences[doc.sentence_of[first]].stop, first + 14)
            if any(doc.norms[k] in ("should", "must", "ought") for k in range(first + 2, end)):
                return "suggested that X should: a proposal, not a hedge"
    if match.entry.category == "verb" and len(words) == 1 and words[0] not in ("guess", "suppose", "reckon"):
        before = word_before(doc, first)
        if before in _DETERMINERS or (before.endswith("est") and len(before) > 4):
            return "the biggest hint: a noun, not a hedging verb"
    if words == ("tend", "to") and word_before(doc, first) == "to":
        return "to tend to (the horses): to look after, not a hedge"
    if len(words) == 1 and words[0] in _NEGATIVE_ADJECTIVES and word_before(doc, first) in ("not", "n't", "never"):
        return "not unclear / not uncertain: litotes for clear, not a hedge"
    if words == ("likely",):
        before, after = word_before(doc, first), word_after(doc, first)
        if before == "least" or (before in ("less", "more") and after == "than"):
            return "least likely / less likely than: compares rates, not a hedge"
        nxt = first + 1
        if after and after not in ("to", "that", "be", "the", "a", "an", "will", "would", "not") \
                and nxt < len(doc.tokens) and (doc.tokens[nxt][:1].isupper() or after.endswith("s")) \
                and (before in ("the", "of", "among", "for", "and", "") or before[:1].isdigit()):
            return "likely voters: a noun phrase naming a group, not a hedge"
        return ""
    if words in (("think",), ("thinks",)):
        before, after = word_before(doc, first), word_after(doc, first)
        if after in _THINK_PARTICLES or after == "":
            return "think of / about / through: a plain verb, not a hedge"
        if before in ("that", "who", "whether"):
            return "who / that thinks: names a group's view (the school that thinks), not a hedge"
        if before in ("'d", "you'd", "would") or (before == "you" and word_before(doc, first - 1) in (
                "do", "did", "don't", "didn't", "n't")):
            return "you'd think / what do you think: an idiom or a question, not a hedge"
    return ""


def modal_in_question(doc: Doc, first: int) -> str:
    """A modal in a wh-clause ("what Trump might say next", "how it could happen") or in a question
    ("what safeguards can we add that might prevent it?"): a question about a possibility, no claim
    hedged; a concessive "it may sound easy ..., but": conceded, not hedged. The wh-word is searched
    back over at most five words of the clause."""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    stop = doc.sentences[doc.sentence_of[first]].stop
    if question_ahead(doc, first, first + 1):
        return "a modal in a question: asks, hedges no claim"
    if norms[first] == "may" and word_after(doc, first) in ("sound", "seem", "look", "appear") \
            and any(norms[k] == "but" for k in range(first + 2, min(stop, first + 30))):
        return "it may sound easy ..., but: concessive, not a hedge"
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _ASKED_REACH - 3)
    seen = 0
    k = first - 1
    while k >= lo and seen < _ASKED_REACH:
        if not is_word[k]:
            # (a stop inside the sentence ends an abbreviation, "the U.S. District Court", not a clause)
            if tokens[k] in _CLAUSE_BREAKS and tokens[k] != ".":
                return ""
            k -= 1
            continue
        if norms[k] in _QUESTION_WORDS and (seen < 5 or word_before(doc, k) in _ASKING_BEFORE):
            return "a modal in a wh-clause (what he might say): a question, not a hedged claim"
        seen += 1
        k -= 1
    return ""


_NEGATIVE_SUBJECTS: Final = frozenset({"nobody", "none", "neither", "nothing"})
# "could" + these verbs states what someone is or was able to do (Coates 1983, root "could")
_ABLE_VERBS: Final = frozenset({"do", "answer", "find", "tell", "hear", "remember", "recall", "imagine",
                                "understand", "feel", "breathe", "sleep", "eat", "walk", "name", "explain",
                                "identify", "recognize", "recognise", "wiretap", "add", "count", "figure"})
_PARTICIPLE_ENDINGS: Final = ("ed", "en", "ne", "wn", "ght", "ung", "un", "id", "de", "ft", "lt", "pt", "st",
                              "nt", "ot", "ut", "it", "ad", "eld", "ood")


def could_of_ability(doc: Doc, first: int) -> str:
    """Why the "could" at token ``first`` states an ability or a counterfactual ('' if it may hedge)."""
    norms, is_word = doc.norms, doc.is_word
    after = word_after(doc, first)
    if after == "have" and first + 2 < len(norms) and (not is_word[first + 2]
                                                       or norms[first + 2].endswith(_PARTICIPLE_ENDINGS)):
        return "could have + participle: counterfactual (what was possible and did not happen), not a hedge"
    if after in _ABLE_VERBS:
        return "could + a verb of ability (could tell, could do): ability, not possibility"
    if first + 1 < len(norms) and not is_word[first + 1] and doc.tokens[first + 1] in (".", ",", ";", "!", "”", '"'):
        return "because he could. / I wish I could: an elliptical ability, not a possibility"
    if after == "be" and word_after(doc, first + 1) in ("seen", "heard", "spotted", "observed", "glimpsed"):
        return "could be seen / heard: what was visible or audible, not a possibility"
    before = word_before(doc, first)
    if before in _NEGATIVE_SUBJECTS or (before == "one" and word_before(doc, first - 1) == "no"):
        return "nobody could: inability, not possibility"
    for back in (2, 3):
        k = first - back
        if k >= 0 and all(is_word[j] for j in range(k, first)) and norms[k] in ("if", "unless"):
            return "if I could: a conditional ability, not a hedged claim"
    return ""


# bare cognition verbs of the lexicon whose subject decides whose view they give ("I think" softens the
# speaker's claim; "he thinks", "some experts believe" report a view held by someone else)
_REPORTABLE_BELIEFS: Final = frozenset({"think", "thinks", "believe", "believes", "believed"})
# words that may stand between a subject and its verb of belief: auxiliaries, negation, adverbs, and the
# raising verbs of "seem to think", "tend to believe"
_BETWEEN_SUBJECT_AND_BELIEF: Final = frozenset({
    "do", "does", "did", "don't", "doesn't", "didn't", "not", "n't", "never", "just", "also", "still", "really",
    "genuinely", "truly", "honestly", "actually", "sincerely", "firmly", "strongly", "personally", "certainly",
    "all", "both", "each", "clearly", "obviously", "apparently", "privately", "now", "always", "long", "mostly",
    "largely", "generally", "even", "already", "simply", "to", "seem", "seems", "seemed", "tend", "tends",
    "tended", "appear", "appears", "appeared", "have", "has", "had", "'ve", "can", "can't", "could", "would",
    "'d", "may", "might", "will", "won't", "wouldn't", "must", "should", "come", "came", "begin", "began",
    "started", "start", "continue", "continues", "continued", "sort", "of", "kind", "rather", "too"})
_FIRST_PERSON: Final = frozenset({"i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd", "me", "us", "let's"})
_PASSIVE_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_REACH_TO_SUBJECT: Final = 6  # words looked back over for the subject ("they don't really seem to think")


def _reduced_passive(doc: Doc, stop: int) -> bool:
    """After "believed": "to (be)", "dead", "missing" or a participle ("believed trapped"), so "believed" is
    a reduced passive of an unconfirmed report, not a subject's belief."""
    after = doc.norms[stop] if stop < len(doc.norms) and doc.is_word[stop] else ""
    return after in ("to", "dead", "missing", "responsible", "lost", "alive") or \
        (after.endswith("ed") and after not in ("need", "indeed"))


def _before_parenthesis(doc: Doc, close: int, lo: int) -> int:
    """The token before the "(" that the ")" at ``close`` closes (within 20 tokens, from ``lo``), or -1."""
    for j in range(close - 1, max(lo, close - 20) - 1, -1):
        if doc.tokens[j] == "(":
            return j - 1
    return -1


# the words of a short aside set off by commas between a subject and its belief ("he does, in fact, seem to")
_COMMA_ASIDE_WORDS: Final = frozenset({"in", "fact", "of", "course", "however", "though", "indeed", "at", "least",
                                       "truth", "all", "honesty"})


def _comma_aside_before(doc: Doc, k: int, lo: int) -> int:
    """If token ``k`` is the closing comma of an aside of _COMMA_ASIDE_WORDS (", in fact,"), the token
    before its opening comma; else -1."""
    if k < lo or doc.tokens[k] != ",":
        return -1
    j = k - 1
    while j >= max(lo, k - 4) and doc.is_word[j] and doc.norms[j] in _COMMA_ASIDE_WORDS:
        j -= 1
    if j < k - 1 and j > lo and doc.tokens[j] == ",":
        return j - 1
    return -1


def reported_belief(doc: Doc, match: Match) -> str:
    """Why a bare "think" / "believe" reports someone else's view rather than hedging a claim ('' if the
    writer or speaker softens their own claim): the subject found back over auxiliaries, negation and
    adverbs ("they don't really think", "some experts believe", "he thinks", "neither of these
    journalists think", "you think", and over an aside "he does, in fact, seem to think") is not "I" or
    "we". Independent readers of issue 13 took such
    reports as attribution, not hedging; "I think" / "we believe" stay. Where no subject is found within
    a few words (the clause opens the sentence, punctuation intervenes) the match is kept."""
    if match.entry.words not in {(w,) for w in _REPORTABLE_BELIEFS}:
        return ""
    norms, is_word = doc.norms, doc.is_word
    sentence_first = doc.sentences[doc.sentence_of[match.first]].first
    lo = max(sentence_first, match.first - _REACH_TO_SUBJECT)
    k = match.first - 1
    while k >= lo and is_word[k] and norms[k] in _BETWEEN_SUBJECT_AND_BELIEF:
        k -= 1
    aside = _comma_aside_before(doc, k, sentence_first)  # "he does, in fact, seem to think"
    if aside >= 0:
        k = aside
        lo = max(sentence_first, k - _REACH_TO_SUBJECT)
        while k >= lo and is_word[k] and norms[k] in _BETWEEN_SUBJECT_AND_BELIEF:
            k -= 1
    if k >= lo and doc.tokens[k] == ")":
        k = _before_parenthesis(doc, k, sentence_first)  # "a few people (not most) seem to think so"
        lo = sentence_first
    if k < lo or not is_word[k]:
        return ""
    if norms[k] in _FIRST_PERSON or norms[k] in _PASSIVE_BE or norms[k] == "widely":
        return ""  # "I think"; "three are believed dead", "it's widely believed" (an agentless consensus)
    if norms[k] in ("reason", "reasons", "grounds"):
        return ""  # "there is reason to believe that ...": the writer's own tentative claim
    if match.entry.words == ("believed",) and _reduced_passive(doc, match.stop):
        return ""  # "150 people believed trapped": an unconfirmed report, a hedge
    return "he thinks / some experts believe: reports someone's view, it does not soften a claim"


_SUGGEST_FORMS: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
# subjects of "suggest" that are other people ("he suggested", "you suggest"): a speaker proposes or reports
_PERSON_SUBJECTS: Final = frozenset({"he", "she", "you"})  # not "I": "I would suggest" softens my claim
_OBJECT_PRONOUNS: Final = frozenset({"me", "him", "her", "us", "them"})
# after a verb "alleged": what is alleged, a clause or a pronoun subject ("alleged that", "alleged he had")
_ALLEGED_CLAUSE: Final = frozenset({"that", "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "any"})
_ALLEGED_AUXILIARIES: Final = frozenset({"have", "has", "had", "hasn't", "haven't", "hadn't", "also", "initially",
                                         "baselessly", "falsely", "repeatedly", "previously", "even"})


def subject_index(doc: Doc, first: int) -> int:
    """The word before ``first`` over auxiliaries, negation and adverbs (``_BETWEEN_SUBJECT_AND_BELIEF``),
    within a few words of its sentence, or -1 where punctuation or the sentence's start comes first."""
    norms, is_word = doc.norms, doc.is_word
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _REACH_TO_SUBJECT)
    k = first - 1
    while k >= lo and is_word[k] and norms[k] in _BETWEEN_SUBJECT_AND_BELIEF:
        k -= 1
    return k if k >= lo and is_word[k] else -1


_NOT_NAME_BEFORE: Final = frozenset({"in", "of", "from", "at", "before", "on", "by", "for", "with", "to", "and",
                                     "about", "against", "between", "over", "under", "after", "during"})
_WEEKDAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "yesterday", "today"})


def _named_subject(doc: Doc, k: int) -> bool:
    """Is the word at ``k`` the end of a name that is the subject ("Pelosi", "CNN host Piers Morgan", "the
    CBO"), not a name inside a longer noun phrase ("losses in Alabama and Virginia", "this detail from
    Bloomberg", "whose conduct Tuesday")? The run of capitalized words must not open the sentence and must
    not follow a preposition or "and"."""
    tokens, norms, is_word = doc.tokens, doc.norms, doc.is_word
    if not tokens[k][:1].isupper() or norms[k] in _WEEKDAYS or norms[k] == "i":
        return False
    sentence_first = doc.sentences[doc.sentence_of[k]].first
    j = k
    while j - 1 >= sentence_first and (tokens[j - 1][:1].isupper() or tokens[j - 1] == "."):
        j -= 1
    before = j - 1
    while before >= sentence_first and not is_word[before] and tokens[before] in (",", "’", "'"):
        before -= 1
    if before < sentence_first:
        return False  # the name opens the sentence: it may as well be a capitalised common noun
    return not (is_word[before] and norms[before] in _NOT_NAME_BEFORE)


def reporting_use(doc: Doc, match: Match) -> str:
    """Why a hedge word is used here as a verb of report by a named or personal source, which attributes
    a claim rather than softening one ('' if it may soften): "claim that" ("advocates claim that", "for the
    paper to claim that"); the verb "alleged" ("the woman alleged that", "activists have alleged", not
    the adjective of "the alleged assault"); "suggest" with a person or a named source as its subject ("he
    suggested", "Pelosi suggested", "emailed me to suggest"), not a finding ("the data suggest", "polls
    suggest"), which softens the writer's claim. Independent readers of issue 13 judged these reports."""
    words = match.entry.words
    first = match.first
    norms, tokens = doc.norms, doc.tokens
    if words == ("claim", "that"):
        return "claim that: a claim reported, not a softened one"
    if words == ("alleged",):
        after = word_after(doc, first)
        if after in _ALLEGED_CLAUSE or word_before(doc, first) in _ALLEGED_AUXILIARIES:
            return "alleged that / have alleged: a verb of report, not the hedge 'the alleged assault'"
        return ""
    if len(words) == 1 and words[0] in _SUGGEST_FORMS:
        k = subject_index(doc, first)
        if k < 0:
            return ""
        if norms[k] in _PERSON_SUBJECTS or _named_subject(doc, k) \
                or (norms[k] in _OBJECT_PRONOUNS and norms[k + 1] == "to"):
            return "he suggested / Pelosi suggested: a speaker's proposal or claim reported, not a softened one"
    return ""


# words whose complement a modal belongs to: the hope, wish or confidence of someone ("hope that two
# countries could make peace", "I wish I could", "confident he could win"): what is hoped or trusted to be
# possible, no claim softened
_WISH_WORDS: Final = frozenset({"wish", "wished", "wishes", "hope", "hopes", "hoped", "hoping", "hopeful",
                                "confident", "confidence", "conviction", "optimism", "optimistic"})
_CLAUSE_STARTS: Final = frozenset({"that", "i", "we", "you", "he", "she", "they", "it", "the", "a", "an", "this",
                                   "these", "those", "their", "his", "her", "our", "my", "its"})
_WISH_REACH: Final = 6


def modal_of_wish(doc: Doc, match: Match) -> str:
    """Why a modal ("could", "might", "may") states the content of a hope, a wish or a confidence rather
    than softening a claim ('' if it may soften): a wish word a few words back in the clause, followed by
    "that" or the start of a subject ("hope that two Koreas could", "wish I could", "confident he could
    win"); "hopeful signs may be hiding" (the word inside the subject) stays. Independent readers of
    issue 13 judged such modals as ability or hope, not hedging."""
    if match.entry.category != "modal" or len(match.entry.words) != 1:
        return ""
    norms, is_word = doc.norms, doc.is_word
    first = match.first
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _WISH_REACH)
    k = first - 1
    while k >= lo and is_word[k]:
        if norms[k] in _WISH_WORDS and k + 1 < first and norms[k + 1] in _CLAUSE_STARTS:
            return "hope that they could / wish I could: the content of a hope or a wish, not a softened claim"
        k -= 1
    return ""


_DOUBT_ADJECTIVES: Final = frozenset({"questionable", "debatable"})  # ("doubtful" is mostly "it's doubtful X")
# after a doubt adjective: words that go on to what is doubted ("questionable whether", "doubtful that",
# "questionable at best" is left to these too) rather than to a noun it qualifies
_DOUBT_GOES_ON: Final = frozenset({"whether", "if", "that", "at", "from", "to", "as", "in", "for", "and", "or",
                                   "but", "since", "because", "given", "now", "here", "too", "still", "though",
                                   "when", "after", "before", "until", "there", "it", "he", "she", "they", "we"})
_MORAL_ADVERBS: Final = frozenset({"morally", "ethically"})


def evaluative_use(doc: Doc, match: Match) -> str:
    """Why a doubt adjective judges rather than softens ('' if it may soften): before a noun ("a
    questionable Facebook post", "constitutionally questionable executive action", "questionable
    mortgages") it says that something is dubious, a judgement, not that the writer is unsure; so does
    "morally / ethically questionable". "It is questionable whether ...", "his veracity is questionable"
    stay hedges. Independent readers of issue 13 judged the attributive use evaluative."""
    words = match.entry.words
    if len(words) != 1 or words[0] not in _DOUBT_ADJECTIVES:
        return ""
    first = match.first
    after = word_after(doc, first)
    if word_before(doc, first) in _MORAL_ADVERBS:
        return "morally questionable: a moral judgement, not a softened claim"
    if after and after not in _DOUBT_GOES_ON:
        return "a questionable post / questionable mortgages: dubious, a judgement, not a softened claim"
    return ""


# "are much / far / slightly / 2.5 times more likely to"
_RATE_MODIFIERS: Final = frozenset({"much", "far", "slightly", "significantly", "substantially",
                                    "considerably", "somewhat", "even", "still", "twice", "times",
                                    "generally", "also", "no", "not", "a", "bit", "lot", "little"})
_RATE_COUNTS: Final = frozenset({"times", "percent", "%", "per", "cent", "percentage", "points", "two", "three",
                                 "four", "five", "six", "seven", "eight", "nine", "ten", "half", "twice", "thrice"})


_COORDINATED_REACH: Final = 14  # tokens back from "and" to the first "more / less likely to"


def compares_rates(doc: Doc, first: int, coordinated: bool = False) -> bool:
    """"voters are more likely to", "immigrants were less likely to", "men are four times more likely to",
    "18 percent more likely to": a comparison of how often members of groups do something (a plural
    copula or a counted rate), or the disposition a poll asks about ("would be less likely to support
    him"), not a forecast ("he is more likely to win")."""
    if word_after(doc, first) != "to" or word_before(doc, first) not in ("more", "less"):
        return False
    k = first - 2
    counted = False  # "four times more likely", "18 percent more likely": a rate, whatever the copula
    while k >= 0 and doc.is_word[k] and (doc.norms[k] in _RATE_MODIFIERS or doc.norms[k] in _RATE_COUNTS
                                         or doc.norms[k][:1].isdigit()):
        counted = counted or doc.norms[k] in _RATE_COUNTS or doc.norms[k][:1].isdigit()
        k -= 1
    if counted:
        return True
    # "71 percent of voters would be less likely to support him": the disposition a poll asks about
    if k >= 1 and doc.norms[k] == "be" and doc.norms[k - 1] in ("would", "'d"):
        return True
    if k >= 0 and doc.norms[k] in ("are", "were", "'re"):
        return True
    # "were less likely to favor X and less likely to support Y": the second comparison of the same group
    if k >= 0 and doc.norms[k] in ("and", "or") and not coordinated:
        lo = max(doc.sentences[doc.sentence_of[first]].first, k - _COORDINATED_REACH)
        return any(doc.norms[j] == "likely" and compares_rates(doc, j, True) for j in range(k - 1, lo - 1, -1))
    return False


_SEEM_FORMS: Final = frozenset({"seem", "seems", "seemed", "seeming"})
_CAUSATIVE_MAKE: Final = frozenset({"make", "makes", "made", "making"})
# a clause of its own between "make" and "seem" ("made a deal that seems fair"): "seem" is its verb
_SEEM_CLAUSE_STARTS: Final = frozenset({"that", "which", "who", "because", "but", "and", "while", "when", "if",
                                        "as", "so", "although", "though"})
_MADE_SEEM_REACH: Final = 5  # words between "make" and "seem" ("make the new president seem")


def made_to_seem(doc: Doc, match: Match) -> str:
    """"make the president seem right", "made it seem like", "was made to seem": the look that someone
    gives a thing (a causative), not a speaker softening a claim. "make" is looked for over five words of
    the clause, not across a clause of its own ("made a deal that seems fair" hedges)."""
    if match.entry.words[0] not in _SEEM_FORMS:
        return ""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    lo = max(doc.sentences[doc.sentence_of[match.first]].first, match.first - _MADE_SEEM_REACH - 3)
    seen = 0
    k = match.first - 1
    while k >= lo and seen < _MADE_SEEM_REACH:
        if not is_word[k]:
            if tokens[k] in _CLAUSE_BREAKS and tokens[k] != ".":  # (a stop inside the sentence: "Mr.")
                return ""
        elif norms[k] in _SEEM_CLAUSE_STARTS:
            return ""
        elif norms[k] in _CAUSATIVE_MAKE:
            return "make X seem: the look given to something, not a softened claim"
        else:
            seen += 1
        k -= 1
    return ""
