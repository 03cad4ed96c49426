"""Shared driver for lexicon-based features (hedging, boosters, alarmist, loaded).

``collect`` runs one lexicon over both fields of an article, keeps the matches a
context rule accepts, and turns them into evidence whose ``measure`` is the
entry's category. Evidence inside a direct quotation is labelled ``quoted``, so
readers can tell the outlet's own wording from the words it quotes; the category
measures count the writer's own voice (see :func:`..evidence.rate_result`).
"""
from __future__ import annotations

import functools
from typing import Callable, Final, Iterable, Iterator

from ..lexicons import Match, load_lexicon
from ..text import Doc, Sentence
from ...types import Evidence, Measure
from ..context import Context
from ...catalog import SOURCES_LABELS
from ..evidence import OWN_VOICE_UNIT, match_evidence, voice_count, voice_words

# keep(doc, match) -> None to keep the match as it is, a string to drop it
# (the reason, for debugging), or a Match to replace it (a narrower span).
Rule = Callable[[Doc, Match], "str | Match | None"]


def accepted_matches(ctx: Context, lexicon: str, rule: Rule | None = None) -> Iterator[tuple[Doc, Match]]:
    """Every match of ``lexicon`` in the title and text that ``rule`` keeps (possibly narrowed)."""
    for doc in ctx.docs:
        for match in ctx.matches(doc, lexicon):
            if rule is not None:
                verdict = rule(doc, match)
                if isinstance(verdict, str):
                    continue
                if isinstance(verdict, Match):
                    match = verdict
            yield doc, match


def collect(ctx: Context, feature: str, lexicon: str, rule: Rule | None = None) -> list[Evidence]:
    """Evidence for every accepted match of ``lexicon`` in the title and text."""
    out: list[Evidence] = []
    for doc, match in accepted_matches(ctx, lexicon, rule):
        quoted = ctx.in_quote(doc, doc.starts[match.first])
        out.append(match_evidence(feature, match.entry.category or feature, doc, match,
                                  label="quoted" if quoted else None))
    return out


def category_measures(ctx: Context, lexicon: str, evidence: Iterable[Evidence],
                      extra: Iterable[str] = ()) -> list[Measure]:
    """One count measure per lexicon category, in the writer's own voice: the category's spans outside
    quotations per 1,000 own-voice words (the quoted ones are in the feature's ``quoted`` measure)."""
    counts = dict.fromkeys(sorted(set(_categories(lexicon)) | set(extra)), 0)
    for e in evidence:
        if e.label not in SOURCES_LABELS and e.measure in counts:
            counts[e.measure] += 1
    own_words = voice_words(ctx)[0]
    return [voice_count(c, n, own_words, OWN_VOICE_UNIT) for c, n in counts.items()]


@functools.cache
def _categories(lexicon: str) -> tuple[str, ...]:
    return tuple(sorted({e.category for e in load_lexicon(lexicon).entries if e.category}))


NEGATORS: Final = frozenset({"not", "never", "no", "n't", "hardly", "barely", "nor", "without"})
# quotation marks that open a quotation or a title, as the tokenizer splits them off ("“", a straight '"' or "'")
OPENING_QUOTES: Final = frozenset({"“", '"', "‘", "'"})
# every quotation mark as a token, opening or closing, curly, straight or doubled ("``", "''")
QUOTE_MARKS: Final = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "his", "her",
                                "their", "our", "my", "your", "latest", "every", "each", "another"})
COPULAS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "seems", "seemed",
                            "appears", "appeared", "remains", "remained", "become", "became", "feel",
                            "felt", "looks", "looked", "quite", "very", "so", "absolutely", "entirely",
                            "fairly", "pretty", "too", "made", "make", "makes", "making", "it's"})


def word_before(doc: Doc, i: int) -> str:
    """The normalized word right before token ``i`` ('' at punctuation or start)."""
    j = i - 1
    return doc.norms[j] if j >= 0 and doc.is_word[j] else ""


def word_after(doc: Doc, i: int) -> str:
    """The normalized word right after token ``i`` ('' at punctuation or end)."""
    j = i + 1
    return doc.norms[j] if j < len(doc.norms) and doc.is_word[j] else ""


def words_back(doc: Doc, first: int, reach: int, stops: frozenset[str], at_any_mark: bool = False) -> list[int]:
    """The indices of up to ``reach`` words before token ``first``, nearest first, in its sentence and
    before any token of ``stops`` (the end of the clause looked in), or before any token that is no word
    (a comma, a quotation mark) when ``at_any_mark``."""
    lo = doc.sentences[doc.sentence_of[first]].first
    found: list[int] = []
    k = first - 1
    while k >= lo and len(found) < reach and doc.tokens[k] not in stops:
        if doc.is_word[k]:
            found.append(k)
        elif at_any_mark:
            break
        k -= 1
    return found


# a belief induced in others: "make us believe", "would have you believe", "wants us to believe", "we're to believe"
_LED_TO_BELIEVE: Final = frozenset({"us", "you", "people", "them", "voters", "americans", "everyone", "me"})
_MAKE_BELIEVE: Final = frozenset({"make", "makes", "made", "making", "have", "has", "let", "lets"})
_LED_TO: Final = _LED_TO_BELIEVE | {"we're", "you're"}


def belief_induced(doc: Doc, believe: int) -> bool:
    """The "believe" at ``believe`` is a belief others are led to ("make us believe", "would have you believe",
    "wants us to believe", "we're to believe", "we are to believe")."""
    one, two = word_before(doc, believe), word_before(doc, believe - 1) if believe > 0 else ""
    return (one in _LED_TO_BELIEVE and two in _MAKE_BELIEVE) or (one == "to" and (two in _LED_TO or (
        two == "we" and believe >= 3 and doc.norms[believe - 3] == "are")))


def question_ahead(doc: Doc, first: int, stop: int, breaks: frozenset[str] = frozenset({".", "!"})) -> bool:
    """Does the sentence of tokens ``[first, stop)`` go on to a question mark before any of ``breaks``
    (looked at within 40 tokens of ``first``, so that a run-on text stays linear)?"""
    end = min(doc.sentences[doc.sentence_of[first]].stop, first + 40)
    for k in range(stop, end):
        tok = doc.tokens[k]
        if tok == "?":
            return True
        if tok in breaks:
            return False
    return False


_OPENERS: Final = frozenset({"just", "please", "so", "now", "then", "and", "but", "don't", "do", "never",
                             "always", "simply", "go", "come"})
_NOT_AFTER_IMPERATIVE: Final = frozenset({"is", "was", "are", "were", "has", "had", "'s", "will", "would",
                                          "of", "said", "says", "and", ",", "can", "could", "may"})




@functools.cache
def _imperative_verbs() -> frozenset[str]:
    return load_lexicon("imperative_verbs").terms()


def imperative_verb(doc: Doc, sentence: Sentence) -> int | None:
    """Token index of the verb if ``sentence`` is an imperative ("Expect the drama to heighten")."""
    verbs = _imperative_verbs()
    first, stop = sentence.first, sentence.stop
    if first < stop and doc.tokens[first] in "“\"‘'":
        first += 1
    is_word = doc.is_word
    words: list[int] = []  # the first three words are all the test needs
    for i in range(first, stop):
        if is_word[i]:
            words.append(i)
            if len(words) == 3:
                break
    else:
        return None
    k = 0
    if doc.norms[words[0]] in _OPENERS and doc.norms[words[0]] not in verbs:
        k = 1
    i = words[k]
    tok = doc.tokens[i]
    if k == 0 and not tok[:1].isupper():
        return None
    if doc.norms[i] not in verbs:
        return None
    nxt = doc.norms[i + 1] if i + 1 < stop else ""
    if nxt in _NOT_AFTER_IMPERATIVE or doc.tokens[stop - 1] == "?":
        return None
    return i
