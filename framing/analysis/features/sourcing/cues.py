"""Sourcing cue candidates: report-verb matches, cue-vocabulary words and colons, with their features.

The cue model (``framing/analysis/models/cues.json``) reads string features of
each candidate: the words and word shapes around it, its inflection and stem,
where it comes from, how many report verbs come before it in its sentence, the
sentence's position, quotation and mood (``context_features``), and the speaker
the rules find for it (``speaker_features``). The analysis does not build these
strings for every candidate: it scores from tables (``scoring``), computing the
candidate's context facts once as bits (``cue_traits``).
"""
from __future__ import annotations

import functools
import operator
from typing import Final

from ...context import Context
from ...lexicons import Entry, Match, Matches, load_lexicon
from ...doc_columns import TokenNorms
from ...text import Doc, TokenType
from ...token_memos import TokenMemo
from .facts import DocFacts, doc_facts
from .grammar import PRONOUNS, WordLists, is_modal_passive, is_noun_use, is_passive, stem, word_lists
from .directive_cues import call_on_to_act, request_to_act, told_to_act
from .empty_cues import QUOTE_OPENS, attributes_nothing
from .sense_cues import sense_attributes_nothing
from .speakers import speaker_kind, speaker_span
from .stance_cues import stance_without_content


class Candidate:
    """A report-verb match with what the rules found around it, before the cue model decides."""

    __slots__ = ("facts", "doc", "match", "sentence", "span", "features")

    def __init__(self, facts: DocFacts, match: Match, sentence: int, span: tuple[int, int] | None,
                 features: list[str]) -> None:
        self.facts = facts  # the sourcing facts of its Doc
        self.doc = facts.doc
        self.match = match
        self.sentence = sentence
        self.span = span  # speaker noun phrase (token range), if the rules found one
        self.features = features

    def __repr__(self) -> str:
        return f"Candidate({self.match!r}, sentence={self.sentence}, span={self.span!r})"


_PUNCT_SHAPES: Final = {"“": "quote", "”": "quote", '"': "quote", "‘": "quote", "’": "quote", ",": "comma",
                 ":": "colon", ".": "stop", "(": "paren", ")": "paren", "—": "dash", "-": "dash"}


# The shapes :func:`shape_of` gives, by number (the scorer's tables are lists indexed by it).
SHAPE_NAMES: Final = ("edge", "quote", "comma", "colon", "stop", "paren", "dash", "punct", "pron", "cap", "num",
                       "low")


_PUNCT_SHAPE_IDS: Final = {tok: SHAPE_NAMES.index(shape) for tok, shape in _PUNCT_SHAPES.items()}


_SHAPE_PUNCT: Final = 7


_SHAPE_PRON: Final = 8


_SHAPE_CAP: Final = 9


_SHAPE_NUM: Final = 10


_SHAPE_LOW: Final = 11


def shape_of(doc: Doc, i: int) -> str:
    """The shape of token ``i``: "edge" outside the Doc, the kind of a punctuation mark, else
    "pron", "cap", "num" or "low"."""
    return SHAPE_NAMES[shape_id(doc, i)]


def shape_id(doc: Doc, i: int) -> int:
    """:func:`shape_of` as an index into ``SHAPE_NAMES`` (memoized by token string)."""
    if i < 0 or i >= len(doc.tokens):
        return 0
    tok = doc.tokens[i]
    found = _TOKEN_SHAPES.get(tok)
    if found is None:
        found = _token_shape(tok, doc.is_word[i], doc.norms[i])
        if len(_TOKEN_SHAPES) < 500_000:  # bounded, like the other per-word caches
            _TOKEN_SHAPES[tok] = found
    return found


_TOKEN_SHAPES: Final[dict[str, int]] = {}  # token -> its shape id (a token's norm and is_word follow from it)


def _token_shape(tok: str, is_word: bool, norm: str) -> int:
    if not is_word:
        return _PUNCT_SHAPE_IDS.get(tok, _SHAPE_PUNCT)
    if norm in _PRONOUN_SHAPES:
        return _SHAPE_PRON
    if tok[:1].isupper():
        return _SHAPE_CAP
    if tok[:1].isdigit():
        return _SHAPE_NUM
    return _SHAPE_LOW


_PRONOUN_SHAPES: Final = frozenset(PRONOUNS) | {"you", "they", "we", "i"}


# The context facts of a candidate beyond its words and shapes (:func:`cue_traits`), as bits: each of the
# first eight sets one string feature ("imperative", "passive", "sentence_initial" (with
# "sentence_initial|cue=TERM"), "in_quote", "noun_use", "modal_passive", "sentence_has_quote",
# "that_after_object"), HAS_STEM says the candidate has a "stem=" feature, and the bits from
# EARLIER_SHIFT up hold min(2, report-verb matches before it in its sentence) ("earlier_cues=").
IMPERATIVE: Final = 1


PASSIVE: Final = 2


INITIAL: Final = 4


IN_QUOTE: Final = 8


NOUN_USE: Final = 16


MODAL_PASSIVE: Final = 32


HAS_QUOTE: Final = 64


THAT_AFTER: Final = 128


HAS_STEM: Final = 256


EARLIER_SHIFT: Final = 9


def cue_traits(facts: DocFacts, m: Match, si: int, in_quote: bool) -> int:
    """The facts of candidate ``m`` (in sentence ``si``) that its context features state beside its words
    and shapes, as the bits above (one computation shared by the string features and the scorer)."""
    doc = facts.doc
    i, j = m.first, m.stop
    sent = doc.sentences[si]
    is_word = doc.is_word
    traits = 0
    first_word = sent.first
    while first_word < sent.stop and not is_word[first_word]:
        first_word += 1
    if i == first_word:
        traits |= INITIAL
        if facts.imperative(si) == i:
            traits |= IMPERATIVE
    if in_quote:
        traits |= IN_QUOTE
    if is_noun_use(doc, m):
        traits |= NOUN_USE
    if is_passive(doc, m):
        traits |= PASSIVE
    if is_modal_passive(doc, m):
        traits |= MODAL_PASSIVE
    if facts.sentence_has_quote(si):
        traits |= HAS_QUOTE
    if j - i == 1 and is_word[i]:
        traits |= HAS_STEM
    norms = doc.norms
    k = j
    while k < sent.stop and k - j < 4 and norms[k] != "that":
        k += 1
    if k < sent.stop and k - j < 4 and k > j + 1:
        traits |= THAT_AFTER
    return traits | min(facts.report_verbs_before(sent.first, i), 2) << EARLIER_SHIFT


def context_features(facts: DocFacts, m: Match, si: int, in_quote: bool) -> list[str]:
    """The features of a candidate cue that do not depend on its speaker: the words and shapes around it,
    its inflection and stem, where it comes from (report-verb lexicon, learned vocabulary, colon rule), how
    many report-verb matches come before it in its sentence, a "that" after an object ("told reporters
    that"), and the sentence's position, quotation and mood.

    The analysis does not build these strings: :meth:`Scorer.context_weight` adds the same weights
    from tables."""
    doc = facts.doc
    i, j = m.first, m.stop
    term = m.entry.term
    norms = doc.norms
    n = len(norms)
    p1 = norms[i - 1] if i >= 1 else "<edge>"
    p2 = norms[i - 2] if i >= 2 else "<edge>"
    n1 = norms[j] if j < n else "<edge>"
    n2 = norms[j + 1] if j + 1 < n else "<edge>"
    s1, t1 = shape_of(doc, i - 1), shape_of(doc, j)
    feats = [
        f"cue={term}", f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}", f"cue|n1={term}|{n1}",
        f"p1|cue={p1}|{term}", f"p1shape={s1}", f"p2shape={shape_of(doc, i - 2)}", f"n1shape={t1}",
        f"p1shape|cue={s1}|{term}", f"n1shape|cue={t1}|{term}",
    ]
    traits = cue_traits(facts, m, si, in_quote)
    if traits & INITIAL:
        feats.append("sentence_initial")
        feats.append(f"sentence_initial|cue={term}")
        if traits & IMPERATIVE:
            feats.append("imperative")
    if traits & IN_QUOTE:
        feats.append("in_quote")
    if traits & NOUN_USE:
        feats.append("noun_use")
    if traits & PASSIVE:
        feats.append("passive")
    if traits & MODAL_PASSIVE:
        feats.append("modal_passive")
    if traits & HAS_QUOTE:
        feats.append("sentence_has_quote")
    word = norms[j - 1]
    suffix = _suffix(word)
    feats.append(f"suffix={suffix}")
    feats.append(f"suffix|p1shape={suffix}|{s1}")
    feats.append(f"source={source_kind(m.entry.lexicon)}|{m.entry.category}")
    if traits & HAS_STEM:
        feats.append(f"stem={stem(word)}")
    feats.append(EARLIER_CUES[traits >> EARLIER_SHIFT])
    if traits & THAT_AFTER:
        feats.append("that_after_object")
    return feats


EARLIER_CUES: Final = ("earlier_cues=0", "earlier_cues=1", "earlier_cues=2+")


def source_kind(lexicon: str) -> str:
    """Where a candidate comes from: the report-verb lexicon, the learned vocabulary or the colon rule."""
    if lexicon == "report_verbs":
        return "lexicon"
    return "vocabulary" if lexicon == CUE_VOCABULARY else "colon"


SUFFIXES: Final = ("ed", "ing", "ly", "s", "-")


def _suffix(word: str) -> str:
    """The inflection a cue word shows (its tense/person for a verb)."""
    return SUFFIXES[suffix_id(word)]


def suffix_id(word: str) -> int:
    """:func:`_suffix` as an index into ``SUFFIXES``."""
    if word.endswith("ed"):
        return 0
    if word.endswith("ing"):
        return 1
    if word.endswith("ly"):
        return 2
    if word.endswith("s") and not word.endswith("ss"):
        return 3
    return 4


def speaker_features(facts: DocFacts, m: Match, span: tuple[int, int] | None, lists: WordLists) -> list[str]:
    """The features of a candidate cue that state its speaker: which side it is on and its kind."""
    if span is None:
        return ["no_speaker"]
    side = "left" if span[1] <= m.first else "right"
    return [f"speaker={side}", f"speaker_kind={speaker_kind(facts, span, lists)}",
            f"speaker|cue={side}|{m.entry.term}"]


def cue_features(facts: DocFacts, m: Match, si: int, span: tuple[int, int] | None, in_quote: bool,
                 lists: WordLists) -> list[str]:
    """String features of a candidate cue for the cue model (see framing/learn/training/cues.py)."""
    return context_features(facts, m, si, in_quote) + speaker_features(facts, m, span, lists)


CUE_VOCABULARY: Final = "cue vocabulary of model cues"  # lexicon name of candidates the cue model's vocabulary adds


RULE: Final = "sourcing rule"


_COLON: Final = Entry(RULE, "colon after a speaker", "neutral", (":",))


_NOT_SPEAKER_BEFORE_COLON: Final = frozenset({"http", "https", "www", "p.m", "a.m", "am", "pm", "following", "include",
                                       "including", "follows", "are", "is", "was", "were", "be", "as"})


@functools.cache
def _vocabulary_entry(word: str) -> Entry:
    return Entry(CUE_VOCABULARY, word, "stance", (word,))


class _Vocabulary:
    """The cue model's vocabulary: the owner of the answers of ``_CUE_WORDS``."""

    __slots__ = ("words", "stems")

    def __init__(self, words: frozenset[str], stems: frozenset[str]) -> None:
        self.words = words
        self.stems = stems


def _gives_candidate(vocabulary: _Vocabulary, t: TokenType) -> bool:
    """Does a token type give a candidate in :func:`extra_matches`: a colon, or a word (or the stem of a
    word) of the vocabulary?"""
    w = t.norm
    return w == ":" or w in vocabulary.words or (len(w) > 4 and stem(w) in vocabulary.stems)


_CUE_WORDS: Final = TokenMemo("sourcing: gives a cue candidate (for a vocabulary)", _gives_candidate)
_VOCABULARY: Final[list[_Vocabulary]] = []  # the vocabulary asked for last


def _vocabulary(words: frozenset[str], stems: frozenset[str]) -> _Vocabulary:
    """The owner object for these word sets: the same as last time when they are (the packaged model's
    sets, or one training fold's), else a new one, so that answers for other sets are never read."""
    if not _VOCABULARY or _VOCABULARY[0].words is not words or _VOCABULARY[0].stems is not stems:
        _VOCABULARY[:] = [_Vocabulary(words, stems)]
    return _VOCABULARY[0]


def extra_matches(doc: Doc, lexicon: Matches, words: frozenset[str], stems: frozenset[str]) -> list[Match]:
    """Single-token candidates beyond the report-verb lexicon: words (or stems of words) the cue model's
    training data shows are often cues, and a colon after a word ("Sanders: ...")."""
    out: list[Match] = []
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    vocabulary = _vocabulary(words, stems)
    kept = _CUE_WORDS.kept(vocabulary)
    types = doc.types
    at: list[int] = []
    for k in range(n):
        t = types[k]
        hit = kept[t.serial]
        if hit is None:
            hit = _CUE_WORDS.answer(kept, t, vocabulary)
        if hit:
            at.append(k)
    if not at:
        return out
    taken = {k for m in lexicon for k in range(m.first, m.stop)}  # tokens of report-verb matches
    clutter = word_lists().clutter  # "Advertisement:", "Related:", "Photo:" announce no statement
    for k in at:
        if k in taken:
            continue
        norm = norms[k]
        if norm == ":":
            # "Sanders: ...", "Q: ...", "he added: ...": a word before, the statement after
            if 0 < k < n - 1 and is_word[k - 1] and norms[k - 1] not in _NOT_SPEAKER_BEFORE_COLON \
                    and norms[k - 1] not in clutter \
                    and (not is_word[k + 1] or not tokens[k + 1][0].isdigit()):
                out.append(Match(_COLON, k, k + 1))
        else:
            out.append(Match(_vocabulary_entry(norm), k, k + 1))
    return out


_FIRST: Final = operator.attrgetter("first")


def candidate_matches(facts: DocFacts, skip: frozenset[str], words: frozenset[str], stems: frozenset[str],
                      extra: bool) -> list[Match]:
    """The candidates of a doc, in order: its report-verb matches whose term is not in ``skip`` and,
    with ``extra``, those of :func:`extra_matches`."""
    matches = facts.report_verbs
    if not extra:
        return [m for m in matches if m.entry.term not in skip]
    out = [m for m in matches if m.entry.term not in skip]
    found = extra_matches(facts.doc, matches, words, stems)
    if found:
        out += found
        out.sort(key=_FIRST)
    return out


_QUOTE_ENDS: Final = frozenset({"”", '"', ","})


_SPEECH_AFTER_REFUSAL: Final = frozenset({
    "comment", "say", "answer", "discuss", "elaborate", "respond", "speak", "talk", "specify", "confirm",
    "explain", "address", "identify", "disclose", "reveal", "detail", "provide", "give", "offer", "testify",
    "apologize", "apologise", "retract", "characterize", "speculate", "describe", "release", "share", "be"})


_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})


_BE_ADVERBS: Final = frozenset({"also", "still", "widely", "now", "not", "generally", "largely", "broadly", "only"})


def _after_be(norms: TokenNorms, k: int) -> bool:
    """Does a form of "be" stand before token ``k``, past a few adverbs ("is also widely expected")?"""
    j = k - 1
    while j >= 0 and k - j <= 3 and norms[j] in _BE_ADVERBS:
        j -= 1
    return j >= 0 and (norms[j] in _BE or norms[j] in ("that's", "it's", "what's", "that’s", "it’s", "what’s"))


# what a source issues that is words ("issued a statement", "issued a stern warning"): an attribution
_ISSUED_WORDS: Final = frozenset({
    "statement", "statements", "warning", "warnings", "apology", "apologies", "denial", "denials", "report",
    "reports", "response", "reply", "rebuke", "ultimatum", "threat", "threats", "call", "plea", "appeal",
    "declaration", "proclamation", "release", "advisory", "alert", "clarification", "correction", "retraction",
    "opinion", "opinions", "ruling", "rulings", "dissent", "verdict", "finding", "findings", "assessment",
    "guidance", "recommendation", "recommendations", "memo", "letter", "communique", "communiqué", "condemnation",
    "challenge", "defense", "defence", "denunciation", "reminder", "caution", "forecast", "prediction", "tweet"})


@functools.cache
def _acting_categories() -> dict[str, str]:
    return {e.term: e.category for e in load_lexicon("acting_verbs").entries}


# words that open a clause right after a verb ("found there's", "agreed he should"): the "that" is left out
_CLAUSE_OPENERS: Final = frozenset({"there", "there's", "there’s", "it's", "it’s", "he", "she", "they", "we", "i",
                                    "he's", "she's", "they're", "we're", "he’s", "she’s", "they’re", "we’re"})


# what one applies for and may be refused ("denied the request", "was denied bail"): refusing it is a deed
_GRANTED: Final = frozenset({"request", "requests", "application", "applications", "permit", "permits", "permission",
                             "access", "entry", "bail", "visa", "visas", "asylum", "petition", "petitions", "motion",
                             "motions", "parole", "admission", "benefits", "license", "licence", "waiver", "waivers",
                             "clemency", "pardon", "funding", "coverage", "service", "loan", "loans", "passage"})


_REFLEXIVES: Final = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


# conjunctions that open a reduced passive clause ("when asked about it", "if asked")
_REDUCED_OPENERS: Final = frozenset({"when", "if", "after", "before", "once", "while", "unless", "until", "as"})


def _opens_sentence(doc: Doc, k: int) -> bool:
    """Is token ``k`` the first word of its sentence?"""
    sent = doc.sentences[doc.sentence_of[k]]
    j = sent.first
    while j < k and not doc.is_word[j]:
        j += 1
    return j == k


def _after_indefinite_noun(doc: Doc, k: int) -> bool:
    """Does a lower-case noun phrase opened by "a"/"an" end right before token ``k`` ("an organization called",
    "a new program dubbed")? (A subject before a verb is not opened by "a": "a spokesman called" is rare
    beside "the senator called".)"""
    norms = doc.norms
    j = k - 1
    if j < 1 or not doc.is_word[j] or is_cap_word(doc, j) or norms[j] in _CLAUSE_OPENERS:
        return False
    while j >= 0 and k - j <= 5 and doc.is_word[j]:
        if norms[j] in ("a", "an"):
            return True
        if norms[j] in ("the", "who", "which", "that", "and", "but", "or"):
            return False
        j -= 1
    return False


def is_cap_word(doc: Doc, k: int) -> bool:
    return doc.tokens[k][:1].isupper()


def _name_follows(doc: Doc, k: int) -> bool:
    """Does a name start at token ``k`` (a capitalised word, "the" and one, or a quotation mark): what
    naming gives ("called Our Revolution", "dubbed “Squad”"), not "called on", "called for", "called it"?"""
    n = len(doc.norms)
    if k >= n:
        return False
    if doc.tokens[k] in ("“", '"', "‘", "'"):
        return True
    if doc.norms[k] == "the":
        k += 1
    return k < n and doc.is_word[k] and is_cap_word(doc, k)


def _reduced_passive(doc: Doc, k: int) -> bool:
    """"when asked about it", "Asked the same question again, he ...": a passive without "be"; who was asked
    answers in the main clause, which carries the attribution."""
    norms = doc.norms
    if not norms[k].endswith("ed"):
        return False
    if _opens_sentence(doc, k) or k > 0 and doc.tokens[k - 1] in (":", ";"):
        return True  # also after a dateline's colon: "March 28, 2011: Asked on TV whether ..."
    j = k - 1
    while j >= 0 and norms[j] in ("not", "also", "repeatedly", "later", "again"):
        j -= 1
    return j >= 0 and norms[j] in _REDUCED_OPENERS


def acting_cue(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a verb of acting, not of saying or thinking ("offered his
    resignation", "refused to budge", "found the water", "hired")? See ``acting_verbs.txt``: "found
    that", "agreed that", "learned that" attribute a finding or a view, "refused to comment" and
    "declined to say" report what a source would not say; those stay cues."""
    categories = _acting_categories()
    norms = doc.norms
    n = len(norms)
    if attributes_nothing(doc, first, stop) or call_on_to_act(doc, first, stop) or told_to_act(doc, first, stop) \
            or stance_without_content(doc, first, stop) or sense_attributes_nothing(doc, first, stop):
        return True  # attributes nothing, asks someone to act, a stance with no content, an intention
    for k in range(first, stop):
        category = categories.get(norms[k])
        if category is None:
            continue
        if category == "acting_unless_that":
            if k + 1 < n and (norms[k + 1] == "with" or doc.tokens[k + 1] in (":", ",", ".", "—", ";")):
                return False  # "agreed with", or nothing after it ("Fox News has learned.", "Most agree.")
            if k + 1 < n and norms[k + 1] in _CLAUSE_OPENERS:
                return False  # "found there's a huge variation", "learned he had left": a clause without "that"
            j = k + 1
            while j < n and j - k <= 3 and doc.is_word[j] and norms[j] not in ("that", "to"):
                j += 1  # "found last year that"
            return not (j < n and norms[j] == "that")
        if category == "raising":
            return True  # "seemed to suggest", "appears to be": the writer's impression, nobody is cited
        if category == "acting_if_passive_to":
            # "the House is expected to take up the bill": a prediction about its subject, nobody cited
            return _after_be(norms, k) and k + 1 < n and norms[k + 1] == "to"
        if category == "naming_if_passive":
            if (_opens_sentence(doc, k) or _after_indefinite_noun(doc, k)) and _name_follows(doc, k + 1):
                return True  # "Called the Pilot Program, it ...", "an organization called Our Revolution"
            return _after_be(norms, k) and "by" not in norms.between(k + 1, min(n, k + 9))  # "that's called a circuit split"
        if category == "acting_unless_clause":
            # "GOP insiders noticed.", "noticed the change": a perception; "noticed that ..." says what was seen
            return not any(norms[j] == "that" or norms[j] in _CLAUSE_OPENERS for j in range(k + 1, min(n, k + 4)))
        if category == "acting_if_request":
            return _reduced_passive(doc, k) or request_to_act(doc, k)
        if category == "acting_if_gerund":
            j = k + 1 if k + 1 < n and norms[k + 1] != "not" else k + 2
            return j < n and doc.is_word[j] and norms[j].endswith("ing") and len(norms[j]) > 4  # "considered enforcing"
        if category == "acting_if_granted":
            # "denied the request", "was denied bail", "denied them entry": something applied for, refused
            return any(norms[j] in _GRANTED for j in range(k + 1, min(n, k + 4))) or k + 2 < n and norms[k + 1] in (
                "him", "her", "them", "us", "me") and norms[k + 2] in ("a", "an", "the", "any")  # "denied him a vote"
        if category == "acting_if_reflexive":
            return k + 1 < n and norms[k + 1] in _REFLEXIVES  # "showed himself to be", "proved herself"
        if category == "acting_if_plea":
            return k + 1 < n and norms[k + 1] in ("guilty", "not", "no", "innocent")  # "pleaded guilty"
        if category == "acting_unless_as":
            return not any(norms[j] == "as" for j in range(k + 1, min(n, k + 6)))
        if category == "acting_unless_quote":
            # ('"...," he continued.', 'He continued: "..."', 'He continued, "..."'; not "As he continued,
            # she began to wonder": no words of his follow)
            comma_quote = k + 2 < n and doc.tokens[k + 1] == "," and doc.tokens[k + 2] in QUOTE_OPENS
            return not (k + 1 < n and doc.tokens[k + 1] in (":", ".") or comma_quote or k > 0 and (
                doc.tokens[k - 1] in _QUOTE_ENDS or k > 1 and doc.tokens[k - 2] in _QUOTE_ENDS))
        if category == "acting_unless_words":
            # "issued a statement", "issued a stern warning", "issued a joint statement saying": words, not a deed
            return not any(norms[j] in _ISSUED_WORDS for j in range(k + 1, min(n, k + 5)))
        if category == "acting_unless_speech":
            # "refused to comment", "declined comment", "declined further comment", "declined repeated requests"
            return not (k + 2 < n and norms[k + 1] == "to" and norms[k + 2] in _SPEECH_AFTER_REFUSAL
                        or k + 1 < n and norms[k + 1] in ("comment", "comments", "further", "repeated", "requests",
                                                          "interview", "interviews", "an", "multiple"))
        return not (k + 1 < n and norms[k + 1] == "back")  # "pushed back": disputed
    return False


def cue_candidates(ctx: Context, skip: frozenset[str] = frozenset(), words: frozenset[str] = frozenset(),
                   stems: frozenset[str] = frozenset(), extra: bool = True,
                   facts_of_docs: list[DocFacts] | None = None) -> list[Candidate]:
    """Cue candidates of the article with their features (shared by analysis and training).

    Candidates are the report-verb matches and, with ``extra``, single tokens from
    :func:`extra_matches` (``words``/``stems``: the cue model's vocabulary).
    ``skip``: terms the cue model's training data shows are (almost) never cues.
    ``facts_of_docs``: the sourcing facts of the article's docs, when the caller has them.
    """
    lists = word_lists()
    out: list[Candidate] = []
    for facts in (facts_of_docs if facts_of_docs is not None else doc_facts(ctx)):
        doc = facts.doc
        vague_by_stop = facts.vague_by_stop()
        for m in candidate_matches(facts, skip, words, stems, extra):
            si = doc.sentence_of[m.first]
            span = speaker_span(doc, m, lists, vague_by_stop)
            feats = cue_features(facts, m, si, span, ctx.in_quote(doc, doc.starts[m.first]), lists)
            out.append(Candidate(facts, m, si, span, feats))
    return out
