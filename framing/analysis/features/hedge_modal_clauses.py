"""Modals in clauses that grant a point or state the utmost, eighth pass (read on the AllSides dev corpus;
the session-28 fresh draw judged the first of each kind wrong).

The hedging feature's ``reader_hedge`` asks these (through :mod:`.hedge_readings`), so the WikiWeasel
figures and the learned filter are left as they are; each returns why the match is no hedge ('' if it
may be one):

* :func:`concessive_clause_modal`: "may" / "might" in a concessive clause set before its main clause:
  "While working from home may be better for some, it has been a strain for others", "Although digital
  technologies may be playing a role, they're not the driving force", "Though it may be tempting, it
  would be a mistake", "imperfect though it may be": the writer grants the point to set another against
  it (Palmer 2001; Quirk et al. 1985: concessive "may"), he does not soften it. A "while" clause after
  its main clause ("..., while conservative injunctions may last forever", a contrast of two claims),
  "even if" and a "may" of the main clause ("Even if he wins, the victories may be ...") stay;
* :func:`utmost_could`: "could" in a relative clause of the utmost: "did all it could to", "everything we
  could", "the best they could", "the most controversial pick Trump could make", "dwarfs anything any
  other Democrat could muster": what one was able to do, not a possibility the writer is unsure of
  (Coates 1983: root "could"); "all these candidates could normalize", "all of which could hurt" stay;
* :func:`time_limit_could`: "could" in a clause of time: "before he could introduce himself to voters",
  "reversed its denial before a judge could rule", "until Congress could be convened": the moment an
  action became possible, narrated, not a possibility the writer is unsure of; "a delay until after the
  election could lead to allegations" (the "could" of the main clause) and "before discovering that
  activism could be an outlet" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_GRANTING_MODALS: Final = frozenset({"may", "might"})
_CONCESSIVE_CONJUNCTIONS: Final = frozenset({"although", "though", "while", "whilst"})
# what may stand right before a preposed concessive clause: the start of a clause
_CLAUSE_OPENING_WORDS: Final = frozenset({"but", "and", "yet", "that", "so"})
_CLAUSE_OPENING_MARKS: Final = frozenset({".", ":", ";", "“", '"', "(", "—", "–", "‘", "?", "!"})
# words that put the modal in a clause embedded inside the concessive one ("although he said that it may")
_EMBEDDING: Final = frozenset({"that", "which", "who", "whether", "if", "when", "because", "said", "says"})
_SUBJECT_PRONOUNS: Final = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that"})
_CONCESSIVE_REACH: Final = 9   # words from the conjunction to the modal ("while older, whiter Republican voters")
_MAIN_CLAUSE_REACH: Final = 30  # tokens from the modal to the comma that closes the concessive clause


def _clause_opens(doc: Doc, k: int) -> bool:
    """Does a clause open at token ``k`` (sentence start, a quotation mark, a dash, "but", "that")?"""
    sentence_first = doc.sentences[doc.sentence_of[k]].first
    if k <= sentence_first:
        return True
    before = k - 1
    if not doc.is_word[before]:
        return doc.tokens[before] in _CLAUSE_OPENING_MARKS
    return doc.norms[before] in _CLAUSE_OPENING_WORDS


def _main_clause_follows(doc: Doc, first: int) -> bool:
    """Is the clause of the modal at ``first`` closed by a comma (or a dash) with a main clause after it?"""
    stop = doc.sentences[doc.sentence_of[first]].stop
    end = min(stop, first + _MAIN_CLAUSE_REACH)
    for k in range(first + 2, end):
        if doc.is_word[k]:
            continue
        if doc.tokens[k] in (",", "—", "–"):
            words = 0
            for j in range(k + 1, min(stop, k + 4)):
                words += 1 if doc.is_word[j] else 0
            return words >= 2
        if doc.tokens[k] in (".", ";", ":", "?", "!"):
            return False  # quotation marks, brackets, apostrophes inside the clause ("Biden's “buried” comment")
    return False


def concessive_clause_modal(doc: Doc, match: Match) -> str:
    """Why a "may" / "might" grants a point in a preposed concessive clause ('' if it may hedge)."""
    words = match.entry.words
    if match.entry.category != "modal" or len(words) != 1 or words[0] not in _GRANTING_MODALS:
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    # "imperfect though it may be": an inverted concessive
    if word_before(doc, first) in _SUBJECT_PRONOUNS and word_before(doc, first - 1) in ("though", "as") \
            and first >= 3 and is_word[first - 3] and norms[first - 3] not in _CLAUSE_OPENING_WORDS \
            and first + 2 < len(doc.tokens) and norms[first + 1] == "be" and not is_word[first + 2]:
        return "imperfect though it may be: a point granted, not a softened claim"
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= sentence_first and seen <= _CONCESSIVE_REACH:
        if not is_word[k]:
            return ""
        norm = norms[k]
        if norm in _CONCESSIVE_CONJUNCTIONS or (norm == "if" and word_before(doc, k) == "even"):
            if seen == 0:
                return ""
            opener = k - 1 if norm == "if" or (norm == "though" and word_before(doc, k) == "even") else k
            if not _clause_opens(doc, opener) or not _main_clause_follows(doc, first):
                return ""
            return "While X may ..., Y: a point granted in a concessive clause, not a softened claim"
        if norm in _EMBEDDING:
            return ""
        seen += 1
        k -= 1
    return ""


_UTMOST_HEADS: Final = frozenset({"all", "everything", "anything", "nothing", "whatever", "best"})
_PRONOUN_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_ANY_OTHER: Final = frozenset({"any", "other"})
# "the most controversial pick Trump could make", "the biggest mistake he could make"
_NOT_SUPERLATIVES: Final = frozenset({"interest", "request", "protest", "suggest", "arrest", "contest", "honest",
                                      "modest", "forest", "harvest", "invest", "digest", "manifest", "latest",
                                      "earnest", "unrest", "conquest", "inquest", "behest", "priest"})
# a verb, a conjunction or a preposition between the superlative and "could": "could" is then the main
# clause's ("the biggest fear among Democrats could be", "the best chance for success could be")
_CLAUSE_VERBS: Final = frozenset({"that", "which", "who", "is", "was", "are", "were", "be", "been", "said", "says",
                                  "and", "or", "but", "if", "as", "of", "among", "for", "in", "on", "at", "to",
                                  "from", "with", "by", "about", "after", "since", "this", "year", "week"})
_UTMOST_REACH: Final = 6  # words between the head and "could" ("all the cash that she could")


def _superlative(norm: str) -> bool:
    return norm in ("most", "least") or (len(norm) > 5 and norm.endswith("est") and norm not in _NOT_SUPERLATIVES)


def utmost_could(doc: Doc, match: Match) -> str:
    """Why a "could" states the utmost one was able to do ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    subject = word_before(doc, first)
    if not subject:
        return ""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    between: list[str] = []
    k = first - 2
    while k >= sentence_first and len(between) < _UTMOST_REACH and is_word[k]:
        norm = norms[k]
        if word_before(doc, k) in ("after", "at", "above"):
            return ""  # "after all", "at best", "at least an outside chance he could": no head of a relative
        if _superlative(norm) and _CLAUSE_VERBS.isdisjoint(between) and not any(w.endswith("ing") for w in between) \
                and ((subject in _PRONOUN_SUBJECTS and len(between) >= 1)
                     or (len(between) >= 2 and word_after(doc, first) not in ("be", "have", "also", "soon"))):
            return "the most controversial pick he could make: the utmost one could do, not a possibility"
        if norm in _UTMOST_HEADS:
            if norm == "all" and between and between[-1] == "of":
                return ""  # "all of which could"
            if subject in _PRONOUN_SUBJECTS or not _ANY_OTHER.isdisjoint(between):
                return "did all it could / anything any other Democrat could muster: the utmost one could do, " \
                       "not a possibility"
            return ""
        between.append(norm)
        k -= 1
    return ""


_TIME_CONJUNCTIONS: Final = frozenset({"before", "until", "till"})
# words that put the "could" outside the clause of time ("until after the election could"), or in a
# clause embedded in it ("before discovering that activism could")
_NOT_TIME_SUBJECT: Final = frozenset({"after", "then", "now", "that", "which", "who", "whether", "if", "long",
                                      "recently", "today", "tomorrow", "yesterday", "next", "last"})
_TIME_REACH: Final = 4  # words of the subject between "before" and "could" ("before the rules change could")


def time_limit_could(doc: Doc, match: Match) -> str:
    """Why a "could" narrates the moment something became possible ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= sentence_first and seen <= _TIME_REACH and is_word[k]:
        norm = norms[k]
        if norm in _TIME_CONJUNCTIONS:
            if seen == 0:
                return ""
            return "before he could introduce himself / until Congress could be convened: a moment narrated, " \
                   "not a possibility"
        if norm in _NOT_TIME_SUBJECT or norm.endswith("ing"):
            return ""
        seen += 1
        k -= 1
    return ""
