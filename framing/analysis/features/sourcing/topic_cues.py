"""Cue words that name a topic, a data source or a reminder to the reader, not words or a view (curated by
reading the AllSides dev corpus, readers' judgments of the tenth pass, draws 2121 and 2222, and the own reading
of the eleventh pass, seed 3131): a topic discussed or addressed ("He secretly recorded Mr. Trump discussing the
deal", "the two senators discuss their bill during a breakfast", "He addressed the topic six months into his
term", "Schiff addressed the press", "talking to cops, firemen and military leaders"), figures that cite their own source ("Labor Department figures citing surveys of households")
and "remember" said to the reader ("..., remember that our elites ...", "Fight on, but remember — grace
remains a virtue", "As you'll remember, CNN gave ...").
"discussed whether to call Kelly", "discussed the plan, saying it would fail", "addressed reporters, warning
that ...", "discussed it: “...”", "the
group cited research from Iowa State", "Bernstein remembers the tour" and "Hess remembers a conversation"
stay cues: they say what a source said, asked or holds. :func:`.cues.acting_cue` sets these aside (through
``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc
from ..lexical import QUOTE_MARKS

_DISCUSS: Final = frozenset({"discuss", "discusses", "discussed", "discussing"})
# "addressed the topic", "addressed the press", "a letter addressed to Li": a topic or an audience, as "discussed"
_ADDRESS: Final = frozenset({"address", "addresses", "addressed", "addressing"})
# "talking to cops, firemen and military leaders", "talked civil rights": talk with no words reported
_TALK: Final = frozenset({"talk", "talked", "talking", "spoke", "speak", "speaking", "spoken"})
# what reports the content of a discussion: a clause, a question, a quotation, a gerund of saying
_CONTENT: Final = frozenset({"that", "whether", "how", "what", "why", "who", "when", "where", "if", ":", "saying",
                             "said", "says", "telling", "noting", "arguing", "adding", "calling", "explaining",
                             "suggesting", "claiming", "insisting", "warning", "according"})
# a refusal to discuss reports what a source would not say ("declined to discuss", "would not discuss"), and
# "spoke on condition of anonymity to discuss", "not authorized to discuss" introduce a source
_REFUSAL_OR_LEAVE: Final = frozenset({"not", "n't", "n’t", "never", "declined", "refused", "declines", "refuses",
                                      "declining", "refusing", "anonymity", "authorized", "permitted", "allowed"})
# a question word after one of these opens a phrase of the topic, not the talk's content ("discussed the
# possibility of writing rules for how data flows", second round of the thirteenth pass, draw 2929)
_PREPOSITIONS: Final = frozenset({"for", "of", "on", "in", "to", "over"})
_REACH: Final = 12  # tokens after the verb searched for a discussion's content
_CITE: Final = frozenset({"cite", "cites", "cited", "citing"})
_DATA: Final = frozenset({"figures", "data", "numbers", "statistics", "estimates", "tables", "charts", "tallies"})
_REMEMBER: Final = frozenset({"remember"})
# what stands before an imperative "remember" ("..., remember that", "but remember", "As you'll remember,")
_BEFORE_IMPERATIVE: Final = frozenset({",", "but", "and", "so", "just", "please", "always", "also", "now", "—", ":"})


def _topic_discussed(doc: Doc, k: int) -> bool:
    """"recorded Mr. Trump discussing the deal", "discuss their immigration bill during a breakfast": a topic,
    no words; not "discussed whether to ...", "discussed it, saying ...", "discussed the plan: “...”",
    "declined to discuss the case"."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    if k + 1 >= n or not doc.is_word[k + 1] or norms[k + 1] in _CONTENT or norms[k + 1] == "with":
        return False  # "discussed with allies the possibility of ...": what was put to whom
    if any(tokens[j] in QUOTE_MARKS or norms[j] in _REFUSAL_OR_LEAVE and not _perfect_negation(doc, j)
           for j in range(max(0, k - 4), k)):
        return False  # '“...,” he said, discussing the plan', "declined to discuss the case'
    return not any((norms[j] in _CONTENT and norms[j - 1] not in _PREPOSITIONS) or tokens[j] in QUOTE_MARKS
                   or tokens[j] == ":" for j in range(k + 1, min(n, k + 1 + _REACH)))


def _perfect_negation(doc: Doc, j: int) -> bool:
    """ "has not discussed Papadopoulos with Mueller", "had not previously discussed plans": a talk that did not
    take place (twelfth pass, draw 2525), not a refusal to talk ("would not discuss", "declined to discuss")."""
    return doc.norms[j] in ("not", "never", "n't", "n’t") and j > 0 \
        and doc.norms[j - 1] in ("has", "have", "had", "hasn't", "haven't", "hadn't", "'s")


def _data_citing(doc: Doc, k: int) -> bool:
    """"Labor Department figures citing surveys of households": data naming its own source."""
    return doc.norms[k] in _CITE and k > 0 and doc.norms[k - 1] in _DATA


def _reminder_to_reader(doc: Doc, first: int, k: int) -> bool:
    """"..., remember that our elites ...", "Fight on, but remember —", "As you'll remember,", "First off,
    remember to breathe": the writer addresses the reader; not "Bernstein remembers" or "aides remember it"."""
    norms, tokens = doc.norms, doc.tokens
    if norms[k] not in _REMEMBER:
        return False
    if k >= 2 and norms[k - 1] in ("'ll", "’ll", "will", "may", "might", "probably") \
            and norms[k - 2] == "you" or k >= 1 and norms[k - 1] in ("you", "you'll", "you’ll"):
        return True  # "As you'll remember,", "as you remember"
    if first == doc.sentences[doc.sentence_of[k]].first:
        return True  # "Remember when ...": the writer to the reader
    return k > 0 and (tokens[k - 1] in _BEFORE_IMPERATIVE or norms[k - 1] in _BEFORE_IMPERATIVE)


def names_a_topic(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` end in a topic discussed, data citing its source, or "remember" said to
    the reader?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    w = doc.norms[k]
    if w in _TALK and (any(doc.norms[j] in ("anonymity", "condition", "authorized")
                           for j in range(k + 1, min(len(doc.norms), k + 1 + _REACH)))
                       or any(doc.norms[j] in ("about", "of") for j in range(k + 1, min(len(doc.norms), k + 3)))):
        return False  # "spoke on condition of anonymity": a source introduced; "talking openly about a recall"
    return (w in _DISCUSS or w in _ADDRESS or w in _TALK) and _topic_discussed(doc, k) or _data_citing(doc, k) \
        or _reminder_to_reader(doc, first, k)
