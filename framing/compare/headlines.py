"""Headlines side by side: each headline's charged words, and what it claims that its own text does not.

For every article, :func:`read_headline` gives

* the headline's **charged words**: the title evidence of the loaded-language, alarmist and booster
  features (the same spans the profile highlights);
* the headline's **unsupported parts**, each a span of the title:

  - a *number* the text never reports (:func:`.numbers.same_figure`, or the same value in any form);
  - a *name* (a capitalised word inside a headline that is not in title case) the text never uses,
    unless it is a place (a country, capital or demonym of the places lexicon): texts name places in
    other words ("America" in the headline, "the U.S." in the text), so a place counts as a *word*;
  - a *charged* word (alarmist, loaded or booster) where the text has no evidence of that feature at all
    in the writer's own voice: the headline raises an alarm the text does not;
  - a *word*: any other content word of the headline whose stem the text never uses (weaker: headlines
    paraphrase; shown, but not enough on its own to say the headline claims more).

``claims_more`` is True when a number, a name or a charged word is unsupported: a headline that claims
more than its text. Higher counts of unsupported parts = a headline further from its text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Sequence

from ..analysis.cleaning import blank_ranges
from ..catalog import SHOWN_APART, SOURCES_LABELS
from ..analysis.text import tokenize
from ..types import Profile
from .numbers import NumberMention, find_numbers, same_figure

CHARGED = ("alarmist", "loaded", "boosters")
CHARGED_LABELS = {"alarmist": "alarmist", "loaded": "loaded", "boosters": "booster"}
_SUFFIXES = ("ing", "ed", "es", "s", "er", "est", "ly")
_DOUBLING = frozenset(("ing", "ed", "er", "est"))
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class HeadlineWord:
    """A charged word of a headline: the feature that found it (alarmist, loaded, boosters), its
    sub-measure and rule, and its span (``title[start:end] == text``)."""

    feature: str
    measure: str
    start: int
    end: int
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Unsupported:
    """A part of a headline its text does not back: ``kind`` (number, name, charged, word), its span in
    the title, and why, in plain words."""

    kind: str
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Headline:
    """One article's headline, read against its text (see the module docstring)."""

    article: int
    title: str
    words: tuple[HeadlineWord, ...] = ()
    unsupported: tuple[Unsupported, ...] = ()

    @property
    def claims_more(self) -> bool:
        return any(u.kind != "word" for u in self.unsupported)


@functools.cache
def _stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (kept as data: :func:`.terms.stop_words`)."""
    from .terms import stop_words

    return stop_words()


@functools.cache
def _places() -> frozenset[str]:
    from ..analysis.lexicons import load_lexicon

    return frozenset(load_lexicon("places").terms())


def _is_place(word: str) -> bool:
    """Is ``word`` (lower case) a country, capital or demonym of the places lexicon (possessive dropped)?"""
    return word.removesuffix("'s") in _places()


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: lower case, no possessive, one common suffix off where four letters remain."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith(("ied", "ies")):
        return w[:-3] + "y"
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            # "dropped", "stopping": the consonant doubled before the suffix is undoubled ("drop", as
            # "drops" stems), except l, s and z, which stay doubled in the base word ("called", "passed")
            if suffix in _DOUBLING and w[-1] == w[-2] and w[-1] in _CONSONANTS and w[-1] not in "lsz":
                w = w[:-1]
            return w
    return w


def _supported(word: str, stems: set[str], prefixes: set[str]) -> bool:
    s = stem(word)
    return s in stems or (len(s) >= 5 and s[:5] in prefixes)


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _stop_words()]
    return bool(content) and sum(1 for w in content if w[0].isupper()) >= 0.6 * len(content)


def read_headline(profile: Profile, article: int = 0, body_numbers: Sequence[NumberMention] | None = None) -> Headline:
    """The headline of one analyzed article, read against its text (see the module docstring);
    ``body_numbers`` are the figures of its text where the caller has them already."""
    a = profile.article
    title = a.title or ""
    # the text as measured: clutter (a related-link line repeating the headline) supports nothing
    text = blank_ranges(a.text or "", [(s.start, s.end) for s in profile.cleaning.spans if s.field == "text"])
    words = tuple(HeadlineWord(f, e.measure, e.start, e.end, e.text, e.rule)
                  for f in CHARGED if f in profile.features
                  for e in profile.features[f].evidence if e.field == "title" and (f, e.measure) not in SHOWN_APART)
    if not title.strip():
        return Headline(article, title, words, ())
    stems = {stem(w) for w in set(_LETTERS.findall(text.lower()))}
    prefixes = {s[:5] for s in stems if len(s) >= 5}
    unsupported: list[Unsupported] = []
    covered: list[tuple[int, int]] = []
    # charged words where the text has none of that feature in its own voice
    for f in CHARGED:
        if f not in profile.features:
            continue
        mine = [w for w in words if w.feature == f]
        in_text = [e for e in profile.features[f].evidence if e.field == "text" and e.label not in SOURCES_LABELS]
        if mine and not in_text:
            for w in mine:
                unsupported.append(Unsupported("charged", w.start, w.end, w.text,
                                               f"{CHARGED_LABELS[f]} word in the headline; the text uses none "
                                               "in its own voice"))
                covered.append((w.start, w.end))
    # numbers the text never reports
    if body_numbers is None:
        body_numbers = find_numbers(tokenize(text))
    for m in find_numbers(tokenize(title, "title")):
        if m.kind == "year" or any(same_figure(m, o) or m.value == o.value for o in body_numbers):
            continue
        unsupported.append(Unsupported("number", m.start, m.end, m.text, "a figure the text never reports"))
        covered.append((m.start, m.end))
    # names and content words
    tokens = [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(title)]
    title_case = _is_title_case([t for _, _, t in tokens])
    for k, (start, end, word) in enumerate(tokens):
        low = word.lower().replace("’", "'")
        if low in _stop_words() or len(low) < 3 or any(s <= start < e for s, e in covered):
            continue
        if _supported(word, stems, prefixes):
            continue
        if word[0].isupper() and k > 0 and not title_case and not _is_place(low):
            unsupported.append(Unsupported("name", start, end, word, "a name the text never uses"))
        elif word[0].isupper() and k > 0 and not title_case:
            # a country, capital or demonym: texts name places in other words ("America" in the
            # headline, "the U.S." in the text), so it is shown but is no claim on its own
            unsupported.append(Unsupported("word", start, end, word, "a place the text names otherwise or not at all"))
        else:
            unsupported.append(Unsupported("word", start, end, word, "a word the text never uses"))
    unsupported.sort(key=lambda u: u.start)
    return Headline(article, title, words, tuple(unsupported))


def read_headlines(profiles: Sequence[Profile],
                   numbers: Sequence[Sequence[NumberMention]] | None = None) -> tuple[Headline, ...]:
    """:func:`read_headline` for each article, in order (``numbers``: the figures of each text, if known)."""
    return tuple(read_headline(p, i, numbers[i] if numbers is not None else None) for i, p in enumerate(profiles))
