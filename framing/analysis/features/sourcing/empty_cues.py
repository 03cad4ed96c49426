"""Cues that attribute nothing to anyone, whatever their verb (independent readings of issue 13, seeds 707
and 808): a rhetorical "who knows whether", speech avoided ("avoided criticizing"), "accused" as an
adjective ("a credibly accused offender"), a free relative ("whatever Trump may say or do"), a question not put ("the poll did
not ask about"), a passive after "how" that names a topic ("how the attack was described"), "say" meaning "for example" or
the noun ("the final say"), a gloss after a comma ("..., he said, referring to the bill"), a participle before
its noun ("Recently published studies"), a plural noun naming no speech ("the final shows", "two blasts"), a
likelihood ("the odds favor"), the writer's forecast ("Don't expect much"), and a cue in the
writer's own question ("is he repudiating
Trump?"). :func:`.cues.acting_cue` sets them aside with the verbs of acting, so that ``framing evaluate``
scores them by PolNeAR's definition as it does the others."""
from __future__ import annotations

from typing import Final

from ...text import Doc
from ..lexical import question_ahead

QUOTE_OPENS: Final = frozenset({"“", '"', "‘"})
# a quotation mark or a stop between the cue and the question mark: the question is someone's words, or
# another sentence's
_QUESTION_BREAKS: Final = QUOTE_OPENS | {"”", "’", ".", "!"}
_ASKING: Final = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "question",
                            "questions", "questioned", "inquired", "demanded", "demands"})


_WH_AFTER_KNOWS: Final = frozenset({"whether", "what", "how", "if", "where", "when", "why", "who"})
_AVOIDING: Final = frozenset({"avoided", "avoids", "avoid", "avoiding", "refrained", "stopped", "short"})
_NOT_AFTER_ACCUSED: Final = frozenset({"of", "him", "her", "them", "us", "me", "the", "a", "an", "his", "their",
                                       "that", "in", "by", "and", "or", "but", "was", "is"})


def _free_relative(doc: Doc, first: int) -> bool:
    """Is the cue in a free relative that names no words ("Whatever Trump may say or do", "defer to whatever he
    says", "no matter what the polls said"): "whatever" or "no matter what" a few words before it, with no
    stop or comma between (independent reading of seed 909)?"""
    norms = doc.norms
    j = first - 1
    while j >= 0 and first - j <= 4 and doc.is_word[j]:
        if norms[j] in ("whatever", "whoever") or norms[j] == "what" and j >= 2 and norms[j - 1] == "matter" \
                and norms[j - 2] == "no":
            return True
        j -= 1
    return False


_NEGATIONS: Final = frozenset({"not", "never", "n't", "n’t", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t",
                               "won't", "won’t", "wouldn't", "wouldn’t"})
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_AFTER_NAMING: Final = frozenset({"as", "by", "to", "that", ":"})


def _unasked(doc: Doc, first: int, stop: int) -> bool:
    """"The poll did not ask about specific candidates", "he didn't ask anyone for support": a question not
    put attributes no words (independent reading of seed 707)."""
    norms = doc.norms
    return any(norms[k] in _ASKING for k in range(first, stop)) \
        and any(norms[k] in _NEGATIONS for k in range(max(0, first - 1), stop))


def _how_it_was_put(doc: Doc, first: int, stop: int) -> bool:
    """"A key area of interest is how the attack was described in the aftermath": a passive without its
    content ("as ...", "by ...") after "how" names a topic, not words (independent reading of seed 707)."""
    norms = doc.norms
    n = len(norms)
    if stop - first < 2 or norms[first] not in _BE or not norms[stop - 1].endswith("ed"):
        return False
    if stop < n and (norms[stop] in _AFTER_NAMING or doc.tokens[stop] in ("“", '"')):
        return False
    return any(norms[j] == "how" for j in range(max(0, first - 4), first))


_DETERMINERS: Final = frozenset({"a", "the", "no", "their", "his", "her", "its", "our", "your", "any", "my"})


def _say_for_example(doc: Doc, first: int, stop: int) -> bool:
    """"Say" meaning "for example", between commas ("the rate seen in, say, South Korea"): nobody says
    anything (independent reading of seed 909; "say" the noun is :func:`_noun_not_speech`)."""
    tokens = doc.tokens
    return stop - first == 1 and doc.norms[first] == "say" and 0 < first < len(tokens) - 1 \
        and tokens[first - 1] == "," and tokens[first + 1] == ","


_GLOSSES: Final = frozenset({"referring", "referencing", "considering"})


def _gloss(doc: Doc, first: int) -> bool:
    """A participle after a comma or opening the sentence that glosses the words around it rather than
    reports any ("..., the senator said, referring to the bill", "Considering the odds, ..."): the writer's
    explanation, no attribution (independent reading of seed 1010)."""
    if doc.norms[first] not in _GLOSSES:
        return False
    return first == 0 or doc.tokens[first - 1] in (",", "—", "(") or doc.sentences[doc.sentence_of[first]].first == first


def attributes_nothing(doc: Doc, first: int, stop: int) -> bool:
    """Cues that attribute nothing to anyone (independent reading of seed 707): a rhetorical "who knows
    whether"; speech avoided ("avoided criticizing", "stopped short of endorsing"); "accused" as an
    adjective before a noun ("a credibly accused offender", "the accused gunman")."""
    norms = doc.norms
    n = len(norms)
    head = norms[first]
    if _free_relative(doc, first) or _unasked(doc, first, stop) or _how_it_was_put(doc, first, stop) \
            or _say_for_example(doc, first, stop) or _gloss(doc, first):
        return True
    if head in ("knows", "know") and first > 0 and norms[first - 1] == "who" and stop < n \
            and norms[stop] in _WH_AFTER_KNOWS:
        return True
    for k in range(first, stop):
        if norms[k].endswith("ing") and any(norms[j] in _AVOIDING for j in range(max(0, k - 3), k)):
            return True  # "also notably avoided criticizing"
    if head not in _ASKING and question_ahead(doc, first, stop, _QUESTION_BREAKS):
        return True  # "is Mr Rubio repudiating Mr Trump or capitulating to him?": asks, attributes nothing
    last = stop - 1  # "accused", or "a credibly accused" when the cue took in its adverb (not "Reade publicly accused")
    took_adverb = stop - first == 2 and norms[first].endswith("ly") \
        and (first == 0 or not doc.is_word[first - 1] or norms[first - 1] in ("the", "a", "an"))
    if norms[last] == "accused" and last > 0 and (stop - first == 1 or took_adverb) \
            and stop < n and doc.is_word[stop] and doc.tokens[stop][:1].islower() and norms[stop] not in _NOT_AFTER_ACCUSED \
            and (norms[last - 1] in ("the", "a", "an") or norms[last - 1].endswith("ly") and doc.is_word[last - 1]):
        return True
    return _participle_before_noun(doc, first, stop) or _noun_not_speech(doc, first, stop) \
        or _odds_favor(doc, first, stop) or _writers_expectation(doc, first, stop)


def _participle_before_noun(doc: Doc, first: int, stop: int) -> bool:
    """A past participle used as an adjective before its noun ("Recently published studies show ...", "the
    leaked memo"): it describes the noun, and the noun, if anything, is the source (independent reading of
    seed 1010). Only where nobody can be its subject: after "the", "a" or "an", after a possessive ("this
    year's proposed change", "his preferred candidate"; own reading of seed 3030), or after an adverb that
    opens the sentence; "she recently announced plans" keeps its cue."""
    norms = doc.norms
    n = len(norms)
    if stop - first != 1 or not norms[first].endswith("ed") or first == 0 or stop >= n:
        return False
    if not doc.is_word[stop] or not doc.tokens[stop][:1].islower() or norms[stop] in _NOT_AFTER_ACCUSED:
        return False
    before = first - 1
    if norms[before] in ("the", "a", "an"):
        return True
    # (not "his stated goal", "Clinton's stated opposition": the goal he stated, words of his)
    if norms[before] in _POSSESSIVE_DETERMINERS and norms[first] not in _WORDS_OF_THE_POSSESSOR:
        return True
    if norms[before].endswith(("'s", "’s")) and norms[before] not in _CONTRACTIONS and doc.is_word[before] \
            and norms[first] not in _WORDS_OF_THE_POSSESSOR and norms[stop] not in _NOT_AFTER_POSSESSIVE \
            and not norms[stop].endswith("ing"):
        return True  # "this year's proposed change", "Mueller's proposed questions" (not "he's proposed a")
    return norms[before].endswith("ly") and doc.is_word[before] \
        and doc.sentences[doc.sentence_of[before]].first == before


# a possessive before a participle makes it an adjective ("his proposed wall", "Obama's proposed budget"); a
# contraction of "has" or "is" does not ("he's proposed a", "it's expected to")
_POSSESSIVE_DETERMINERS: Final = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_CONTRACTIONS: Final = frozenset({"he's", "she's", "it's", "that's", "who's", "what's", "there's", "here's", "where's",
                                  "let's", "he’s", "she’s", "it’s", "that’s", "who’s", "what’s", "there’s", "here’s",
                                  "where’s", "let’s"})
# participles that after a possessive still say the possessor (or someone) put it in words ("his stated goal",
# "Trump's promised upgrade", "Sinema's alleged violations", "NBC's reported quote", "Stumpf's repeated emphasis":
# PolNeAR's cue): left to the readers
_WORDS_OF_THE_POSSESSOR: Final = frozenset({"stated", "promised", "alleged", "reported", "declared", "announced",
                                            "professed", "claimed", "avowed", "pledged", "vowed", "repeated"})
# what follows a verb, not a participle's noun ("Obama's proposed a budget", "Trump's said that")
_NOT_AFTER_POSSESSIVE: Final = frozenset({"a", "an", "the", "to", "that", "this", "these", "those", "it", "them",
                                          "him", "her", "his", "their", "its", "by", "in", "on", "for", "with", "as",
                                          "and", "or", "but", "not", "no", "so", "some", "any", "more", "what", "how"})


# cue words whose plural noun names no speech: "the final shows", "two blasts", "the personal attributes"
_NOUNS_NOT_SPEECH: Final = frozenset({"shows", "blasts", "lists", "attributes", "echoes"})
_NUMBERS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                             "these", "those", "some", "all", "both", "few"})
# adjectives seen between a determiner and such a noun ("the final shows", "two powerful blasts", "the final
# say", "a real say")
_ADJECTIVES_BEFORE_NOUN: Final = frozenset({"final", "first", "last", "next", "other", "new", "personal", "powerful",
                                            "live", "touring", "big", "bigger", "major", "real", "little", "equal",
                                            "greater", "more", "direct", "full", "meaningful"})


def _noun_not_speech(doc: Doc, first: int, stop: int) -> bool:
    """"The final shows will be in Providence", "Two blasts hit the airport", "the three attributes", "the
    courts could have the final say": a noun right after a determiner, a number or a possessive, or after
    one of them and an adjective of ``_ADJECTIVES_BEFORE_NOUN``, that names no speech, so nobody says
    anything (independent readings of seeds 909 and 1010). "The poll shows that" keeps its cue ("poll" is
    no adjective), and so does "some say" (a quantifier before "say" is its subject)."""
    norms = doc.norms
    word = norms[first]
    if stop - first != 1 or (word not in _NOUNS_NOT_SPEECH and word != "say") or first == 0:
        return False
    j = first - 1
    if norms[j] in _ADJECTIVES_BEFORE_NOUN and j > 0:
        j -= 1
    return doc.is_word[j] and (norms[j] in _DETERMINERS or word != "say" and norms[j] in _NUMBERS)


def _odds_favor(doc: Doc, first: int, stop: int) -> bool:
    """"While the odds favor the Democrats": odds are a likelihood, not a source holding a view (independent
    reading of seed 1010)."""
    norms = doc.norms
    return norms[first] in ("favor", "favors", "favour", "favours", "favored", "favoured") and first > 0 \
        and norms[first - 1] == "odds"


_EXPECT: Final = frozenset({"expect"})
_DONT: Final = frozenset({"don't", "don’t", "never"})
_GENERIC_SUBJECTS: Final = frozenset({"you'd", "you’d", "you", "one", "might", "would", "could", "may"})
# words opening a sentence whose first clause ends in a comma before an imperative ("If the race tightens, expect ...")
_SUBORDINATORS: Final = frozenset({"if", "as", "with", "when", "while", "once", "until", "given", "after", "since",
                                   "unless", "whatever", "whoever", "whichever"})


def _writers_expectation(doc: Doc, first: int, stop: int) -> bool:
    """The writer's own forecast, told to the reader: an imperative "expect" ("Don't expect much action from
    Congress", "If the race tightens, expect to hear more about it") or a generic one ("As you'd expect, drugs
    cost more"): nobody is cited (independent reading of seed 1010)."""
    norms, tokens = doc.norms, doc.tokens
    if stop - first != 1 or norms[first] not in _EXPECT:
        return False
    opening = doc.sentences[doc.sentence_of[first]].first
    before = first - 1
    if first == opening or before == opening and norms[before] in _DONT:
        return True
    if before > opening and tokens[before] == "," and norms[opening] in _SUBORDINATORS:
        return True
    return before > opening and norms[before] in _GENERIC_SUBJECTS and any(
        norms[j] == "as" for j in range(max(opening, first - 4), before))
