""""according to" meaning "in accordance with": a rule or a measure followed, nobody cited (seventeenth pass,
first round: readers of draw 5252 marked "treat them according to their gender identity rather than their
biological sex" wrong; the own reading of the AllSides dev corpus found "conducted according to law",
"impeachments conducted according to House rules", "varies according to local housing conditions", "measure a
president's power according to his ability", "distributed according to a set of ... principles", "proceeding
according to regular order", "governed ... according to the prevailing mood"):

- the phrase's object is a criterion or a standard, never a source ("according to their gender identity",
  "according to his ability", "according to local conditions", "according to whether ...");
- a verb of doing something in some manner stands right before it, at most three words back and with no
  punctuation between ("treat this person according to", "measures hospitals according to", "varies
  according to"), and the object is not a document, a poll or a named source.

"Christie gets treated warmly, according to DuHaime", "according to a letter released Friday", "according to
the law, anyone can walk through it" (a document that says so), "Hong Kong authorities withdrew riot police
today according to the BBC" stay cues. Every look is a few tokens long.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .speakers import SOURCE_NOUNS_AFTER_ACCORDING

# what a thing is done by, sorted by or judged by: a criterion, never someone who speaks
_CRITERIA: Final = frozenset({
    "identity", "identities", "gender", "sex", "race", "ethnicity", "age", "ages", "income", "incomes", "ability",
    "abilities", "need", "needs", "merit", "merits", "mood", "conditions", "principles", "principle", "standards",
    "criteria", "criterion", "order", "seniority", "size", "weight", "preference", "preferences", "performance",
    "population", "category", "type", "color", "colour", "rank", "formula", "schedule", "script", "taste",
    "tastes", "wishes", "whim", "whims", "conscience", "instincts", "severity", "eligibility"})
# rules someone owns and a thing is done by ("conducted according to House rules")
_RULE_WORDS: Final = frozenset({"rules", "rule", "law", "laws", "procedure", "procedures", "guidelines",
                                "regulations", "protocol", "protocols", "bylaws", "precedent", "precedents"})
# verbs of doing a thing in some manner, right before the phrase ("treated according to", "sorted according to")
_MANNER_VERBS: Final = frozenset({
    "treat", "treats", "treated", "treating", "sort", "sorts", "sorted", "sorting", "rank", "ranks", "ranked",
    "ranking", "vary", "varies", "varied", "varying", "conduct", "conducts", "conducted", "conducting", "govern",
    "governs", "governed", "governing", "distribute", "distributes", "distributed", "distributing", "allocate",
    "allocates", "allocated", "allocating", "divide", "divides", "divided", "dividing", "classify", "classifies",
    "classified", "classifying", "group", "grouped", "measure", "measures", "measured", "measuring", "adjust",
    "adjusts", "adjusted", "adjusting", "proceed", "proceeds", "proceeded", "proceeding", "assign", "assigns",
    "assigned", "assigning", "price", "priced", "tax", "taxed", "pay", "paid", "behave", "behaves", "behaved",
    "act", "acts", "acted", "acting", "operate", "operates", "operated", "operating", "run", "runs", "ran",
    "organized", "organised", "arranged", "categorized", "categorised", "judged", "judge", "judges", "rated", "rate",
    "rates", "graded", "grade", "scored", "weighted", "differ", "differs", "differed", "change", "changes",
    "changed", "respond", "responds", "responded", "live", "lives", "lived", "vote", "votes", "voted", "spend",
    "spent", "decide", "decided", "chosen", "selected", "housed", "segregated", "separated", "served", "done"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "each",
                                 "one's", "whose", "local", "regular", "strict", "own", "set", "of"})
# who or what speaks after "according to" beside the document words of ``speakers`` (plurals, counts, people)
_SOURCES: Final = frozenset({"polls", "surveys", "studies", "statistics", "numbers", "count", "tally", "estimates",
                             "analysts", "researchers", "officials", "experts", "sources", "people", "him", "her",
                             "them", "me", "us", "one", "witnesses", "police", "authorities", "prosecutors"})
_REACH: Final = 4  # words read after "according to" for the object's head


def _object_head(doc: Doc, stop: int) -> int:
    """The first word after "according to" that is not a determiner, a possessive or a modifier ("their gender
    identity" gives "gender"; the caller reads on to "identity"), or -1."""
    norms, n = doc.norms, len(doc.norms)
    for j in range(stop, min(n, stop + _REACH)):
        if not doc.is_word[j]:
            return -1
        if norms[j] not in _DETERMINERS:
            return j
    return -1


def _criterion_object(doc: Doc, stop: int) -> bool:
    """"according to their gender identity", "according to his ability", "according to whether"."""
    norms, n = doc.norms, len(doc.norms)
    if stop < n and norms[stop] == "whether":
        return True
    head = _object_head(doc, stop)
    if head < 0 or doc.tokens[head][:1].isupper():
        return False  # a name or a title: a source ("according to Gender Studies Quarterly")
    # the noun phrase's words up to its end (a few): any criterion word among its nouns, no document word
    words: list[str] = []
    for j in range(head, min(n, head + 3)):
        if not doc.is_word[j] or norms[j] in ("of", "from", "by", "and", "or", "released", "published"):
            break
        words.append(norms[j])
    if any(w in SOURCE_NOUNS_AFTER_ACCORDING or w.endswith("'s") or w.endswith("’s") for w in words):
        return False  # a document, or someone's ("according to the company's risk management plan")
    return any(w in _CRITERIA for w in words)


def _manner_verb_before(doc: Doc, first: int) -> bool:
    """"treat this person according to", "measures hospitals according to", "varies according to": a verb of
    doing a thing some way at most three words back, no punctuation between."""
    norms = doc.norms
    sent_first = doc.sentences[doc.sentence_of[first]].first
    for j in range(first - 1, max(sent_first - 1, first - 4), -1):
        if not doc.is_word[j]:
            return False
        if norms[j] in _MANNER_VERBS:
            return True
    return False


def _source_object(doc: Doc, stop: int) -> bool:
    """Is the phrase's object a source: a name, a document word, a person's pronoun or "the" and a name?"""
    norms, n = doc.norms, len(doc.norms)
    for j in range(stop, min(n, stop + _REACH)):
        if not doc.is_word[j]:
            return j == stop  # a quotation mark: a title ("according to “Winning Marriage”")
        if doc.tokens[j][:1].isupper() or norms[j] in SOURCE_NOUNS_AFTER_ACCORDING or norms[j] in _SOURCES:
            return True
    return False


def _owned_rules(doc: Doc, stop: int) -> bool:
    """"according to House rules", "according to Senate procedure": one or two capitalised words owning a rule
    word, rules followed (the owner is no source; readers wrong 1 of 1 in draw 6969-7070)."""
    tokens, norms, n = doc.tokens, doc.norms, len(doc.norms)
    j = stop
    while j < n and j - stop < 2 and doc.is_word[j] and tokens[j][:1].isupper():
        j += 1
    return stop < j < n and norms[j] in _RULE_WORDS


def in_accordance(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` "according to" meaning "in accordance with": a criterion as its object, or a
    verb of doing things some way right before it and no source after it?"""
    norms, n = doc.norms, len(doc.norms)
    if stop - first != 2 or norms[first] != "according" or norms[first + 1] != "to" or stop >= n:
        return False
    if _criterion_object(doc, stop):
        return True
    return _manner_verb_before(doc, first) and (_owned_rules(doc, stop) or not _source_object(doc, stop))
